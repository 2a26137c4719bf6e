"""The bad inputs, by family: built here (nothing is stored), judged by :mod:`harness`.

Families: ``images`` (files the image reader gets), ``special files`` (pipes, devices, sockets:
each in a child process with a time and memory limit), ``model metadata`` (``NAME.json`` beside
a ``.keras``, in a registry with a good model), ``model files`` (Keras: junk, Lambda, NaN
weights, logits; needs TensorFlow), ``settings`` (``settings.ini`` contents, read through
``settings.get``), ``cli`` (whole ``visionagent`` runs: many bad paths per run, bad arguments,
a broken user model, stderr noise, Ctrl-C, a closed pipe, self-test on a hostile user folder).
"""

from __future__ import annotations

import io
import json
import os
import pickle
import random
import socket
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np

from tests.robustness.harness import Case, Outcome, judge_cli, run_python, wait_for_output

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


# ------------------------------------------------------------------------------------ images
def _noise(height: int = 64, width: int = 96) -> np.ndarray:
    import cv2

    rng = np.random.default_rng(0)
    return cv2.GaussianBlur((rng.random((height, width, 3)) * 255).astype(np.uint8), (9, 9), 3)


def _encode(ext: str, array: np.ndarray | None = None) -> bytes:
    import cv2

    ok, data = cv2.imencode(ext, _noise() if array is None else array)
    assert ok
    return data.tobytes()


def _jpeg_cases() -> dict[str, bytes]:
    data = _encode(".jpg")
    sos = data.index(b"\xff\xda")
    start = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    eoi = data.rindex(b"\xff\xd9")
    third = (eoi - start) // 3
    zeroed = bytearray(data)
    zeroed[start + third : start + 2 * third] = bytes(third)
    sof = data.index(b"\xff\xc0")
    tall, flat = bytearray(data), bytearray(data)
    tall[sof + 5 : sof + 7] = (4000).to_bytes(2, "big")
    flat[sof + 5 : sof + 7] = (0).to_bytes(2, "big")
    huffman = bytearray(data)
    rng = random.Random(1)
    for position in rng.sample(range(start, eoi), 40):
        huffman[position] = rng.choice([0x00, 0x7F, 0xFE])
    return {
        "jpeg zeroed scan data.jpg": bytes(zeroed),
        "jpeg impossible SOF height.jpg": bytes(tall),
        "jpeg SOF height 0.jpg": bytes(flat),
        "jpeg truncated.jpg": data[: start + third],
        "jpeg without EOI.jpg": data[:eoi],
        "jpeg damaged entropy data.jpg": bytes(huffman),
        "jpeg header only.jpg": data[:start],
        "jpeg markers only.jpg": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20,
    }


def _png_claiming(width: int, height: int) -> bytes:
    data = bytearray(_encode(".png", np.zeros((2, 2), np.uint8)))
    ihdr = bytearray(data[12:29])
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)) & 0xFFFFFFFF)
    return bytes(data)


def _png_cases() -> dict[str, bytes]:
    data = _encode(".png")
    crc = bytearray(data)
    idat = data.index(b"IDAT")
    crc[idat + 10] ^= 0xFF
    garbage = bytearray(data)
    garbage[idat + 4 : idat + 40] = bytes(random.Random(2).randrange(256) for _ in range(36))
    return {
        "png truncated.png": data[: len(data) // 2],
        "png bad CRC.png": bytes(crc),
        "png garbage in IDAT.png": bytes(garbage),
        "png bomb 60000x60000.png": _png_claiming(60000, 60000),
        "png 0x0.png": _png_claiming(0, 0),
        "png signature only.png": data[:8],
    }


def _tiff(array: np.ndarray, mode: str | None = None) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(array, mode).save(buffer, "TIFF")
    return buffer.getvalue()


def _other_cases() -> dict[str, bytes]:
    from PIL import Image

    gif = io.BytesIO()
    Image.fromarray(_noise()).save(gif, "GIF")
    gif_bomb = bytearray(gif.getvalue())
    gif_bomb[6:10] = struct.pack("<HH", 65535, 65535)
    webp, bmp = _encode(".webp"), _encode(".bmp")
    bmp_bomb = bytearray(bmp)
    bmp_bomb[18:26] = struct.pack("<ii", 100000, 100000)
    nan = np.full((8, 8), np.nan, np.float32)
    rng = random.Random(3)
    out = {
        "tiff truncated.tiff": _tiff(_noise())[:300],
        "tiff all NaN.tiff": _tiff(nan, "F"),
        "gif truncated.gif": gif.getvalue()[:200],
        "gif 65535x65535.gif": bytes(gif_bomb),
        "webp truncated.webp": webp[: len(webp) // 2],
        "bmp truncated.bmp": bmp[:100],
        "bmp 100000x100000.bmp": bytes(bmp_bomb),
        "empty.png": b"",
        "zeros.jpg": bytes(4096),
        "text named image.png": b"not an image at all\n" * 10,
        "html named image.jpg": b"<html><body>404</body></html>",
        "zip named image.png": b"PK\x03\x04" + bytes(200),
    }
    for n in range(6):
        ext = (".jpg", ".png", ".tiff", ".webp", ".bmp", ".gif")[n]
        out[f"random bytes {n}{ext}"] = bytes(rng.randrange(256) for _ in range(2000))
        magic = {".jpg": b"\xff\xd8\xff", ".png": b"\x89PNG\r\n\x1a\n", ".tiff": b"II*\0"}
        if ext in magic:
            out[f"random after magic {n}{ext}"] = magic[ext] + out[f"random bytes {n}{ext}"]
    return out


def _good_cases() -> dict[str, tuple[bytes, tuple[int, int, int]]]:
    """Files that must decode, with the RGB of pixel (0, 0) they must give."""
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 0], rgba[..., 3] = 200, 128  # red 200 at 50 %: (227, 127, 127) on white
    png = _encode(".png", np.full((4, 4, 3), (30, 60, 90), np.uint8))  # BGR
    return {
        "tiff RGBA (alpha once).tiff": (_tiff(rgba, "RGBA"), (227, 127, 127)),
        "tiff float 0-255.tiff": (_tiff(np.full((4, 4), 200.0, np.float32), "F"), (200, 200, 200)),
        "tiff float 0-1.tiff": (_tiff(np.full((4, 4), 0.5, np.float32), "F"), (128, 128, 128)),
        "png named .jpg (wrong extension).jpg": (png, (90, 60, 30)),
        "png named .txt.txt": (png, (90, 60, 30)),
    }


def image_cases(folder: Path) -> list[Case]:
    from visionagent.core import images

    folder.mkdir(parents=True, exist_ok=True)
    cases = []

    def refused(path: Path) -> Outcome:
        try:
            images.read_image(path)
        except images.ImageError as exc:
            if str(path) in str(exc) and "\n" not in str(exc):
                return Outcome("clear", str(exc))
            return Outcome("traceback", f"unclear message: {exc}")
        except Exception as exc:  # noqa: BLE001 - what the case is about
            return Outcome("traceback", f"{type(exc).__name__}: {exc}")
        return Outcome("traceback", "read without complaint")

    def decoded(path: Path, rgb: tuple[int, int, int]) -> Outcome:
        try:
            out = images.read_image(path)
        except Exception as exc:  # noqa: BLE001
            return Outcome("traceback", f"{type(exc).__name__}: {exc}")
        got = tuple(int(v) for v in out[0, 0])
        if max(abs(a - b) for a, b in zip(got, rgb, strict=True)) <= 3:
            return Outcome("ok", str(got))
        return Outcome("traceback", f"wrong pixels {got}, expected {rgb}")

    built = {**_jpeg_cases(), **_png_cases(), **_other_cases()}
    for name, data in built.items():
        path = folder / name
        path.write_bytes(data)
        cases.append(Case("images", name, lambda p=path: refused(p)))
    for name, (data, rgb) in _good_cases().items():
        path = folder / name
        path.write_bytes(data)
        cases.append(Case("images", name, lambda p=path, c=rgb: decoded(p, c)))
    # paths rather than contents
    (folder / "a folder.png").mkdir(exist_ok=True)
    (folder / "plain.png").write_bytes(b"x")
    sparse = folder / "sparse 201 MB.png"
    with open(sparse, "wb") as handle:
        handle.truncate(images.MAX_FILE_BYTES + 1)
    loop = folder / "loop.png"
    if not loop.is_symlink():
        os.symlink(loop.name, loop)
    dangling = folder / "dangling.png"
    if not dangling.is_symlink():
        os.symlink("nowhere.png", dangling)
    for name, path in {
        "missing file": folder / "missing.png",
        "folder named .png": folder / "a folder.png",
        "name too long": folder / ("x" * 300 + ".png"),
        "path through a file": folder / "plain.png" / "x.png",
        "symlink loop": loop,
        "dangling symlink": dangling,
        "sparse file over the size limit": sparse,
        "/proc file (size 0)": Path("/proc/self/status"),
    }.items():
        cases.append(Case("images", name, lambda p=path: refused(p)))
    cases.append(Case("images", "NUL in the name", lambda: refused(Path(str(folder / "a\0b.png")))))
    return cases


def special_file_cases(folder: Path) -> list[Case]:
    """Pipes, devices, sockets: each read by a child process with a time and memory limit."""
    folder.mkdir(parents=True, exist_ok=True)
    fifo = folder / "pipe.jpg"
    if not fifo.exists():
        os.mkfifo(fifo)
    zero_link = folder / "zero.png"
    if not zero_link.is_symlink():
        os.symlink("/dev/zero", zero_link)
    sock_path = folder / "socket.png"
    if not sock_path.exists():
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(sock_path))
        sock.close()
    code = (
        "import sys\nfrom visionagent.core.images import ImageError, read_image\n"
        "try:\n    read_image(sys.argv[1])\nexcept ImageError as exc:\n    print(exc)\n"
        "    sys.exit(3)\n"
    )

    def check(path: Path) -> Outcome:
        result = run_python(["-c", code, str(path)], timeout=15, memory_mb=1500)
        if result.timed_out:
            return Outcome("hang", f"still reading after {result.seconds:.0f} s")
        if result.returncode == 3 and str(path) in result.stdout:
            return Outcome("clear", result.stdout.strip())
        if "MemoryError" in result.stderr:
            return Outcome("hang", "hit the 1.5 GB memory limit")
        return Outcome("traceback", (result.stderr or result.stdout)[-300:])

    paths = {
        "FIFO": fifo,
        "/dev/zero": Path("/dev/zero"),
        "/dev/urandom": Path("/dev/urandom"),
        "symlink to /dev/zero": zero_link,
        "unix socket": sock_path,
    }
    return [Case("special files", n, lambda p=p: check(p)) for n, p in paths.items()]


# ---------------------------------------------------------------------------- model metadata
def good_meta() -> dict:
    return {
        "task": "digits",
        "class_names": [str(i) for i in range(10)],
        "input_shape": [28, 28, 1],
        "preprocessing": "mnist",
        "metrics": [{"name": "accuracy", "value": 0.9, "dataset": "test"}],
        "provenance": {"made_by": "test"},
    }


def fake_keras(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("config.json", "{}")


def _with(**changes) -> str:
    meta = good_meta()
    for key, value in changes.items():
        if value is _DROP:
            meta.pop(key)
        else:
            meta[key] = value
    return json.dumps(meta)


_DROP = object()


def metadata_texts() -> dict[str, bytes | str]:
    """Malformed metadata, each one for the same good .keras file."""
    deep = "[" * 100_000 + "]" * 100_000
    return {
        "input_shape 5": _with(input_shape=5),
        "input_shape null": _with(input_shape=None),
        "input_shape []": _with(input_shape=[]),
        "input_shape [0, 28, 1]": _with(input_shape=[0, 28, 1]),
        "input_shape negative": _with(input_shape=[-28, 28, 1]),
        "input_shape 5 dims": _with(input_shape=[1, 2, 3, 4, 5]),
        "input_shape strings": _with(input_shape=["28", "28", "1"]),
        "input_shape floats": _with(input_shape=[28.5, 28, 1]),
        "input_shape booleans": _with(input_shape=[True, True]),
        "input_shape huge": _with(input_shape=[10**30, 28, 1]),
        "metrics a number": _with(metrics=3),
        "metrics list of strings": _with(metrics=["accuracy"]),
        "metrics name not text": _with(metrics=[{"name": 1, "value": 0.5, "dataset": "x"}]),
        "metrics value text": _with(metrics=[{"name": "a", "value": "high", "dataset": "x"}]),
        "metrics value NaN": '{"task": "digits", "class_names": ["0"], "input_shape": [28, 28, 1],'
        ' "preprocessing": "mnist", "metrics": [{"name": "a", "value": NaN, "dataset": "x"}]}',
        "metrics dataset list": _with(metrics=[{"name": "a", "value": 0.5, "dataset": [1]}]),
        "metrics dict of junk": _with(metrics={"accuracy": "x"}),
        "provenance a string": _with(provenance="me"),
        "provenance a list": _with(provenance=[1, 2]),
        "class_names empty": _with(class_names=[]),
        "class_names a string": _with(class_names="0123456789"),
        "class_names numbers": _with(class_names=list(range(10))),
        "class_names nested": _with(class_names=[["0"]] * 10),
        "class_names null": _with(class_names=None),
        "task a number": _with(task=5),
        "task unknown": _with(task="poetry"),
        "task null": _with(task=None),
        "task missing": _with(task=_DROP),
        "preprocessing unknown": _with(preprocessing="magic"),
        "preprocessing a list": _with(preprocessing=["mnist"]),
        "class_ids shorter": _with(class_ids=["a"]),
        "wnids numbers": _with(wnids=list(range(10))),
        "display_name a dict": _with(display_name={"en": "x"}),
        "outputs unknown": _with(outputs="maybe"),
        "top level a list": "[1, 2, 3]",
        "top level a string": '"digits"',
        "top level null": "null",
        "not JSON": "{task: digits",
        "empty file": "",
        "invalid UTF-8": b'{"task": "\xff\xfe"}',
        "UTF-16": json.dumps(good_meta()).encode("utf-16"),
        "nesting 100000 deep": deep,
        "a 5000-digit number": '{"task": ' + "9" * 5000 + "}",
        "binary garbage": bytes(random.Random(4).randrange(256) for _ in range(3000)),
    }


def metadata_cases(folder: Path) -> list[Case]:
    from visionagent.core.registry import ModelRegistry

    cases = []

    def build(name: str, text: bytes | str, special: str = "") -> Path:
        case_dir = folder / f"m{len(cases)}"
        case_dir.mkdir(parents=True, exist_ok=True)
        fake_keras(case_dir / "good.keras")
        (case_dir / "good.json").write_text(json.dumps(good_meta()))
        bad = case_dir / "bad.json"
        fake_keras(case_dir / "bad.keras")
        if special == "fifo":
            os.mkfifo(bad)
        elif special == "folder":
            bad.mkdir()
        elif special == "zero":
            os.symlink("/dev/zero", bad)
        elif special == "keras-missing":
            (case_dir / "bad.keras").unlink()
            bad.write_text(json.dumps(good_meta()))
        elif special == "keras-junk":
            (case_dir / "bad.keras").write_bytes(b"not a zip" * 100)
            bad.write_text(json.dumps(good_meta()))
        elif special == "zip-bomb":
            _zip_claiming(case_dir / "bad.keras", 3 << 30, 2)
            bad.write_text(json.dumps(good_meta()))
        else:
            bad.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return case_dir

    def mixed(case_dir: Path) -> Outcome:
        """A random change may still be valid: then both models are listed."""
        try:
            registry = ModelRegistry([case_dir])
        except Exception as exc:  # noqa: BLE001
            return Outcome("traceback", f"{type(exc).__name__}: {str(exc)[:200]}")
        if registry.names() == ["bad", "good"]:
            return Outcome("ok", "still valid")
        return check(case_dir)

    def check(case_dir: Path) -> Outcome:
        try:
            registry = ModelRegistry([case_dir])
        except Exception as exc:  # noqa: BLE001
            return Outcome("traceback", f"{type(exc).__name__}: {str(exc)[:200]}")
        if "good" not in registry.names():
            return Outcome("lost", f"the good model is gone: {registry.names()}")
        if registry.names() != ["good"]:  # taken as valid: it breaks later, with a traceback
            return Outcome("traceback", "the malformed model was listed as valid")
        problems = registry.problems()
        if len(problems) == 1 and problems[0].path.parent == case_dir:
            message = problems[0].message()
            if problems[0].path.name in message and "\n" not in message:
                return Outcome("clear", message)
        return Outcome("traceback", f"problems: {[str(p)[:100] for p in problems]}")

    for name, text in metadata_texts().items():
        case_dir = build(name, text)
        cases.append(Case("model metadata", name, lambda d=case_dir: check(d)))
    for special in ("fifo", "folder", "zero", "keras-missing", "keras-junk", "zip-bomb"):
        case_dir = build(special, "", special)
        cases.append(Case("model metadata", special, lambda d=case_dir: check(d)))
    for seed in range(60):
        case_dir = build(f"random {seed}", random_metadata(seed))
        cases.append(Case("model metadata", f"random part {seed}", lambda d=case_dir: mixed(d)))
    return cases


def _zip_claiming(path: Path, size: int, members: int) -> None:
    """A small zip whose central directory claims ``members`` files of ``size`` bytes each."""
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(members):
            archive.writestr(f"m{n}.bin", b"x")
    data = bytearray(path.read_bytes())
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:
        data[position + 24 : position + 28] = struct.pack("<I", min(size, 0xFFFFFFFF))
        position += 4
    path.write_bytes(bytes(data))


def random_metadata(seed: int) -> bytes:
    """Good metadata with one random part replaced by random JSON (for the schema property)."""
    rng = random.Random(seed)
    meta = good_meta()
    junk = [None, True, 0, -1, 1.5, 1e308, "", "x", [], [None], {}, {"a": []}, [1, "a"], [[1]]]
    key = rng.choice([*meta, "class_ids", "wnids", "outputs", "display_name", "metrics.0"])
    if key == "metrics.0":
        meta["metrics"][0][rng.choice(["name", "value", "dataset"])] = rng.choice(junk)
    else:
        meta[key] = rng.choice(junk)
    return json.dumps(meta).encode()


# ------------------------------------------------------------------------------------ settings
class _Mkdir:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


def payload_line(marker: Path) -> bytes:
    """The INI value PyQt writes for a pickled object: reading it would create ``marker``."""
    data = pickle.dumps(_Mkdir(str(marker)), protocol=4)
    stream = b"\0\0\0\x7f\0\0\0\x0ePyQt_PyObject\0" + struct.pack(">I", len(data)) + data
    return ("@Variant(" + _qt_escape(stream) + ")").encode("latin-1")


def _qt_escape(stream: bytes) -> str:
    out, after_hex = [], False
    for b in stream:
        ch = chr(b)
        if b == 0:
            out.append("\\0")
            after_hex = True
        elif b < 0x20 or b >= 0x7F or ch in '\\"' or (after_hex and ch in "0123456789abcdefABCDEF"):
            out.append(f"\\x{b:x}")
            after_hex = True
        else:
            out.append(ch)
            after_hex = False
    return "".join(out)


def settings_texts(marker: Path) -> dict[str, tuple[bytes, dict]]:
    """Settings files and what ``settings.get`` must return for some keys (the defaults)."""
    payload = payload_line(marker)
    good = b"[ui]\nlanguage=ko\n"
    expect_good = {"ui/language": "ko"}
    defaults = {"window/tab": 0, "digits/boxes": 5, "window/geometry": b""}
    return {
        "pickle in window/geometry": (
            good + b"[window]\ngeometry=" + payload + b"\n",
            {"window/geometry": b"", "window/tab": 0, **expect_good},
        ),  # fmt: skip
        "pickle in another section": (
            good + b"[other]\nx=" + payload + b"\n[window]\ntab=2\n",
            {"window/tab": 2, **expect_good},
        ),  # fmt: skip
        "pickle quoted": (good + b'[window]\nstate="' + payload + b'"\n', expect_good),
        "pickle after an escaped newline": (
            good + b"[window]\nstate=\\\n" + payload + b"\n",
            expect_good,
        ),  # fmt: skip
        "pickle in a list": (
            good + b"[files]\nrecent=a, " + payload + b"\n",
            {"files/recent": [], **expect_good},
        ),  # fmt: skip
        "pickle after \\x40": (good + b"[window]\nstate=\\x40" + payload[1:] + b"\n", expect_good),
        "window/tab 10^12": (good + b"[window]\ntab=1000000000000\n", {**defaults, **expect_good}),
        "window/tab text": (good + b"[window]\ntab=abc\n", {**defaults, **expect_good}),
        "window/tab a list": (good + b"[window]\ntab=1, 2\n", {**defaults, **expect_good}),
        "negative boxes": (good + b"[digits]\nboxes=-3\n", {**defaults, **expect_good}),
        "boxes 10^30": (good + b"[digits]\nboxes=" + b"9" * 30 + b"\n", defaults),
        "geometry not base64": (good + b"[window]\ngeometry=%%%\n", defaults),
        "geometry huge": (good + b"[window]\ngeometry=" + b"A" * 300_000 + b"\n", defaults),
        "filters stride 10^12": (
            good + b'[filters]\nlayer="{\\"weights\\": [[[[1]]]], \\"bias\\": [0], '
            b'\\"stride\\": 1000000000000}"\n',
            {"filters/layer": "", **expect_good},
        ),
        "filters layer NaN": (
            good + b'[filters]\nlayer="{\\"bias\\": [NaN]}"\n',
            {"filters/layer": ""},
        ),  # fmt: skip
        "filters layer not JSON": (good + b"[filters]\nlayer=[[[\n", {"filters/layer": ""}),
        "filters layer nested 10^5": (
            good + b"[filters]\nlayer=" + b"[" * 100_000 + b"\n",
            {"filters/layer": "", **expect_good},
        ),
        "language unknown": (b"[ui]\nlanguage=klingon\n", {"ui/language": ""}),
        "bool garbage": (good + b"[digits]\nlive=perhaps\n", {"digits/live": False}),
        "recent not a list": (good + b"[files]\nrecent=42\n", {"files/recent": []}),
        "recent nested JSON": (good + b'[files]\nrecent="[[1], {}]"\n', {"files/recent": []}),
        "invalid UTF-8": (
            good + b"[window]\ntab=\xff\xfe\n[files]\nlast_dir=\xc3\x28\n",
            {**defaults, **expect_good},
        ),  # fmt: skip
        # Qt takes "[window" as the section "window": the value is read, nothing breaks
        "unterminated section": (good + b"[window\ntab=3\n", {"window/tab": 3, **expect_good}),
        "NUL bytes": (good + b"[window]\ntab=1\0\0\n", {**defaults, **expect_good}),
        "binary garbage": (bytes(random.Random(5).randrange(256) for _ in range(5000)), defaults),
        "only a BOM": (b"\xef\xbb\xbf", defaults),
        "CRLF line ends": (
            b"[ui]\r\nlanguage=ko\r\n[window]\r\ntab=2\r\n",
            {"ui/language": "ko", "window/tab": 2},
        ),  # fmt: skip
        "5 MB file": (good + b"[x]\n" + b"k=" + b"v" * (5 << 20) + b"\n", defaults),
        "version 1 file (Qt variants)": (
            b"[meta]\nversion=1\n[window]\ntab=1\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)\n"
            b"[files]\nrecent=@Variant(\\0\\0\\0\\t\\0\\0\\0\\x1\\0\\0\\0\\x2\\0\\x61)\n",
            {"window/tab": 1, "window/geometry": b"", "files/recent": []},
        ),
    }


def device_node(folder: Path) -> Path:
    """A character device like /dev/zero, made in ``folder`` (a FIFO where mknod is not allowed).

    Never a real one in /dev: Qt writes settings by replacing the file a symlink points to, and
    an old version of the app would replace /dev/zero itself.
    """
    path = folder / "zero-device"
    if not path.exists():
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        except OSError:
            os.mkfifo(path)
    return path


def settings_cases(folder: Path) -> list[Case]:
    cases = []

    def check(home: Path, expected: dict, marker: Path) -> Outcome:
        os.environ["VISIONAGENT_HOME"] = str(home)
        try:
            from visionagent import settings

            got = {key: settings.get(key) for key in expected}
            for key in settings.KEYS:
                settings.get(key)
            settings.set("digits/pen_width", 13)
            again = settings.get("digits/pen_width")
        except Exception as exc:  # noqa: BLE001
            if marker.exists():
                return Outcome("ran", "the pickled code ran (then an exception)")
            return Outcome("traceback", f"{type(exc).__name__}: {str(exc)[:200]}")
        if marker.exists():
            return Outcome("ran", "the pickled code ran")
        if got != expected:
            wrong = {k: got[k] for k in expected if got[k] != expected[k]}
            good_lost = expected.get("ui/language") == "ko" and "ui/language" in wrong
            return Outcome("lost" if good_lost else "traceback", f"got {wrong}")
        if again != 13:
            return Outcome("lost", "a value set afterwards was not kept")
        return Outcome("clear", "defaults for the bad values")

    # one marker per case, named with as many characters as the template's: the pickle's
    # length fields stay right when the name is replaced
    template = folder / "marker00"
    for n, (name, (text, expected)) in enumerate(settings_texts(template).items()):
        home = folder / f"s{n}"
        home.mkdir(parents=True, exist_ok=True)
        marker = folder / f"marker{n:02d}"
        text = text.replace(str(template).encode(), str(marker).encode())
        (home / "settings.ini").write_bytes(text)
        cases.append(Case("settings", name, lambda h=home, e=expected, m=marker: check(h, e, m)))
    code = (
        "from visionagent import settings\n"
        "print(settings.get('window/tab'), settings.get('ui/language') == '')\n"
        "settings.set('window/tab', 2)\nprint(settings.get('window/tab'))\n"
    )

    def special(home: Path) -> Outcome:  # in a child process: Qt itself would wait on a pipe
        result = run_python(["-c", code], env={"VISIONAGENT_HOME": str(home)}, timeout=20)
        if result.timed_out:
            return Outcome("hang", "still reading the settings")
        if result.returncode == 0 and result.stdout.split() == ["0", "True", "2"]:
            return Outcome("clear", "moved aside, defaults used")
        return Outcome("traceback", (result.stderr or result.stdout)[-300:])

    for name, make in {
        "settings.ini is a FIFO": lambda p: os.mkfifo(p),
        "settings.ini is a folder": lambda p: p.mkdir(),
        "settings.ini links to a device": lambda p: os.symlink(device_node(p.parent), p),
    }.items():
        home = folder / f"s-{len(cases)}"
        home.mkdir(parents=True, exist_ok=True)
        make(home / "settings.ini")
        cases.append(Case("settings", name, lambda h=home: special(h)))
    return cases


# ----------------------------------------------------------------------------------------- CLI
def _digit_png(path: Path, text: str = "3") -> Path:
    import cv2

    canvas = np.full((120, 90), 255, np.uint8)
    cv2.putText(canvas, text, (12, 100), cv2.FONT_HERSHEY_SIMPLEX, 3.5, 0, 12)
    cv2.imwrite(str(path), canvas)
    return path


def hostile_home(home: Path) -> Path:
    """A user folder as a careless year leaves it: broken user models, logs/ a file, a crafted
    settings.ini (a pickle that would create ``home/PWNED``, values of the wrong type)."""
    models = home / "models"
    models.mkdir(parents=True, exist_ok=True)
    fake_keras(models / "broken.keras")
    (models / "broken.json").write_text(_with(input_shape=5))
    (models / "junk.keras").write_bytes(b"junk" * 100)
    (models / "junk.json").write_text(json.dumps(good_meta()))
    fake_keras(models / "nometa.keras")
    (home / "logs").write_text("a file where the log folder should be")
    settings = (
        b"[window]\ngeometry="
        + payload_line(home / "PWNED")
        + b"\ntab=1000000000000\n[digits]\nboxes=-4\npen_width=abc\n"
        + b'[filters]\nlayer="{\\"weights\\": [[[[1]]]], \\"bias\\": [0], '
        + b'\\"stride\\": 1000000000000}"'
        + b"\n[files]\nrecent=\xff\xfe\n[ui]\nlanguage=en\n[broken\nx=\0\0\n"
    )
    (home / "settings.ini").write_bytes(settings)
    return home


def bad_paths(folder: Path) -> list[str]:
    """Paths of many kinds of trouble for one CLI run (each must get its own line)."""
    folder.mkdir(parents=True, exist_ok=True)
    jpegs = _jpeg_cases()
    (folder / "zeroed.jpg").write_bytes(jpegs["jpeg zeroed scan data.jpg"])
    (folder / "truncated.jpg").write_bytes(jpegs["jpeg truncated.jpg"])
    (folder / "notes.png").write_text("not an image\n")
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "plain.txt").write_text("x")
    (folder / "no images here").mkdir(exist_ok=True)
    fifo, loop = folder / "pipe.jpg", folder / "loop.jpg"
    if not fifo.exists():
        os.mkfifo(fifo)
    if not loop.is_symlink():
        os.symlink(loop.name, loop)
    return [
        str(folder / "missing.jpg"),
        str(folder / ("n" * 300 + ".jpg")),
        str(fifo),
        "/dev/zero",
        str(folder / "no images here"),
        str(folder / "zeroed.jpg"),
        str(folder / "truncated.jpg"),
        str(folder / "notes.png"),
        str(folder / "empty.jpg"),
        str(loop),
        str(folder / "plain.txt" / "x.jpg"),
    ]


CLI_CASES = (
    "breed: one good photo, 11 bad paths",
    "digits: one good image, 11 bad paths",
    "breed: stderr empty (broken user models around)",
    "digits: stderr empty (broken user models around)",
    "breed --top 0",
    "breed --top abc",
    "digits without images",
    "--lang xx",
    "digits --model nope",
    "breed --model missing.keras",
    "unknown command",
    "digits --evaluate-mnist missing",
    "Ctrl-C in breed",
    "Ctrl-C in digits",
    "Ctrl-C in self-test",
    "self-test on a hostile user folder",
)


def cli_cases(folder: Path) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    home = hostile_home(folder / "home")
    env = {"VISIONAGENT_HOME": str(home)}
    bad = bad_paths(folder / "bad")
    digit = str(_digit_png(folder / "digit.png"))
    photo = str(SAMPLES / "dalmatian.jpg")
    cases = []

    def many(command: str, good: str) -> list[Outcome]:
        result = run_python(["-m", "visionagent", command, good, *bad], env=env, timeout=150)
        return judge_cli(result, bad, 1, [f"{good}:"])

    def quiet(command: str, good: str) -> list[Outcome]:
        result = run_python(["-m", "visionagent", command, good], env=env, timeout=240)
        outcome = judge_cli(result, [], 0, [f"{good}:"])
        if outcome[0].verdict == "ok" and result.stderr:
            outcome = [Outcome("traceback", f"noise on stderr: {result.stderr[:300]}")]
        return outcome

    cases.append(Case("cli", "breed: one good photo, 11 bad paths", lambda: many("breed", photo),
                      slow=True, count=len(bad)))  # fmt: skip
    cases.append(Case("cli", "digits: one good image, 11 bad paths", lambda: many("digits", digit),
                      slow=True, count=len(bad)))  # fmt: skip
    cases.append(Case("cli", "breed: stderr empty (broken user models around)",
                      lambda: quiet("breed", photo), slow=True))  # fmt: skip
    cases.append(Case("cli", "digits: stderr empty (broken user models around)",
                      lambda: quiet("digits", digit), slow=True))  # fmt: skip

    arguments = {
        "breed --top 0": ["breed", "--top", "0", photo],
        "breed --top abc": ["breed", "--top", "abc", photo],
        "digits without images": ["digits"],
        "--lang xx": ["--lang", "xx", "digits", digit],
        "digits --model nope": ["digits", "--model", "nope", digit],
        "breed --model missing.keras": ["breed", "--model", str(folder / "no.keras"), photo],
        "unknown command": ["paint"],
        "digits --evaluate-mnist missing": ["digits", "--evaluate-mnist", str(folder / "none")],
    }

    def argument(args: list[str]) -> Outcome:
        result = run_python(["-m", "visionagent", *args], env=env, timeout=240)
        if result.timed_out:
            return Outcome("hang", "no answer")
        if result.traceback or result.returncode != 2 or not result.stderr.strip():
            return Outcome("traceback", f"exit {result.returncode}: {result.stderr[-300:]}")
        return Outcome("clear", result.stderr.strip().splitlines()[-1])

    for name, args in arguments.items():
        slow = name.endswith("missing") and "evaluate" in name
        cases.append(Case("cli", name, lambda a=args: argument(a), slow=slow))

    def interrupt(args: list[str], after: str) -> Outcome:
        def on_start(process, stdout_path) -> None:
            if wait_for_output(stdout_path, after, timeout=200):
                process.send_signal(2)  # SIGINT, as Ctrl-C

        result = run_python(["-m", "visionagent", *args], env=env, timeout=240, on_start=on_start)
        if result.timed_out:
            return Outcome("hang", "did not stop")
        lines = result.stderr.strip().splitlines()
        if result.returncode == 130 and not result.traceback and len(lines) == 1:
            return Outcome("clear", lines[0])
        return Outcome("traceback", f"exit {result.returncode}: {result.stderr[-400:]}")

    photos = [photo] * 200
    cases.append(Case("cli", "Ctrl-C in breed", lambda: interrupt(["breed", *photos], "dog"),
                      slow=True))  # fmt: skip
    cases.append(Case("cli", "Ctrl-C in digits", lambda: interrupt(["digits", *[digit] * 2000],
                      "digit.png:"), slow=True))  # fmt: skip
    cases.append(Case("cli", "Ctrl-C in self-test",
                      lambda: interrupt(["--lang", "en", "self-test"], "window shown"),
                      slow=True))  # fmt: skip

    def self_test() -> Outcome:
        result = run_python(["-m", "visionagent", "--lang", "en", "self-test"], env=env,
                            timeout=400)  # fmt: skip
        if result.timed_out:
            return Outcome("hang", "self-test did not end")
        if (home / "PWNED").exists():
            return Outcome("ran", "the pickle in settings.ini ran")
        names = ("broken.json", "junk.keras", "nometa.json")
        lines = result.stderr.strip().splitlines()
        if (
            result.returncode == 0
            and "self-test passed" in result.stdout
            and not result.traceback
            and len(lines) == len(names)
            and all(any(n in line for line in lines) for n in names)
        ):
            return Outcome("clear", "window shown, bad user files named, payload not run")
        return Outcome("traceback", f"exit {result.returncode}: {result.stderr[-500:]}")

    cases.append(Case("cli", "self-test on a hostile user folder", self_test, slow=True))
    return cases


def all_cases(folder: Path, slow: bool = True) -> list[Case]:
    cases = [
        *image_cases(folder / "images"),
        *special_file_cases(folder / "special"),
        *metadata_cases(folder / "metadata"),
        *settings_cases(folder / "settings"),
    ]
    if slow:
        cases += cli_cases(folder / "cli")
    return cases

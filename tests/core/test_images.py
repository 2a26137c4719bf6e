"""The one image reader: formats, bit depths, alpha, EXIF, odd paths and broken files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from visionagent.core.images import MAX_SIDE, ImageError, decode, list_images, read_image


def _pattern(height: int = 48, width: int = 64) -> np.ndarray:
    """RGB uint8 with four coloured quadrants, so orientation and channel order show."""
    img = np.zeros((height, width, 3), np.uint8)
    img[: height // 2, : width // 2] = (255, 0, 0)
    img[: height // 2, width // 2 :] = (0, 255, 0)
    img[height // 2 :, : width // 2] = (0, 0, 255)
    img[height // 2 :, width // 2 :] = (255, 255, 0)
    return img


def _write(path: Path, rgb: np.ndarray, ext: str | None = None) -> Path:
    ext = ext or path.suffix
    ok, data = cv2.imencode(ext, cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR) if rgb.ndim == 3 else rgb)
    assert ok
    path.write_bytes(data.tobytes())
    return path


@pytest.mark.parametrize("ext", [".png", ".bmp", ".tiff", ".webp", ".jpg"])
def test_formats_round_trip_as_rgb(tmp_path, ext):
    rgb = _pattern()
    path = _write(tmp_path / f"pattern{ext}", rgb)
    out = read_image(path)
    assert out.dtype == np.uint8 and out.shape == rgb.shape
    tolerance = 40 if ext in (".jpg", ".webp") else 0  # lossy codecs blur the quadrant borders
    assert np.abs(out[5, 5].astype(int) - (255, 0, 0)).max() <= tolerance
    assert np.abs(out[-5, -5].astype(int) - (255, 255, 0)).max() <= tolerance
    if tolerance == 0:
        np.testing.assert_array_equal(out, rgb)


def test_grayscale_file_gives_rgb_or_gray(tmp_path):
    gray = np.tile(np.arange(0, 256, 4, dtype=np.uint8), (16, 1))
    path = _write(tmp_path / "gray.png", gray)
    rgb = read_image(path)
    assert rgb.shape == (16, 64, 3)
    np.testing.assert_array_equal(rgb[..., 0], gray)
    np.testing.assert_array_equal(rgb[..., 2], gray)
    np.testing.assert_array_equal(read_image(path, mode="gray"), gray)


def test_rgba_is_composited_on_white(tmp_path):
    bgra = np.zeros((10, 10, 4), np.uint8)
    bgra[..., 2] = 255  # red
    bgra[:5, :, 3] = 255  # top half opaque
    bgra[5:, :, 3] = 0  # bottom half transparent
    ok, data = cv2.imencode(".png", bgra)
    path = tmp_path / "alpha.png"
    path.write_bytes(data.tobytes())
    out = read_image(path)
    assert out.shape == (10, 10, 3)
    assert tuple(out[0, 0]) == (255, 0, 0)
    assert tuple(out[9, 9]) == (255, 255, 255)


def test_half_transparent_pixels_are_blended(tmp_path):
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 3] = 128  # black at 50 % over white
    path = tmp_path / "half.png"
    Image.fromarray(rgba, "RGBA").save(path)
    out = read_image(path)
    assert 120 <= int(out[0, 0, 0]) <= 135


@pytest.mark.parametrize("ext", [".png", ".tiff"])
def test_16_bit_images_are_scaled_to_8_bit(tmp_path, ext):
    ramp = np.linspace(0, 65535, 64, dtype=np.uint16)
    gray16 = np.tile(ramp, (8, 1))
    colour16 = np.stack(
        [gray16, np.zeros_like(gray16), np.full_like(gray16, 65535)], axis=-1
    )  # B, G, R
    for name, array in (("gray", gray16), ("colour", colour16)):
        path = tmp_path / f"{name}16{ext}"
        ok, data = cv2.imencode(ext, array)
        assert ok
        path.write_bytes(data.tobytes())
        out = read_image(path)
        assert out.dtype == np.uint8 and out.shape == (8, 64, 3)
        if name == "gray":
            np.testing.assert_allclose(out[0, :, 0], ramp / 257.0, atol=1)
        else:
            assert tuple(out[0, -1]) == (255, 0, 255)  # R from channel 2, B from channel 0
            assert tuple(out[0, 0]) == (255, 0, 0)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_matches_pillow(tmp_path, orientation):
    photo = Image.fromarray(_pattern(40, 60))
    exif = photo.getexif()
    exif[0x0112] = orientation
    path = tmp_path / f"exif{orientation}.jpg"
    photo.save(path, "JPEG", exif=exif, quality=95)
    expected = np.asarray(ImageOps.exif_transpose(Image.open(path)).convert("RGB"))
    out = read_image(path)
    assert out.shape == expected.shape
    assert np.abs(out.astype(int) - expected.astype(int)).mean() < 3


def test_non_ascii_paths(tmp_path):
    folder = tmp_path / "강아지 사진" / "Ünïcødé"
    folder.mkdir(parents=True)
    path = _write(folder / "멍멍이 ✓.png", _pattern())
    np.testing.assert_array_equal(read_image(path), _pattern())
    assert list_images(folder) == [path]


def test_large_images_are_downscaled(tmp_path):
    big = np.zeros((2400, 9000, 3), np.uint8)
    big[:, 4500:] = 255
    path = _write(tmp_path / "wide.jpg", big)
    out = read_image(path)
    assert max(out.shape[:2]) == MAX_SIDE
    assert out.shape[0] == round(2400 * MAX_SIDE / 9000)
    assert out[:, : MAX_SIDE // 2 - 20].max() < 30 and out[:, MAX_SIDE // 2 + 20 :].min() > 225


def _png_claiming(width: int, height: int) -> bytes:
    """A small valid PNG whose header claims another size (a "decompression bomb")."""
    ok, data = cv2.imencode(".png", np.zeros((2, 2), np.uint8))
    data = bytearray(data.tobytes())
    ihdr = bytearray(data[12:29])  # chunk type + 13 bytes of IHDR data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)) & 0xFFFFFFFF)
    return bytes(data)


def test_too_many_pixels_is_refused_before_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_claiming(60000, 60000))
    with pytest.raises(ImageError) as info:
        read_image(path)
    assert "bomb.png" in str(info.value) and "too many pixels" in str(info.value)


def _encoded(ext: str) -> bytes:
    ok, data = cv2.imencode(ext, cv2.cvtColor(_pattern(200, 300), cv2.COLOR_RGB2BGR))
    return data.tobytes()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("truncated.jpg", lambda: _encoded(".jpg")[: len(_encoded(".jpg")) // 2]),
        ("truncated.png", lambda: _encoded(".png")[: len(_encoded(".png")) // 2]),
        ("truncated.webp", lambda: _encoded(".webp")[: len(_encoded(".webp")) // 2]),
        ("corrupted.jpg", lambda: b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20),
        ("notes.png", lambda: b"not an image at all\n" * 10),
        ("empty.jpg", lambda: b""),
    ],
)
def test_broken_files_raise_a_clear_error_naming_the_file(tmp_path, name, content):
    path = tmp_path / "사진" / name
    path.parent.mkdir()
    path.write_bytes(content())
    with pytest.raises(ImageError) as info:
        read_image(path)
    message = str(info.value)
    assert str(path) in message
    assert ("empty" in message) if name == "empty.jpg" else ("damaged" in message)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImageError, match="does not exist"):
        read_image(tmp_path / "nothing.png")
    with pytest.raises(ImageError, match="folder"):
        read_image(tmp_path)


def test_decode_bytes_and_bad_mode():
    out = decode(_encoded(".png"))
    assert out.shape == (200, 300, 3)
    with pytest.raises(ValueError):
        decode(_encoded(".png"), mode="cmyk")


def test_list_images_filters_and_sorts(tmp_path):
    for name in ("b.JPG", "a.png", "c.txt", "d.webp"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.png").mkdir()
    assert [p.name for p in list_images(tmp_path)] == ["a.png", "b.JPG", "d.webp"]


def test_pillow_only_formats_are_not_needed_but_gif_reads(tmp_path):
    buffer = io.BytesIO()
    Image.fromarray(_pattern()).save(buffer, "GIF")
    out = decode(buffer.getvalue(), "x.gif")
    assert out.shape == (48, 64, 3)


# ------------------------------------------------------------------ issue 12: hostile inputs
def _read_in_child(path: Path, timeout: float = 20.0):
    """read_image in a child process with a memory cap: (exit code, stdout, stderr)."""
    import resource
    import subprocess
    import sys

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))

    code = (
        "import sys\nfrom visionagent.core.images import ImageError, read_image\n"
        "try:\n    read_image(sys.argv[1])\nexcept ImageError as exc:\n    print(exc)\n"
        "    sys.exit(3)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=cap,
        cwd=Path(__file__).resolve().parents[2],
    )
    return out.returncode, out.stdout, out.stderr


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "link_to_dev_zero"])
def test_special_files_are_refused_before_reading(tmp_path, kind):
    import os

    if kind == "fifo":
        path = tmp_path / "pipe.jpg"
        os.mkfifo(path)
    elif kind == "dev_zero":
        path = Path("/dev/zero")
    else:
        path = tmp_path / "zero.png"
        os.symlink("/dev/zero", path)
    code, out, err = _read_in_child(path)  # a hang raises TimeoutExpired, a memory blow-up fails
    assert code == 3, err
    assert str(path) in out and "not a regular file" in out


def test_a_file_larger_than_the_limit_is_refused_unread(tmp_path):
    from visionagent.core import images

    path = tmp_path / "sparse.png"
    with open(path, "wb") as handle:
        handle.truncate(images.MAX_FILE_BYTES + 1)
    with pytest.raises(ImageError, match="too large"):
        read_image(path)


def _jpeg_with(kind: str) -> bytes:
    data = _encoded(".jpg")
    sos = data.index(b"\xff\xda")
    start = sos + 2 + int.from_bytes(data[sos + 2 : sos + 4], "big")
    end = data.rindex(b"\xff\xd9")
    out = bytearray(data)
    if kind == "zeroed scan data":
        third = (end - start) // 3
        out[start + third : start + 2 * third] = bytes(third)
    elif kind == "impossible SOF size":
        sof = data.index(b"\xff\xc0")
        out[sof + 5 : sof + 7] = (60000).to_bytes(2, "big")
    elif kind == "premature end":
        out = out[: start + (end - start) // 2] + b"\xff\xd9"
    return bytes(out)


@pytest.mark.parametrize("kind", ["zeroed scan data", "impossible SOF size", "premature end"])
def test_partly_corrupt_jpeg_is_named_and_nothing_is_printed(tmp_path, kind):
    path = tmp_path / f"{kind}.jpg"
    path.write_bytes(_jpeg_with(kind))
    with pytest.raises(ImageError) as info:
        read_image(path)
    assert str(path) in str(info.value) and "partly damaged" in str(info.value)
    code, out, err = _read_in_child(path)
    assert code == 3 and err == ""  # libjpeg's own warning never reaches stderr


def test_png_with_a_bad_checksum_is_refused_silently(tmp_path):
    data = bytearray(_encoded(".png"))
    data[data.index(b"IDAT") + 10] ^= 0xFF
    path = tmp_path / "crc.png"
    path.write_bytes(bytes(data))
    code, out, err = _read_in_child(path)
    assert code == 3 and str(path) in out and err == ""  # no "libpng error" line


def test_rgba_tiff_alpha_is_applied_once(tmp_path):
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 0], rgba[..., 3] = 200, 128  # red 200 at 50 % over white
    path = tmp_path / "alpha.tiff"
    Image.fromarray(rgba, "RGBA").save(path)
    r, g, b = (int(v) for v in read_image(path)[0, 0])
    assert abs(r - 227) <= 2 and abs(g - 127) <= 2 and abs(b - 127) <= 2  # OpenCV: r = 177


def test_float_tiffs_are_scaled_by_their_range(tmp_path):
    for value, expected in ((200.0, 200), (0.25, 64), (1000.0, 255)):
        path = tmp_path / f"float{value}.tiff"
        Image.fromarray(np.full((4, 4), value, np.float32), "F").save(path)
        assert abs(int(read_image(path, mode="gray")[0, 0]) - expected) <= 1, value
    ok, data = cv2.imencode(".tiff", np.full((4, 4, 3), 100.0, np.float32))  # float RGB
    (tmp_path / "rgb.tiff").write_bytes(data.tobytes())
    assert tuple(read_image(tmp_path / "rgb.tiff")[0, 0]) == (100, 100, 100)


def test_an_all_nan_tiff_is_refused(tmp_path):
    path = tmp_path / "nan.tiff"
    Image.fromarray(np.full((4, 4), np.nan, np.float32), "F").save(path)
    with pytest.raises(ImageError, match="NaN"):
        read_image(path)
    partly = np.full((4, 4), 0.5, np.float32)
    partly[0, 0] = np.nan
    Image.fromarray(partly, "F").save(path)
    assert int(read_image(path, mode="gray")[1, 1]) == 128


def test_path_problems_name_the_file(tmp_path):
    import os

    (tmp_path / "plain.png").write_bytes(b"x")
    os.symlink("loop.png", tmp_path / "loop.png")
    for path, words in (
        (tmp_path / ("x" * 300 + ".png"), "too long"),
        (tmp_path / "plain.png" / "x.png", "does not exist"),
        (tmp_path / "loop.png", "symbolic links"),
    ):
        with pytest.raises(ImageError, match=words) as info:
            read_image(path)
        assert str(path) in str(info.value)


MAGICS = [b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"GIF89a", b"BM", b"RIFF"]


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(MAGICS))
def test_any_bytes_decode_or_raise_image_error(data, magic):
    try:
        out = decode(magic + data, "fuzz")
    except ImageError:
        return
    assert out.dtype == np.uint8 and out.ndim == 3 and out.shape[2] == 3

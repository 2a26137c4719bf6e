"""Check a frozen VisionAgent bundle: its contents, the self-tests and every CLI command.

    python scripts/check_bundle.py dist/VisionAgent

Runs, with a throw-away VISIONAGENT_HOME: the windowed ``VisionAgent self-test`` (on Xvfb with
the xcb platform when ``xvfb-run`` is installed, else offscreen, like all the others);
``VisionAgent-cli --lang ko --lesson ID… self-test`` over every shipped lesson; and through the
bundled CLI ``lessons --json`` (≥ 8), ``architectures --json``, ``digits`` on an MNIST digit,
``inspect`` on it (map files written), ``breed`` and ``classify`` on the dog sample photos,
``export`` of the shipped digits model as TFLite float (answers as Keras), TFLite INT8 and a
SavedModel, and ``train`` (LeNet-5 with augmentation; transfer learning on a small folder).
Exits non-zero on the first problem and says which; the last line is ``bundle ok`` and the time
the checks took.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_LESSONS = 8
DIGITS_MODEL = "digits_cnn"


def fail(message: str) -> None:
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def exe(bundle: Path, name: str) -> Path:
    path = bundle / (name + (".exe" if os.name == "nt" else ""))
    if not path.is_file():
        fail(f"{path} is missing")
    return path


def run(
    command: list[str], home: str, timeout: int = 600, platform: str = "offscreen"
) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, VISIONAGENT_HOME=home)
    shown = " ".join([Path(command[0]).name, *command[1:]])
    if command[0] == "xvfb-run":
        shown = " ".join([*command[:2], Path(command[2]).name, *command[3:]])
    print(f"$ {shown}", flush=True)
    started = time.perf_counter()
    out = subprocess.run(
        command, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )
    if out.returncode != 0:
        print(out.stdout[-2000:], end="")
        print(out.stderr[-4000:], file=sys.stderr)
        fail(f"{shown} exited {out.returncode}")
    print(f"  ok in {time.perf_counter() - started:.1f} s", flush=True)
    return out


def run_json(command: list[str], home: str):
    out = run(command, home)
    try:
        return json.loads(out.stdout)
    except json.JSONDecodeError as exc:
        fail(f"{' '.join(command[1:])} printed no JSON ({exc}): {out.stdout[:300]!r}")


def check_contents(data: Path) -> None:
    """Shipped models, translations, fonts, lessons, class names, data sets and samples."""
    wanted = []
    for model in sorted((ROOT / "models").glob("*.keras")):
        wanted += [f"models/{model.name}", f"models/{model.stem}.json"]
    for folder, pattern in (
        ("resources/i18n", "*.qm"),
        ("resources/fonts", "*.ttf"),
        ("resources/lessons", "*.json"),
        ("resources/samples", "*.*"),
    ):
        wanted += [f"{folder}/{p.name}" for p in sorted((ROOT / folder).glob(pattern))]
    wanted += [
        "resources/imagenet/classes.tsv",
        "resources/breeds/breeds.tsv",
        "resources/datasets/mnist-10k.npz",
    ]
    missing = [name for name in wanted if not (data / name).is_file()]
    if missing:
        fail(f"bundle lacks {', '.join(missing)}")
    qt_ko = list(data.glob("PyQt6/Qt6/translations/qtbase_ko.qm"))
    if not qt_ko:
        fail("bundle lacks Qt's Korean translation PyQt6/Qt6/translations/qtbase_ko.qm")
    print(f"contents ok: {len(wanted)} files (models, translations, fonts, lessons, samples)")


def digit_picture(folder: Path) -> tuple[Path, int]:
    """An MNIST digit as dark ink on white, 112 px, like a scan; and its label."""
    import cv2
    import numpy as np

    with np.load(ROOT / "resources" / "datasets" / "mnist-10k.npz") as d:
        digit, label = 255 - d["x"][0], int(d["y"][0])
    path = folder / "digit.png"
    cv2.imwrite(str(path), cv2.resize(digit, (112, 112), interpolation=cv2.INTER_NEAREST))
    return path, label


def dog_wnids() -> set[str]:
    with open(ROOT / "resources" / "breeds" / "breeds.tsv", encoding="utf-8", newline="") as f:
        return {row["wnid"] for row in csv.DictReader(f, delimiter="\t")}


def check_lessons(cli: Path, data: Path, home: str) -> list[str]:
    rows = run_json([str(cli), "lessons", "--json"], home)
    if len(rows) < MIN_LESSONS:
        fail(f"lessons --json lists {len(rows)} lessons, expected at least {MIN_LESSONS}")
    for row in rows:
        if not (row.get("id") and row.get("title") and row.get("title_ko")):
            fail(f"lessons --json: incomplete entry {row}")
        if not Path(row["path"]).is_file() or data not in Path(row["path"]).resolve().parents:
            fail(f"lessons --json: {row['path']} is not a file inside the bundle")
    print(f"  {len(rows)} lessons: {', '.join(r['id'] for r in rows)}")
    return [row["id"] for row in rows]


def check_photos(cli: Path, home: str) -> None:
    photo = ROOT / "resources" / "samples" / "bullmastiff.jpg"
    answer = run_json([str(cli), "breed", "--json", str(photo)], home)[0]
    if not answer["is_dog"] or answer["top"][0]["wnid"] != "n02108422":
        fail(f"breed answered {answer['top'][0]} for {photo.name}, expected a bullmastiff")
    print(f"  breed {photo.name}: {answer['top'][0]['name']}")
    photo = ROOT / "resources" / "samples" / "dalmatian.jpg"
    answer = run_json([str(cli), "classify", "--json", "--top", "3", str(photo)], home)[0]
    best = answer["top"][0]
    if best["wnid"] not in dog_wnids() or not best["name_ko"]:
        fail(f"classify answered {best} for {photo.name}, expected a dog with a Korean name")
    print(
        f"  classify {photo.name}: {best['name']} / {best['name_ko']} "
        f"{100 * best['probability']:.1f}%"
    )


def check_digit_tools(cli: Path, home: str, digit: Path, label: int) -> None:
    got = run_json([str(cli), "digits", "--json", str(digit)], home)[0]["digit"]
    if got != label:
        fail(f"digits read {got}, expected {label}")
    print(f"  digits: {got}")
    maps = Path(home) / "inside"
    report = run_json(
        [str(cli), "inspect", str(digit), "--model", DIGITS_MODEL, "--out", str(maps), "--json"],
        home,
    )
    written = [row["maps"] for row in report["layers"] if row.get("maps")]
    absent = [name for name in ["input.png", *written] if not (maps / name).is_file()]
    if len(written) < 3 or absent:
        fail(f"inspect wrote {len(written)} map files, missing {absent}")
    print(f"  inspect: {len(written)} feature-map files in {maps.name}/")


def check_export(cli: Path, home: str) -> None:
    out = Path(home) / "exports"
    out.mkdir()
    for fmt, least in (("tflite", 0.99), ("tflite-int8", 0.9), ("saved-model", 0.99)):
        report = run_json(
            [str(cli), "export", DIGITS_MODEL, "--format", fmt, "--out", f"{out}/", "--json"],
            home,
        )
        path = Path(report["path"])
        if not path.exists() or report["size_bytes"] <= 0:
            fail(f"export {fmt}: {path} was not written")
        if report["agreement"] is None or report["agreement"] < least:
            fail(f"export {fmt}: agreement {report['agreement']} with Keras, expected ≥ {least}")
        print(
            f"  export {fmt}: {path.name} {report['size_bytes'] / 1e6:.1f} MB, "
            f"{100 * report['agreement']:.1f}% same answers on {report['checked']} samples"
        )


def check_training(cli: Path, home: str) -> None:
    """LeNet-5 on 1,000 bundled digits with augmentation, and transfer learning on a folder."""
    import cv2

    out = Path(home) / "trained"
    run(
        [str(cli), "train", "--dataset", "mnist-10k", "--arch", "lenet5", "--epochs", "1"]
        + ["--limit", "1000", "--augment", "--out", str(out / "lenet5.keras")],
        home,
    )
    folder = Path(home) / "two-classes"
    for name in ("chelsea.png", "coffee.png"):
        picture = cv2.imread(str(ROOT / "resources" / "samples" / name))
        (folder / Path(name).stem).mkdir(parents=True)
        for i in range(6):  # six shifted crops per class
            crop = picture[8 * i : 8 * i + 256, 6 * i : 6 * i + 256]
            cv2.imwrite(str(folder / Path(name).stem / f"{i}.png"), crop)
    run(
        [str(cli), "train", "--dataset", str(folder), "--arch", "transfer", "--epochs", "1"]
        + ["--out", str(out / "transfer.keras")],
        home,
    )
    missing = [
        p.name
        for stem in ("lenet5", "transfer")
        for p in (out / f"{stem}.keras", out / f"{stem}.json")
        if not p.is_file()
    ]
    if missing:
        fail(f"train did not write {', '.join(missing)}")
    print("  train: LeNet-5 (augmented) and transfer learning saved")


def gui_self_test(gui: Path, home: str) -> None:
    """The windowed executable's self-test, on a real X server when xvfb-run is at hand.

    Under Xvfb the xcb platform plugin and the X libraries it links are loaded as on a
    classroom PC; elsewhere Qt's offscreen platform.
    """
    if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
        run(["xvfb-run", "-a", str(gui), "self-test"], home, platform="xcb")
    else:
        run([str(gui), "self-test"], home)


def main() -> None:
    started = time.perf_counter()
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "VisionAgent").resolve()
    data = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    check_contents(data)
    gui, cli = exe(bundle, "VisionAgent"), exe(bundle, "VisionAgent-cli")
    with tempfile.TemporaryDirectory() as home:
        gui_self_test(gui, home)
        lesson_ids = check_lessons(cli, data, home)
        lesson_args = [arg for lesson in lesson_ids for arg in ("--lesson", lesson)]
        run([str(cli), "--lang", "ko", *lesson_args, "self-test"], home)
        gallery = run_json([str(cli), "architectures", "--json"], home)
        if not gallery:
            fail("architectures --json listed nothing")
        digit, label = digit_picture(Path(home))
        check_digit_tools(cli, home, digit, label)
        check_photos(cli, home)
        check_export(cli, home)
        check_training(cli, home)
    print(f"bundle ok ({time.perf_counter() - started:.0f} s of checks)")


if __name__ == "__main__":
    main()

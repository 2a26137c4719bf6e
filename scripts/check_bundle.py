"""Check a frozen VisionAgent bundle: contents, self-test, and one digit and one photo via its CLI.

    python scripts/check_bundle.py dist/VisionAgent

Exits non-zero on the first problem and says which.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fail(message: str) -> None:
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def exe(bundle: Path, name: str) -> Path:
    path = bundle / (name + (".exe" if os.name == "nt" else ""))
    if not path.is_file():
        fail(f"{path} is missing")
    return path


def run(command: list[str], home: str, timeout: int = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VISIONAGENT_HOME=home)
    print("$ " + " ".join(command), flush=True)
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    print(out.stdout[-2000:], end="")
    if out.returncode != 0:
        print(out.stderr[-4000:], file=sys.stderr)
        fail(f"{command[0]} {command[1]} exited {out.returncode}")
    return out


def main() -> None:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "VisionAgent")
    data = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    shipped_models = sorted(p.name for p in (ROOT / "models").glob("*.keras"))
    for name in shipped_models:
        for suffix in (".keras", ".json"):
            if not (data / "models" / name).with_suffix(suffix).is_file():
                fail(f"bundle lacks models/{Path(name).stem}{suffix}")
    for qm in sorted((ROOT / "resources" / "i18n").glob("*.qm")):
        if not (data / "resources" / "i18n" / qm.name).is_file():
            fail(f"bundle lacks resources/i18n/{qm.name}")
    for needed in ("resources/datasets/mnist-10k.npz", "resources/samples/chelsea.png"):
        if not (data / needed).is_file():
            fail(f"bundle lacks {needed}")
    print(f"contents ok: {len(shipped_models)} models, translations, data sets, samples")

    gui, cli = exe(bundle, "VisionAgent"), exe(bundle, "VisionAgent-cli")
    with tempfile.TemporaryDirectory() as home:
        run([str(gui), "self-test"], home)
        run([str(cli), "--lang", "ko", "self-test"], home)
        import numpy as np

        with np.load(ROOT / "resources" / "datasets" / "mnist-10k.npz") as d:
            digit, label = 255 - d["x"][0], int(d["y"][0])  # dark ink on white, like a scan
        digit_path = Path(home) / "digit.png"
        import cv2

        cv2.imwrite(str(digit_path), cv2.resize(digit, (112, 112), interpolation=cv2.INTER_NEAREST))
        out = run([str(cli), "digits", "--json", str(digit_path)], home)
        got = json.loads(out.stdout)[0]["digit"]
        if got != label:
            fail(f"bundled digits CLI read {got}, expected {label}")
        photo = ROOT / "resources" / "samples" / "bullmastiff.jpg"
        out = run([str(cli), "breed", "--json", str(photo)], home)
        answer = json.loads(out.stdout)[0]
        if not answer["is_dog"] or answer["top"][0]["wnid"] != "n02108422":
            fail(
                f"bundled breed CLI answered {answer['top'][0]} for {photo.name}, expected a "
                f"bullmastiff"
            )
        print(f"photo {photo.name}: is_dog={answer['is_dog']} top={answer['top'][0]['name']}")
    print("bundle ok")


if __name__ == "__main__":
    main()

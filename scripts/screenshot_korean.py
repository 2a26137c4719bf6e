"""Screenshots of the real main window in Korean (for the README's 한국어 section).

Run on a 1366×768 virtual screen (see scripts/screens.py); without a Korean font installed the
app uses its bundled NanumSquare:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_korean.py
Runs each screenshot script with the argument ``ko`` (a fresh window each, so every one starts
from default settings) and writes docs/screenshots/ko_digits.png (a postal code read),
ko_photos.png (the bullmastiff with Grad-CAM, breed names in Korean), photos_anything_ko.png
(Anything: ImageNet class names in Korean), ko_filters.png (the filter playground), ko_inside.png
(a drawn digit, a cell traced to its receptive fields), ko_training_results.png (after four
epochs of LeNet-5 on the bundled digits) and ko_lesson.png (lesson example 8-1 in Korean).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = ("digits", "photos", "filters", "inside", "training", "lesson")


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = []
    for name in SCRIPTS:
        script = here / f"screenshot_{name}.py"
        if subprocess.run([sys.executable, str(script), "ko"], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the real main window in Korean (for the README's 한국어 section).

Run under a display with a CJK font (Debian: fonts-noto-cjk), e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_korean.py
Writes docs/screenshots/ko_breeds.png (a recognised dog, breed names in Korean, Grad-CAM on),
ko_filters.png (the filter playground) and ko_numbers.png (example 8-1, every number written out).
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-shots-")  # default settings
SAMPLES = REPO / "resources" / "samples"


def wait(app, seconds: float, until=lambda: False) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return until()


def main() -> int:
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="ko")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)

    filters_tab = window.filters_tab
    window.tabs.setCurrentWidget(filters_tab)  # first, so the picture views fit the window size
    wait(app, 120, lambda: window.context.is_tf_ready)
    wait(app, 1.0)
    window.grab().save(str(out / "ko_filters.png"))
    print("ko_filters.png", flush=True)
    filters_tab.pages.setCurrentIndex(1)
    wait(app, 0.5)
    filters_tab.numbers_view.select("conv", 0, 0, 1)
    wait(app, 0.5)
    window.grab().save(str(out / "ko_numbers.png"))
    print("ko_numbers.png", flush=True)
    tab = window.breeds_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 180, lambda: tab.is_ready):
        print("the breed model did not load", file=sys.stderr)
        return 1
    photo = str(SAMPLES / "bullmastiff.jpg")
    tab.gradcam_check.setChecked(True)
    tab.open_path(photo)
    wait(app, 60, lambda: tab.current_path == photo and tab.overlay is not None and not tab._runner.busy)
    wait(app, 0.5)
    window.grab().save(str(out / "ko_breeds.png"))
    print("ko_breeds.png:", tab.verdict_label.text(), flush=True)

    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

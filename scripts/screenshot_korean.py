"""Screenshots of the real main window in Korean (for the README's 한국어 section).

Run under a display with a CJK font (Debian: fonts-noto-cjk), e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_korean.py
Writes docs/screenshots/ko_filters.png (the filter playground), ko_numbers.png (example 8-1, every
number written out), ko_breeds.png (a recognised dog, breed names in Korean, Grad-CAM on) and
ko_training.png / ko_training_results.png (three epochs of LeNet-5 on the bundled digits).
"""

from __future__ import annotations

import sys

from screens import REPO, wait

SAMPLES = REPO / "resources" / "samples"


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
    wait(
        app,
        60,
        lambda: tab.current_path == photo and tab.overlay is not None and not tab._runner.busy,
    )
    wait(app, 0.5)
    window.grab().save(str(out / "ko_breeds.png"))
    print("ko_breeds.png:", tab.verdict_label.text(), flush=True)

    training_tab = window.training_tab
    window.tabs.setCurrentWidget(training_tab)
    training_tab.dataset_combo.setCurrentIndex(training_tab.dataset_combo.findData("mnist-10k"))
    training_tab.epochs_spin.setValue(3)
    training_tab.batch_spin.setValue(64)
    done = []
    training_tab.run_finished.connect(done.append)
    training_tab.start_button.click()
    if not wait(app, 300, lambda: bool(done)):
        print("training did not finish", file=sys.stderr)
        return 1
    training_tab.curves.redraw()
    training_tab.pages.setCurrentIndex(0)
    wait(app, 0.5)
    window.grab().save(str(out / "ko_training.png"))
    training_tab.pages.setCurrentWidget(training_tab.results_page)
    wait(app, 0.5)
    window.grab().save(str(out / "ko_training_results.png"))
    print("ko_training.png, ko_training_results.png", flush=True)

    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the real main window on the Training tab after a short run.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_training.py

Trains LeNet-5 on the bundled MNIST 10k for a few epochs through the GUI (Start button), then
saves ``docs/screenshots/training.png`` (live curves, progress, model summary) and
``docs/screenshots/training_results.png`` (accuracy, confusion matrix, most confused digits).
Settings and models go to a temporary VISIONAGENT_HOME.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    os.environ.setdefault("VISIONAGENT_HOME", tempfile.mkdtemp(prefix="visionagent-shot-"))

    from PyQt6.QtCore import QEventLoop
    from PyQt6.QtWidgets import QApplication

    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="en")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    tab = window.training_tab
    window.tabs.setCurrentWidget(tab)

    def wait(condition, timeout=300.0):
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        if not condition():
            raise SystemExit("timed out")

    wait(lambda: window.context.is_tf_ready)
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("mnist-10k"))
    tab.epochs_spin.setValue(args.epochs)
    tab.batch_spin.setValue(64)
    done = []
    tab.run_finished.connect(done.append)
    tab.start_button.click()
    wait(lambda: bool(done))
    tab.curves.redraw()
    tab.pages.setCurrentIndex(0)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "training.png"))
    tab.pages.setCurrentWidget(tab.results_page)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out / "training_results.png"))
    print(f"saved {out / 'training.png'} and {out / 'training_results.png'}")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

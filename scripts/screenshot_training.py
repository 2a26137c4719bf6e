"""Screenshots of the real main window on the Training tab after two short runs, at 1366×768.

    .venv/bin/python scripts/screenshot_training.py [--epochs 4] [--size 1366x768]

Runs offscreen on a virtual screen of the given size (a classroom projector), trains LeNet-5 on
the bundled MNIST 10k through the GUI (Start button), then saves
``docs/screenshots/training.png`` (Start/Stop and progress, settings, curves, model summary) and
``docs/screenshots/training_results.png`` (accuracy, confusion matrix, most confident mistakes,
Save and Export…). Then a 784-512-10 MLP made to overfit (300 digits, 12 epochs) runs beside it:
``training_runs.png`` (both runs' curves, the overfitting hint, the runs table) and
``training_gallery.png`` (the architecture gallery with LeNet-5's layers). Settings and models go
to a temporary VISIONAGENT_HOME.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _virtual_screen(width: int, height: int) -> None:
    """Qt's offscreen platform with one screen of ``width``×``height`` at 96 dpi."""
    screen = Path(tempfile.mkdtemp(prefix="visionagent-screen-")) / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "projector",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--size", default="1366x768", help="screen size WIDTHxHEIGHT")
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ.setdefault("VISIONAGENT_HOME", tempfile.mkdtemp(prefix="visionagent-shot-"))
    if "QT_QPA_PLATFORM" not in os.environ:
        _virtual_screen(width, height)

    from PyQt6.QtCore import QEventLoop
    from PyQt6.QtWidgets import QApplication

    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="en")
    window = MainWindow()
    window.show()
    tab = window.training_tab
    window.tabs.setCurrentWidget(tab)
    done = []
    tab.run_finished.connect(done.append)

    def train() -> None:
        done.clear()
        tab.start_button.click()
        wait(lambda: bool(done))
        tab.curves.redraw()

    def wait(condition, timeout=300.0):
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        if not condition():
            raise SystemExit("timed out")

    def settle():
        for _ in range(20):
            app.processEvents()

    wait(lambda: window.context.is_tf_ready)
    others = [t for t in window.tab_widgets() if t is not tab]
    wait(lambda: not any(t.jobs_running() for t in others))  # the other tabs' models loaded
    tab.form.set_dataset("mnist-10k")
    tab.epochs_spin.setValue(args.epochs)
    tab.batch_spin.setValue(64)
    train()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tab.views.set_page("model")
    settle()
    window.grab().save(str(out / "training.png"))
    tab.views.set_page("results")
    settle()
    window.grab().save(str(out / "training_results.png"))
    form = tab.form  # a big MLP on a few digits, no dropout: it learns them by heart
    form.control("arch").setCurrentIndex(form.control("arch").findData("mlp"))
    for key, value in (("epochs", 12), ("limit", 300), ("batch_size", 16)):
        form.control(key).setValue(value)
    form.control("validation_split").setValue(0.3)
    train()
    tab.views.set_page("runs")
    settle()
    window.grab().save(str(out / "training_runs.png"))
    form.control("arch").setCurrentIndex(form.control("arch").findData("lenet5"))
    dialog = tab.gallery.open()
    wait(lambda: dialog.layers.rowCount() > 0)
    settle()
    dialog.grab().save(str(out / "training_gallery.png"))
    dialog.close()
    size = window.frameGeometry()
    names = ", ".join(f"training{s}.png" for s in ("", "_results", "_runs", "_gallery"))
    print(f"saved {names} in {out}")
    print(f"window {size.width()}×{size.height()} on a {width}×{height} screen")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

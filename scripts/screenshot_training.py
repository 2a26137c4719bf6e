"""Screenshots of the real main window on the Training tab after two short runs.

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_training.py \
        [ko] [--epochs 4]

Trains LeNet-5 on the bundled MNIST 10k through the GUI (Start button), then saves
``training.png`` (Start/Stop and progress, settings, the curves, the model summary) and
``training_results.png`` (accuracy, confusion matrix, most confident mistakes, Save and
Export…). Then a 784-512-10 MLP made to overfit (300 digits, 12 epochs) runs beside it:
``training_runs.png`` (both runs' curves, the overfitting hint, the runs table) and
``training_gallery.png`` (the architecture gallery dialog with LeNet-5's layers). With ``ko``:
the LeNet-5 run only, and ``ko_training_results.png``. Settings and models go to a temporary
VISIONAGENT_HOME.
"""

from __future__ import annotations

import argparse
import sys

from screens import finish, save, start, wait


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("language", nargs="?", default="en")
    parser.add_argument("--epochs", type=int, default=4)
    args = parser.parse_args()
    app, window = start(args.language)
    tab = window.training_tab
    window.tabs.setCurrentWidget(tab)
    done = []
    tab.run_finished.connect(done.append)

    def train() -> None:
        done.clear()
        tab.start_button.click()
        if not wait(app, 900, lambda: bool(done)):
            raise SystemExit("the training run did not finish")
        tab.curves.redraw()
        wait(app, 0.5)

    others = [t for t in window.tab_widgets() if t is not tab]
    wait(app, 240, lambda: not any(t.jobs_running() for t in others))  # their models loaded
    tab.form.set_dataset("mnist-10k")
    tab.epochs_spin.setValue(args.epochs)
    tab.batch_spin.setValue(64)
    train()
    if args.language != "en":
        tab.views.set_page("results")
        wait(app, 0.5)
        save(window, f"{args.language}_training_results.png")
        return finish(app, window)
    tab.views.set_page("model")
    wait(app, 0.5)
    save(window, "training.png")
    tab.views.set_page("results")
    wait(app, 0.5)
    save(window, "training_results.png")

    form = tab.form  # a big MLP on a few digits, no dropout: it learns them by heart
    form.control("arch").setCurrentIndex(form.control("arch").findData("mlp"))
    for key, value in (("epochs", 12), ("limit", 300), ("batch_size", 16)):
        form.control(key).setValue(value)
    form.control("validation_split").setValue(0.3)
    train()
    tab.views.set_page("runs")
    wait(app, 0.5)
    save(window, "training_runs.png")

    form.control("arch").setCurrentIndex(form.control("arch").findData("lenet5"))
    dialog = tab.gallery.open()
    wait(app, 30, lambda: dialog.layers.rowCount() > 0)
    wait(app, 0.5)
    save(dialog, "training_gallery.png")
    dialog.close()
    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

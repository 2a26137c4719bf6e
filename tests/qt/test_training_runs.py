"""Runs side by side in the Training tab: every run in a sortable table with its colour, earlier
runs' curves on the chart (each can be hidden), a log-scale loss axis, saved runs added back from
their JSON, the overfitting hint during and after a run, and the textbook recipe's note."""

from __future__ import annotations

import json
import math
import zipfile

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from tests import fakes
from tests.qt import helpers
from visionagent import paths
from visionagent.core import training
from visionagent.core.training import TrainConfig, TrainResult
from visionagent.i18n import number, percent
from visionagent.qt.tabs.training.curves import CurvePlot

# a big MLP on a few hundred digits: validation loss lowest at epoch 3, training loss falling
OVERFIT = {
    "loss": [1.9, 0.9, 0.45, 0.2, 0.09, 0.04],
    "accuracy": [0.5, 0.75, 0.88, 0.95, 0.99, 1.0],
    "val_loss": [1.2, 0.8, 0.62, 0.66, 0.73, 0.85],
    "val_accuracy": [0.6, 0.75, 0.8, 0.81, 0.8, 0.79],
}
MLP_CONFIG = TrainConfig(arch="mlp", epochs=6, optimizer="sgd", momentum=0.5, learning_rate=0.01)


@pytest.fixture
def tab(qtbot, app_context):
    """The tab alone on a context (TensorFlow not ready yet)."""
    tab = helpers.training_tab(qtbot, app_context)
    yield tab
    helpers.finish_training_tab(tab)


@pytest.fixture
def ready_tab(tab, tf_backend):
    return helpers.make_ready(tab, tf_backend)


def _fake_result(history, config=MLP_CONFIG, **more) -> TrainResult:
    return fakes.train_result(history, config, 83.0, **more)


def _save_fake_run(name: str, history) -> None:
    """A saved model as the trainer writes it (the .keras only needs to be a zip here)."""
    folder = paths.user_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / f"{name}.keras", "w") as archive:
        archive.writestr("config.json", "{}")
    meta = _fake_result(history, test_accuracy=0.875).metadata()
    (folder / f"{name}.json").write_text(json.dumps(meta))


def _remove_saved(context, name: str) -> None:
    for suffix in (".keras", ".json"):
        (paths.user_models_dir() / f"{name}{suffix}").unlink(missing_ok=True)
    context.refresh_models()


def _epochs(tab, history, start=0, stop=None):
    """Epoch reports through the trainer runner's ``partial`` signal, as a run sends them."""
    count = len(history["loss"])
    for i in range(start, count if stop is None else stop):
        info = {"epoch": i + 1, "epochs": count, "seconds": 2.0}
        info.update({key: values[i] for key, values in history.items()})
        tab._trainer.partial.emit(training.EpochEnded(info))


def _toggle(qtbot, table, key):
    """Space on the run's first cell: what a user does to tick or untick its box."""
    table.setCurrentCell(table.row_of(key), 0)
    qtbot.keyClick(table.viewport(), Qt.Key.Key_Space)


def _run_menu_action(page, label_part: str):
    page.saved_menu.aboutToShow.emit()
    actions = [a for a in page.saved_menu.actions() if label_part in a.text()]
    assert actions, [a.text() for a in page.saved_menu.actions()]
    return actions[0]


# ------------------------------------------------------------------ without TensorFlow
def test_the_overfitting_hint_appears_during_the_run_and_stays_after_it(tab, qtbot):
    key = tab.runs.begin(MLP_CONFIG)
    table, hint = tab.views.runs.table, tab.curves.hint_label
    assert table.keys() == [key] and table.text(key, "note") == "running…"
    assert table.text(key, "optimizer") == "SGD, momentum 0.5"
    assert (
        table.text(key, "learning_rate") == "0.01" and table.text(key, "arch") == "MLP 784-512-10"
    )
    _epochs(tab, OVERFIT, stop=4)
    assert not hint.isVisible() and table.text(key, "epochs") == "4"
    assert tab.curves.points("epoch_val_loss") == 4  # the same reports draw the curves
    _epochs(tab, OVERFIT, start=4, stop=5)
    assert hint.isVisible() and hint.level == "warning"
    assert "learn the training images by heart (overfitting)" in hint.text()
    assert "risen for 2 epochs since epoch 3" in hint.text()
    assert "running…, overfitting" == table.text(key, "note")
    assert not tab.views.runs.hint_label.text()  # the page speaks for the selected run
    tab.views.runs.table.selectRow(0)
    assert tab.views.runs.hint_label.text() == hint.text()
    _epochs(tab, OVERFIT, start=5)
    # the run ends: the figures of the result, the hint stays (now 3 epochs)
    with qtbot.waitSignal(tab.run_finished):
        tab._trainer.finished.emit(_fake_result(OVERFIT))
    assert hint.isVisible() and "risen for 3 epochs since epoch 3" in hint.text()
    assert table.text(key, "note") == "overfitting" and table.text(key, "parameters") == number(
        407_050
    )
    assert table.text(key, "best_val") == percent(0.81, 2) and table.text(key, "time") == "1:23"
    # a diverged run: the core's message under the chart, in red on the page
    second = tab.runs.begin(MLP_CONFIG)
    assert not hint.isVisible()
    with qtbot.waitSignal(tab.run_failed):
        tab._trainer.finished.emit(_fake_result({"loss": [math.nan]}, diverged=(1, 4)))
    assert "NaN in epoch 1, batch 4" in hint.text() and table.text(second, "note") == "diverged"
    assert tab.curves.runs[key].visible  # the first run is an overlay now


def test_runs_sort_toggle_their_curves_and_the_loss_axis_goes_logarithmic(tab, qtbot):
    first = tab.runs.begin(MLP_CONFIG)
    _epochs(tab, OVERFIT)
    tab._trainer.finished.emit(_fake_result(OVERFIT))
    cnn = TrainConfig(arch="lenet5", epochs=2, learning_rate=0.003)
    second = tab.runs.begin(cnn)
    half = {k: v[:2] for k, v in OVERFIT.items()}
    _epochs(tab, half)
    tab._trainer.finished.emit(_fake_result(half, config=cnn))
    table, curves = tab.views.runs.table, tab.curves
    assert table.text(first, "arch") == "MLP 784-512-10" and table.text(second, "arch") == "LeNet-5"
    # the first run left the live curves for an overlay in its colour; the swatch matches
    overlay = curves.runs[first]
    swatch = table.item(table.row_of(first), 0).data(Qt.ItemDataRole.DecorationRole)
    assert overlay.items[0].opts["pen"].color() == swatch
    assert swatch.getRgb()[:3] != CurvePlot.TRAIN_COLOUR  # not the live run's colour
    swatch = table.item(table.row_of(second), 0).data(Qt.ItemDataRole.DecorationRole)
    assert swatch.getRgb()[:3] == CurvePlot.TRAIN_COLOUR
    assert overlay.items[0].getData()[1].tolist() == OVERFIT["loss"]
    # sortable by value: epochs 2 < 6, learning rate 0.003 < 0.01
    table.sortItems(table.column("epochs"), Qt.SortOrder.AscendingOrder)
    assert table.keys() == [second, first]
    table.sortItems(table.column("learning_rate"), Qt.SortOrder.DescendingOrder)
    assert table.keys() == [first, second]
    # untick: the overlay hides; untick the current run: the live curves hide
    _toggle(qtbot, table, first)
    assert not table.is_shown(first) and not any(item.isVisible() for item in overlay.items)
    _toggle(qtbot, table, second)
    assert not curves.curves["epoch_loss"].isVisible()
    _toggle(qtbot, table, first)
    assert all(item.isVisible() for item in overlay.items)
    # a log loss axis for every loss curve, earlier runs' too
    qtbot.mouseClick(curves.log_check, Qt.MouseButton.LeftButton)
    assert curves.log_loss and curves.loss_plot.getAxis("left").logMode
    shown = overlay.items[0].getData()[1]
    assert shown == pytest.approx(np.log10(OVERFIT["loss"]))
    assert not curves.accuracy_plot.getAxis("left").logMode
    qtbot.mouseClick(curves.log_check, Qt.MouseButton.LeftButton)
    assert not curves.log_loss
    # remove the first run from the list and the chart
    table.selectRow(table.row_of(first))
    qtbot.mouseClick(tab.views.runs.remove_button, Qt.MouseButton.LeftButton)
    assert table.keys() == [second] and first not in curves.runs


def test_a_saved_run_comes_back_from_its_json_with_its_curves(tab, qtbot, tmp_path, monkeypatch):
    _save_fake_run("gui_saved_mlp", OVERFIT)
    tab.context.refresh_models()
    page = tab.views.runs
    try:
        _run_menu_action(page, "MLP 784-512-10").trigger()
        table = page.table
        [key] = table.keys()
        assert table.text(key, "run") == "gui_saved_mlp"
        assert table.text(key, "arch") == "MLP 784-512-10"
        assert table.text(key, "parameters") == number(407_050)
        assert table.text(key, "test") == percent(0.875, 2) and table.text(key, "epochs") == "6"
        assert table.text(key, "optimizer") == "SGD, momentum 0.5"
        assert table.text(key, "note") == "overfitting"
        assert "overfitting" in table.item(0, 2).toolTip()
        run = tab.curves.runs[key]
        assert run.items[1].getData()[1].tolist() == OVERFIT["val_loss"]
        _run_menu_action(page, "MLP 784-512-10").trigger()  # the same model twice: one row
        assert len(table.keys()) == 1
        # a file that is not a model: one clear line, nothing added
        bad = tmp_path / "broken.keras"
        bad.write_text("not a zip")
        (tmp_path / "broken.json").write_text("{}")
        monkeypatch.setattr(
            "PyQt6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), "")
        )
        _run_menu_action(page, "Other file").trigger()
        assert page.hint_label.level == "error" and "broken.keras" in page.hint_label.text()
        assert len(table.keys()) == 1
    finally:
        _remove_saved(tab.context, "gui_saved_mlp")


def test_the_shipped_digits_model_can_be_added_as_a_run(tab):
    """The real shipped model: saved before histories were recorded, so figures but no curves."""
    page = tab.views.runs
    _run_menu_action(page, "Digits CNN").trigger()
    table = page.table
    [key] = table.keys()
    assert table.text(key, "run") == "digits_cnn"
    assert table.text(key, "arch") == "Improved CNN + batch normalization"
    assert table.text(key, "parameters") == number(1_791_102)
    assert table.text(key, "test") == percent(0.9941, 2) and table.text(key, "time") == "20:42"
    assert table.text(key, "optimizer") == "Adam" and table.text(key, "note") == "no curves saved"


def test_the_recipe_note_explains_the_choice_for_transfer_only(tab, qtbot):
    form = tab.form
    arch, recipe = form.control("arch"), form.control("transfer_recipe")
    assert not form.recipe_note.isVisible() and not recipe.isEnabled()
    arch.setCurrentIndex(arch.findData("transfer"))
    assert recipe.isEnabled() and form.recipe_note.isVisible()
    assert form.recipe_note.text().startswith("Fast recipe: the pretrained backbone stays frozen")
    recipe.setCurrentIndex(recipe.findData("textbook"))
    assert "Textbook recipe (program 8-7)" in form.recipe_note.text()
    assert "Adam at 0.000001" in form.recipe_note.text()
    assert not form.control("optimizer").isEnabled()  # the recipe sets it
    recipe.hide()  # a lesson hiding the recipe hides its note
    assert not form.recipe_note.isVisible()
    recipe.show()
    arch.setCurrentIndex(arch.findData("mlp"))
    assert not form.recipe_note.isVisible() and not recipe.isEnabled()


# ------------------------------------------------------------------ real runs (TensorFlow)
@pytest.mark.slow
def test_a_cnn_run_and_an_mlp_run_side_by_side(ready_tab, qtbot):
    tab = ready_tab
    arch = tab.form.control("arch")
    table, curves = tab.views.runs.table, tab.curves
    for name in ("lenet5", "mlp"):
        arch.setCurrentIndex(arch.findData(name))
        tab.epochs_spin.setValue(1)
        tab.limit_spin.setValue(600)
        tab.batch_spin.setValue(60)
        with qtbot.waitSignal(tab.run_finished, timeout=120_000):
            qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    first, second = table.keys()
    assert table.text(first, "arch") == "LeNet-5" and table.text(first, "parameters") == number(
        61_706
    )
    assert table.text(second, "arch") == "MLP 784-512-10"
    assert table.text(second, "parameters") == number(407_050)
    for key in (first, second):
        assert table.text(key, "epochs") == "1" and table.text(key, "test").endswith("%")
        assert table.text(key, "loss") == "cross-entropy" and table.text(key, "optimizer") == "Adam"
    # both curves on the chart: the CNN as an overlay, the MLP live
    assert list(curves.runs) == [first]
    ys = [item.getData()[1] for item in curves.runs[first].items if item.getData()[1] is not None]
    assert len(ys) == 4 and all(len(y) == 1 and np.isfinite(y).all() for y in ys)
    assert curves.points("epoch_loss") == 1 and curves.points("batch_loss") == 9
    _toggle(qtbot, table, first)
    assert not any(item.isVisible() for item in curves.runs[first].items)
    assert curves.curves["epoch_loss"].isVisible()
    qtbot.mouseClick(curves.log_check, Qt.MouseButton.LeftButton)
    assert curves.loss_plot.getAxis("left").logMode


@pytest.mark.slow
def test_an_mlp_made_to_overfit_gets_the_hint_during_the_run(ready_tab, qtbot):
    tab = ready_tab
    form = tab.form
    form.control("arch").setCurrentIndex(form.control("arch").findData("mlp"))
    for key, value in (("epochs", 12), ("limit", 300), ("batch_size", 16)):
        form.control(key).setValue(value)
    form.control("validation_split").setValue(0.3)
    seen = []
    tab._trainer.partial.connect(lambda _e: seen.append(tab.curves.hint_label.text()))
    with qtbot.waitSignal(tab.run_finished, timeout=180_000) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    history = finished.args[0].history
    assert any("overfitting" in text for text in seen), history  # during the run
    hint = tab.curves.hint_label
    assert hint.isVisible() and "overfitting" in hint.text()  # and after it
    [key] = tab.views.runs.table.keys()
    assert tab.views.runs.table.text(key, "note") == "overfitting"
    best = int(np.argmin(history["val_loss"]))
    assert history["val_loss"][-1] > history["val_loss"][best]
    assert history["loss"][-1] < history["loss"][best]

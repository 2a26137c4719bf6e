"""The Training tab driven like a user: the form from the field table (the CLI's defaults), Start,
live curves and progress, Stop, Save (a problem keeps the run; the recognizer switches at once),
Export…, a diverged run, lessons, close mid-fit."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QAbstractScrollArea, QLabel

from tests.qt import helpers
from visionagent import cli, paths, settings
from visionagent.core import training
from visionagent.core.gpu import GpuStatus
from visionagent.qt.tabs.training.confusion import DARK_TEXT, LIGHT_TEXT, ConfusionMatrixView
from visionagent.qt.tabs.training.curves import CurvePlot
from visionagent.qt.tabs.training.form import FOLDER
from visionagent.qt.tabs.training.texts import plural

DATASETS = ("mnist", "fashion-mnist", "cifar10", FOLDER, "mnist-10k")


@pytest.fixture
def tab(qtbot, app_context):
    """The tab alone on a context (TensorFlow not ready yet)."""
    tab = helpers.training_tab(qtbot, app_context)
    yield tab
    helpers.finish_training_tab(tab)


@pytest.fixture
def ready_tab(tab, tf_backend):
    return helpers.make_ready(tab, tf_backend)


def _set(spin, value):
    spin.setValue(value)
    assert spin.value() == value


def _cli_config(dataset, out):
    from visionagent.commands.train import config_from_args

    args = cli.build_parser().parse_args(["train", "--dataset", dataset, "--out", str(out)])
    return config_from_args(args)


def _choose(tab, key):
    combo = tab.dataset_combo
    combo.setCurrentIndex(combo.findData(key))
    assert combo.currentData() == key


def _remove_model(context, name):
    for suffix in (".keras", ".json", ".epochs.npz"):
        (paths.user_models_dir() / f"{name}{suffix}").unlink(missing_ok=True)
    context.refresh_models()


# ------------------------------------------------------------------ the form (no TensorFlow)
def test_the_form_starts_from_the_clis_config_for_every_dataset(tab, qtbot, tmp_path):
    """The one-config promise: choosing a data set shows defaults_for(it), which is also what
    'visionagent train --dataset D --out F' trains with."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    tab.form.folder_edit.setText(str(folder))
    tab.form.set_dataset("mnist-10k")
    for key in DATASETS:
        _set(tab.epochs_spin, 42)  # a change the data set's defaults must replace
        _choose(tab, key)
        dataset = str(folder) if key == FOLDER else key
        config = tab.form.config()
        assert config == training.defaults_for(dataset), key
        assert config == _cli_config(dataset, tmp_path / "x.keras"), key
        assert tab.form.folder_row.isVisible() == (key == FOLDER)
    tab.form.control("arch").setCurrentIndex(tab.form.control("arch").findData("cnn-v2"))
    _set(tab.form.control("learning_rate"), 0.05)
    qtbot.mouseClick(tab.form.defaults_button, Qt.MouseButton.LeftButton)
    assert tab.form.config() == training.defaults_for("mnist-10k")


def test_settings_that_do_not_apply_are_greyed_out_with_the_reason(tab):
    tab.form.set_dataset("mnist-10k")
    arch, dropout = tab.form.control("arch"), tab.form.control("dropout")
    label = tab.form._labels[dropout]
    assert arch.currentData() == "lenet5"
    assert not dropout.isEnabled() and dropout.toolTip() == "LeNet-5 has no dropout layers."
    assert not label.isEnabled() and label.toolTip() == dropout.toolTip()
    arch.setCurrentIndex(arch.findData("cnn-v2"))
    assert dropout.isEnabled() and label.isEnabled() and "Dropout rate" in dropout.toolTip()
    momentum, optimizer = tab.form.control("momentum"), tab.form.control("optimizer")
    assert not momentum.isEnabled()
    optimizer.setCurrentIndex(optimizer.findData("sgd"))
    assert momentum.isEnabled() and tab.form.config().optimizer == "sgd"
    assert not tab.form.control("multi_gpu").isEnabled()  # no second GPU here
    assert not tab.start_button.isEnabled()  # TensorFlow is not ready
    assert tab.start_button.toolTip() == "Waiting for TensorFlow to load"


def test_main_controls_stay_outside_every_scroll_area(tab):
    assert tab.main_controls() == [
        tab.start_button,
        tab.stop_button,
        tab.progress,
        tab.dataset_combo,
    ]
    for control in tab.main_controls():
        parent = control.parentWidget()
        while parent is not None:
            assert not isinstance(parent, QAbstractScrollArea), control.objectName()
            parent = parent.parentWidget()
    assert tab.minimumSizeHint().width() < 1000


def test_lesson_state_round_trips_and_hides_labels_with_their_controls(tab):
    state = tab.lesson_state()
    keys = {f.key for f in training.TRAIN_FIELDS} | {"dataset", "page"}
    assert set(state) == keys and state["dataset"] == tab.form.dataset()
    problems = tab.apply_lesson_state(
        {"dataset": "cifar10", "epochs": 3, "augmentation.flip": False, "page": "augmentation"}
    )
    assert problems == []
    config = tab.form.config()
    assert config.arch == "cifar-cnn" and config.epochs == 3 and not config.augmentation.flip
    assert tab.pages.currentIndex() == 1 and tab.lesson_state()["page"] == "augmentation"
    problems = tab.apply_lesson_state({"epochs": 0, "colour": "red", "page": "nowhere"})
    assert len(problems) == 3 and "between" in problems[0]
    assert tab.form.config().epochs == 3
    controls = tab.lesson_controls()
    assert set(controls) == keys and controls["dataset"] is tab.dataset_combo
    backbone = controls["backbone"]
    backbone.hide()  # what a lesson's "hide" does
    assert not tab.form._labels[backbone].isVisible()
    backbone.show()
    assert tab.form._labels[backbone].isVisible()


def test_gpu_status_from_the_context_is_shown_with_its_reason(tab):
    explanation = "The CUDA libraries TensorFlow needs are not installed (cudnn)."
    status = GpuStatus("no-cuda-libraries", "CPU (CUDA libraries missing)", explanation)
    tab.context.set_gpu_status(status)
    assert tab.bar.device_label.text() == "Device: CPU (CUDA libraries missing)"
    assert tab.bar.device_label.toolTip() == explanation
    assert tab.bar.message_label.text() == explanation
    assert tab.bar.message_label.level == "warning"


def test_plural_forms_in_english():
    assert plural("done: 1 epoch(s) in 0:03", 1) == "done: 1 epoch in 0:03"
    assert plural("done: 2 epoch(s) in 0:03", 2) == "done: 2 epochs in 0:03"
    assert plural("2 에포크", 2) == "2 에포크"


# ------------------------------------------------------------------ charts
def test_curves_count_epochs_without_an_si_prefix_and_hold_other_runs(qtbot):
    plot = CurvePlot()
    qtbot.addWidget(plot)
    plot.resize(800, 300)
    plot.show()
    reports = [
        {"epoch": 1, "batch": b, "batches": 500, "batch_loss": 2.0 / b, "batch_accuracy": 0.5}
        for b in range(1, 401)
    ]
    plot.add_batches(reports)
    plot.redraw()
    xs = plot.curves["batch_loss"].getData()[0]
    assert xs[0] == pytest.approx(0.002) and xs[-1] == pytest.approx(0.8)
    for name in ("loss", "accuracy"):
        axis = plot.plots[name].getAxis("bottom")
        assert not axis.autoSIPrefix and axis.autoSIPrefixScale == 1.0
        assert axis.labelText == "epoch" and "x0.001" not in axis.labelString()
        assert axis.tickStrings([0.2, 0.4, 0.6], 1.0, 0.2) == ["0.2", "0.4", "0.6"]
        assert axis.style["tickFont"].pointSizeF() >= 11
    history = {"loss": [1.0, 0.5], "val_loss": [1.1, 0.7], "accuracy": [0.6, 0.8]}
    run = plot.add_run("run1", "LeNet-5, run 1", history)
    assert len(run.items) == 4 and run.items[0].getData()[0].tolist() == [0.5, 1.5]
    plot.set_run_visible("run1", False)
    assert not any(item.isVisible() for item in run.items)
    plot.remove_run("run1")
    assert plot.runs == {} and all(item.scene() is None for item in run.items)
    assert plot.points("batch_loss") == 400  # the current run is untouched


def test_confusion_matrix_contrasts_scales_and_names_the_classes(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    names = list(training.CIFAR10_NAMES)
    matrix = np.diag(np.full(10, 95))
    matrix[3, 5], matrix[5, 3], matrix[1, 9] = 40, 3, 1
    view.set_matrix(matrix, names)
    view.resize(620, 620)
    view.show()
    labels = {(r, c): (text, colour) for r, c, text, colour in view.cell_labels()}
    assert labels[(0, 0)] == ("95", LIGHT_TEXT)  # a dark cell: white numbers
    assert labels[(5, 3)] == ("3", DARK_TEXT)  # a light cell: dark numbers
    assert (0, 1) not in labels  # zeros are not written
    big = view.geometry_now()
    assert big.number_px >= 14 and big.name_px >= 9
    assert big.left > max(view.fontMetrics().horizontalAdvance(n) for n in names) * 0.8
    view.resize(260, 260)
    small = view.geometry_now()
    assert small.number_px < big.number_px and small.cell < big.cell
    assert small.rotate_names  # "automobile" is wider than a cell: written upwards
    crowded = {(r, c) for r, c, _t, _c in view.cell_labels()}
    assert (0, 0) in crowded and (1, 9) not in crowded  # small mistakes give way when crowded
    image = view.grab().toImage()
    assert image.pixelColor(int(small.left + small.cell / 2), int(small.top + small.cell / 2)) != (
        image.pixelColor(int(small.left + 1.5 * small.cell), int(small.top + small.cell / 2))
    )


# ------------------------------------------------------------------ runs (TensorFlow)
@pytest.mark.slow
def test_one_epoch_lenet5_fit_curves_progress_save_and_export(ready_tab, qtbot, tmp_path):
    tab = ready_tab
    assert tab.bar.device_label.text().startswith("Device: ")
    qtbot.waitUntil(lambda: tab.views.summary.total == 61_706, timeout=30_000)
    assert tab.form.control("arch").currentData() == "lenet5"
    _set(tab.epochs_spin, 1)
    _set(tab.limit_spin, 1500)
    _set(tab.batch_spin, 50)
    started = time.perf_counter()
    with qtbot.waitSignal(tab.run_finished, timeout=120_000) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        assert not tab.start_button.isEnabled() and tab.stop_button.isEnabled()
        assert not tab.dataset_combo.isEnabled() and not tab.epochs_spin.isEnabled()
    elapsed = time.perf_counter() - started
    result = finished.args[0]
    assert not result.stopped
    assert tab.curves.points("batch_loss") == 27  # 1,350 training images / 50
    assert tab.curves.points("epoch_loss") == tab.curves.points("epoch_val_accuracy") == 1
    assert tab.curves.update_count <= 20 * elapsed + 2  # throttled redraws
    tab.curves.redraw()
    assert len(tab.curves.curves["smooth_loss"].getData()[0]) == 27
    assert tab.progress.maximum() == 27 and tab.progress.value() == tab.progress.maximum()
    assert tab.progress.text().startswith("done: 1 epoch in ")  # singular
    assert tab.views.summary.total == 61_706 and tab.views.summary.table.rowCount() == 8
    results = tab.results
    assert tab.pages.currentWidget() is results
    assert "Accuracy" in results.accuracy_label.text()
    assert results.confusion_view.matrix is not None
    assert results.confusion_view.matrix.shape == (10, 10)
    assert results.confusion_view.cell_labels()  # the counts are written
    assert results.confused_grid.image_count() == len(result.confused.images) > 0
    assert tab.start_button.isEnabled() and results.save_button.isEnabled()
    assert results.use_check.isEnabled() and "the Digits tab" in results.use_check.text()

    blocked = paths.user_models_dir() / "blocked.keras"
    blocked.mkdir(parents=True)  # a folder in the way: the save must fail and keep the run
    try:
        results.name_edit.setText("blocked")
        qtbot.mouseClick(results.save_button, Qt.MouseButton.LeftButton)
        assert results.saved_label.level == "error" and "blocked" in results.saved_label.text()
        assert "try another name" in results.saved_label.text()
        assert tab.result is result and results.save_button.isEnabled()
    finally:
        blocked.rmdir()

    results.name_edit.setText("gui test lenet5")
    with qtbot.waitSignal(tab.model_saved, timeout=30_000) as saved:
        qtbot.mouseClick(results.save_button, Qt.MouseButton.LeftButton)
    path = paths.user_models_dir() / "gui_test_lenet5.keras"
    try:
        assert saved.args[0] == str(path) and path.is_file() and path.with_suffix(".json").is_file()
        registry = tab.context.registry
        model, info = registry.load("gui_test_lenet5")
        assert info.task == "digits" and model.count_params() == 61_706
        assert "gui_test_lenet5" in [i.name for i in registry.infos("digits")]
        assert "Digits tab" in results.saved_label.text()
        # the box was not ticked: the Digits tab keeps the shipped model, and says so
        assert "which still uses Digits CNN" in results.saved_label.text()
        assert settings.get("digits/model") == "digits_cnn"

        qtbot.mouseClick(results.export_button, Qt.MouseButton.LeftButton)
        dialog = tab._export_dialog
        assert dialog.isVisible() and dialog.model_combo.currentData() == "gui_test_lenet5"
        for fmt, check in dialog.format_checks.items():
            check.setChecked(fmt in ("tflite", "script"))
        dialog.folder_edit.setText(str(tmp_path / "exports"))
        with qtbot.waitSignal(tab._exporter.finished, timeout=120_000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        text = dialog.report_view.toPlainText()
        assert (tmp_path / "exports" / "gui_test_lenet5.tflite").is_file()
        assert (tmp_path / "exports" / "gui_test_lenet5.py").is_file()
        assert "KB" in text and "same answer as Keras on" in text
        assert "2 of 2 exports written." in text
        dialog.close()
    finally:
        _remove_model(tab.context, "gui_test_lenet5")


@pytest.mark.slow
def test_saving_as_the_recognizers_model_switches_the_digits_tab_at_once(ready_tab, qtbot):
    from visionagent.qt.tabs.digits import DigitsTab

    tab = ready_tab
    digits = DigitsTab(tab.context)
    qtbot.addWidget(digits)
    assert digits.model_combo.current_name() == "digits_cnn"
    _set(tab.epochs_spin, 1)
    _set(tab.limit_spin, 600)
    with qtbot.waitSignal(tab.run_finished, timeout=120_000):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    results = tab.results
    results.use_check.setChecked(True)
    assert results.use_check.isVisible()
    assert "(now: Digits CNN" in results.use_check.text()
    assert "switches to this model at once" in results.use_check.toolTip()
    results.name_edit.setText("gui_test_recognizer")
    try:
        with qtbot.waitSignal(tab.model_saved, timeout=30_000):
            qtbot.mouseClick(results.save_button, Qt.MouseButton.LeftButton)
        assert digits.model_combo.current_name() == "gui_test_recognizer"  # no restart
        assert settings.get("digits/model") == "gui_test_recognizer"
        text = results.saved_label.text()
        assert "gui_test_recognizer.keras" in text
        assert "From now on the Digits tab uses LeNet-5 · mnist-10k · 1 epoch ·" in text
        assert "(before: Digits CNN" in text and "99.41%" in text
        assert results.saved_label.level == "warning"  # less accurate than the shipped model
        assert "lower than the previous model's" in text
        qtbot.waitUntil(lambda: digits.loader.ready or not digits.loader.is_loading, timeout=60_000)
    finally:
        digits.model_combo.select("digits_cnn")
        settings.set("digits/model", "digits_cnn")
        _remove_model(tab.context, "gui_test_recognizer")
        assert digits.shutdown(30_000)


@pytest.mark.slow
def test_a_diverged_run_is_shown_as_failed_and_cannot_be_saved(ready_tab, qtbot, monkeypatch):
    from visionagent.core.training import DIGIT_NAMES, ArrayData, trainer

    x = np.random.default_rng(0).random((64, 28, 28, 1)).astype(np.float32)
    x[5, 3, 3, 0] = np.nan  # one bad pixel poisons the weights within a few batches
    data = ArrayData(
        "mnist-10k", x, np.arange(64) % 10, None, None, None, None, DIGIT_NAMES, "digits", "mnist"
    )
    monkeypatch.setattr(trainer, "load_dataset", lambda *a, **k: data)
    tab = ready_tab
    _set(tab.epochs_spin, 3)
    _set(tab.batch_spin, 32)
    with qtbot.waitSignal(tab.run_failed, timeout=60_000) as failed:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert "diverged" in failed.args[0] and "not saved" in failed.args[0]
    assert tab.progress.text() == "failed" and tab.bar.message_label.level == "error"
    assert tab.result is None and not tab.results.save_button.isEnabled()
    assert "diverged" in tab.results.accuracy_label.text()
    assert tab.start_button.isEnabled()


@pytest.mark.slow
def test_stop_during_a_longer_fit_ends_within_two_seconds(ready_tab, qtbot):
    tab = ready_tab
    _set(tab.epochs_spin, 200)
    _set(tab.batch_spin, 32)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.curves.points("batch_loss") >= 5, timeout=60_000)
    with qtbot.waitSignal(tab.run_finished, timeout=10_000) as finished:
        started = time.perf_counter()
        qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"Stop took {elapsed:.2f} s"
    result = finished.args[0]
    assert result.stopped and len(result.history["loss"]) < 200
    assert "stopped" in tab.progress.text()
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
    assert tab.results.save_button.isEnabled()  # a stopped model can still be saved
    assert "not tested" in tab.results.accuracy_label.text()


@pytest.mark.slow
def test_closing_the_window_mid_fit_stops_and_leaves_no_thread(main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.context.is_tf_ready, timeout=120_000)
    tab = main_window.training_tab
    main_window.tabs.setCurrentWidget(tab)
    others = [t for t in main_window.tab_widgets() if t is not tab]
    # the other tabs load their models at start; closing waits for those loads (not this tab's)
    qtbot.waitUntil(lambda: not any(t.jobs_running() for t in others), timeout=180_000)
    tab.form.set_dataset("mnist-10k")
    _set(tab.epochs_spin, 200)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.curves.points("batch_loss") >= 3, timeout=60_000)
    shutdown, took = tab.shutdown, []

    def timed_shutdown(*args):
        begun = time.perf_counter()
        done = shutdown(*args)
        took.append(time.perf_counter() - begun)
        return done

    tab.shutdown = timed_shutdown
    started = time.perf_counter()
    main_window.close()
    assert time.perf_counter() - started < 10
    assert took and took[0] < 3, f"the Training tab's shutdown took {took[0]:.2f} s"
    assert not tab.running_threads()
    assert not tab.busy


@pytest.mark.slow
def test_an_error_in_training_ends_the_run_with_a_message(ready_tab, qtbot, tmp_path):
    tab = ready_tab
    (tmp_path / "only_one_class").mkdir()
    tab.form.folder_edit.setText(str(tmp_path))
    _choose(tab, FOLDER)
    assert tab.form.control("arch").currentData() == "transfer"  # defaults for a folder
    assert tab.form.control("image_size").isEnabled()
    with qtbot.waitSignal(tab.run_failed, timeout=60_000) as failed:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert "at least two" in failed.args[0]
    assert str(tmp_path) in tab.bar.message_label.text()
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
    assert tab.epochs_spin.isEnabled()  # the form is usable again


@pytest.mark.slow
def test_augmentation_preview_shows_generated_batches(ready_tab, qtbot):
    tab = ready_tab
    tab.form.control("augmentation.rotation_deg").setValue(20)
    tab.form.control("augmentation.flip").setChecked(True)
    tab.pages.setCurrentIndex(1)
    page = tab.views.augmentation
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_grid.image_count() == 32, timeout=30_000)
    assert page.preview_button.isEnabled()
    assert isinstance(page.preview_label, QLabel) and "generated batch" in page.preview_label.text()

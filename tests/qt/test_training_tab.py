"""The Training tab driven like a user: Start, live curves and progress, Stop, Save, close
mid-fit."""

from __future__ import annotations

import time

import pytest
from PyQt6.QtCore import Qt

from visionagent import paths


@pytest.fixture
def training_tab(main_window, qtbot):
    qtbot.waitUntil(lambda: main_window.context.is_tf_ready, timeout=120_000)
    tab = main_window.training_tab
    main_window.tabs.setCurrentWidget(tab)
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("mnist-10k"))
    tab.use_check.setChecked(False)  # leave the Digits tab's saved choice alone
    return tab


def _set(spin, value):
    spin.setValue(value)
    assert spin.value() == value


def test_one_epoch_lenet5_fit_curves_progress_save_and_digits_tab(main_window, training_tab, qtbot):
    tab = training_tab
    assert tab.device_label.text().startswith("Device: ")
    qtbot.waitUntil(
        lambda: tab.summary.total == 61_706, timeout=30_000
    )  # model summary before the run
    assert tab.arch_combo.currentData() == "lenet5"
    _set(tab.epochs_spin, 1)
    _set(tab.limit_spin, 1500)
    _set(tab.batch_spin, 50)
    started = time.perf_counter()
    with qtbot.waitSignal(tab.run_finished, timeout=120_000) as finished:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
        assert not tab.start_button.isEnabled() and tab.stop_button.isEnabled()
    elapsed = time.perf_counter() - started
    result = finished.args[0]
    assert not result.stopped
    assert tab.curves.points("batch_loss") == 27  # 1,350 training images / 50
    assert tab.curves.points("epoch_loss") == tab.curves.points("epoch_val_accuracy") == 1
    assert tab.curves.update_count <= 20 * elapsed + 2  # throttled redraws
    tab.curves.redraw()
    assert len(tab.curves.curves["smooth_loss"].getData()[0]) == 27
    assert tab.progress.maximum() == 27 and tab.progress.value() == tab.progress.maximum()
    assert "done" in tab.progress.text()
    assert tab.summary.total == 61_706 and tab.summary.table.rowCount() == 8
    assert "Accuracy" in tab.accuracy_label.text()
    assert tab.confusion_view.matrix is not None and tab.confusion_view.matrix.shape == (10, 10)
    assert (
        tab.confusion_view.plot in tab.confusion_view.ci.items
    )  # the plot survived the reset at Start
    assert tab.confused_grid.image_count() == len(result.confused.images) > 0
    assert tab.start_button.isEnabled() and tab.save_button.isEnabled()

    tab.name_edit.setText("gui test lenet5")
    with qtbot.waitSignal(tab.model_saved, timeout=30_000) as saved:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    path = paths.user_models_dir() / "gui_test_lenet5.keras"
    try:
        assert saved.args[0] == str(path) and path.is_file() and path.with_suffix(".json").is_file()
        registry = main_window.context.registry
        model, info = registry.load("gui_test_lenet5")
        assert info.task == "digits" and model.count_params() == 61_706
        combo = getattr(main_window.digits_tab, "model_combo", None)
        if combo is not None:
            assert combo.findData("gui_test_lenet5") >= 0
        else:
            assert "gui_test_lenet5" in [i.name for i in registry.infos("digits")]
        assert "Digits tab" in tab.saved_label.text()
    finally:
        path.unlink(missing_ok=True)
        path.with_suffix(".json").unlink(missing_ok=True)
        main_window.context.refresh_models()


def test_stop_during_a_longer_fit_ends_within_two_seconds(training_tab, qtbot):
    tab = training_tab
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
    assert tab.save_button.isEnabled()  # a stopped model can still be saved


def test_closing_the_window_mid_fit_stops_and_leaves_no_thread(main_window, training_tab, qtbot):
    tab = training_tab
    _set(tab.epochs_spin, 200)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.curves.points("batch_loss") >= 3, timeout=60_000)
    started = time.perf_counter()
    main_window.close()
    assert time.perf_counter() - started < 10
    assert not tab.runner.running_threads()
    assert not tab.busy


def test_an_error_in_training_ends_the_run_with_a_message(training_tab, qtbot, tmp_path):
    tab = training_tab
    (tmp_path / "only_one_class").mkdir()
    tab.folder_edit.setText(str(tmp_path))
    tab.dataset_combo.setCurrentIndex(tab.dataset_combo.findData("folder"))
    assert tab.arch_combo.currentData() == "transfer"  # defaults for a folder
    with qtbot.waitSignal(tab.run_failed, timeout=60_000) as failed:
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert "at least two" in failed.args[0]
    assert str(tmp_path) in tab.message_label.text()
    assert tab.start_button.isEnabled() and not tab.stop_button.isEnabled()
    assert tab.epochs_spin.isEnabled()  # the form is usable again


def test_augmentation_preview_shows_generated_batches(training_tab, qtbot):
    tab = training_tab
    tab.rotation_spin.setValue(20)
    tab.flip_check.setChecked(True)
    tab.pages.setCurrentIndex(1)
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.preview_grid.image_count() == 32, timeout=30_000)
    assert tab.preview_button.isEnabled()

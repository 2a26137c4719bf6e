"""The Training tab: the textbook's models trained live, then saved, exported and put to use.

The pages only show and emit signals (:mod:`.run_bar`, :mod:`.form`, :mod:`.curves`,
:mod:`.results`, :mod:`.runs`, :mod:`.augmentation`, :mod:`.export_dialog`, :mod:`.gallery`); jobs
run on this tab's runners only (:mod:`.jobs`; the gallery's layer tables through its helper
:class:`~.gallery.Gallery`). A run reports through the kit runner's ``partial`` signal (RunStarted,
Batches, EpochEnded), which :class:`~.runs.RunHistory` follows too; Stop is ``runner.stop()``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from visionagent import paths
from visionagent.core import training
from visionagent.qt.context import AppContext
from visionagent.qt.kit.tab import Tab
from visionagent.qt.tabs.training import jobs
from visionagent.qt.tabs.training.export_dialog import ExportDialog
from visionagent.qt.tabs.training.form import TrainingForm
from visionagent.qt.tabs.training.gallery import Gallery
from visionagent.qt.tabs.training.pages import TrainingViews
from visionagent.qt.tabs.training.recognizers import (
    RECOGNIZER_TASKS,
    make_default,
    model_in_use,
    model_label,
    recognizer_task,
)
from visionagent.qt.tabs.training.results import diverged_message
from visionagent.qt.tabs.training.run_bar import RunBar
from visionagent.qt.tabs.training.runs import RunHistory
from visionagent.qt.tabs.training.texts import default_model_name, safe_model_name


class TrainingTab(Tab):
    """Settings, Start/Stop, live curves, model summary, augmentation preview, results."""

    run_finished = pyqtSignal(object)  # the TrainResult of a run that ended (also stopped)
    run_failed = pyqtSignal(str)
    model_saved = pyqtSignal(str)  # path of the .keras

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.result: training.TrainResult | None = None
        self.saved_name: str | None = None  # the last run's model, once saved
        self._export_dialog: ExportDialog | None = None
        self._saving: tuple[str, float | None, bool] = ("", None, False)  # task, accuracy, use
        self._trainer, self._summary, self._preview = self.runner(), self.runner(), self.runner()
        self._saver, self._exporter = self.runner(), self.runner()
        self._build()
        self._connect()
        self.runs = RunHistory(self, self._trainer)  # every run since the start, side by side
        self.gallery = Gallery(self, self.runner())  # the architecture gallery dialog
        self.form.restore_settings()
        self._set_running(False)
        context.when_tf_ready(self._on_tf_ready)
        context.tf_failed.connect(lambda _m: self.bar.show_device(self.tr("TensorFlow failed")))
        context.gpu_status_changed.connect(self._on_gpu)  # the main window checks the GPU

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.bar = RunBar()
        self.form = TrainingForm()
        self.views = TrainingViews()
        self.results = self.views.results
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.form)
        split.addWidget(self.views)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(split, 1)
        # the controls others reach for (tests, screenshot scripts, lessons)
        self.start_button, self.stop_button = self.bar.start_button, self.bar.stop_button
        self.progress, self.dataset_combo = self.bar.progress, self.form.dataset_combo
        self.curves, self.pages = self.views.curves, self.views.pages
        self.results_page = self.results
        self.epochs_spin = self.form.control("epochs")
        self.limit_spin = self.form.control("limit")
        self.batch_spin = self.form.control("batch_size")

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.form.model_changed.connect(self.refresh_summary)
        self.views.augmentation.preview_requested.connect(self.refresh_preview)
        self.results.save_requested.connect(self.save)
        self.results.export_requested.connect(self.open_export)
        self._trainer.partial.connect(self._on_partial)
        self._trainer.finished.connect(self._on_finished)
        self._trainer.failed.connect(self._on_failed)
        self._trainer.cancelled.connect(self._on_cancelled)
        self._summary.finished.connect(self._on_summary)
        self._summary.failed.connect(self.views.summary.clear)
        self._preview.finished.connect(lambda found: self.views.augmentation.show_batches(*found))
        self._preview.failed.connect(self.views.augmentation.show_error)
        self._saver.finished.connect(self._on_saved)
        self._saver.failed.connect(self.results.show_save_error)

    def main_controls(self) -> list[QWidget]:
        return [self.start_button, self.stop_button, self.progress, self.dataset_combo]

    # ------------------------------------------------------------------ TensorFlow, GPU
    def _on_tf_ready(self, info) -> None:
        self.bar.show_tensorflow(info)
        self.form.set_gpu_count(info.gpu_count)
        self._set_running(self._trainer.busy)
        if self.context.gpu_status is not None:
            self._on_gpu(self.context.gpu_status)
        self.refresh_summary()

    def _on_gpu(self, status) -> None:
        """Which device trains and why (the explanation is the device label's tooltip)."""
        if not self._trainer.busy:
            self.bar.show_gpu(status)

    # ------------------------------------------------------------------ settings
    def refresh_summary(self) -> None:
        """Build the configured model (random weights) in the background and show its layers."""
        if not self.context.is_tf_ready or self._trainer.busy:
            return
        config = self.form.config()
        if not config.dataset:
            self.views.summary.clear(self.tr("Choose an image folder."))
            return
        self._summary.start(jobs.summary, config)

    def _on_summary(self, summary) -> None:
        if not self._trainer.busy:
            self.views.summary.set_summary(*summary)

    def refresh_preview(self) -> None:
        """Program 8-5: four augmented batches of a few training images (a new draw each time)."""
        config = self.form.config()
        if not config.dataset:
            self.views.augmentation.show_error(self.tr("Choose an image folder."))
            return
        self.views.augmentation.show_busy(config.augmentation.enabled)
        seed = int(time.time() * 1000) % 100_000
        self._preview.start(
            jobs.preview, config.dataset, config.augmentation, config.image_size, seed
        )

    # ------------------------------------------------------------------ the run
    @property
    def busy(self) -> bool:
        return self._trainer.busy

    def start(self) -> None:
        """Start a run with the form's settings."""
        if not self.context.is_tf_ready or self._trainer.busy:
            return
        config = self.form.config()
        try:
            training.check_config(config)
        except ValueError as exc:
            self._show_failure(str(exc))
            return
        self.form.save_settings()
        self.result, self.saved_name = None, None
        self.curves.clear()
        self.results.reset()
        self.bar.show_starting()
        self.runs.begin(config)
        self._trainer.start(jobs.train, config)
        self._set_running(True)

    def stop(self) -> None:
        """End the run after the current batch; the model so far is kept and can be saved."""
        if self._trainer.busy:
            self._trainer.stop()
            self.bar.show_stopping()

    def _set_running(self, running: bool) -> None:
        self.bar.set_state(self.context.is_tf_ready, running)
        self.form.set_running(running)
        self.curves.set_live(running)

    def _on_partial(self, event: Any) -> None:
        self.views.show_partial(event)
        self.bar.show_partial(event)

    def _on_finished(self, result: training.TrainResult) -> None:
        self._set_running(False)
        if result.diverged is not None:  # NaN loss: shown as failed, never savable
            self.result = None
            self._show_failure(diverged_message(result))
            return
        self.result = result
        self.bar.show_finished(len(result.history.get("loss", [])), result.seconds, result.stopped)
        task = recognizer_task(result.data.task, result.data.input_shape)
        self.results.set_recognizer(task, model_in_use(self.context.registry, task))
        name = default_model_name(result.config.arch, result.data.name)
        self.results.show_result(result, name)
        self.views.set_page("results")
        self.run_finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._set_running(False)
        self._show_failure(message)

    def _show_failure(self, message: str) -> None:
        self.bar.show_failed(message)
        self.results.show_failed(self.tr("The run failed: {message}").format(message=message))
        self.context.status_message.emit(message)
        self.run_failed.emit(message)

    def _on_cancelled(self) -> None:  # only when the runner itself was shut down
        self._set_running(False)
        self.bar.show_cancelled()

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        """Save the last run into the user models folder (in a worker); a problem keeps the run."""
        result = self.result
        if result is None or self._saver.busy:
            return
        name = self.results.name() or default_model_name(result.config.arch, result.data.name)
        name = safe_model_name(name)
        try:
            path = training.check_output_path(paths.user_models_dir() / f"{name}.keras")
        except ValueError as exc:
            self.results.show_save_error(str(exc))
            return
        if path.exists() and not self.results.confirm_replace(name):
            return
        self.results.name_edit.setText(name)
        self.results.show_saving()
        use = self.results.use_as_recognizer()
        task = recognizer_task(result.data.task, result.data.input_shape)
        self._saving = (task, result.test_accuracy, use)
        self._saver.start(jobs.save, result, path)

    def _on_saved(self, path) -> None:
        """Saved: every model list shows it; with the box ticked the recognizer switches now."""
        path = Path(path)
        task, accuracy, use = self._saving
        old = model_in_use(self.context.registry, task)
        self.context.refresh_models()
        self.saved_name = path.stem
        applied = use and task in RECOGNIZER_TASKS
        if applied:
            make_default(task, path.stem)
            self.context.model_selected.emit(task, path.stem)  # pickers switch at once
        new = (model_label(self.context.registry, path.stem)[0], accuracy)
        text = self.results.show_saved(str(path), task, applied, new, old)
        self.results.set_recognizer(task, model_in_use(self.context.registry, task))
        self.context.status_message.emit(text)
        self.model_saved.emit(str(path))

    # ------------------------------------------------------------------ export
    def open_export(self) -> None:
        """Export… : the user's saved models (the last run's first) in the chosen formats."""
        dialog = self._export_dialog
        if dialog is None:
            dialog = self._export_dialog = ExportDialog(self)
            dialog.export_requested.connect(self._start_export)
            dialog.follow(self._exporter)
        dialog.set_models(self.context.registry, self.saved_name)
        dialog.show()
        dialog.raise_()

    def _start_export(self, name: str, formats: list, folder: str) -> None:
        self._export_dialog.set_busy(True)
        self._exporter.start(jobs.export, self.context.registry, name, formats, folder)

    # ------------------------------------------------------------------ lessons, shutdown
    def lesson_state(self) -> dict[str, Any]:
        return {**self.form.lesson_state(), "page": self.views.page_name()}

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        state = dict(state)
        page = state.pop("page", None)
        problems = self.form.apply_lesson_state(state)
        if page is not None and not self.views.set_page(page):
            problems.append(f"page: {page!r} (one of {', '.join(self.views.PAGES)})")
        self.refresh_summary()
        return problems

    def lesson_controls(self) -> dict[str, QWidget]:
        return {**self.form.lesson_controls(), "page": self.pages}

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """Cancel the run (within one batch) and every helper job, and wait for their threads."""
        self.curves.set_live(False)
        return super().shutdown(timeout_ms)


if __name__ == "__main__":
    from visionagent.qt.preview import run_tab_alone

    raise SystemExit(run_tab_alone(TrainingTab, size=(1300, 850)))

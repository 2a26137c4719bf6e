"""Inside a network: one input through one model, every layer's feature maps, a cell traced to
its receptive field and its arithmetic, Grad-CAM and the prediction, at any saved epoch.

Every model of the registry (digits, breeds, ImageNet, your own classifiers) and every input of
the app (a drawing, a photo, a data-set sample, a picture or a finished training run sent by
another tab through ``AppContext.inspect_requested``). All model work runs in workers
(:mod:`.jobs`); the newest request wins and a request made while one runs waits for it (the
maps come first, Grad-CAM after). The model loads when the tab is first shown.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import samples as shipped_samples
from visionagent.core.images import is_image_file
from visionagent.core.registry import TASKS
from visionagent.qt.context import AppContext
from visionagent.qt.kit.image_input import ImageInput
from visionagent.qt.kit.model_picker import ModelLoader, ModelPicker
from visionagent.qt.kit.tab import WARNING_COLOUR, StatusLine, Tab
from visionagent.qt.tabs.inside import jobs
from visionagent.qt.tabs.inside.cell_control import CellControl
from visionagent.qt.tabs.inside.panes import InputPane, LayersPane, MapsPane

DEFAULT_MODEL = "digits_cnn"


def language() -> str:
    app = QApplication.instance()
    return (app.property("visionagent_language") if app is not None else None) or "en"


class InsideTab(CellControl, Tab):
    """Look inside a model for one input (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        Tab.__init__(self, context, parent)
        self._loaded: jobs.Loaded | None = None
        self._view: jobs.InsideView | None = None
        self._labels: list[str] = []
        self._result = None  # a TrainResult shown instead of the picker's model
        self._wanted_member = 0
        self._epoch: int | None = None
        self._photo: jobs.Source | None = None
        self._samples: jobs.Samples | None = None
        self._pending = False
        self._pending_lesson: dict[str, Any] = {}
        self.loader: ModelLoader | None = None
        self._models = self.runner()
        self._models.finished.connect(self._adopt)
        self._models.failed.connect(self._on_model_failed)
        self._inspections = self.runner()
        self._inspections.partial.connect(self._on_view)
        self._inspections.finished.connect(self._on_view)
        self._inspections.failed.connect(self._on_inspect_failed)
        for signal in (self._inspections.finished, self._inspections.failed):
            signal.connect(self._after_inspection)
        self._inspections.cancelled.connect(self._after_inspection)
        self._sample_jobs = self.runner()
        self._sample_jobs.finished.connect(self._on_samples)
        self._sample_jobs.failed.connect(self._on_samples_failed)
        self._build()
        self._init_cells()
        self._epoch_timer = QTimer(self, singleShot=True, interval=150)
        self._epoch_timer.timeout.connect(self._epoch_chosen)
        context.inspect_requested.connect(self.open_request)
        context.tf_failed.connect(self._on_tf_failed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Model")))
        self.picker = ModelPicker(
            self.context, TASKS, default=DEFAULT_MODEL, placeholder=self.tr("No model")
        )
        self.picker.setObjectName("inside_model")
        bar.addWidget(self.picker, 3)
        self.result_label = QLabel("")
        self.result_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.result_label.hide()
        bar.addWidget(self.result_label, 2)
        self.member_combo = QComboBox()
        self.member_combo.setToolTip(self.tr("An ensemble: which of its networks to look inside"))
        self.member_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member_combo.activated.connect(self._member_chosen)
        bar.addWidget(self.member_combo)
        self.epoch_label = QLabel("")
        self.epoch_slider = QSlider(Qt.Orientation.Horizontal)
        self.epoch_slider.setMinimumWidth(90)
        self.epoch_slider.setToolTip(
            self.tr("Replay the weights saved after each epoch of training")
        )
        self.epoch_slider.valueChanged.connect(lambda _v: self._epoch_timer.start())
        bar.addWidget(self.epoch_slider, 2)
        bar.addWidget(self.epoch_label)
        layout.addLayout(bar)
        self.input_pane, self.layers_pane, self.maps_pane = InputPane(), LayersPane(), MapsPane()
        self.panel = self.input_pane.panel
        self.strip = self.layers_pane.strip
        self.grid = self.maps_pane.grid
        self.cell_text = self.maps_pane.cell_text
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane, width in ((self.input_pane, 240), (self.layers_pane, 330), (self.maps_pane, 430)):
            splitter.addWidget(pane)
            pane.setMinimumWidth(min(width, 220))
        splitter.setSizes([240, 330, 430])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.status_label = StatusLine(self.tr("Waiting for TensorFlow…"))
        layout.addWidget(self.status_label)
        self._show_epochs([])

        self.picker.model_chosen.connect(self._model_chosen)
        self.picker.activated.connect(lambda _i: self._model_chosen(self.picker.current_name()))
        self.panel.mode_changed.connect(lambda _mode: self.request())
        self.panel.drawing_changed.connect(self._drawing_changed)
        self.panel.photo_chosen.connect(self.open_path)
        self.panel.dataset_chosen.connect(self._load_samples)
        self.panel.sample_chosen.connect(lambda _i: self.request())
        self.maps_pane.scale_changed.connect(lambda _s: self._show_layer())
        self.strip.layer_chosen.connect(self._layer_chosen)
        self.grid.cell_clicked.connect(self.select_cell)
        self.input_pane.pixel_clicked.connect(self._pixel_clicked)
        self.image_input = ImageInput(self)
        self.image_input.paths_given.connect(lambda found: self.open_path(found[0]))
        self.image_input.image_given.connect(self.open_image)
        self.image_input.refused.connect(self.status_label.show_error)

    def settled(self) -> bool:
        """True when a model is shown and nothing is loading, computing or waiting."""
        return (
            self._loaded is not None
            and not self.jobs_running()
            and not self._pending
            and not self._epoch_timer.isActive()
        )

    def main_controls(self) -> list[QWidget]:
        return [self.picker, *self.panel.mode_buttons.values(), self.grid]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self._start()

    def _start(self) -> None:
        """Load the picker's model once TensorFlow is ready (the first time the tab shows)."""
        if self.loader is None:
            self.loader = ModelLoader(self, self.picker, jobs.load_registry_model)
            self.loader.loading.connect(
                lambda name: self.status_label.show_info(
                    self.tr("Loading {name}…").format(name=name)
                )
            )
            self.loader.loaded.connect(self._registry_loaded)
            self.loader.failed.connect(self._on_model_failed)

    # ------------------------------------------------------------------ models
    def _model_chosen(self, name: str | None) -> None:
        """The picker's model (again, after a training run was shown)."""
        if not name or self.loader is None:
            return
        self._result = None
        self.result_label.hide()
        if self.loader.ready and self.loader.name == name:
            self._registry_loaded(self.loader.value)

    def _registry_loaded(self, loaded: jobs.Loaded) -> None:
        if self._result is None and loaded.key == ("registry", self.picker.current_name()):
            self._adopt(loaded)

    def open_result(self, result) -> None:
        """Look inside the model of a finished training run; its epochs replay from memory."""
        self._start()
        self._result = result
        self._wanted_member = 0
        self.result_label.setText(self.tr("showing: {name}").format(name=result.display_name()))
        self.result_label.setToolTip(
            self.tr(
                "The model just trained (its epochs replay from memory); pick a model on the "
                "left to go back."
            )
        )
        self.result_label.show()
        self.status_label.show_info(self.tr("Opening the model just trained…"))
        self._models.start(jobs.load_result, result)

    def _member_chosen(self, index: int) -> None:
        self._wanted_member = max(0, index)
        if self._loaded is not None and self._loaded.inspector.member != self._wanted_member:
            self.status_label.show_info(self.tr("Preparing member {n}…").format(n=index + 1))
            self._models.start(jobs.with_member, self._loaded, self._wanted_member)

    def _adopt(self, loaded: jobs.Loaded) -> None:
        if self._result is not None and loaded.key != ("result", id(self._result)):
            return  # a model that is no longer wanted
        inspector = loaded.inspector
        members = inspector.members
        if members and inspector.member != min(self._wanted_member, len(members) - 1):
            self._models.start(jobs.with_member, loaded, min(self._wanted_member, len(members) - 1))
            return
        self._inspections.cancel()
        self._loaded, self._view = loaded, None
        self._labels = jobs.class_labels(inspector.info, language())
        self.member_combo.clear()
        for number, name in enumerate(members, start=1):
            self.member_combo.addItem(
                self.tr("member {n} of {count}").format(n=number, count=len(members)), name
            )
        self.member_combo.setCurrentIndex(inspector.member)
        self.member_combo.setVisible(bool(members))
        self._show_epochs(loaded.epochs)
        layers = inspector.layers()
        self.strip.set_layers(layers)
        self.layers_pane.totals.setText(
            self.tr("{count} layers · {parameters} parameters · {mults} multiplications").format(
                count=len(layers) - 1,
                parameters=f"{sum(i.parameters for i in layers):,}",
                mults=f"{sum(i.multiplications for i in layers):,}",
            )
        )
        wanted = self._pending_lesson.pop("layer", None) or self._layer_path
        paths = [i.path for i in layers if i.has_maps]
        if wanted not in paths:
            first = inspector.first_convolution()
            wanted = first.path if first is not None else (paths[0] if paths else None)
        self._layer_path = wanted
        if wanted:
            self.strip.select_layer(wanted)
        self.clear_cell()
        if loaded.key[0] == "registry":
            self.model_in_use.emit(inspector.info.task, inspector.name)
        if self._source() is None and inspector.preprocessing != "mnist":
            self._use_first_sample()
        self.request()

    def _show_epochs(self, epochs: list[int]) -> None:
        self._epochs = list(epochs)
        self.epoch_slider.blockSignals(True)
        self.epoch_slider.setRange(0, len(self._epochs))
        wanted = self._pending_lesson.pop("epoch", None)
        self._epoch = wanted if wanted in self._epochs else None
        position = self._epochs.index(self._epoch) if self._epoch else len(self._epochs)
        self.epoch_slider.setValue(position)
        self.epoch_slider.blockSignals(False)
        self.epoch_slider.setVisible(bool(self._epochs))
        self._epoch_text()

    def _epoch_text(self) -> None:
        if not self._epochs:
            self.epoch_label.setText(self.tr("no epoch snapshots"))
        elif self._epoch is None:
            self.epoch_label.setText(self.tr("final weights"))
        else:
            self.epoch_label.setText(
                self.tr("epoch {epoch} of {count}").format(
                    epoch=self._epoch, count=len(self._epochs)
                )
            )

    def _epoch_chosen(self) -> None:
        value = self.epoch_slider.value()
        self._epoch = self._epochs[value] if value < len(self._epochs) else None
        self._epoch_text()
        self.request()

    def set_epoch(self, epoch: int | None) -> bool:
        """Replay ``epoch`` (None: the final weights) as if chosen on the slider."""
        if epoch is not None and epoch not in self._epochs:
            return False
        self.epoch_slider.setValue(
            len(self._epochs) if epoch is None else self._epochs.index(epoch)
        )
        self._epoch_timer.stop()
        self._epoch_chosen()
        return True

    def _on_model_failed(self, message: str) -> None:
        self._loaded = None
        self.status_label.show_error(message)
        self.input_pane.show_input(None, message, error=True)
        self.grid.set_maps(None, hint=message)

    def _on_tf_failed(self, message: str) -> None:
        self.status_label.show_error(
            self.tr("TensorFlow could not start, so no model can be shown: {message}").format(
                message=message
            )
        )

    # ------------------------------------------------------------------ inputs
    def _source(self) -> jobs.Source | None:
        mode = self.panel.mode
        if mode == "drawing":
            canvas = self.panel.canvas
            return None if canvas.is_empty() else jobs.Source(canvas.box_image(0))
        if mode == "photo":
            return self._photo
        if self._samples is None or not len(self._samples.images):
            return None
        index = min(self.panel.sample_index, len(self._samples.images) - 1)
        label = self._samples.labels[index]
        self.panel.sample_label.setText(
            self.tr("sample {n} of {count} · label {label}").format(
                n=index + 1, count=len(self._samples.images), label=label
            )
        )
        return jobs.Source(self._samples.images[index], label=label)

    def _use_first_sample(self) -> None:
        found = shipped_samples.samples(("dog",)) or shipped_samples.samples()
        if found:
            self._photo = jobs.Source(path=str(found[0].path), label=found[0].label())
            self.panel.photo_label.setText(found[0].label())
            self.panel.set_mode("photo")

    def _drawing_changed(self) -> None:
        if self.panel.mode != "drawing":
            self.panel.set_mode("drawing")
        self.request()

    def can_open(self, path: str) -> bool:
        return is_image_file(path)

    def open_path(self, path: str) -> bool:
        """Look at the picture in ``path`` (read in the worker; a bad file is said there)."""
        self._photo = jobs.Source(path=str(path), label=str(path))
        self.panel.photo_label.setText(str(path))
        self.panel.set_mode("photo")
        self.request()
        return True

    def open_image(self, image: np.ndarray, label: str = "") -> None:
        self._photo = jobs.Source(image=np.asarray(image), label=label)
        self.panel.photo_label.setText(label or self.tr("A picture from another tab"))
        self.panel.set_mode("photo")
        self.request()

    def open_request(self, request: dict) -> None:
        """``AppContext.inspect_requested``: a model (a registry name or a finished run) and
        optionally a picture (``image``) or a file (``path``)."""
        self._start()
        if request.get("image") is not None:
            self.open_image(request["image"], self.tr("A picture from another tab"))
        elif request.get("path"):
            self.open_path(str(request["path"]))
        if request.get("result") is not None:
            self.open_result(request["result"])
        elif request.get("model"):
            name = str(request["model"])
            if self.picker.findData(name) < 0:
                self.picker.refresh()
            if not self.picker.select(name):
                self.status_label.show_error(
                    self.tr("There is no model called {name}.").format(name=name)
                )
                return
            self._model_chosen(name)

    def _load_samples(self, dataset: str) -> None:
        size = self._loaded.inspector.graph.input_shape[0] if self._loaded else 224
        self.panel.sample_label.setText(self.tr("Loading {name}…").format(name=dataset))
        self._sample_jobs.start(jobs.load_samples, dataset, 24, int(size))

    def _on_samples(self, found: jobs.Samples) -> None:
        self._samples = found
        index = self._pending_lesson.pop("sample", 0)
        self.panel.set_samples(len(found.images), index if isinstance(index, int) else 0)
        self.request()

    def _on_samples_failed(self, message: str) -> None:
        self._samples = None
        self.panel.set_samples(0)
        self.panel.sample_label.setText(message)
        self.status_label.show_error(message)
        self.request()

    # ------------------------------------------------------------------ inspections
    def request(self) -> None:
        """Look at the current input (the newest request wins; one job at a time)."""
        if self._loaded is None:
            return
        source = self._source()
        if source is None:
            self._view = None
            hint = {
                "drawing": self.tr("Draw a digit in the box: the maps follow each stroke."),
                "photo": self.tr("Open, drop or paste a photo, or pick a sample."),
                "dataset": self.tr("Choose a data set to take a sample from."),
            }[self.panel.mode]
            self.input_pane.show_input(None, hint)
            self.grid.set_maps(None, hint=hint)
            self.layers_pane.bars.clear()
            return
        if self._inspections.busy:
            self._pending = True
            self._inspections.stop()  # it hands over its maps and skips Grad-CAM
            return
        self._pending = False
        self._inspections.start(jobs.inspect, self._loaded, source, self._epoch)

    def _after_inspection(self, *_args) -> None:
        if self._pending:
            self.request()

    def _on_inspect_failed(self, message: str) -> None:
        self._view = None
        self.status_label.show_error(message)
        self.input_pane.show_input(None, message, error=True)
        self.grid.set_maps(None, hint=message)
        self.layers_pane.bars.clear(message)
        self.clear_cell()

    def _on_view(self, view: jobs.InsideView) -> None:
        loaded = self._loaded
        if loaded is None or view.inspection.member != loaded.inspector.member_name:
            return
        new = self._view is None or view.inspection is not self._view.inspection
        self._view = view
        if new:
            inspection = view.inspection
            self.input_pane.show_input(inspection.input.picture)
            prediction = inspection.prediction
            self.layers_pane.bars.set_bars(
                [(self._label(i), p) for i, _name, p in prediction.top(5)], highlight=0
            )
            self.maps_pane.show_kernels(view.kernels, view.kernel_layer)
            self._show_layer()
            note = inspection.note
            epoch = (
                self.tr("epoch {epoch}").format(epoch=inspection.epoch)
                if inspection.epoch
                else self.tr("final weights")
            )
            self.status_label.show_info(
                self.tr("{model} · {epoch} · {ms:.0f} ms. {note}").format(
                    model=loaded.name, epoch=epoch, ms=1000 * view.seconds, note=note
                )
            )
            self.refresh_cell()
        self._show_cam(view)

    def _label(self, index: int) -> str:
        if index < len(self._labels):
            return self._labels[index]
        return self._view.inspection.prediction.name(index) if self._view else str(index)

    def _show_cam(self, view: jobs.InsideView) -> None:
        from visionagent.qt.tabs.inside.pictures import cam_overlay

        if view.cam is None:
            hint = view.cam_note or self.tr("Grad-CAM follows…")
            self.input_pane.show_cam(None, self.tr("Grad-CAM"), hint)
            return
        name = self._label(view.cam.class_index)
        overlay = cam_overlay(view.inspection.input.picture, view.cam.heatmap)
        self.input_pane.show_cam(
            overlay, self.tr("Grad-CAM: where it looked for “{name}”").format(name=name)
        )
        self.input_pane.cam_view.setToolTip(
            self.tr("{method} at layer {layer}").format(
                method=view.cam.method, layer=view.cam.layer
            )
        )

    # ------------------------------------------------------------------ lessons
    def lesson_state(self) -> dict[str, Any]:
        photo = self._photo.path if self._photo is not None else None
        for sample in shipped_samples.samples():
            if photo and str(sample.path) == photo:
                photo = sample.id
        return {
            "model": self.picker.current_name(),
            "member": self.member_combo.currentIndex() + 1 if self.member_combo.count() else 1,
            "layer": self._layer_path,
            "input": self.panel.mode,
            "photo": photo,
            "dataset": self.panel.dataset(),
            "sample": self.panel.sample_index,
            "scale": self.maps_pane.scale,
            "epoch": self._epoch,
        }

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        problems = []
        for key, value in state.items():
            if key == "model" and isinstance(value, str) and self.picker.select(value):
                self._model_chosen(value)
            elif key == "member" and isinstance(value, int) and value >= 1:
                self._wanted_member = value - 1
                if self._loaded is not None:
                    self._member_chosen(value - 1)
            elif key in ("layer", "epoch", "sample") and (
                value is None or isinstance(value, (int, str))
            ):
                self._pending_lesson[key] = value
                if key == "layer" and self._loaded is not None and self.strip.select_layer(value):
                    self._layer_chosen(value)
                elif key == "epoch" and self._loaded is not None:
                    self._pending_lesson.pop(key)
                    if not self.set_epoch(value):
                        problems.append(f"{key}: {value!r}")
            elif key == "input" and value in self.panel.mode_buttons:
                self.panel.set_mode(value, emit=True)
            elif key == "photo" and isinstance(value, str) and self._open_named(value):
                pass
            elif key == "dataset" and isinstance(value, str):
                self.panel.set_dataset(value)
                self._load_samples(value)
            elif key == "scale" and isinstance(value, str) and self.maps_pane.set_scale(value):
                pass
            else:
                problems.append(f"{key}: {value!r}")
        return problems

    def _open_named(self, value: str) -> bool:
        try:
            return self.open_path(str(shipped_samples.sample(value).path))
        except KeyError:
            return is_image_file(value) and self.open_path(value)

    def lesson_controls(self) -> dict[str, QWidget]:
        return {
            "model": self.picker,
            "member": self.member_combo,
            "layer": self.strip,
            "input": self.panel,
            "scale": self.maps_pane.scale_combo,
            "epoch": self.epoch_slider,
        }


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(InsideTab, size=(1024, 700)))

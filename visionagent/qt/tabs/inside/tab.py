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

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visionagent.core.images import is_image_file
from visionagent.core.registry import TASKS
from visionagent.i18n import number
from visionagent.qt.context import AppContext
from visionagent.qt.kit.image_input import ImageInput
from visionagent.qt.kit.model_picker import ModelLoader, ModelPicker
from visionagent.qt.kit.tab import WARNING_COLOUR, StatusLine, Tab
from visionagent.qt.tabs.inside import jobs
from visionagent.qt.tabs.inside.cell_control import CellControl
from visionagent.qt.tabs.inside.epoch_bar import EpochBar
from visionagent.qt.tabs.inside.lesson import LessonHooks
from visionagent.qt.tabs.inside.panes import InputPane, LayersPane, MapsPane
from visionagent.qt.tabs.inside.pictures import cam_overlay
from visionagent.qt.tabs.inside.sources import InputSources

DEFAULT_MODEL = "digits_cnn"
CAM_NAMES = {"grad-cam": "Grad-CAM", "score-cam": "Score-CAM"}  # method names, not translated


def language() -> str:
    app = QApplication.instance()
    return (app.property("visionagent_language") if app is not None else None) or "en"


class InsideTab(CellControl, LessonHooks, Tab):
    """Look inside a model for one input (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        Tab.__init__(self, context, parent)
        self._loaded: jobs.Loaded | None = None
        self._view: jobs.InsideView | None = None
        self._labels: list[str] = []
        self._result = None  # a TrainResult shown instead of the picker's model
        self._wanted_member = 0
        self._epoch: int | None = None
        self._pending = False  # an inspection was asked for while one ran
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
        self._build()
        self._init_cells()
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
        self.result_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.result_label.hide()
        bar.addWidget(self.result_label, 2)
        self.member_combo = QComboBox()
        self.member_combo.setToolTip(self.tr("An ensemble: which of its networks to look inside"))
        self.member_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member_combo.hide()
        bar.addWidget(self.member_combo)
        self.epoch_bar = EpochBar()
        self.epoch_slider = self.epoch_bar.slider
        bar.addWidget(self.epoch_bar, 2)
        layout.addLayout(bar)
        self.input_pane, self.layers_pane, self.maps_pane = InputPane(), LayersPane(), MapsPane()
        self.panel = self.input_pane.panel
        self.strip = self.layers_pane.strip
        self.grid = self.maps_pane.grid
        self.cell_text = self.maps_pane.cell_text
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.input_pane, self.layers_pane, self.maps_pane):
            splitter.addWidget(pane)
            pane.setMinimumWidth(220)
        splitter.setSizes([240, 330, 430])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.status_label = StatusLine(self.tr("Waiting for TensorFlow…"))
        layout.addWidget(self.status_label)
        self.sources = InputSources(self, self.panel, self._input_side)

        self.picker.model_chosen.connect(self._model_chosen)
        self.picker.activated.connect(lambda _i: self._model_chosen(self.picker.current_name()))
        self.member_combo.activated.connect(self._member_chosen)
        self.epoch_bar.epoch_chosen.connect(self._epoch_chosen)
        self.sources.changed.connect(self.request)
        self.sources.failed.connect(self.status_label.show_error)
        self.maps_pane.scale_changed.connect(lambda _s: self._show_layer())
        self.strip.layer_chosen.connect(self._layer_chosen)
        self.grid.cell_clicked.connect(self.select_cell)
        self.input_pane.pixel_clicked.connect(self._pixel_clicked)
        self.image_input = ImageInput(self)
        self.image_input.paths_given.connect(lambda found: self.open_path(found[0]))
        self.image_input.image_given.connect(self.sources.open_image)
        self.image_input.refused.connect(self.status_label.show_error)

    def main_controls(self) -> list[QWidget]:
        return [self.picker, *self.panel.mode_buttons.values(), self.grid]

    def settled(self) -> bool:
        """True when a model is shown and nothing is loading, computing or waiting."""
        return (
            self._loaded is not None
            and not self.jobs_running()
            and not self._pending
            and not self.epoch_bar.waiting
        )

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
            self.context.when_tf_ready(self._on_tf_ready)

    def _on_tf_ready(self, _info) -> None:
        if self.picker.current_name() is None and self._result is None:
            self.status_label.show_warning(
                self.tr("There is no model yet: train one in the Training tab.")
            )

    def _input_side(self) -> int:
        return int(self._loaded.inspector.graph.input_shape[0]) if self._loaded else 224

    # ------------------------------------------------------------------ models
    def choose_model(self, name: str) -> bool:
        """Show the registry model ``name`` (also after a training run was shown)."""
        self._start()
        if self.picker.findData(name) < 0:
            self.picker.refresh()
        if not self.picker.select(name):
            return False
        self._model_chosen(name)
        return True

    def _model_chosen(self, name: str | None) -> None:
        if not name or self.loader is None:
            return
        was_result, self._result = self._result is not None, None
        self.result_label.hide()
        if self._loaded is None or self._loaded.key != ("registry", name):
            self._wanted_member = 0  # another model starts with its first member
        if was_result and self.loader.ready and self.loader.name == name:
            self._adopt(self.loader.value)

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
            result.display_name()
            + "\n"
            + self.tr(
                "The model just trained (its epochs replay from memory); choose a model in the "
                "list to go back."
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
        member = min(self._wanted_member, max(0, len(members) - 1))
        if members and inspector.member != member:
            self._models.start(jobs.with_member, loaded, member)
            return
        same = self._loaded is not None and self._loaded.key == loaded.key  # another member
        wanted_epoch = self._pending_lesson.pop("epoch", self._epoch if same else None)
        self._epoch = wanted_epoch if wanted_epoch in loaded.epochs else None
        self._inspections.cancel()
        self._loaded, self._view = loaded, None
        self._labels = jobs.class_labels(inspector.info, language())
        self.member_combo.clear()
        for index in range(1, len(members) + 1):
            self.member_combo.addItem(
                self.tr("member {n} of {count}").format(n=index, count=len(members))
            )
        self.member_combo.setCurrentIndex(inspector.member)
        self.member_combo.setVisible(bool(members))
        self.epoch_bar.set_epochs(loaded.epochs, self._epoch)
        self._show_layers(inspector)
        if loaded.key[0] == "registry":
            self.model_in_use.emit(inspector.info.task, inspector.name)
        if self.sources.source() is None and inspector.preprocessing != "mnist":
            self.sources.use_first_sample()  # asks for an inspection itself
        else:
            self.request()

    def _show_layers(self, inspector) -> None:
        before = self.strip.paths()
        layers = inspector.layers()
        self.strip.set_layers(layers)
        self.layers_pane.totals.setText(
            self.tr("{count} layers · {parameters} parameters · {mults} multiplications").format(
                count=len(layers) - 1,
                parameters=number(sum(i.parameters for i in layers)),
                mults=number(sum(i.multiplications for i in layers)),
            )
        )
        wanted = self._pending_lesson.pop("layer", None) or self._layer_path
        if wanted in before and wanted not in self.strip.paths() and len(before) == len(layers):
            wanted = layers[before.index(wanted)].path  # the same layer of another member
        paths = [i.path for i in layers if i.has_maps]
        if wanted not in paths:
            first = inspector.first_convolution()
            wanted = first.path if first is not None else (paths[0] if paths else None)
        self._layer_path = wanted
        if wanted:
            self.strip.select_layer(wanted)
        self.clear_cell()

    def _epoch_chosen(self, epoch: int | None) -> None:
        self._epoch = epoch
        self.request()

    def set_epoch(self, epoch: int | None) -> bool:
        """Replay ``epoch`` (None: the final weights) as if chosen on the slider."""
        return self.epoch_bar.choose(epoch)

    def _on_model_failed(self, message: str) -> None:
        self._loaded = self._view = None
        self.status_label.show_error(message)
        self._show_failure(message)

    def _on_tf_failed(self, message: str) -> None:
        self.status_label.show_error(
            self.tr("TensorFlow could not start, so no model can be shown: {message}").format(
                message=message
            )
        )

    # ------------------------------------------------------------------ inputs
    def can_open(self, path: str) -> bool:
        return is_image_file(path)

    def open_path(self, path: str) -> bool:
        """Look at the picture in ``path`` (read in the worker; a bad file is said there)."""
        return self.sources.open_path(path)

    def open_request(self, request: dict) -> None:
        """``AppContext.inspect_requested``: a model (a registry name or a finished run) and
        optionally a picture (``image``) or a file (``path``)."""
        self._start()
        if request.get("image") is not None:
            self.sources.open_image(request["image"], self.tr("A picture from another tab"))
        elif request.get("path"):
            self.sources.open_path(str(request["path"]))
        if request.get("result") is not None:
            self.open_result(request["result"])
        elif request.get("model") and not self.choose_model(str(request["model"])):
            self.status_label.show_error(
                self.tr("There is no model called {name}.").format(name=request["model"])
            )

    # ------------------------------------------------------------------ inspections
    def request(self) -> None:
        """Look at the current input (the newest request wins; one job at a time)."""
        if self._loaded is None:
            return
        source = self.sources.source()
        if source is None:
            self._view = None
            hint = {
                "drawing": self.tr("Draw a digit in the box: the maps follow each stroke."),
                "photo": self.tr("Open, drop or paste a photo, or pick a sample."),
                "dataset": self.tr("Choose a data set to take a sample from."),
            }[self.panel.mode]
            self._show_failure(hint, error=False)
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
        self._show_failure(message)

    def _show_failure(self, message: str, error: bool = True) -> None:
        """Nothing to show: the message where the input and the maps were."""
        self.input_pane.show_input(None, message, error)
        self.grid.set_maps(None, hint=message)
        self.layers_pane.bars.clear(message if error else "")
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
            self.layers_pane.bars.set_bars(
                [(self._label(i), p) for i, _name, p in inspection.prediction.top(5)], highlight=0
            )
            self.maps_pane.show_kernels(view.kernels, view.kernel_layer)
            self._show_layer()
            epoch = (
                self.tr("epoch {epoch}").format(epoch=inspection.epoch)
                if inspection.epoch
                else self.tr("final weights")
            )
            self.status_label.show_info(
                self.tr("{model} · {epoch} · {ms:.0f} ms. {note}").format(
                    model=loaded.name, epoch=epoch, ms=1000 * view.seconds, note=inspection.note
                )
            )
            self.refresh_cell()
        self._show_cam(view)

    def _label(self, index: int) -> str:
        if index < len(self._labels):
            return self._labels[index]
        return self._view.inspection.prediction.name(index) if self._view else str(index)

    def _show_cam(self, view: jobs.InsideView) -> None:
        if view.cam is None:
            hint = view.cam_note or self.tr("Grad-CAM follows…")
            self.input_pane.show_cam(None, self.tr("Grad-CAM"), hint)
            return
        name = self._label(view.cam.class_index)
        overlay = cam_overlay(view.inspection.input.picture, view.cam.heatmap)
        self.input_pane.show_cam(overlay, self.tr("Grad-CAM · {name}").format(name=name))
        self.input_pane.cam_view.setToolTip(
            self.tr("Where the model looked for “{name}”: {method} at layer {layer}").format(
                name=name,
                method=CAM_NAMES.get(view.cam.method, view.cam.method),
                layer=view.cam.layer,
            )
        )


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(InsideTab, size=(1024, 700)))

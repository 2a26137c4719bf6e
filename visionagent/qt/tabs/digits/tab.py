"""Postal code recognizer v2: draw N digits, read them in one batch.

The canvas gives one image per box; :mod:`visionagent.core.digits` turns each into the 28×28 input
(MNIST-style or the textbook's naive resize) and reads all boxes in one model call, in a worker
(the Training tab may keep both cores busy, and a direct call could then freeze the window). A
reading asked for while the model still loads waits for it and runs as soon as it is ready.
"""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QFont, QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core import digits
from visionagent.qt.context import AppContext
from visionagent.qt.kit.canvas import MAX_BOXES, DrawCanvas
from visionagent.qt.kit.model_picker import ModelLoader, ModelPicker
from visionagent.qt.kit.tab import StatusLine, Tab
from visionagent.qt.tabs.digits.results import BoxResultView

DEFAULT_MODEL = "digits_cnn"


def _load_model(state, registry, name):
    return digits.load_recognizer(name, registry)


def _recognize(state, recognizer, images, method):
    return recognizer.recognize(images, method)


class DigitsTab(Tab):
    """Draw a postal code in N boxes and read it. ``recognized`` carries the core's Recognition."""

    recognized = pyqtSignal(object)
    model_ready = pyqtSignal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._last: digits.Recognition | None = None
        self._reader = self.runner()
        self._reader.finished.connect(self._on_recognized)
        self._reader.failed.connect(self._on_failed)
        # live mode: a stroke's end and the change it makes ask once; one reading for both
        self._live_timer = QTimer(self, singleShot=True, interval=0)
        self._live_timer.timeout.connect(self.recognize)
        self._build()
        self.loader = ModelLoader(self, self.model_combo, _load_model)
        self.loader.loading.connect(self._on_model_loading)
        self.loader.loaded.connect(self._on_model_loaded)
        self.loader.failed.connect(self._on_model_failed)
        self.model_combo.model_chosen.connect(lambda _name: self._update_buttons())
        context.tf_failed.connect(self._on_tf_failed)
        self._update_buttons()

    # ------------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.hint_label = QLabel(
            self.tr(
                "Draw one digit per box, then press Recognize (Enter). "
                "Right-click a box to clear it."
            )
        )
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Boxes")))
        self.boxes_spin = QSpinBox()
        self.boxes_spin.setRange(1, MAX_BOXES)
        self.boxes_spin.setValue(settings.get("digits/boxes"))
        self.boxes_spin.setToolTip(self.tr("How many digits the code has (1–10)"))
        controls.addWidget(self.boxes_spin)
        controls.addWidget(QLabel(self.tr("Pen width")))
        self.pen_spin = QSpinBox()
        self.pen_spin.setRange(2, 40)
        self.pen_spin.setSuffix(" px")
        self.pen_spin.setValue(settings.get("digits/pen_width"))
        controls.addWidget(self.pen_spin)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last stroke or clear (Ctrl+Z)"))
        controls.addWidget(self.clear_button)
        controls.addWidget(self.undo_button)
        controls.addSpacing(8)
        controls.addWidget(QLabel(self.tr("Preprocessing")))
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("MNIST-style: crop, 20 px, centre of mass"), "mnist")
        self.method_combo.addItem(self.tr("Naive resize (textbook)"), "naive")
        self.method_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.method_combo.setMinimumContentsLength(12)
        self.method_combo.setToolTip(
            self.tr(
                "MNIST-style preprocessing frames the digit the way MNIST was made; the textbook "
                "resizes the whole box to 28×28."
            )
        )
        self.method_combo.setCurrentIndex(0 if settings.get("digits/mnist_preprocessing") else 1)
        controls.addWidget(self.method_combo, 1)
        controls.addSpacing(8)
        controls.addWidget(QLabel(self.tr("Model")))
        self.model_combo = ModelPicker(
            self.context,
            ("digits",),
            settings_key="digits/model",
            default=DEFAULT_MODEL,
            placeholder=self.tr("No digits model: train one in the Training tab"),
        )
        controls.addWidget(self.model_combo, 2)
        layout.addLayout(controls)

        self.canvas = DrawCanvas(self.boxes_spin.value(), self.pen_spin.value())
        self.canvas.setMaximumHeight(330)  # square boxes: more height would stay empty
        layout.addWidget(self.canvas, 1)

        actions = QHBoxLayout()
        self.recognize_button = QPushButton(self.tr("Recognize"))
        self.recognize_button.setToolTip(self.tr("Read every box (Enter)"))
        self.recognize_button.setDefault(True)
        self.live_check = QCheckBox(self.tr("Live: read as each stroke ends"))
        self.live_check.setChecked(settings.get("digits/live"))
        actions.addWidget(self.recognize_button)
        actions.addWidget(self.live_check)
        actions.addSpacing(16)
        actions.addWidget(QLabel(self.tr("Code")))
        self.code_edit = QLineEdit()
        self.code_edit.setReadOnly(True)
        self.code_edit.setPlaceholderText(self.tr("not read yet"))
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        code_font.setBold(True)
        self.code_edit.setFont(code_font)
        self.code_edit.setMinimumWidth(160)
        self.code_edit.setMaximumWidth(300)
        actions.addWidget(self.code_edit)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the code to the clipboard"))
        self.copy_button.setEnabled(False)
        actions.addWidget(self.copy_button)
        self.unsure_label = QLabel("")
        self.unsure_label.setStyleSheet("color: rgb(200, 110, 0);")
        actions.addWidget(self.unsure_label, 1)
        layout.addLayout(actions)

        self._results_layout = QHBoxLayout()
        self._results_layout.setSpacing(6)
        # Result views are built when a box needs one: each holds a plot (~10 ms), and start-up
        # should not pay for ten when five boxes are shown.
        self.result_views: list[BoxResultView] = []
        layout.addLayout(self._results_layout)
        self.status_label = StatusLine(self.tr("Waiting for TensorFlow…"))
        layout.addWidget(self.status_label)
        self._show_box_count(self.boxes_spin.value())

        self.boxes_spin.valueChanged.connect(self._on_boxes_changed)
        self.pen_spin.valueChanged.connect(self._on_pen_changed)
        self.clear_button.clicked.connect(self.canvas.clear_all)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.recognize_button.clicked.connect(self.recognize)
        self.copy_button.clicked.connect(self.copy_code)
        self.live_check.toggled.connect(self._on_live_toggled)
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self.canvas.stroke_finished.connect(self._on_stroke_finished)
        self.canvas.changed.connect(self._on_canvas_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, context=context).activated.connect(self.recognize)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, context=context)
        undo.activated.connect(self.canvas.undo)

    def _show_box_count(self, count: int) -> None:
        while len(self.result_views) < count:
            view = BoxResultView(len(self.result_views))
            self._results_layout.addWidget(view)
            self.result_views.append(view)
        for i, view in enumerate(self.result_views):
            view.setVisible(i < count)

    # ---------------------------------------------------------------------- models
    @property
    def recognizer(self) -> digits.DigitRecognizer | None:
        return self.loader.value[0] if self.loader.ready else None

    def _on_model_loading(self, name: str) -> None:
        self.status_label.show_info(self.tr("Loading model {name}…").format(name=name))
        self._update_buttons()

    def _on_model_loaded(self, loaded) -> None:
        _recognizer, info = loaded
        self.status_label.show_info(self.tr("Model {name} ready.").format(name=info.display_name()))
        self._update_buttons()
        self.model_ready.emit(info.name)
        self.model_in_use.emit("digits", info.name)
        if self.live_check.isChecked() and not self.canvas.is_empty():
            self.recognize()

    def _on_model_failed(self, message: str) -> None:
        self.status_label.show_error(message)
        self._update_buttons()

    def _on_tf_failed(self, message: str) -> None:
        self.status_label.show_error(
            self.tr("TensorFlow could not start, so no digit can be read: {message}").format(
                message=message
            )
        )

    # ----------------------------------------------------------------- recognition
    @property
    def method(self) -> str:
        return self.method_combo.currentData()

    def recognize(self) -> None:
        """Read every box (in a worker); while the model loads, read as soon as it is ready."""
        if self.model_combo.current_name() is None:
            self.status_label.show_error(
                self.tr("No digits model is available. Train one in the Training tab (mnist-10k).")
            )
            return
        if not self.loader.when_ready(self._read):
            self.status_label.show_info(
                self.tr("The model is still loading; your digits are read as soon as it is ready.")
            )

    def _read(self, loaded: Any) -> None:
        recognizer, _info = loaded
        self._reader.start(_recognize, recognizer, self.canvas.box_images(), self.method)

    def _on_recognized(self, result: digits.Recognition) -> None:
        if len(result.boxes) != self.canvas.box_count:
            return  # the box count changed meanwhile; a newer reading follows or is asked for
        self._last = result
        for box, view in zip(result.boxes, self.result_views, strict=False):
            view.set_result(box)
        self.code_edit.setText(result.code)
        self.copy_button.setEnabled(bool(result.code))
        unsure = [str(i + 1) for i in result.unsure]
        self.unsure_label.setText(
            self.tr("unsure: box {boxes}").format(boxes=", ".join(unsure)) if unsure else ""
        )
        self.status_label.show_info(
            self.tr("Read {count} boxes in {ms:.1f} ms ({method}, model {model}).").format(
                count=len(result.boxes),
                ms=1000 * result.seconds,
                method=self.method_combo.currentText(),
                model=self.model_combo.current_name(),
            )
        )
        self.recognized.emit(result)

    def _on_failed(self, message: str) -> None:
        self.status_label.show_error(message)

    def copy_code(self) -> None:
        code = self.code_edit.text()
        if code:
            QApplication.clipboard().setText(code)
            self.context.status_message.emit(
                self.tr("Copied {code} to the clipboard.").format(code=code)
            )

    # -------------------------------------------------------------------- reactions
    def _on_stroke_finished(self, _box: int) -> None:
        if self.live_check.isChecked():
            self._live_timer.start()

    def _on_canvas_changed(self) -> None:
        self._update_buttons()
        if self.live_check.isChecked():
            self._live_timer.start()  # clear and undo refresh the answers too
            return
        # not live: forget answers of boxes that are empty now; the rest waits for Recognize
        for i, view in enumerate(self.result_views):
            if i >= self.canvas.box_count or self.canvas.is_box_empty(i):
                view.set_result(None)
        if self.canvas.is_empty():
            self.code_edit.clear()
            self.copy_button.setEnabled(False)
            self.unsure_label.clear()
        elif self._last is not None:
            self.status_label.show_info(self.tr("The drawing changed: press Recognize (Enter)."))

    def _on_boxes_changed(self, count: int) -> None:
        settings.set("digits/boxes", count)
        self.canvas.set_box_count(count)
        self._show_box_count(count)
        self._on_canvas_changed()

    def _on_pen_changed(self, width: int) -> None:
        settings.set("digits/pen_width", width)
        self.canvas.set_pen_width(width)

    def _on_live_toggled(self, on: bool) -> None:
        settings.set("digits/live", on)
        if on and not self.canvas.is_empty():
            self.recognize()

    def _on_method_changed(self, _index: int) -> None:
        settings.set("digits/mnist_preprocessing", self.method == "mnist")
        if self._last is not None or self.live_check.isChecked():
            self.recognize()  # show the difference at once

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo)
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.recognize_button.setEnabled(self.model_combo.current_name() is not None)

    def main_controls(self) -> list[QWidget]:
        return [self.canvas, self.recognize_button, self.clear_button, self.code_edit]

    # ------------------------------------------------------------------- lessons
    def lesson_state(self) -> dict[str, Any]:
        return {
            "boxes": self.boxes_spin.value(),
            "pen": self.pen_spin.value(),
            "preprocessing": self.method,
            "model": self.model_combo.current_name(),
            "live": self.live_check.isChecked(),
        }

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        problems = []
        for key, value in state.items():
            if key == "boxes" and isinstance(value, int):
                self.boxes_spin.setValue(value)
            elif key == "pen" and isinstance(value, int):
                self.pen_spin.setValue(value)
            elif key == "preprocessing" and self.method_combo.findData(value) >= 0:
                self.method_combo.setCurrentIndex(self.method_combo.findData(value))
            elif key == "model" and isinstance(value, str) and self.model_combo.select(value):
                pass
            elif key == "live" and isinstance(value, bool):
                self.live_check.setChecked(value)
            else:
                problems.append(f"{key}: {value!r}")
        return problems

    def lesson_controls(self) -> dict[str, QWidget]:
        return {
            "boxes": self.boxes_spin,
            "pen": self.pen_spin,
            "preprocessing": self.method_combo,
            "model": self.model_combo,
            "live": self.live_check,
        }


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(DigitsTab, size=(1100, 600)))

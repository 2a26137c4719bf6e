"""Postal code recognizer v2 (the textbook's vision agent 6): draw N digits, read them in one batch.

The canvas gives one image per box; :mod:`visionagent.core.digits` turns each into the 28×28 input
(MNIST-style or the textbook's naive resize, a toggle) and reads all boxes in one model call.
The model loads in a :class:`TaskRunner` once TensorFlow is ready; recognition also runs in a
TaskRunner: it takes a few milliseconds on an idle CPU, but the Training tab may keep both cores
busy, and then a direct call could freeze the window for much longer.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QFont, QImage, QKeySequence, QPixmap, QShortcut
from PyQt6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core import digits
from visionagent.i18n import percent as format_percent
from visionagent.qt.context import AppContext
from visionagent.qt.widgets.draw_canvas import MAX_BOXES, DrawCanvas
from visionagent.qt.widgets.probability_bars import ProbabilityBars
from visionagent.qt.workers import TaskRunner

UNSURE_STYLE = "color: rgb(200, 110, 0);"
ERROR_STYLE = "color: rgb(190, 30, 30);"


def _load_model(state, registry, name):
    return digits.load_recognizer(name, registry)


def _recognize(state, recognizer, images, method):
    return recognizer.recognize(images, method)


def _gray_pixmap(image: np.ndarray, scale: int) -> QPixmap:
    data = np.ascontiguousarray(np.clip(image * 255.0 + 0.5, 0, 255).astype(np.uint8))
    qimage = QImage(
        data.data, data.shape[1], data.shape[0], data.strides[0], QImage.Format.Format_Grayscale8
    ).copy()
    return QPixmap.fromImage(qimage).scaled(
        data.shape[1] * scale,
        data.shape[0] * scale,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class BoxResultView(QFrame):
    """One box's answer: the 28×28 image the network saw, the digit, its confidence, 10 bars."""

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.input_label = QLabel()
        self.input_label.setFixedSize(84, 84)
        self.input_label.setStyleSheet("background: black;")
        self.input_label.setToolTip(self.tr("The 28×28 image the network saw"))
        top.addWidget(self.input_label)
        text = QVBoxLayout()
        self.digit_label = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.digit_label.setFont(font)
        self.detail_label = QLabel("")
        text.addWidget(self.digit_label)
        text.addWidget(self.detail_label)
        top.addLayout(text, 1)
        layout.addLayout(top)
        self.bars = ProbabilityBars()
        layout.addWidget(self.bars)
        self.set_result(None)

    def set_result(self, result: digits.BoxResult | None) -> None:
        """Show ``result``; None means not recognized yet."""
        self.result = result
        if result is None:
            self.digit_label.setText("–")
            self.digit_label.setStyleSheet("")
            self.detail_label.setText("")
            self.detail_label.setStyleSheet("")
            self.input_label.clear()
            self.bars.set_probabilities(None)
            return
        self.input_label.setPixmap(_gray_pixmap(result.network_input, 3))
        if result.empty:
            self.digit_label.setText("·")
            self.digit_label.setStyleSheet("color: gray;")
            self.detail_label.setText(self.tr("empty"))
            self.detail_label.setStyleSheet("color: gray;")
            self.bars.set_probabilities(None)
            return
        self.digit_label.setText(str(result.digit))
        percent = format_percent(result.confidence, 1)
        if result.unsure:
            self.digit_label.setStyleSheet(UNSURE_STYLE)
            self.detail_label.setText(self.tr("unsure · {percent}").format(percent=percent))
            self.detail_label.setStyleSheet(UNSURE_STYLE)
            self.detail_label.setToolTip(
                self.tr("The best probability is below {threshold:.0f}%: check this digit.").format(
                    threshold=100 * digits.UNSURE_BELOW
                )
            )
        else:
            self.digit_label.setStyleSheet("")
            self.detail_label.setText(percent)
            self.detail_label.setStyleSheet("")
            self.detail_label.setToolTip("")
        self.bars.set_probabilities(result.probabilities, unsure=result.unsure)


class DigitsTab(QWidget):
    """Draw a postal code in N boxes and read it. ``recognized`` carries the core's Recognition."""

    recognized = pyqtSignal(object)
    model_ready = pyqtSignal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._recognizer: digits.DigitRecognizer | None = None
        self._model_name: str | None = None
        self._pending = False
        self._last: digits.Recognition | None = None
        self._model_runner = TaskRunner(self)
        self._model_runner.finished.connect(self._on_model_loaded)
        self._model_runner.failed.connect(self._on_model_failed)
        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._on_recognized)
        self._runner.failed.connect(self._on_failed)
        # live mode: a stroke's end and the change it makes ask once; coalesce them into one reading
        self._live_timer = QTimer(self, singleShot=True, interval=0)
        self._live_timer.timeout.connect(self.recognize)
        self._build()
        self._refresh_models()
        context.models_changed.connect(self._refresh_models)
        context.when_tf_ready(self._on_tf_ready)

    # ------------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Boxes")))
        self.boxes_spin = QSpinBox()
        self.boxes_spin.setRange(1, MAX_BOXES)
        self.boxes_spin.setValue(max(1, min(MAX_BOXES, settings.get("digits/boxes"))))
        self.boxes_spin.setToolTip(self.tr("How many digits the code has (1–10)"))
        controls.addWidget(self.boxes_spin)
        controls.addWidget(QLabel(self.tr("Pen width")))
        self.pen_spin = QSpinBox()
        self.pen_spin.setRange(2, 40)
        self.pen_spin.setSuffix(" px")
        self.pen_spin.setValue(max(2, min(40, settings.get("digits/pen_width"))))
        controls.addWidget(self.pen_spin)
        self.clear_button = QPushButton(self.tr("Clear all"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last stroke or clear (Ctrl+Z)"))
        controls.addWidget(self.clear_button)
        controls.addWidget(self.undo_button)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Preprocessing")))
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("MNIST-style: crop, 20 px, centre of mass"), "mnist")
        self.method_combo.addItem(self.tr("Naive resize (textbook)"), "naive")
        self.method_combo.setToolTip(
            self.tr(
                "MNIST-style preprocessing frames the digit the way MNIST was made; the textbook "
                "resizes the whole box to 28×28."
            )
        )
        self.method_combo.setCurrentIndex(0 if settings.get("digits/mnist_preprocessing") else 1)
        controls.addWidget(self.method_combo)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Model")))
        self.model_combo = QComboBox()
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_combo.setMinimumContentsLength(18)
        controls.addWidget(self.model_combo, 1)
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
        self.code_edit.setPlaceholderText(self.tr("draw digits, then Recognize"))
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPointSizeF(self.font().pointSizeF() * 1.6)
        code_font.setBold(True)
        self.code_edit.setFont(code_font)
        self.code_edit.setMaximumWidth(260)
        actions.addWidget(self.code_edit)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the code to the clipboard"))
        self.copy_button.setEnabled(False)
        actions.addWidget(self.copy_button)
        self.unsure_label = QLabel("")
        self.unsure_label.setStyleSheet(UNSURE_STYLE)
        actions.addWidget(self.unsure_label)
        actions.addStretch(1)
        layout.addLayout(actions)

        results = QHBoxLayout()
        results.setSpacing(6)
        # Result views are built when a box needs one: each holds a plot (~10 ms), and start-up
        # should not pay for ten when five boxes are shown.
        self._results_layout = results
        self.result_views: list[BoxResultView] = []
        layout.addLayout(results)
        self.status_label = QLabel(self.tr("Waiting for TensorFlow…"))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(0)
        self._show_box_count(self.boxes_spin.value())

        self.boxes_spin.valueChanged.connect(self._on_boxes_changed)
        self.pen_spin.valueChanged.connect(self._on_pen_changed)
        self.clear_button.clicked.connect(self.canvas.clear_all)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.recognize_button.clicked.connect(self.recognize)
        self.copy_button.clicked.connect(self.copy_code)
        self.live_check.toggled.connect(self._on_live_toggled)
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self.model_combo.currentIndexChanged.connect(self._on_model_chosen)
        self.canvas.stroke_finished.connect(self._on_stroke_finished)
        self.canvas.changed.connect(self._on_canvas_changed)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(
                QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            shortcut.activated.connect(self.recognize)
        undo = QShortcut(
            QKeySequence.StandardKey.Undo,
            self,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        undo.activated.connect(self.canvas.undo)
        self._update_buttons()

    def _show_box_count(self, count: int) -> None:
        while len(self.result_views) < count:
            view = BoxResultView(len(self.result_views))
            self._results_layout.addWidget(view)
            self.result_views.append(view)
        for i, view in enumerate(self.result_views):
            view.setVisible(i < count)

    # ---------------------------------------------------------------------- models
    def _refresh_models(self) -> None:
        wanted = self._model_name or settings.get("digits/model")
        infos = self.context.registry.infos("digits")
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in infos:
            label = info.display_name()
            if info.user:
                label = self.tr("{name} (yours)").format(name=label)
            self.model_combo.addItem(label, info.name)
            self.model_combo.setItemData(
                self.model_combo.count() - 1, str(info.keras_path), Qt.ItemDataRole.ToolTipRole
            )
        if not infos:
            self.model_combo.addItem(
                self.tr("No digits model: train one in the Training tab"), None
            )
        index = self.model_combo.findData(wanted)
        self.model_combo.setCurrentIndex(max(0, index))
        self.model_combo.setEnabled(bool(infos))
        self.model_combo.blockSignals(False)
        chosen = self.model_combo.currentData()
        if chosen != self._model_name and self.context.is_tf_ready:
            self._load_model(chosen)
        self._update_buttons()

    def _on_tf_ready(self, info) -> None:
        if self._recognizer is None and not self._model_runner.busy:
            self._load_model(self.model_combo.currentData())

    def _on_model_chosen(self, index: int) -> None:
        name = self.model_combo.itemData(index)
        if name:
            settings.set("digits/model", name)
        if self.context.is_tf_ready:
            self._load_model(name)

    def _load_model(self, name: str | None) -> None:
        self._recognizer = None
        self._model_name = name
        self._update_buttons()
        if not name:
            self.status_label.setText(
                self.tr(
                    "No digits model is available. Train one in the Training tab (data set "
                    "mnist-10k)."
                )
            )
            return
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Loading model {name}…").format(name=name))
        self._model_runner.start(_load_model, self.context.registry, name)

    def _on_model_loaded(self, loaded) -> None:
        recognizer, info = loaded
        if info.name != self._model_name:
            return
        self._recognizer = recognizer
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Model {name} ready.").format(name=info.display_name()))
        self._update_buttons()
        self.model_ready.emit(info.name)
        if self._pending or (self.live_check.isChecked() and not self.canvas.is_empty()):
            self.recognize()

    def _on_model_failed(self, message: str) -> None:
        self._pending = False
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self._update_buttons()

    @property
    def recognizer(self) -> digits.DigitRecognizer | None:
        return self._recognizer

    # ----------------------------------------------------------------- recognition
    @property
    def method(self) -> str:
        return self.method_combo.currentData()

    def recognize(self) -> None:
        """Read every box (in a worker); without a loaded model, read as soon as it is ready."""
        if self._recognizer is None:
            self._pending = self._model_name is not None
            return
        self._pending = False
        images = self.canvas.box_images()
        self._runner.start(_recognize, self._recognizer, images, self.method)

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
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            self.tr("Read {count} boxes in {ms:.1f} ms ({method}, model {model}).").format(
                count=len(result.boxes),
                ms=1000 * result.seconds,
                method=self.method_combo.currentText(),
                model=self._model_name,
            )
        )
        self.recognized.emit(result)

    def _on_failed(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)

    def copy_code(self) -> None:
        code = self.code_edit.text()
        if code:
            QApplication.clipboard().setText(code)
            self.context.status_message.emit(
                self.tr("Copied {code} to the clipboard.").format(code=code)
            )

    # -------------------------------------------------------------------- reactions
    def _on_stroke_finished(self, box: int) -> None:
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
            self.status_label.setText(self.tr("The drawing changed: press Recognize (Enter)."))

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

    def _on_method_changed(self, index: int) -> None:
        settings.set("digits/mnist_preprocessing", self.method == "mnist")
        if self._last is not None or self.live_check.isChecked():
            self.recognize()  # show the difference at once

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo)
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.recognize_button.setEnabled(self._model_name is not None)

    # ------------------------------------------------------------------- contract
    def shutdown(self) -> None:
        self._runner.shutdown()
        self._model_runner.shutdown(60000)


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(DigitsTab, size=(1100, 600)))

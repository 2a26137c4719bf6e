""" "Inside a real network" page of the Filters tab: learned kernels and feature maps.

Lists the kernels of every convolution layer of the digits and ImageNet models in the registry
(pick one to put it in the kernel editor), and shows what every convolution layer of a digits model
"sees" for a digit drawn in a small sketch pad. Models load in a :class:`TaskRunner` once
TensorFlow is ready; nothing here touches TensorFlow from the GUI thread.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QColor, QIcon, QImage, QPainter, QPen, QPixmap
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import filters
from visionagent.qt.context import AppContext
from visionagent.qt.widgets.image_view import ImageView
from visionagent.qt.widgets.kernel_editor import format_number
from visionagent.qt.workers import TaskRunner

TASKS = ("digits", "imagenet")


def _qimage(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class SketchPad(QWidget):
    """Draw a digit with the mouse: white ink on black. ``changed`` while drawing, ``finished`` on
    release."""

    changed = pyqtSignal()
    finished = pyqtSignal()

    def __init__(self, side: int = 168, pen_width: int = 14, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(side, side)
        self._image = QImage(side, side, QImage.Format.Format_Grayscale8)
        self._image.fill(0)
        self._pen_width = pen_width
        self._last: QPoint | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw a digit with the mouse (white on black, like MNIST)"))

    def image(self) -> np.ndarray:
        """The drawing as a (side, side) uint8 array."""
        ptr = self._image.constBits()
        ptr.setsize(self._image.sizeInBytes())
        data = np.frombuffer(ptr, dtype=np.uint8).reshape(
            self._image.height(), self._image.bytesPerLine()
        )
        return data[:, : self._image.width()].copy()

    def set_image(self, gray: np.ndarray) -> None:
        import cv2

        side = self.width()
        big = cv2.resize(
            np.asarray(gray, dtype=np.uint8), (side, side), interpolation=cv2.INTER_LINEAR
        )
        big = np.ascontiguousarray(big)
        self._image = QImage(big.data, side, side, side, QImage.Format.Format_Grayscale8).copy()
        self.update()
        self.finished.emit()

    def clear(self) -> None:
        self._image.fill(0)
        self.update()
        self.finished.emit()

    def is_empty(self) -> bool:
        return not self.image().any()

    def _draw_to(self, point: QPoint) -> None:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            QColor(255, 255, 255),
            self._pen_width,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        if self._last is None:
            painter.drawPoint(point)
        else:
            painter.drawLine(self._last, point)
        painter.end()
        self._last = point
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self._draw_to(event.position().toPoint())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._draw_to(event.position().toPoint())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = None
            self.finished.emit()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.setPen(QColor(128, 128, 128))
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        painter.end()


class NetworkPanel(QWidget):
    """Kernels of a real model, and feature maps of a drawn digit."""

    kernel_picked = pyqtSignal(object, float, str)  # kernel (h, w) or (h, w, C), bias, description

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._on_result)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._after_job)
        self._active = False
        self._tf_ready = False
        self._pending = False
        self._view: filters.NetworkView | None = None
        self._map_views: list[ImageView] = []
        self._sketch_timer = QTimer(self)
        self._sketch_timer.setSingleShot(True)
        self._sketch_timer.setInterval(120)
        self._sketch_timer.timeout.connect(self.request)
        self._build()
        self.context.models_changed.connect(self._fill_models)
        self.context.tf_failed.connect(self._on_tf_failed)
        self._fill_models()

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        self.model_combo = QComboBox()
        self.model_combo.setToolTip(
            self.tr("Digits and ImageNet models found in the models folders")
        )
        self.model_combo.activated.connect(lambda _i: self._model_changed())
        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(
            self.tr("Convolution layers of the model, from the input onwards")
        )
        self.layer_combo.activated.connect(lambda _i: self._layer_changed())
        self.channel_combo = QComboBox()
        self.channel_combo.setToolTip(
            self.tr("A kernel has one h×w slice per input channel: choose which to show")
        )
        self.channel_combo.activated.connect(lambda _i: self._fill_kernels())
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.kernel_list = QListWidget()
        self.kernel_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.kernel_list.setIconSize(QSize(44, 44))
        self.kernel_list.setGridSize(QSize(58, 66))
        self.kernel_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.kernel_list.setMovement(QListWidget.Movement.Static)
        self.kernel_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kernel_list.setToolTip(
            self.tr(
                "Learned kernels (blue negative, red positive). Double-click one to try it on "
                "the picture."
            )
        )
        self.kernel_list.itemActivated.connect(self._pick)
        self.use_button = QPushButton(self.tr("Put in the kernel editor"))
        self.use_button.setToolTip(
            self.tr(
                "Replace the selected filter of the editor with this learned kernel and bias,\n"
                "and show what it does to the current picture"
            )
        )
        self.use_button.clicked.connect(lambda: self._pick(self.kernel_list.currentItem()))

        self.sketch = SketchPad()
        self.sketch.changed.connect(lambda: self._sketch_timer.start())
        self.sketch.finished.connect(self.request)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.sketch.clear)
        self.sample_button = QPushButton(self.tr("MNIST digit"))
        self.sample_button.setToolTip(self.tr("A random digit from the shipped MNIST 10k set"))
        self.sample_button.clicked.connect(self.load_sample)
        self.prediction = QLabel()
        self.prediction.setWordWrap(True)
        self.maps_hint = QLabel(
            self.tr("Draw a digit: every convolution layer's feature maps appear here.")
        )
        self.maps_hint.setWordWrap(True)
        self.maps_box = QWidget()
        self.maps_layout = QVBoxLayout(self.maps_box)
        self.maps_layout.setContentsMargins(0, 0, 0, 0)
        self.maps_layout.addWidget(self.maps_hint)
        self.maps_layout.addStretch(1)
        maps_scroll = QScrollArea()
        maps_scroll.setWidgetResizable(True)
        maps_scroll.setFrameShape(QFrame.Shape.NoFrame)
        maps_scroll.setWidget(self.maps_box)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Model")))
        row.addWidget(self.model_combo, 1)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Layer")))
        row.addWidget(self.layer_combo, 1)
        row.addWidget(self.channel_combo)
        left_layout.addLayout(row)
        left_layout.addWidget(self.kernel_list, 1)
        left_layout.addWidget(self.use_button)
        left_layout.addWidget(self.status)

        sketch_box = QVBoxLayout()
        sketch_box.addWidget(self.sketch, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.sample_button)
        sketch_box.addLayout(buttons)
        sketch_box.addWidget(self.prediction)
        sketch_box.addStretch(1)
        right = QWidget()
        right_layout = QHBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(sketch_box)
        right_layout.addWidget(maps_scroll, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # ------------------------------------------------------------------ API
    def activate(self) -> None:
        """Start (once) loading the selected model when TensorFlow is ready."""
        if self._active:
            return
        self._active = True
        if self.model_combo.count():
            self.status.setText(self.tr("Waiting for TensorFlow…"))
        self.context.when_tf_ready(self._on_tf_ready)

    def current_model(self) -> str:
        return self.model_combo.currentData() or ""

    def current_task(self) -> str:
        for info in self.context.registry.infos():
            if info.name == self.current_model():
                return info.task
        return ""

    def request(self) -> None:
        """Ask the worker for the model's kernels (and feature maps of the drawing)."""
        name = self.current_model()
        if not (self._active and self._tf_ready and name):
            return
        if self.runner.busy:
            self._pending = True
            return
        digit = None
        if self.current_task() == "digits" and not self.sketch.is_empty():
            digit = filters.digit_to_mnist(self.sketch.image())
        if self._view is None or self._view.model != name:
            self.status.setText(self.tr("Loading {model}…").format(model=name))
        self.runner.start(filters.inspect_model, self.context.registry, name, digit)

    def load_sample(self) -> None:
        digit, label = filters.mnist_sample()
        self.sketch.set_image(digit)
        self.sample_button.setToolTip(
            self.tr(
                "A random digit from the shipped MNIST 10k set (this one is labelled {label})"
            ).format(label=label)
        )

    def map_views(self) -> list[ImageView]:
        return [v for v in self._map_views if v.isVisibleTo(self)]

    def shutdown(self) -> None:
        """Stop the worker and deliver its last queued signals while this panel still exists."""
        self._sketch_timer.stop()
        self._pending = False
        self.runner.shutdown()
        QCoreApplication.sendPostedEvents()

    # ------------------------------------------------------------- internals
    def _fill_models(self) -> None:
        current = self.current_model()
        self.model_combo.clear()
        task_names = {"digits": self.tr("digits model"), "imagenet": self.tr("ImageNet model")}
        for task in TASKS:
            for info in self.context.registry.infos(task):
                label = info.display_name()
                self.model_combo.addItem(
                    self.tr("{model} ({task})").format(
                        model=label, task=task_names.get(task, task)
                    ),
                    info.name,
                )
        if self.model_combo.count() == 0:
            self.model_combo.setEnabled(False)
            self.status.setText(
                self.tr(
                    "No digits or ImageNet model was found. Train one in the Training tab, "
                    "or put NAME.keras with its NAME.json into the models folder (File ▸ Open "
                    "models folder)."
                )
            )
            return
        self.model_combo.setEnabled(True)
        index = self.model_combo.findData(current)
        self.model_combo.setCurrentIndex(max(index, 0))
        if self._active and self._tf_ready:
            self._model_changed()

    def _on_tf_failed(self, message: str) -> None:
        self.status.setText(
            self.tr("TensorFlow could not start, so no model can be shown: {message}").format(
                message=message
            )
        )

    def _on_tf_ready(self, _info) -> None:
        self._tf_ready = True
        self.request()

    def _model_changed(self) -> None:
        self._view = None
        self.layer_combo.clear()
        self.kernel_list.clear()
        self._show_maps([], None)
        digits = self.current_task() == "digits"
        for widget in (self.sketch, self.clear_button, self.sample_button):
            widget.setEnabled(digits)
        self.maps_hint.setText(
            self.tr("Draw a digit: every convolution layer's feature maps appear here.")
            if digits
            else self.tr("Feature maps are shown for digits models (28×28 inputs); pick one above.")
        )
        self.request()

    def _after_job(self) -> None:
        if self._pending:
            self._pending = False
            self.request()

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self._after_job()

    def _on_result(self, view: filters.NetworkView) -> None:
        if view.model != self.current_model():
            self._after_job()
            return
        if self._view is None or self._view.model != view.model:
            self._view = view
            self.layer_combo.clear()
            for layer in view.layers:
                h, w, c, k = layer.kernel.shape
                self.layer_combo.addItem(
                    self.tr("{name} · {h}×{w}, {c} → {k} filters").format(
                        name=layer.layer, h=h, w=w, c=c, k=k
                    )
                )
            self._layer_changed()
            self.status.setText(
                view.note
                or self.tr(
                    "{count} convolution layer(s). Double-click a kernel to try it on the picture."
                ).format(count=len(view.layers))
            )
        else:
            self._view.maps, self._view.probabilities = view.maps, view.probabilities
        self._show_maps(view.maps, view.probabilities, view.class_names)
        self._after_job()

    def _layer(self) -> filters.ConvKernels | None:
        index = self.layer_combo.currentIndex()
        if self._view is None or not 0 <= index < len(self._view.layers):
            return None
        return self._view.layers[index]

    def _layer_changed(self) -> None:
        layer = self._layer()
        self.channel_combo.clear()
        if layer is None:
            self.kernel_list.clear()
            return
        channels = layer.kernel.shape[2]
        if channels == 3:
            self.channel_combo.addItem(self.tr("colour (RGB)"), -1)
        for c in range(channels):
            self.channel_combo.addItem(self.tr("input channel {c}").format(c=c), c)
        self.channel_combo.setVisible(channels > 1)
        self._fill_kernels()

    def _channel(self) -> int | None:
        """None for a colour (RGB) view of 3-channel kernels, else the input channel shown."""
        data = self.channel_combo.currentData()
        if data == -1:
            return None
        return int(data) if data is not None else 0

    def _fill_kernels(self) -> None:
        layer = self._layer()
        self.kernel_list.clear()
        if layer is None:
            return
        channel = self._channel()
        pictures = filters.kernel_thumbnails(layer.kernel, channel, size=44)
        for k, picture in enumerate(pictures):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(_qimage(picture))), str(k + 1))
            kernel = layer.kernel[:, :, 0 if channel is None else channel, k]
            rows = "\n".join("  ".join(format_number(v) for v in row) for row in kernel)
            item.setToolTip(
                self.tr("filter {n}, bias {b}\n{rows}").format(
                    n=k + 1, b=format_number(layer.bias[k]), rows=rows
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, k)
            self.kernel_list.addItem(item)
        if pictures:
            self.kernel_list.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None) -> None:
        layer = self._layer()
        if item is None or layer is None:
            return
        k = int(item.data(Qt.ItemDataRole.UserRole))
        channel = self._channel()
        kernel = layer.kernel[:, :, :, k] if channel is None else layer.kernel[:, :, channel, k]
        description = self.tr("{model} · {layer} · filter {n}").format(
            model=self.current_model(), layer=layer.layer, n=k + 1
        )
        self.kernel_picked.emit(np.array(kernel), float(layer.bias[k]), description)

    def _show_maps(self, maps, probabilities, class_names=()) -> None:
        needed = len(maps) + (1 if maps else 0)
        while len(self._map_views) < needed:
            view = ImageView(colorbar=True)
            view.setMinimumHeight(190)
            self.maps_layout.insertWidget(self.maps_layout.count() - 1, view)
            self._map_views.append(view)
        for view in self._map_views[needed:]:
            view.hide()
        self.maps_hint.setVisible(not maps)
        if not maps:
            self.prediction.setText("")
            return
        digit = filters.digit_to_mnist(self.sketch.image())
        first = self._map_views[0]
        first.set_image(filters.to_display(digit, 0.0, 1.0))
        first.set_title(self.tr("model input · 28×28×1"))
        first.set_colorbar(0.0, 1.0, np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1))
        first.show()
        for view, (name, values) in zip(self._map_views[1:], maps, strict=False):
            h, w, k = values.shape
            low, high, lut = filters.display_levels(values)
            corners = filters.tile_layout(k, w, h)
            tiles = [filters.to_display(values[:, :, i], low, high, lut) for i in range(k)]
            rects = [(x, y, w, h) for x, y in corners]
            view.set_tiles(tiles, rects, [values[:, :, i] for i in range(k)])
            view.set_colorbar(low, high, lut)
            view.set_title(f"{name} · {h}×{w}×{k}")
            rows = 1 + int(max(y for _, y in corners) // (h + 1))
            view.setMinimumHeight(int(min(460, max(190, 70 + 62 * rows))))
            view.show()
            view.auto_range()
        first.auto_range()
        if probabilities is not None and len(probabilities):
            best = int(np.argmax(probabilities))
            name = class_names[best] if best < len(class_names) else str(best)
            self.prediction.setText(
                self.tr("The model reads: <b>{name}</b> ({p:.1f} %)").format(
                    name=name, p=100.0 * float(probabilities[best])
                )
            )

"""The Inside tab's three columns as widgets that only show and ask (the tab runs the jobs):
the input and what the network saw (with receptive fields and Grad-CAM), the layer strip with
the prediction, and the feature maps with the first kernels and the clicked cell's arithmetic."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QSize, pyqtSignal
from PyQt6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from visionagent.qt.kit.layer_strip import LayerStrip
from visionagent.qt.kit.photo_view import PhotoView
from visionagent.qt.tabs.inside import pictures
from visionagent.qt.tabs.inside.cell_text import CellText
from visionagent.qt.tabs.inside.input_panel import InputPanel
from visionagent.qt.tabs.inside.map_grid import MapGrid
from visionagent.qt.widgets.bar_chart import BarChart


def _caption(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class TopBars(BarChart):
    """The top classes as compact bars."""

    ROW_HEIGHT = 20
    SPACING = 3

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(160, 5 * (self.ROW_HEIGHT + self.SPACING) + self.SPACING)


class InputPane(QWidget):
    """Input choice, the picture as the network sees it (receptive fields drawn on it) and
    Grad-CAM. ``pixel_clicked(y, x)`` gives a pixel of the network's input."""

    pixel_clicked = pyqtSignal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.zoom = 1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.panel = InputPanel()
        layout.addWidget(self.panel, 4)
        self.input_caption = _caption(self.tr("What the network sees"))
        layout.addWidget(self.input_caption)
        self.input_view = PhotoView(minimum=QSize(120, 100))
        self.input_view.setToolTip(
            self.tr("The input as the model takes it; receptive fields of the clicked cell")
        )
        self.input_view.clicked.connect(self._on_clicked)
        layout.addWidget(self.input_view, 3)
        self.cam_caption = _caption(self.tr("Grad-CAM"))
        layout.addWidget(self.cam_caption)
        self.cam_view = PhotoView(minimum=QSize(120, 100))
        layout.addWidget(self.cam_view, 3)

    def show_input(self, picture: np.ndarray | None, hint: str = "", error: bool = False) -> None:
        if picture is None:
            self.input_view.clear(hint, error)
            self.cam_view.clear("")
            return
        self.zoom = pictures.zoom_for(picture.shape)
        self.input_view.set_image(pictures.enlarged(pictures.rgb(picture), self.zoom))

    def show_windows(self, windows: list[tuple[int, int, int, int]]) -> None:
        self.input_view.set_boxes(pictures.boxes(windows, self.zoom))

    def show_cam(self, overlay: np.ndarray | None, caption: str, hint: str = "") -> None:
        self.cam_caption.setText(caption)
        if overlay is None:
            self.cam_view.clear(hint)
        else:
            self.cam_view.set_image(pictures.enlarged(overlay, self.zoom))

    def _on_clicked(self, x: int, y: int) -> None:
        self.pixel_clicked.emit(y // self.zoom, x // self.zoom)


class LayersPane(QWidget):
    """The layer strip, its totals and the prediction."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(_caption(self.tr("Layers")))
        self.strip = LayerStrip()
        layout.addWidget(self.strip, 1)
        self.totals = QLabel("")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.prediction_caption = _caption(self.tr("Prediction"))
        layout.addWidget(self.prediction_caption)
        self.bars = TopBars()
        self.bars.setMinimumWidth(160)
        layout.addWidget(self.bars)


class MapsPane(QWidget):
    """Feature maps of the chosen layer with the colour-scale choice, the first layer's kernels
    and the clicked cell's arithmetic. ``scale_changed(scale)`` when the user picks a scale."""

    scale_changed = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        header = QHBoxLayout()
        self.title = _caption(self.tr("Feature maps"))
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(self.tr("Colour scale")))
        self.scale_combo = QComboBox()
        self.scale_combo.addItem(self.tr("per map"), "map")
        self.scale_combo.addItem(self.tr("per layer"), "layer")
        self.scale_combo.addItem(self.tr("whole network"), "global")
        self.scale_combo.setCurrentIndex(1)
        self.scale_combo.setToolTip(
            self.tr(
                "Per map: each map's own range shows its pattern. Per layer: one range for the "
                "layer, so its maps compare. Whole network: one range for every layer."
            )
        )
        self.scale_combo.currentIndexChanged.connect(lambda _i: self.scale_changed.emit(self.scale))
        header.addWidget(self.scale_combo)
        layout.addLayout(header)
        self.grid = MapGrid()
        layout.addWidget(self.grid, 3)
        bottom = QHBoxLayout()
        kernels = QVBoxLayout()
        self.kernels_caption = QLabel(self.tr("First kernels"))
        self.kernels_caption.setWordWrap(True)
        kernels.addWidget(self.kernels_caption)
        self.kernels_view = PhotoView(minimum=QSize(100, 80))
        kernels.addWidget(self.kernels_view, 1)
        holder = QWidget()
        holder.setLayout(kernels)
        kernels.setContentsMargins(0, 0, 0, 0)
        holder.setFixedWidth(190)
        bottom.addWidget(holder)
        self.cell_text = CellText()
        bottom.addWidget(self.cell_text, 1)
        layout.addLayout(bottom, 2)

    @property
    def scale(self) -> str:
        return self.scale_combo.currentData()

    def set_scale(self, scale: str) -> bool:
        index = self.scale_combo.findData(scale)
        if index >= 0:
            self.scale_combo.setCurrentIndex(index)
        return index >= 0

    def show_kernels(self, kernels: np.ndarray | None, layer: str) -> None:
        if kernels is None:
            self.kernels_view.clear(self.tr("No convolution kernels"))
            self.kernels_caption.setText(self.tr("First kernels"))
            return
        h, w, c, k = kernels.shape
        self.kernels_caption.setText(
            self.tr("{layer}: {k} kernels {h}×{w}×{c}").format(
                layer=layer.rsplit("/", 1)[-1], k=k, h=h, w=w, c=c
            )
        )
        self.kernels_view.set_image(pictures.kernel_sheet(kernels))
        self.kernels_view.setToolTip(
            self.tr("Learned kernels of the first convolution (blue negative, red positive)")
            if c != 3
            else self.tr("Learned kernels of the first convolution, as colour pictures")
        )

"""A picture with a title, an optional colour bar and a readout of the value under the mouse.

pyqtgraph draws it (zoom with the wheel, pan by dragging, right-drag to zoom a box is off); the
pictures are given ready to show (uint8 gray or RGB, ``axisOrder="row-major"`` as OpenCV arrays
are), so nothing is rescaled on screen. API:

``set_image(image, rect=None, values=None)``
    One picture; ``rect = (x, y, width, height)`` places it in scene coordinates (default: its
    pixel grid), ``values`` (H, W) are the numbers the readout shows (default: the pixels).
``set_tiles(images, rects=None, values=None)``
    Several pictures side by side in one view (for example the K maps of K filters).
``set_colorbar(low, high, lut)``
    Show the value range of a 256×3 uint8 colour table (views made with ``colorbar=True``).
``set_title(text)``, ``title()``, ``clear(message="")``, ``auto_range()``, ``link_to(other)``,
``image(index=0)`` (the array shown).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import QPointF, QRectF, Qt
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

Rect = tuple[float, float, float, float]


def colormap_from_lut(lut: np.ndarray) -> pg.ColorMap:
    """A pyqtgraph colour map from a 256×3 uint8 table."""
    lut = np.asarray(lut, dtype=np.uint8)
    return pg.ColorMap(pos=np.linspace(0.0, 1.0, lut.shape[0]), color=lut)


class ImageView(QWidget):
    """Title above, picture(s) in a zoomable view, optional colour bar on the right."""

    def __init__(self, title: str = "", colorbar: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._title = QLabel(title)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self._readout = QLabel("")
        self._readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._readout.setToolTip(self.tr("Value under the mouse pointer: (row, column) = value"))
        self._readout.setMinimumWidth(10)
        self._readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._message = QLabel("")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.hide()

        background = self.palette().color(self.backgroundRole())
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(background)
        self.graphics.setToolTip(self.tr("Wheel: zoom · drag: pan · double-click: show all"))
        self.view_box = self.graphics.addViewBox(
            row=0, col=0, lockAspect=True, invertY=True, enableMenu=False
        )
        self.view_box.setDefaultPadding(0.02)
        self.colorbar: pg.ColorBarItem | None = None
        if colorbar:
            self.colorbar = pg.ColorBarItem(
                values=(0, 1), width=14, interactive=False, colorMapMenu=False
            )
            text = self.palette().color(self.foregroundRole())
            for side in ("left", "right", "top", "bottom"):
                axis = self.colorbar.getAxis(side)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
            self.graphics.addItem(self.colorbar, row=0, col=1)
        self._items: list[pg.ImageItem] = []
        self._values: list[np.ndarray] = []
        self._lut_key: bytes | None = None
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graphics.scene().sigMouseClicked.connect(self._on_mouse_clicked)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self._title, 1)
        head.addWidget(self._readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self._message)
        self.setMinimumSize(160, 140)

    # ------------------------------------------------------------------ API
    def set_title(self, text: str) -> None:
        self._title.setText(text)

    def title(self) -> str:
        return self._title.text()

    def set_image(
        self, image: np.ndarray, rect: Rect | None = None, values: np.ndarray | None = None
    ) -> None:
        """Show one picture (uint8 (H, W) or (H, W, 3))."""
        self.set_tiles(
            [image], None if rect is None else [rect], None if values is None else [values]
        )

    def set_tiles(
        self,
        images: Sequence[np.ndarray],
        rects: Sequence[Rect] | None = None,
        values: Sequence[np.ndarray] | None = None,
    ) -> None:
        """Show several pictures in one view, each in its rectangle (scene coordinates)."""
        self._message.hide()
        while len(self._items) < len(images):
            item = pg.ImageItem(axisOrder="row-major")
            self.view_box.addItem(item)
            self._items.append(item)
        for index, item in enumerate(self._items):
            if index >= len(images):
                item.hide()
                continue
            image = np.ascontiguousarray(images[index])
            item.setImage(image, autoLevels=False, levels=(0, 255))
            h, w = image.shape[:2]
            x, y, width, height = (
                rects[index] if rects is not None else (0.0, 0.0, float(w), float(h))
            )
            item.setRect(QRectF(float(x), float(y), float(width), float(height)))
            item.show()
        self._values = (
            [np.asarray(v) for v in values]
            if values is not None
            else [np.asarray(i) for i in images]
        )

    def set_colorbar(self, low: float, high: float, lut: np.ndarray) -> None:
        if self.colorbar is None:
            return
        key = np.asarray(lut, dtype=np.uint8).tobytes()
        if key != self._lut_key:
            self.colorbar.setColorMap(colormap_from_lut(lut))
            self._lut_key = key
        self.colorbar.setLevels((float(low), float(high)))
        self.colorbar.show()

    def clear(self, message: str = "") -> None:
        """Hide the pictures (and show ``message`` instead, if any)."""
        for item in self._items:
            item.hide()
        self._values = []
        self._readout.setText("")
        self._message.setText(message)
        self._message.setVisible(bool(message))

    def image(self, index: int = 0) -> np.ndarray | None:
        """The array shown in tile ``index`` (None when hidden)."""
        if index >= len(self._items) or not self._items[index].isVisible():
            return None
        return self._items[index].image

    def tile_count(self) -> int:
        return sum(1 for item in self._items if item.isVisible())

    def auto_range(self) -> None:
        self.view_box.autoRange(padding=0.02)

    def link_to(self, other: ImageView | None) -> None:
        """Share zoom and pan with ``other`` (None unlinks)."""
        box = other.view_box if other is not None else None
        self.view_box.setXLink(box)
        self.view_box.setYLink(box)

    # ------------------------------------------------------------- readout
    def _tile_at(self, scene_pos: QPointF) -> tuple[int, int, int] | None:
        for index, item in enumerate(self._items):
            if not item.isVisible() or item.image is None or index >= len(self._values):
                continue
            point = item.mapFromScene(scene_pos)
            col, row = int(np.floor(point.x())), int(np.floor(point.y()))
            h, w = item.image.shape[:2]
            if 0 <= row < h and 0 <= col < w:
                return index, row, col
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        hit = self._tile_at(scene_pos)
        if hit is None:
            self._readout.setText("")
            return
        index, row, col = hit
        values = self._values[index]
        if row >= values.shape[0] or col >= values.shape[1]:
            self._readout.setText("")
            return
        value = values[row, col]
        if np.ndim(value) == 0:
            shown = f"{float(value):.4g}"
        else:
            shown = ", ".join(f"{float(v):.4g}" for v in np.ravel(value))
        prefix = self.tr("map {n} ").format(n=index + 1) if self.tile_count() > 1 else ""
        self._readout.setText(f"{prefix}({row}, {col}) = {shown}")

    def _on_mouse_clicked(self, event) -> None:
        if event.double():
            self.auto_range()

"""Every feature map of one layer as a grid of tiles; a click picks a cell of one map.

The tiles are laid out by :func:`visionagent.core.filters.tile_layout` and coloured by the core's
colour tables (:func:`~visionagent.core.filters.display_levels`): blue below zero, white at zero,
red above. The colour scale is CNN Explainer's choice: one per map (each map's pattern shows),
one per layer (the maps' strengths compare) or one for the whole network (the layers compare).
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PyQt6.QtWidgets import QSizePolicy, QWidget

from visionagent.core import filters
from visionagent.qt.kit.images import to_qimage


def _coloured(maps: np.ndarray, levels: list[tuple[float, float, np.ndarray]]) -> np.ndarray:
    """All maps coloured at once, ``(H, W, K, 3)`` uint8: what
    :func:`~visionagent.core.filters.to_display` gives map by map, without a call per map (a
    layer can have 1,152 maps)."""
    low = np.array([level[0] for level in levels], np.float32)
    high = np.array([level[1] for level in levels], np.float32)
    scale = np.where(high > low, 255.0 / np.maximum(high - low, 1e-30), 1.0).astype(np.float32)
    gray = np.clip(np.rint((maps - low) * scale), 0, 255).astype(np.uint8)
    tables, index = [], []
    for _, _, lut in levels:
        for i, table in enumerate(tables):
            if table is lut:
                index.append(i)
                break
        else:
            tables.append(lut)
            index.append(len(tables) - 1)
    stacked = np.stack(tables)  # (T, 256, 3)
    return stacked[np.asarray(index)[None, None, :], gray]


class MapGrid(QWidget):
    """Shows ``(H, W, K)`` maps; ``cell_clicked(k, row, col)`` on a left click in a tile."""

    cell_clicked = pyqtSignal(int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._maps: np.ndarray | None = None
        self._corners: list[tuple[float, float]] = []
        self._levels: list[tuple[float, float]] = []
        self._pixmap: QPixmap | None = None
        self._selected: tuple[int, int, int] | None = None
        self._hint = ""
        self.setMinimumSize(200, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    # ------------------------------------------------------------------ content
    def set_maps(
        self,
        maps: np.ndarray | None,
        scale: str = "layer",
        value_range: tuple[float, float] = (0.0, 1.0),
        hint: str = "",
    ) -> None:
        """Show ``maps`` coloured by ``scale`` (``value_range``: the whole network's, for
        ``"global"``); None shows ``hint`` instead."""
        self._hint = hint
        if maps is None:
            self._maps, self._pixmap, self._corners, self._levels = None, None, [], []
            self._selected = None
            self.update()
            return
        maps = np.asarray(maps, np.float32)
        if maps.shape != getattr(self._maps, "shape", None):
            self._selected = None
        self._maps = maps
        height, width, count = maps.shape
        self._corners = filters.tile_layout(count, width, height)
        grid_w = int(max(x for x, _ in self._corners)) + width
        grid_h = int(max(y for _, y in self._corners)) + height
        window = self.palette().color(QPalette.ColorRole.Window)
        background = (window.red(), window.green(), window.blue())
        picture = np.empty((grid_h, grid_w, 3), np.uint8)
        picture[:] = background
        if scale == "global":
            shared = filters.display_levels(np.array([value_range], np.float32))
        elif scale == "layer":
            shared = filters.display_levels(maps)
        else:
            shared = None
        levels = [shared or filters.display_levels(maps[:, :, k]) for k in range(count)]
        self._levels = [(float(low), float(high)) for low, high, _ in levels]
        tiles = _coloured(maps, levels)
        for k, (x, y) in enumerate(self._corners):
            x, y = int(x), int(y)
            picture[y : y + height, x : x + width] = tiles[:, :, k]
        self._pixmap = QPixmap.fromImage(to_qimage(picture))
        self.update()

    def has_maps(self) -> bool:
        return self._maps is not None

    def levels(self) -> list[tuple[float, float]]:
        """The ``(low, high)`` values each tile's colours span."""
        return list(self._levels)

    def hint(self) -> str:
        return self._hint

    def select(self, cell: tuple[int, int, int] | None) -> None:
        """Outline cell ``(k, row, col)`` (None: no outline)."""
        self._selected = cell
        self.update()

    def selected(self) -> tuple[int, int, int] | None:
        return self._selected

    # ------------------------------------------------------------------ geometry
    def _scale(self) -> tuple[float, QPointF]:
        pixmap = self._pixmap
        factor = min(self.width() / pixmap.width(), self.height() / pixmap.height())
        offset = QPointF(
            (self.width() - pixmap.width() * factor) / 2,
            (self.height() - pixmap.height() * factor) / 2,
        )
        return factor, offset

    def cell_rect(self, k: int, row: int, col: int) -> QRectF:
        """Where cell (row, col) of map ``k`` is drawn, in widget coordinates."""
        if self._pixmap is None:
            return QRectF()
        factor, offset = self._scale()
        x, y = self._corners[k]
        return QRectF(
            offset.x() + (x + col) * factor, offset.y() + (y + row) * factor, factor, factor
        )

    def cell_at(self, pos: QPointF) -> tuple[int, int, int] | None:
        """``(k, row, col)`` under widget position ``pos``, or None between the tiles."""
        if self._pixmap is None or self._maps is None:
            return None
        factor, offset = self._scale()
        gx = (pos.x() - offset.x()) / factor
        gy = (pos.y() - offset.y()) / factor
        height, width = self._maps.shape[:2]
        for k, (x, y) in enumerate(self._corners):
            if x <= gx < x + width and y <= gy < y + height:
                return k, int(gy - y), int(gx - x)
        return None

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        cell = self.cell_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self.select(cell)
            self.cell_clicked.emit(*cell)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt name
        cell = self.cell_at(event.position())
        if cell is None or self._maps is None:
            self.setToolTip("")
        else:
            k, row, col = cell
            self.setToolTip(
                self.tr("map {n}, row {row}, column {col}: {value}").format(
                    n=k + 1, row=row, col=col, value=f"{float(self._maps[row, col, k]):.4g}"
                )
            )
        super().mouseMoveEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        if self._pixmap is None:
            palette = self.palette()
            painter.setPen(
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            )
            painter.drawRect(self.rect().adjusted(4, 4, -5, -5))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(16, 16, -16, -16), flags, self._hint)
            painter.end()
            return
        factor, offset = self._scale()
        target = QRectF(offset, self._pixmap.size().toSizeF() * factor)
        if factor < 1.0:  # shrinking: smooth; enlarging: keep each cell a sharp square
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        if self._selected is not None:
            k, row, col = self._selected
            rect = self.cell_rect(k, row, col)
            height, width = self._maps.shape[:2]
            x, y = self._corners[k]
            tile = QRectF(
                offset.x() + x * factor, offset.y() + y * factor, width * factor, height * factor
            )
            painter.setPen(QPen(QColor(20, 20, 20), 1))
            painter.drawRect(tile.adjusted(-1, -1, 1, 1))
            painter.setPen(QPen(QColor(0, 170, 0), 2))
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        painter.end()

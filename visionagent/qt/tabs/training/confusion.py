"""The confusion matrix, drawn to be read from the back of a classroom.

Rows are the true classes, columns the predicted ones; a cell's colour is its share of the row
(a light-to-dark blue scale on the square root of the share, so that a few mistakes among
hundreds still show) and its count is written in a colour that contrasts with it (dark on
light cells, white on dark ones). The numbers are sized to the cells; zeros are never written,
and when the cells get too small for every count only the diagonal and the larger mistakes keep
theirs (every count is in the cell's tooltip). Class names label both axes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PyQt6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PyQt6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Blues: share 0 → almost white, share 1 → dark blue
STOPS = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
COLOURS = np.array(
    [(247, 251, 255), (198, 219, 239), (107, 174, 214), (33, 113, 181), (8, 48, 107)], float
)
DARK_TEXT = QColor(20, 20, 20)
LIGHT_TEXT = QColor(255, 255, 255)
MAX_NUMBER_PX = 30.0
MIN_NUMBER_PX = 9.0  # below this the counts become unreadable: only the larger ones are written
CROWDED_SHARE = 0.05  # when crowded, off-diagonal counts under 5% of the row are left out
MAX_NAMES = 30  # more classes than this: every k-th name only


def cell_colour(share: float) -> QColor:
    """The colour of a cell holding ``share`` (0..1) of its row (square-root scale)."""
    share = float(np.sqrt(np.clip(share, 0.0, 1.0)))
    rgb = [np.interp(share, STOPS, COLOURS[:, c]) for c in range(3)]
    return QColor(*(int(round(v)) for v in rgb))


def text_colour(background: QColor) -> QColor:
    """Dark text on light cells, white text on dark ones (relative luminance)."""
    luminance = (
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF()
    )
    return DARK_TEXT if luminance > 0.5 else LIGHT_TEXT


@dataclass
class Geometry:
    """Where things go for the current widget size."""

    cell: float
    left: float  # x of the first column
    top: float  # y of the first row
    name_px: float
    number_px: float
    rotate_names: bool  # predicted-class names written upwards (they are wider than a cell)
    name_step: int


class ConfusionMatrixView(QWidget):
    """Shows ``matrix`` (true × predicted counts) with class names; None shows nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix: np.ndarray | None = None
        self.share: np.ndarray | None = None
        self.class_names: list[str] = []
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(380, 380)

    # ------------------------------------------------------------------ content
    def set_matrix(self, matrix: np.ndarray, class_names: list[str]) -> None:
        self.matrix = np.asarray(matrix, dtype=np.int64)
        rows = self.matrix.sum(axis=1, keepdims=True).clip(min=1)
        self.share = self.matrix / rows
        self.class_names = [str(name) for name in class_names]
        self.update()

    def reset(self) -> None:
        """Empty the view."""
        self.matrix = self.share = None
        self.class_names = []
        self.update()

    # ------------------------------------------------------------------ layout
    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, int(round(pixels))))
        font.setBold(bold)
        return font

    def geometry_now(self) -> Geometry | None:
        """The layout for the current size (None without a matrix)."""
        if self.matrix is None:
            return None
        n = len(self.matrix)
        step = max(1, int(np.ceil(n / MAX_NAMES)))
        title_px = max(11.0, min(15.0, self.height() / 30))
        name_px = max(9.0, min(16.0, min(self.width(), self.height()) / (2.2 * n + 8)))
        metrics = QFontMetricsF(self._font(name_px))
        widest = max((metrics.horizontalAdvance(name) for name in self.class_names), default=0)
        widest = min(widest, 0.3 * self.width())
        margin = 6.0
        left = margin + 1.6 * title_px + widest + margin
        # try the names upright first; if they are wider than a cell, write them upwards
        for rotate in (False, True):
            bottom = margin + 1.6 * title_px + (widest if rotate else metrics.height()) + margin
            cell = min((self.width() - left - margin) / n, (self.height() - bottom - margin) / n)
            if rotate or widest <= 0.95 * cell * step:
                break
        cell = max(cell, 1.0)
        digits = min(3, len(str(int(self.matrix.max())))) if self.matrix.size else 1
        number_px = min(MAX_NUMBER_PX, 0.5 * cell, 0.92 * cell / (0.6 * digits))
        return Geometry(cell, left, margin, name_px, number_px, rotate, step)

    def cell_rect(self, row: int, column: int, geo: Geometry | None = None) -> QRectF:
        geo = geo or self.geometry_now()
        return QRectF(geo.left + column * geo.cell, geo.top + row * geo.cell, geo.cell, geo.cell)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        geo = self.geometry_now()
        if geo is None:
            return None
        column = int((pos.x() - geo.left) // geo.cell)
        row = int((pos.y() - geo.top) // geo.cell)
        n = len(self.matrix)
        return (row, column) if 0 <= row < n and 0 <= column < n else None

    def cell_labels(self) -> list[tuple[int, int, str, QColor]]:
        """The counts written at the current size: ``(row, column, text, text colour)``."""
        geo = self.geometry_now()
        if geo is None or geo.number_px < 5:
            return []
        crowded = geo.number_px < MIN_NUMBER_PX
        labels = []
        for (row, column), count in np.ndenumerate(self.matrix):
            if count == 0:
                continue
            share = self.share[row, column]
            if crowded and row != column and share < CROWDED_SHARE:
                continue
            background = cell_colour(share)
            labels.append((row, column, str(int(count)), text_colour(background)))
        return labels

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        geo = self.geometry_now()
        if geo is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        n = len(self.matrix)
        for (row, column), share in np.ndenumerate(self.share):
            painter.fillRect(self.cell_rect(row, column, geo), cell_colour(share))
        painter.setPen(QPen(QColor(150, 150, 150)))
        painter.drawRect(QRectF(geo.left, geo.top, n * geo.cell, n * geo.cell))
        centre = Qt.AlignmentFlag.AlignCenter
        for row, column, text, colour in self.cell_labels():
            font = self._font(geo.number_px, bold=row == column)
            width = QFontMetricsF(font).horizontalAdvance(text)
            if width > 0.9 * geo.cell:  # a longer count (1126) shrinks alone
                font = self._font(geo.number_px * 0.9 * geo.cell / width, bold=row == column)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(self.cell_rect(row, column, geo), centre, text)
        self._paint_names(painter, geo, n)
        painter.end()

    def _paint_names(self, painter: QPainter, geo: Geometry, n: int) -> None:
        ink = self.palette().color(self.foregroundRole())
        painter.setPen(ink)
        font = self._font(geo.name_px)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        width = geo.left - 8 - 1.6 * max(11.0, min(15.0, self.height() / 30))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grid_bottom = geo.top + n * geo.cell
        for i in range(0, n, geo.name_step):
            name = metrics.elidedText(self.class_names[i], Qt.TextElideMode.ElideRight, width)
            row = QRectF(geo.left - 4 - width, geo.top + i * geo.cell, width, geo.cell)
            painter.drawText(row, right, name)
            x = geo.left + (i + 0.5) * geo.cell
            if geo.rotate_names:
                painter.save()
                painter.translate(x, grid_bottom + 4)
                painter.rotate(-90)
                box = QRectF(-width, -geo.cell / 2, width, geo.cell)
                painter.drawText(box, right, name)
                painter.restore()
            else:
                box = QRectF(x - geo.cell * geo.name_step / 2, grid_bottom + 2, geo.cell, 0)
                box.setWidth(geo.cell * geo.name_step)
                box.setHeight(metrics.height() + 2)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, name)
        title = self._font(max(11.0, min(15.0, self.height() / 30)), bold=True)
        painter.setFont(title)
        below = grid_bottom + 6 + (width if geo.rotate_names else metrics.height())
        painter.drawText(
            QRectF(geo.left, below, n * geo.cell, self.height() - below),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.tr("predicted class"),
        )
        painter.save()
        painter.translate(4, geo.top + n * geo.cell / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-n * geo.cell / 2, 0, n * geo.cell, 2 * title.pixelSize()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.tr("true class"),
        )
        painter.restore()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
            else:
                row, column = cell
                QToolTip.showText(
                    event.globalPos(),
                    self.tr(
                        "true {true} → predicted {predicted}: {count} ({share:.1f}% of the row)"
                    ).format(
                        true=self.class_names[row],
                        predicted=self.class_names[column],
                        count=int(self.matrix[row, column]),
                        share=100.0 * self.share[row, column],
                    ),
                    self,
                )
            return True
        return super().event(event)

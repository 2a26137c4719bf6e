"""The one drawing canvas: N square boxes to draw digits in, with per-box clear and undo.

Strokes are kept in box coordinates (0..1, width as a fraction of the box side), so they survive
resizing and can be rendered at any size for recognition with :meth:`DrawCanvas.box_image`.
Mouse, pen (tablet events) and touch (Qt turns unhandled touches into mouse events) all draw.
A box can also hold a raster picture (an MNIST sample, an image file): it is shown and rendered
under the strokes, so a student can draw on top of a real digit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PyQt6.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PyQt6.QtWidgets import QSizePolicy, QToolButton, QWidget

from visionagent.qt.kit.images import to_qimage

MAX_BOXES = 10
RENDER_SIZE = 200  # side of the image each box is rendered to for recognition
HISTORY_LIMIT = 500


@dataclass(frozen=True)
class Stroke:
    """One stroke in one box: points in box coordinates (0..1) and width as a fraction of the
    side."""

    points: tuple[tuple[float, float], ...]
    width: float


def stroke_path(points, scale: float, offset: QPointF | None = None) -> QPainterPath:
    """A smooth path through ``points`` (quadratic curves through the midpoints)."""
    offset = offset if offset is not None else QPointF(0, 0)
    pts = [QPointF(offset.x() + x * scale, offset.y() + y * scale) for x, y in points]
    path = QPainterPath(pts[0])
    if len(pts) == 1:
        path.lineTo(pts[0])
        return path
    for a, b in zip(pts[1:-1], pts[2:], strict=False):
        path.quadTo(a, (a + b) / 2.0)
    path.lineTo(pts[-1])
    return path


class DrawCanvas(QWidget):
    """N boxes in a row. Left button (or pen, or finger) draws; right button clears a box.

    Signals: ``stroke_finished(box)`` when a stroke ends, ``changed()`` after any change (stroke,
    clear, undo, box count).
    """

    stroke_finished = pyqtSignal(int)
    changed = pyqtSignal()

    def __init__(self, boxes: int = 5, pen_width: int = 12, parent: QWidget | None = None):
        super().__init__(parent)
        self._count = max(1, min(MAX_BOXES, int(boxes)))
        self._strokes: list[list[Stroke]] = [[] for _ in range(MAX_BOXES)]
        self._rasters: list[np.ndarray | None] = [None] * MAX_BOXES  # black ink on white, uint8
        self._history: list[tuple[list[list[Stroke]], list[np.ndarray | None]]] = []
        self._pen_width = int(pen_width)
        self._active_box: int | None = None
        self._active_points: list[tuple[float, float]] = []
        self._clear_buttons: list[QToolButton] = []
        self.setMinimumSize(200, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw one digit per box. Right-click a box to clear it."))
        for index in range(MAX_BOXES):
            button = QToolButton(self)
            button.setText("×")
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setToolTip(self.tr("Clear box {number}").format(number=index + 1))
            button.setAccessibleName(self.tr("Clear box {number}").format(number=index + 1))
            button.clicked.connect(lambda _=False, i=index: self.clear_box(i))
            button.hide()
            self._clear_buttons.append(button)
        self._place_buttons()

    # ----------------------------------------------------------------------- state
    @property
    def box_count(self) -> int:
        return self._count

    def set_box_count(self, count: int) -> None:
        """Show ``count`` boxes (1..10); ink in boxes that disappear can be brought back by undo."""
        count = max(1, min(MAX_BOXES, int(count)))
        if count == self._count:
            return
        if any(not self.is_box_empty(i) for i in range(count, self._count)):
            self._remember()
            for i in range(count, MAX_BOXES):
                self._strokes[i] = []
                self._rasters[i] = None
        self._count = count
        self._place_buttons()
        self.update()
        self.changed.emit()

    @property
    def pen_width(self) -> int:
        return self._pen_width

    def set_pen_width(self, width: int) -> None:
        """Width in screen pixels of the strokes drawn from now on."""
        self._pen_width = max(1, int(width))

    def strokes(self, box: int) -> list[Stroke]:
        return list(self._strokes[box])

    def is_box_empty(self, box: int) -> bool:
        return not self._strokes[box] and self._rasters[box] is None

    def is_empty(self) -> bool:
        return all(self.is_box_empty(i) for i in range(self._count))

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    def _remember(self) -> None:
        self._history.append(([list(s) for s in self._strokes], list(self._rasters)))
        del self._history[:-HISTORY_LIMIT]

    def _after_change(self) -> None:
        self._update_buttons()
        self.update()
        self.changed.emit()

    def clear_all(self) -> None:
        if self.is_empty():
            return
        self._remember()
        self._strokes = [[] for _ in range(MAX_BOXES)]
        self._rasters = [None] * MAX_BOXES
        self._after_change()

    def clear_box(self, box: int) -> None:
        if not 0 <= box < self._count or self.is_box_empty(box):
            return
        self._remember()
        self._strokes[box] = []
        self._rasters[box] = None
        self._after_change()

    def set_box_image(self, box: int, image: np.ndarray, light_ink: bool = False) -> None:
        """Put a grey picture into box ``box`` (its strokes are cleared; undo brings them back).

        ``image`` is (H, W) uint8 or float 0..1; ``light_ink`` for white digits on black (MNIST).
        The picture is stretched to the box, as a drawing of that box would be.
        """
        gray = np.asarray(image)
        if gray.ndim == 3:
            gray = gray.mean(axis=2)
        if gray.dtype != np.uint8:
            gray = np.clip(np.nan_to_num(gray.astype(np.float32)) * 255.0 + 0.5, 0, 255)
        gray = gray.astype(np.uint8)
        if light_ink:
            gray = 255 - gray
        self._remember()
        self._strokes[box] = []
        self._rasters[box] = np.ascontiguousarray(gray)
        self._after_change()
        self.stroke_finished.emit(box)

    def box_raster(self, box: int) -> np.ndarray | None:
        """The picture put into box ``box`` with :meth:`set_box_image` (black on white), if any."""
        return self._rasters[box]

    def undo(self) -> bool:
        """Go back one step (a stroke, a clear); False when there is nothing to undo."""
        if not self._history:
            return False
        self._strokes, self._rasters = self._history.pop()
        self._after_change()
        return True

    def add_stroke(self, box: int, stroke: Stroke) -> None:
        """Add a finished stroke (what a mouse or pen stroke ends with)."""
        self._remember()
        self._strokes[box].append(stroke)
        self._after_change()
        self.stroke_finished.emit(box)

    # ---------------------------------------------------------------------- geometry
    def sizeHint(self) -> QSize:
        return QSize(900, 210)

    def box_side(self) -> float:
        pad = 8.0
        return max(
            10.0,
            min(self.height() - 2 * pad, (self.width() - pad * (self._count + 1)) / self._count),
        )

    def box_rect(self, box: int) -> QRectF:
        """Where box ``box`` is drawn, in widget coordinates."""
        side = self.box_side()
        pad = 8.0
        total = self._count * side + (self._count - 1) * pad
        left = (self.width() - total) / 2.0
        top = (self.height() - side) / 2.0
        return QRectF(left + box * (side + pad), top, side, side)

    def box_at(self, pos: QPointF) -> int | None:
        for i in range(self._count):
            if self.box_rect(i).contains(pos):
                return i
        return None

    def _place_buttons(self) -> None:
        for i, button in enumerate(self._clear_buttons):
            rect = self.box_rect(i) if i < self._count else QRectF()
            size = 22
            button.setGeometry(int(rect.right()) - size - 2, int(rect.top()) + 2, size, size)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for i, button in enumerate(self._clear_buttons):
            button.setVisible(i < self._count and not self.is_box_empty(i))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_buttons()

    # ------------------------------------------------------------------------ input
    def _to_box(self, box: int, pos: QPointF) -> tuple[float, float]:
        rect = self.box_rect(box)
        x = (pos.x() - rect.left()) / rect.width()
        y = (pos.y() - rect.top()) / rect.height()
        return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))

    def _begin(self, pos: QPointF) -> bool:
        box = self.box_at(pos)
        if box is None:
            return False
        self._active_box = box
        self._active_points = [self._to_box(box, pos)]
        self.update()
        return True

    def _extend(self, pos: QPointF) -> None:
        if self._active_box is None:
            return
        point = self._to_box(self._active_box, pos)
        last = self._active_points[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) > 1e-4:
            self._active_points.append(point)
            self.update()

    def _end(self) -> None:
        if self._active_box is None:
            return
        box, points = self._active_box, tuple(self._active_points)
        self._active_box, self._active_points = None, []
        self.add_stroke(box, Stroke(points, self._pen_width / self.box_rect(box).width()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if event.button() == Qt.MouseButton.LeftButton and self._begin(pos):
            event.accept()
        elif event.button() == Qt.MouseButton.RightButton and (box := self.box_at(pos)) is not None:
            self.clear_box(box)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._active_box is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._active_box is not None:
            self._extend(event.position())
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse event on top

    # ---------------------------------------------------------------------- drawing
    @staticmethod
    def _paint_strokes(
        painter: QPainter, strokes, side: float, offset: QPointF, color: QColor
    ) -> None:
        for stroke in strokes:
            pen = QPen(
                color,
                max(1.0, stroke.width * side),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(stroke_path(stroke.points, side, offset))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.window())
        ink = QColor(20, 20, 20)
        for i in range(self._count):
            rect = self.box_rect(i)
            painter.fillRect(rect, QColor("white"))
            painter.setPen(QPen(QColor(160, 160, 160), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            painter.setPen(QColor(190, 190, 190))
            painter.drawText(
                rect.adjusted(6, 4, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                str(i + 1),
            )
            painter.save()
            painter.setClipRect(rect)
            if self._rasters[i] is not None:
                painter.drawImage(rect, to_qimage(self._rasters[i]))
            strokes = list(self._strokes[i])
            if self._active_box == i and self._active_points:
                strokes.append(Stroke(tuple(self._active_points), self._pen_width / rect.width()))
            self._paint_strokes(painter, strokes, rect.width(), rect.topLeft(), ink)
            painter.restore()
        painter.end()

    def box_image(self, box: int, size: int = RENDER_SIZE) -> np.ndarray:
        """Box ``box`` rendered to a ``size``×``size`` uint8 image: black ink on white paper."""
        image = QImage(size, size, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._rasters[box] is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(0, 0, size, size), to_qimage(self._rasters[box]))
        self._paint_strokes(
            painter, self._strokes[box], float(size), QPointF(0, 0), QColor("black")
        )
        painter.end()
        ptr = image.constBits()
        ptr.setsize(image.sizeInBytes())
        return np.frombuffer(ptr, np.uint8).reshape(size, image.bytesPerLine())[:, :size].copy()

    def box_images(self, size: int = RENDER_SIZE) -> list[np.ndarray]:
        return [self.box_image(i, size) for i in range(self._count)]

"""A photo drawn as large as fits (aspect ratio kept), or a hint when there is none.

Rectangles in image pixels can be drawn on top (a receptive field, a crop box) and a click
reports the image pixel under the mouse, so views that explain a model can link to the photo.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QPointF, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PyQt6.QtWidgets import QSizePolicy, QWidget

from visionagent.qt.kit.images import to_qimage


class PhotoView(QWidget):
    """Shows one image; ``clicked(x, y)`` gives the image pixel under a left click."""

    clicked = pyqtSignal(int, int)

    def __init__(self, parent: QWidget | None = None, minimum: QSize | None = None):
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._image: np.ndarray | None = None
        self._hint = ""
        self._hint_is_error = False
        self._boxes: list[tuple[QRectF, QColor]] = []
        minimum = minimum or QSize(200, 160)
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ------------------------------------------------------------------ content
    def set_image(self, image: np.ndarray | None) -> None:
        """Show ``image`` (see :mod:`visionagent.qt.kit.images` for the accepted arrays)."""
        self._image = image
        self._pixmap = QPixmap.fromImage(to_qimage(image)) if image is not None else None
        self._boxes = []
        self.update()

    def image(self) -> np.ndarray | None:
        return self._image

    def has_image(self) -> bool:
        return self._pixmap is not None

    def set_hint(self, text: str, error: bool = False) -> None:
        """The text shown when there is no image (an error is shown in red)."""
        self._hint = text
        self._hint_is_error = error
        self.update()

    def hint(self) -> str:
        return self._hint

    def clear(self, hint: str | None = None, error: bool = False) -> None:
        """Remove the image (and its boxes); show ``hint`` instead."""
        if hint is not None:
            self._hint = hint
            self._hint_is_error = error
        self.set_image(None)

    def set_boxes(self, boxes: list[tuple[float, float, float, float, str]]) -> None:
        """Rectangles ``(x, y, width, height, colour)`` in image pixels drawn over the image."""
        self._boxes = [(QRectF(x, y, w, h), QColor(colour)) for x, y, w, h, colour in boxes]
        self.update()

    def boxes(self) -> list[QRectF]:
        return [rect for rect, _ in self._boxes]

    # ------------------------------------------------------------------ geometry
    def displayed_rect(self) -> QRectF:
        """Where the image is drawn (aspect ratio kept, centred)."""
        if self._pixmap is None:
            return QRectF()
        size = QSize(self._pixmap.size())
        size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )

    def map_to_image(self, pos: QPointF) -> tuple[int, int] | None:
        """The image pixel ``(x, y)`` under widget position ``pos``, or None outside the image."""
        rect = self.displayed_rect()
        if self._pixmap is None or not rect.contains(pos):
            return None
        x = int((pos.x() - rect.left()) / rect.width() * self._pixmap.width())
        y = int((pos.y() - rect.top()) / rect.height() * self._pixmap.height())
        return min(x, self._pixmap.width() - 1), min(y, self._pixmap.height() - 1)

    def map_from_image(self, rect: QRectF) -> QRectF:
        """A rectangle in image pixels in widget coordinates."""
        shown = self.displayed_rect()
        if self._pixmap is None:
            return QRectF()
        sx = shown.width() / self._pixmap.width()
        sy = shown.height() / self._pixmap.height()
        return QRectF(
            shown.left() + rect.left() * sx,
            shown.top() + rect.top() * sy,
            rect.width() * sx,
            rect.height() * sy,
        )

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton:
            pixel = self.map_to_image(event.position())
            if pixel is not None:
                self.clicked.emit(*pixel)
                event.accept()
                return
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        if self._pixmap is None:
            palette = self.palette()
            disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            colour = QColor(176, 0, 32) if self._hint_is_error else disabled
            painter.setPen(colour)
            painter.drawRect(self.rect().adjusted(8, 8, -9, -9))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(20, 20, -20, -20), flags, self._hint)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self.displayed_rect(), self._pixmap, QRectF(self._pixmap.rect()))
            for rect, colour in self._boxes:
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.map_from_image(rect))
        painter.end()

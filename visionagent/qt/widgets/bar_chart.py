"""Horizontal bar chart of labelled fractions with percentages (a top-k list), reusable.

``set_bars([(label, value), ...], highlight=0, muted=False, unsure=False)`` with values in
0..1: one row per bar, the label on the left (elided when long, full text in the tooltip), the bar
scaled to 100 %, the percentage on the right. ``highlight`` draws one bar in the accent colour;
``muted`` draws them all grey (for an answer that does not count, such as "not a dog");
``unsure`` draws them all amber with none singled out (the model is not sure: "maybe X or Y").
``clear(message)`` shows a message instead. ``bars()`` returns what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PyQt6.QtCore import QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PyQt6.QtWidgets import QSizePolicy, QWidget

from visionagent.i18n import percent

UNSURE_COLOUR = QColor(200, 110, 0)


class BarChart(QWidget):
    ROW_HEIGHT = 28
    SPACING = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[tuple[str, float]] = []
        self._highlight: int | None = 0
        self._muted = False
        self._unsure = False
        self._message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(220)

    # ------------------------------------------------------------------------------ API
    def set_bars(
        self,
        bars: Sequence[tuple[str, float]],
        highlight: int | None = 0,
        muted: bool = False,
        unsure: bool = False,
    ) -> None:
        self._bars = [(str(label), min(1.0, max(0.0, float(value)))) for label, value in bars]
        self._highlight = None if unsure else highlight
        self._muted = muted
        self._unsure = unsure and not muted
        self._message = ""
        lines = [f"{label}: {self.percent(value)}" for label, value in self._bars]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    def clear(self, message: str = "") -> None:
        self._bars = []
        self._message = message
        self.setToolTip("")
        self.setAccessibleDescription(message)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def is_muted(self) -> bool:
        return self._muted

    def is_unsure(self) -> bool:
        return self._unsure

    def highlighted(self) -> int | None:
        return None if (self._muted or not self._bars) else self._highlight

    def message(self) -> str:
        return self._message

    @staticmethod
    def percent(value: float) -> str:
        """``value`` (0..1) as a percentage in the UI locale."""
        return percent(value, 1)

    # ---------------------------------------------------------------------- painting
    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(360, rows * (self.ROW_HEIGHT + self.SPACING) + self.SPACING)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.ROW_HEIGHT + 2 * self.SPACING)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            if self._message:
                painter.setPen(
                    palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
                )
                painter.drawText(
                    self.rect(),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self._message,
                )
            return
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_width = min(
            int(width * 0.42), max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 8
        )
        percent_width = metrics.horizontalAdvance(self.percent(1.0)) + 8
        bar_left = label_width + 4
        bar_span = max(10, width - bar_left - percent_width)
        accent = palette.color(QPalette.ColorRole.Highlight)
        plain = QColor(accent)
        plain.setAlpha(110)
        grey = QColor(150, 150, 150)
        track = palette.color(QPalette.ColorRole.Base).darker(104)
        for row, (label, value) in enumerate(self._bars):
            top = self.SPACING + row * (self.ROW_HEIGHT + self.SPACING)
            painter.setPen(text_colour)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                QRectF(0, top, label_width - 4, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(bar_left, top + 4, bar_span, self.ROW_HEIGHT - 8), 3, 3)
            if self._muted:
                colour = grey
            elif self._unsure:
                colour = UNSURE_COLOUR
            else:
                colour = accent if row == self._highlight else plain
            painter.setBrush(colour)
            painter.drawRoundedRect(
                QRectF(bar_left, top + 4, max(2.0, bar_span * value), self.ROW_HEIGHT - 8), 3, 3
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(bar_left + bar_span, top, percent_width, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.percent(value),
            )
        painter.end()

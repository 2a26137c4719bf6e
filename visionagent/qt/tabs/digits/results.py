"""One box's answer: the 28×28 image the network saw, the digit, how sure, ten bars."""

from __future__ import annotations

from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from visionagent.core import digits
from visionagent.i18n import percent as format_percent
from visionagent.qt.kit.images import to_pixmap
from visionagent.qt.tabs.digits.probability_bars import ProbabilityBars

UNSURE_STYLE = "color: rgb(200, 110, 0);"


class BoxResultView(QFrame):
    """Shows a :class:`visionagent.core.digits.BoxResult`; None means not read yet."""

    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.result: digits.BoxResult | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.input_label = QLabel()
        self.input_label.setFixedSize(56, 56)
        self.input_label.setScaledContents(True)
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
        self.detail_label.setWordWrap(True)
        text.addWidget(self.digit_label)
        text.addWidget(self.detail_label)
        top.addLayout(text, 1)
        layout.addLayout(top)
        self.bars = ProbabilityBars()
        layout.addWidget(self.bars)
        self.set_result(None)

    def set_result(self, result: digits.BoxResult | None) -> None:
        self.result = result
        self.detail_label.setToolTip("")
        if result is None:
            self._show("–", "", "")
            self.input_label.clear()
            self.bars.set_probabilities(None)
            return
        self.input_label.setPixmap(to_pixmap(result.network_input, scale=2))
        if result.empty:
            self._show("·", self.tr("empty"), "color: gray;")
            self.bars.set_probabilities(None)
            return
        percent = format_percent(result.confidence, 1)
        if result.unsure:
            self._show(
                str(result.digit),
                self.tr("unsure · {percent}").format(percent=percent),
                UNSURE_STYLE,
            )
            self.detail_label.setToolTip(self.unsure_reason(result))
        else:
            self._show(str(result.digit), percent, "")
        self.bars.set_probabilities(result.probabilities, unsure=result.unsure)

    def unsure_reason(self, result: digits.BoxResult) -> str:
        reason = getattr(result, "reason", "")
        if reason:
            return reason
        return self.tr("The model is not sure of this digit: check it.")

    def _show(self, digit: str, detail: str, style: str) -> None:
        self.digit_label.setText(digit)
        self.digit_label.setStyleSheet(style if digit not in ("·",) else "color: gray;")
        self.detail_label.setText(detail)
        self.detail_label.setStyleSheet(style)

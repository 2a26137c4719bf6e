"""The answer beside a photo: one verdict line, the top-k as bars, and what the numbers mean.

A sure answer names the class; below the confidence rule the verdict reads "Not sure — maybe X or
Y" in amber and no bar is singled out. Failures (a photo that cannot be read, a model that does
not load) are said here too, where the answer would be.
"""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from visionagent.core import breeds
from visionagent.i18n import percent
from visionagent.qt.kit.tab import ERROR_COLOUR
from visionagent.qt.widgets.bar_chart import BarChart

UNSURE_STYLE = "color: rgb(200, 110, 0);"


def ui_language() -> str:
    app = QApplication.instance()
    return (app.property("visionagent_language") if app is not None else None) or "en"


class ResultView(QWidget):
    """Shows a :class:`~visionagent.core.breeds.Recognition` or an
    :class:`~visionagent.core.imagenet.Classification` (:meth:`show_reading`), or a message."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.5):
        super().__init__(parent)
        self.reading = None
        self.unsure = False
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # long verdicts wrap instead of widening the window
        self.verdict_label.setSizePolicy(policy)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.chart_title = QLabel()
        self.chart_title.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setMinimumWidth(180)
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        for widget in (self.verdict_label, self.chart_title, self.chart, self.details_label):
            layout.addWidget(widget)
        layout.addStretch(1)

    # ------------------------------------------------------------------ messages
    def show_message(self, text: str, error: bool = False) -> None:
        """No answer, a line instead (red for a failure)."""
        self.reading = None
        self.unsure = False
        self.verdict_label.setText(text if error else "")
        self.verdict_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.chart_title.clear()
        self.chart.clear("" if error else text)
        self.details_label.clear()

    def verdict(self) -> str:
        return self.verdict_label.text()

    # ------------------------------------------------------------------ answers
    def show_reading(self, reading, model: str = "", threshold: float | None = None) -> None:
        """The answer of either reading; ``threshold`` is the rule's "not sure below" value."""
        language = ui_language()
        self.reading = reading
        self.unsure = not reading.sure
        self.verdict_label.setText(reading.summary(language))
        self.verdict_label.setStyleSheet(UNSURE_STYLE if self.unsure else "")
        details = []
        if isinstance(reading, breeds.Recognition):
            details += self._breeds(reading, language)
        else:
            self.chart_title.setText(
                self.tr("The {count} most likely of the 1,000 ImageNet classes:").format(
                    count=len(reading.top)
                )
            )
            bars = [(g.display(language), g.probability) for g in reading.top]
            self.chart.set_bars(bars, highlight=0, unsure=self.unsure)
        if self.unsure and threshold is not None:
            details.append(
                self.tr(
                    "Not sure: the best answer is below {threshold} or too close to the next one, "
                    "so it is not named. Change the threshold with “Not sure below”."
                ).format(threshold=percent(threshold, 0))
            )
        if model:
            details.append(self.tr("Model: {model}").format(model=model))
        self.details_label.setText("\n".join(details))

    def _breeds(self, reading: breeds.Recognition, language: str) -> list[str]:
        if reading.is_dog:
            self.chart_title.setText(
                self.tr("Top {count} breeds (share among the dog breeds):").format(
                    count=len(reading.top)
                )
            )
            bars = [(s.display(language), s.probability) for s in reading.top]
            self.chart.set_bars(bars, highlight=0, unsure=self.unsure)
        else:
            self.chart_title.setText(self.tr("What it looks like (ImageNet classes):"))
            bars = [(g.display(language), g.probability) for g in reading.imagenet_top]
            self.chart.set_bars(bars, highlight=None, muted=True)
        if reading.dog_probability is None:
            return []
        return [
            self.tr("Dog: {percent} (all dog classes together)").format(
                percent=percent(reading.dog_probability)
            )
        ]

"""A compact bar chart of the 10 digit probabilities of one box (a pyqtgraph BarGraphItem)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PyQt6.QtWidgets import QWidget

BAR = (120, 144, 176)
BEST = (30, 110, 220)
UNSURE = (230, 140, 20)


class ProbabilityBars(pg.PlotWidget):
    """Ten bars (digits 0–9), the best one highlighted; :meth:`set_probabilities` updates them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, background=None)
        self.setMinimumSize(60, 60)
        self.setMaximumHeight(130)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideAxis("left")
        plot.setXRange(-0.6, 9.6, padding=0)
        plot.setYRange(0.0, 1.0, padding=0)
        axis = plot.getAxis("bottom")
        axis.setTicks([[(d, str(d)) for d in range(10)]])
        axis.setStyle(tickLength=0)
        plot.layout.setContentsMargins(0, 2, 2, 0)
        self._values = np.zeros(10)
        self._bars = pg.BarGraphItem(
            x=np.arange(10),
            height=self._values,
            width=0.75,
            brushes=[pg.mkBrush(BAR)] * 10,
            pen=None,
        )
        plot.addItem(self._bars)
        self.setToolTip(self.tr("Probability of each digit (0–9)"))

    def values(self) -> np.ndarray:
        return self._values.copy()

    def set_probabilities(self, probabilities: np.ndarray | None, unsure: bool = False) -> None:
        """Show ``probabilities`` (10 floats); None clears the chart (an empty box)."""
        values = (
            np.zeros(10)
            if probabilities is None
            else np.clip(np.asarray(probabilities, float).reshape(10), 0.0, 1.0)
        )
        self._values = values
        brushes = [pg.mkBrush(BAR)] * 10
        if probabilities is not None:
            brushes[int(values.argmax())] = pg.mkBrush(UNSURE if unsure else BEST)
        self._bars.setOpts(height=values, brushes=brushes)

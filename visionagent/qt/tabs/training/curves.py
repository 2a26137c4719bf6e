"""Live training curves: loss and accuracy against the epoch, readable on a projector.

The pyqtgraph way: every curve is created once and only ``setData`` changes afterwards. Points
arrive as plain dicts from the trainer's partial results; they are stored in growable NumPy
buffers and drawn by a timer at most :attr:`CurvePlot.MAX_FPS` times a second, however fast
batches come. The x axis is in epochs (0.25 = a quarter of the first epoch), never with an SI
prefix. Besides the current run the plot holds earlier runs' epoch curves (:meth:`add_run`),
each shown or hidden on its own. Under the plots: a hint about the run (overfitting, divergence)
and the choice of a logarithmic loss axis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from visionagent.qt.kit.tab import StatusLine

METRICS = ("loss", "accuracy")
TICK_POINTS = 11.0
LABEL_POINTS = 12.0
TITLE_SIZE = "13pt"
RUN_COLOURS = ((120, 120, 120), (150, 60, 170), (30, 140, 90), (190, 60, 60), (40, 150, 170))


class Series:
    """x/y values in NumPy arrays that double when full (appending stays cheap)."""

    def __init__(self, capacity: int = 1024):
        self._x = np.empty(capacity, dtype=np.float64)
        self._y = np.empty(capacity, dtype=np.float64)
        self.size = 0

    def extend(self, xs, ys) -> None:
        xs = np.asarray(xs, dtype=np.float64)
        ys = np.asarray(ys, dtype=np.float64)
        need = self.size + len(xs)
        if need > len(self._x):
            capacity = max(need, 2 * len(self._x))
            self._x = np.resize(self._x, capacity)
            self._y = np.resize(self._y, capacity)
        self._x[self.size : need] = xs
        self._y[self.size : need] = ys
        self.size = need

    def clear(self) -> None:
        self.size = 0

    @property
    def x(self) -> np.ndarray:
        return self._x[: self.size]

    @property
    def y(self) -> np.ndarray:
        return self._y[: self.size]


def smooth(
    values: np.ndarray, weight: float, state: tuple[float, int] = (0.0, 0)
) -> tuple[np.ndarray, tuple[float, int]]:
    """Exponential moving average with bias correction (TensorBoard's smoothing).

    ``state`` carries ``(accumulator, count)`` from the previous call so that chunks can be
    smoothed as they arrive; NaNs are skipped (they keep the previous value).
    """
    acc, count = state
    out = np.empty(len(values), dtype=np.float64)
    for i, value in enumerate(values):
        if np.isfinite(value):
            acc = weight * acc + (1.0 - weight) * value
            count += 1
        out[i] = acc / (1.0 - weight**count) if count else np.nan
    return out, (acc, count)


def epoch_points(history: dict[str, list[float]], key: str) -> tuple[np.ndarray, np.ndarray]:
    """A history's per-epoch values at the x they belong to: training means at the middle of
    each epoch, validation figures at its end."""
    values = np.asarray(history.get(key, []), dtype=np.float64)
    xs = np.arange(1, len(values) + 1, dtype=np.float64)
    return (xs if key.startswith("val_") else xs - 0.5), values


@dataclass
class Run:
    """An earlier run's epoch curves on both plots."""

    label: str
    items: list[pg.PlotDataItem] = field(default_factory=list)
    visible: bool = True


class CurvePlot(QWidget):
    """Two plots side by side (loss, accuracy) against the epoch (fractional for batches)."""

    MAX_FPS = 20

    BATCH_COLOUR = (80, 140, 230)
    TRAIN_COLOUR = (20, 70, 180)
    VAL_COLOUR = (220, 110, 20)

    def __init__(self, parent: QWidget | None = None, smoothing: float = 0.9):
        super().__init__(parent)
        self.smoothing = float(smoothing)
        self.update_count = 0  # redraws so far (tests check the rate)
        self._dirty = False
        self._smooth_state = {metric: (0.0, 0) for metric in METRICS}
        self.runs: dict[str, Run] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setMinimumSize(240, 150)
        layout.addWidget(self.graphics, 1)
        footer = QHBoxLayout()
        self.hint_label = StatusLine()
        self.hint_label.setObjectName("run_hint")
        self.hint_label.hide()
        self.log_check = QCheckBox(self.tr("Loss on a log scale"))
        self.log_check.setObjectName("log_loss")
        self.log_check.setToolTip(
            self.tr("A logarithmic loss axis shows the small changes late in training")
        )
        self.log_check.toggled.connect(self.set_log_loss)
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.log_check, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(footer)

        self.loss_plot = self.graphics.addPlot()
        self.accuracy_plot = self.graphics.addPlot()
        self.loss_plot.setTitle(self.tr("Loss"), size=TITLE_SIZE, color="#202020")
        self.accuracy_plot.setTitle(self.tr("Accuracy"), size=TITLE_SIZE, color="#202020")
        self.accuracy_plot.setYRange(0.0, 1.0, padding=0.02)
        self.accuracy_plot.enableAutoRange(y=False)
        self.plots = {"loss": self.loss_plot, "accuracy": self.accuracy_plot}
        self.series: dict[str, Series] = {}
        self.curves: dict[str, pg.PlotDataItem] = {}
        for metric, plot in self.plots.items():
            self._style(plot)
            if metric == "loss":  # one legend serves both plots (same colours)
                self.legend = plot.addLegend(
                    offset=(-5, 5),
                    brush=pg.mkBrush(255, 255, 255, 220),
                    labelTextSize="10pt",
                    labelTextColor=(30, 30, 30),
                )
            self._add_curve(plot, f"batch_{metric}", pg.mkPen((*self.BATCH_COLOUR, 70)), None, None)
            self._add_curve(
                plot,
                f"smooth_{metric}",
                pg.mkPen(self.BATCH_COLOUR, width=2),
                None,
                self.tr("training (per batch, smoothed)"),
            )
            self._add_curve(
                plot,
                f"epoch_{metric}",
                pg.mkPen(self.TRAIN_COLOUR, width=2),
                "o",
                self.tr("training (epoch mean)"),
            )
            self._add_curve(
                plot,
                f"epoch_val_{metric}",
                pg.mkPen(self.VAL_COLOUR, width=2),
                "s",
                self.tr("validation (epoch)"),
            )

        self._timer = QTimer(self)
        self._timer.setInterval(int(1000 / self.MAX_FPS))
        self._timer.timeout.connect(self.redraw)

    def _style(self, plot: pg.PlotItem) -> None:
        """Large ticks and labels, epochs on x without an SI prefix ("x0.001")."""
        plot.showGrid(x=True, y=True, alpha=0.3)
        plot.setMenuEnabled(False)
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(TICK_POINTS)
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.enableAutoSIPrefix(False)
            axis.setTickFont(tick_font)
            axis.setTextPen(pg.mkPen(40, 40, 40))
            axis.setPen(pg.mkPen(90, 90, 90))
        style = {"font-size": f"{LABEL_POINTS:g}pt", "color": "#202020"}
        plot.setLabel("bottom", self.tr("epoch"), **style)

    def _add_curve(self, plot, key: str, pen, symbol, name) -> None:
        self.series[key] = Series()
        brush = pen.color() if symbol else None
        self.curves[key] = plot.plot(
            [],
            [],
            pen=pen,
            symbol=symbol,
            symbolSize=7,
            symbolBrush=brush,
            symbolPen=pen,
            name=name,
            connect="finite",
        )

    # ------------------------------------------------------------------ the current run
    def clear(self) -> None:
        """Forget the current run's points (earlier runs stay)."""
        for series in self.series.values():
            series.clear()
        self._smooth_state = {metric: (0.0, 0) for metric in METRICS}
        self._dirty = True
        self.redraw()

    def add_batches(self, reports: list[dict]) -> None:
        """Per-batch reports: ``epoch`` (1-based), ``batch``, ``batches`` and ``batch_loss``,
        ``batch_accuracy`` (that batch alone; else ``loss``, ``accuracy``)."""
        if not reports:
            return
        xs = np.array([r["epoch"] - 1 + r["batch"] / max(1, r["batches"]) for r in reports])
        for metric in METRICS:
            ys = np.array(
                [r.get(f"batch_{metric}", r.get(metric, np.nan)) for r in reports], dtype=np.float64
            )
            self.series[f"batch_{metric}"].extend(xs, ys)
            smoothed, self._smooth_state[metric] = smooth(
                ys, self.smoothing, self._smooth_state[metric]
            )
            self.series[f"smooth_{metric}"].extend(xs, smoothed)
        self._dirty = True

    def add_epoch(self, report: dict) -> None:
        """An epoch report: ``epoch`` and any of ``loss``, ``accuracy``, ``val_loss``,
        ``val_accuracy``.

        The training figures are means over the epoch, so they are drawn at its middle; the
        validation figures are measured at its end. A partial epoch (stopped) has no mean.
        """
        x = float(report["epoch"])
        for metric in METRICS:
            if metric in report and not report.get("partial"):
                self.series[f"epoch_{metric}"].extend([x - 0.5], [report[metric]])
            if f"val_{metric}" in report:
                self.series[f"epoch_val_{metric}"].extend([x], [report[f"val_{metric}"]])
        self._dirty = True

    def points(self, key: str) -> int:
        """How many points a curve holds (for tests and status)."""
        return self.series[key].size

    # ------------------------------------------------------------------ earlier runs
    def add_run(
        self,
        key: str,
        label: str,
        history: dict[str, list[float]],
        colour: tuple[int, int, int] | None = None,
        legend: bool = True,
    ) -> Run:
        """Overlay a run's epoch curves (a ``fit`` history), training dashed and validation
        dotted in a colour of its own (``legend=False``: no legend entry)."""
        self.remove_run(key)
        colour = colour or RUN_COLOURS[len(self.runs) % len(RUN_COLOURS)]
        run = Run(label)
        for metric, plot in self.plots.items():
            for prefix, style, symbol in (
                ("", Qt.PenStyle.DashLine, "o"),
                ("val_", Qt.PenStyle.DotLine, "s"),
            ):
                xs, ys = epoch_points(history, prefix + metric)
                pen = pg.mkPen(colour, width=2, style=style)
                name = label if (legend and metric == "loss" and not prefix) else None
                item = plot.plot(
                    xs,
                    ys,
                    pen=pen,
                    name=name,
                    connect="finite",
                    symbol=symbol,  # a one-epoch run is a point, not a line
                    symbolSize=6,
                    symbolBrush=pg.mkBrush(colour),
                    symbolPen=pg.mkPen(colour),
                )
                run.items.append(item)
        self.runs[key] = run
        return run

    def set_run_visible(self, key: str, visible: bool) -> None:
        run = self.runs[key]
        run.visible = bool(visible)
        for item in run.items:
            item.setVisible(run.visible)

    def remove_run(self, key: str) -> None:
        run = self.runs.pop(key, None)
        if run is None:
            return
        for item in run.items:
            for plot in self.plots.values():
                if item in plot.listDataItems():
                    plot.removeItem(item)
        self.legend.removeItem(run.label)

    def set_current_visible(self, visible: bool) -> None:
        """Show or hide the current run's curves (earlier runs stay as they are)."""
        for item in self.curves.values():
            item.setVisible(bool(visible))

    # --------------------------------------------------------------- loss axis, hint
    @property
    def log_loss(self) -> bool:
        return bool(self.loss_plot.getAxis("left").logMode)

    def set_log_loss(self, on: bool) -> None:
        """A logarithmic loss axis (every curve of the loss plot, earlier runs' too)."""
        self.loss_plot.setLogMode(x=False, y=bool(on))
        if self.log_check.isChecked() != bool(on):
            self.log_check.setChecked(bool(on))

    def show_hint(self, text: str) -> None:
        """A plain-language hint about the current run under the plots ("" hides it)."""
        self.hint_label.show_warning(text)
        self.hint_label.setVisible(bool(text))

    # --------------------------------------------------------------- drawing
    def redraw(self) -> None:
        """Push the buffers into the curves (called by the timer; cheap when nothing changed)."""
        if not self._dirty:
            return
        self._dirty = False
        self.update_count += 1
        for key, series in self.series.items():
            self.curves[key].setData(series.x, series.y)

    def set_live(self, live: bool) -> None:
        """Stop the redraw timer when nothing trains (saves wake-ups), start it again for a run."""
        if live:
            self._timer.start()
        else:
            self.redraw()
            self._timer.stop()

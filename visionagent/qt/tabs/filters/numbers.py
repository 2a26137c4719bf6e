"""The Numbers page: a small input as grids of numbers, the window under the kernel highlighted,
and the arithmetic of the selected output cell written out.

The page owns the small input (editable; it opens on the textbook's example 8-1). The tab computes
the layer and hands the stages to :meth:`NumbersView.show_result`. Select an output cell with a
click, step through them (◀ ▶, Page Up/Down) or press Play; the selected cell's filter is the one
the kernel editor shows (``filter_selected``), and the editor's choice moves the selection.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import filters
from visionagent.qt.tabs.filters import arithmetic_text
from visionagent.qt.tabs.filters.grids import GridPanel
from visionagent.qt.tabs.filters.names import activation_name, border_name, pool_name, shape_text

STAGES = ("conv", "act", "pool")


class NumbersView(QWidget):
    """Grids of numbers for input, convolution, activation and pooling, plus the arithmetic."""

    input_changed = pyqtSignal()
    example_requested = pyqtSignal()
    filter_selected = pyqtSignal(int)  # the selection moved to another filter's map

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        x, _, _ = filters.example_8_1()
        self._x = x
        self._layer: filters.Layer | None = None
        self._stages: filters.Stages | None = None
        self._selection: tuple[str, int, int, int] = ("conv", 0, 0, 0)
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(900)
        self._timer.timeout.connect(self._play_step)

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        self.back_button = QPushButton("◀")
        self.back_button.setToolTip(self.tr("Previous output cell (Page Up)"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton("▶")
        self.forward_button.setToolTip(self.tr("Next output cell (Page Down)"))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(
            self.tr("Slide the kernel over the input, one output cell at a time")
        )
        self.play_button.toggled.connect(self._play_toggled)
        for button in (self.back_button, self.forward_button):
            button.setMaximumWidth(44)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, direction in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            QShortcut(QKeySequence(key), self, lambda d=direction: self.step(d), context=context)
        self.example_button = QPushButton(self.tr("Example 8-1"))
        self.example_button.setToolTip(
            self.tr(
                "The textbook's example: 5×5×3 input, two 3×3×3 filters, zero padding 1, stride 2"
            )
        )
        self.example_button.clicked.connect(self.load_example)
        self.random_button = QPushButton(self.tr("Random input"))
        self.random_button.setToolTip(self.tr("Small whole numbers 0…2, as in the textbook"))
        self.random_button.clicked.connect(self.randomize)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(2, 10)
        self.size_spin.setPrefix(self.tr("size "))
        self.size_spin.setToolTip(self.tr("Height and width of the input"))
        self.size_spin.setValue(self._x.shape[0])
        self.size_spin.valueChanged.connect(self._shape_changed)
        self.channels_spin = QSpinBox()
        self.channels_spin.setRange(1, 3)
        self.channels_spin.setPrefix(self.tr("channels "))
        self.channels_spin.setToolTip(self.tr("Input channels (the kernel editor follows)"))
        self.channels_spin.setValue(self._x.shape[2])
        self.channels_spin.valueChanged.connect(self._shape_changed)
        bar = QHBoxLayout()
        for widget in (self.back_button, self.forward_button, self.play_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        for widget in (self.example_button, self.random_button, self.size_spin, self.channels_spin):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.input_title = QLabel()
        self.input_title.setWordWrap(True)
        self.inputs = GridPanel(editable=True, headers=True)
        self.inputs.edited.connect(self._input_edited)
        self.titles: dict[str, QLabel] = {}
        self.panels: dict[str, GridPanel] = {}
        self.outputs = QGridLayout()
        self.outputs.setHorizontalSpacing(16)
        self._stacked: bool | None = None
        for stage in STAGES:
            title = QLabel()
            title.setWordWrap(True)
            panel = GridPanel(headers=True)
            panel.cell_clicked.connect(
                lambda k, r, c, s=stage: self.select("pool" if s == "pool" else "conv", k, r, c)
            )
            self.titles[stage], self.panels[stage] = title, panel
        self.convs, self.acts, self.pools = (self.panels[s] for s in STAGES)
        self.conv_title, self.act_title, self.pool_title = (self.titles[s] for s in STAGES)
        for title in (self.input_title, *self.titles.values()):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        self.arithmetic = QLabel()
        self.arithmetic.setTextFormat(Qt.TextFormat.RichText)
        self.arithmetic.setWordWrap(True)
        self.arithmetic.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.arithmetic.setFrameShape(QFrame.Shape.StyledPanel)
        self.arithmetic.setMargin(8)
        self.arithmetic.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b2182b;")
        self.message.hide()

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.input_title)
        inner.addWidget(self.inputs)
        inner.addLayout(self.outputs)
        inner.addWidget(self.message)
        inner.addWidget(self.arithmetic)
        inner.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._place_outputs(stacked=False)

    # ------------------------------------------------------------------ API
    def input(self) -> np.ndarray:
        return self._x.copy()

    def set_input(self, x: np.ndarray) -> None:
        x = np.asarray(x, dtype=np.float32)
        if x.ndim == 2:
            x = x[:, :, None]
        self._x = x.copy()
        for spin, value in ((self.size_spin, x.shape[0]), (self.channels_spin, x.shape[2])):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def channel_names(self) -> list[str]:
        """The input's channels as the kernel editor names them."""
        return [self.tr("channel {c}").format(c=c) for c in range(self._x.shape[2])]

    def load_example(self) -> None:
        x, _, _ = filters.example_8_1()
        self.set_input(x)
        self._selection = ("conv", 0, 0, 0)
        self.example_requested.emit()

    def randomize(self) -> None:
        rng = np.random.default_rng()
        self._x = rng.integers(0, 3, size=self._x.shape).astype(np.float32)
        self.input_changed.emit()

    def selection(self) -> tuple[str, int, int, int]:
        return self._selection

    def selected_filter(self) -> int:
        return self._selection[1]

    def output_text(self, stage: str, k: int, row: int, col: int) -> str:
        """The text of an output cell as shown (stage: "conv", "act" or "pool")."""
        return self.panels[stage].grids[k].text_at(row, col)

    def show_result(
        self, layer: filters.Layer, stages: filters.Stages | None, error: str = ""
    ) -> None:
        """Show the input, the stages of ``layer`` and the arithmetic of the selected cell."""
        self._layer, self._stages = layer, stages
        self._show_input(layer)
        if stages is None:
            for stage in STAGES:
                self.panels[stage].ensure(0, 1, 1)
                self.titles[stage].setText("")
            self.message.setText(error)
            self.message.setVisible(bool(error))
            self.arithmetic.setText("")
            return
        self.message.hide()
        act = layer.activation if layer.activation != "none" else ""
        self._fill("conv", stages.conv, "s[:,:,{k}]")
        self.conv_title.setText(
            self.tr("Convolution s = Σ x·u + b: {shape}").format(
                shape=shape_text(stages.conv.shape)
            )
        )
        self._fill("act", stages.activated, (f"{act}(s)" if act else "s") + "[:,:,{k}]")
        self.act_title.setText(
            self.tr("After {activation}: {shape}").format(
                activation=activation_name(layer.activation),
                shape=shape_text(stages.activated.shape),
            )
        )
        pooled = layer.pool != "none"
        self.pool_title.setVisible(pooled)
        self.pools.setVisible(pooled)
        if pooled:
            self._fill("pool", stages.pooled, layer.pool + "pool[:,:,{k}]")
            self.pool_title.setText(
                self.tr("After {pool} pooling {size}×{size}: {shape}").format(
                    pool=pool_name(layer.pool),
                    size=layer.pool_size,
                    shape=shape_text(stages.pooled.shape),
                )
            )
        else:
            self.pools.ensure(0, 1, 1)
        self._fit_outputs()
        stage, k, r, c = self._selection
        if stage == "pool" and not pooled:
            stage = "conv"
        source = stages.pooled if stage == "pool" else stages.conv
        k = min(k, layer.filters - 1)
        self._selection = (stage, k, min(r, source.shape[0] - 1), min(c, source.shape[1] - 1))
        self._highlight()

    def select(self, stage: str, k: int, row: int, col: int) -> None:
        previous = self._selection[1]
        self._selection = (stage, k, row, col)
        if self._stages is not None:
            self._highlight()
        if k != previous:
            self.filter_selected.emit(k)

    def select_filter(self, k: int) -> None:
        """Explain a cell of filter ``k`` (the same cell as before, where it exists)."""
        stage, old, r, c = self._selection
        if k != old:
            self._selection = (stage, k, r, c)
            if self._stages is not None and k < self._stages.conv.shape[2]:
                self._highlight()

    def step(self, direction: int) -> bool:
        """Move the selection to the next (1) or previous (−1) cell; False at either end."""
        if self._stages is None:
            return False
        stage, k, r, c = self._selection
        maps = self._stages.pooled if stage == "pool" else self._stages.conv
        h, w, k_count = maps.shape
        flat = (k * h + r) * w + c + direction
        if not 0 <= flat < h * w * k_count:
            return False
        k, rest = divmod(flat, h * w)
        r, c = divmod(rest, w)
        self.select(stage, k, r, c)
        return True

    def playing(self) -> bool:
        return self._timer.isActive()

    # ------------------------------------------------------------- internals
    def _show_input(self, layer: filters.Layer) -> None:
        x = self._x
        kh, kw = layer.weights.shape[:2]
        rows = filters.padding_amounts(x.shape[0], kh, layer.stride, layer.padding)
        cols = filters.padding_amounts(x.shape[1], kw, layer.stride, layer.padding)
        xp = filters.pad(x, rows, cols, layer.border)
        hp, wp = xp.shape[:2]
        inner = np.zeros((hp, wp), dtype=bool)
        inner[rows[0] : rows[0] + x.shape[0], cols[0] : cols[0] + x.shape[1]] = True
        headers = ([str(i - rows[0]) for i in range(hp)], [str(j - cols[0]) for j in range(wp)])
        self.inputs.ensure(x.shape[2], hp, wp, headers)
        for c, grid in enumerate(self.inputs.grids):
            grid.set_values(xp[:, :, c])
            grid.set_editable_mask(inner)
            grid.set_dim_mask(~inner)
            self.inputs.set_caption(c, f"x[:,:,{c}]")
        self.inputs.arrange()
        if rows[0] + rows[1] + cols[0] + cols[1] == 0:
            pad_text = self.tr("no padding")
        else:
            pad_text = self.tr("grey cells: padding ({border})").format(
                border=border_name(layer.border)
            )
        self.input_title.setText(
            self.tr("Input x: {h}×{w}×{c}, {pad}").format(
                h=x.shape[0], w=x.shape[1], c=x.shape[2], pad=pad_text
            )
        )

    def _place_outputs(self, stacked: bool) -> None:
        """Convolution, activation and pooling side by side, or one above the other when their
        grids would not fit side by side (large maps, many filters)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for index, stage in enumerate(STAGES):
            row, column = (2 * index, 0) if stacked else (0, index)
            for offset, widget in enumerate((self.titles[stage], self.panels[stage])):
                self.outputs.removeWidget(widget)
                self.outputs.addWidget(widget, row + offset, column, Qt.AlignmentFlag.AlignTop)
            self.outputs.setColumnStretch(index, 0 if stacked and index else 1)

    def _fit_outputs(self) -> None:
        shown = [
            p for s, p in self.panels.items() if p.grids and (s != "pool" or p.isVisibleTo(self))
        ]
        needed = sum(p.minimumSizeHint().width() for p in shown) + 16 * (len(shown) - 1)
        self._place_outputs(stacked=needed > self.scroll.viewport().width() - 24)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        # not during this layout pass: cells moved now would keep their old places
        QTimer.singleShot(0, self._fit_outputs)

    def _fill(self, stage: str, maps: np.ndarray, caption: str) -> None:
        h, w, k_count = maps.shape
        panel = self.panels[stage]
        panel.ensure(k_count, h, w)
        for k, grid in enumerate(panel.grids):
            grid.set_values(maps[:, :, k])
            panel.set_caption(k, caption.format(k=k))
        panel.arrange()

    def _highlight(self) -> None:
        layer, stages = self._layer, self._stages
        stage, k, r, c = self._selection
        for panel in (self.inputs, *self.panels.values()):
            for grid in panel.grids:
                grid.set_highlight(None)
        if stage == "conv":
            terms = filters.explain_cell(
                self._x,
                layer.weights,
                layer.bias,
                layer.stride,
                layer.padding,
                layer.border,
                k,
                r,
                c,
            )
            kh, kw = layer.weights.shape[:2]
            for grid in self.inputs.grids:
                mask = np.zeros((grid.rowCount(), grid.columnCount()), dtype=bool)
                mask[terms.top : terms.top + kh, terms.left : terms.left + kw] = True
                grid.set_highlight(mask)
            for panel in (self.convs, self.acts):
                mask = np.zeros(stages.conv.shape[:2], dtype=bool)
                mask[r, c] = True
                panel.grids[k].set_highlight(mask)
            activated = float(stages.activated[r, c, k])
            self.arithmetic.setText(arithmetic_text.conv_text(layer, terms, activated))
            return
        rows, cols = filters.pool_window(
            stages.activated.shape[:2], layer.pool_size, layer.pool_stride, layer.pool_padding, r, c
        )
        mask = np.zeros(stages.activated.shape[:2], dtype=bool)
        mask[rows, cols] = True
        self.acts.grids[k].set_highlight(mask)
        out = np.zeros(stages.pooled.shape[:2], dtype=bool)
        out[r, c] = True
        self.pools.grids[k].set_highlight(out)
        values = stages.activated[rows, cols, k].ravel()
        result = float(stages.pooled[r, c, k])
        self.arithmetic.setText(arithmetic_text.pool_text(layer, values, result, k, r, c))

    def _input_edited(self, channel: int) -> None:
        if self._layer is None:
            return
        values = self.inputs.grids[channel].values()
        kh, kw = self._layer.weights.shape[:2]
        h, w = self._x.shape[:2]
        top = filters.padding_amounts(h, kh, self._layer.stride, self._layer.padding)[0]
        left = filters.padding_amounts(w, kw, self._layer.stride, self._layer.padding)[0]
        self._x[:, :, channel] = values[top : top + h, left : left + w]
        self.input_changed.emit()

    def _shape_changed(self) -> None:
        size, channels = self.size_spin.value(), self.channels_spin.value()
        new = np.zeros((size, size, channels), dtype=np.float32)
        h, w, c = (min(a, b) for a, b in zip(self._x.shape, new.shape, strict=True))
        new[:h, :w, :c] = self._x[:h, :w, :c]
        self._x = new
        self.input_changed.emit()

    def _play_toggled(self, on: bool) -> None:
        self.play_button.setText(self.tr("Pause") if on else self.tr("Play"))
        if on:
            if not self.step(1):  # at the end: start again from the first cell
                self.select(self._selection[0], 0, 0, 0)
            self._timer.start()
        else:
            self._timer.stop()

    def _play_step(self) -> None:
        if not self.step(1):
            self.play_button.setChecked(False)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.play_button.setChecked(False)
        super().hideEvent(event)

"""Numbers mode of the Filters tab: a small input as grids of numbers, the window under the kernel
highlighted, and the arithmetic of the selected output cell written out.

The view owns the small input (editable; it opens on the textbook's example 8-1). The tab computes
the layer with :mod:`visionagent.core.filters` and hands the stages to
:meth:`NumbersView.show_result`.
Select an output cell with a click, or step through them (◀ ▶, Page Up/Down) or press Play.
"""

from __future__ import annotations

import html

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
from visionagent.i18n import translate
from visionagent.qt.widgets.kernel_editor import NumberGrid, format_number

CELL = 38


def _signed(value: float) -> str:
    text = format_number(value).replace("-", "−")
    return f"({text})" if value < 0 else text


class _GridRow(QWidget):
    """A row of captioned number grids, rebuilt only when their number or shape changes."""

    cell_clicked = pyqtSignal(int, int, int)  # grid, row, col
    edited = pyqtSignal(int)  # grid

    def __init__(self, editable: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._editable = editable
        self.grids: list[NumberGrid] = []
        self.captions: list[QLabel] = []
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(14)
        self._layout.setVerticalSpacing(2)

    def ensure(
        self, count: int, rows: int, cols: int, headers: tuple[list[str], list[str]] | None = None
    ) -> None:
        same = len(self.grids) == count and all(
            g.rowCount() == rows and g.columnCount() == cols for g in self.grids
        )
        if not same:
            for widget in self.grids + self.captions:
                self._layout.removeWidget(widget)
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
            self.grids, self.captions = [], []
            for index in range(count):
                grid = NumberGrid(
                    rows, cols, editable=self._editable, tinted=False, headers=True, cell_size=CELL
                )
                grid.cell_clicked.connect(lambda r, c, i=index: self.cell_clicked.emit(i, r, c))
                grid.values_changed.connect(lambda i=index: self.edited.emit(i))
                caption = QLabel()
                caption.setTextFormat(Qt.TextFormat.PlainText)
                self._layout.addWidget(caption, 0, index)
                self._layout.addWidget(
                    grid, 1, index, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                )
                self.grids.append(grid)
                self.captions.append(caption)
            self._layout.setColumnStretch(count, 1)
        for grid in self.grids:
            if headers is not None:
                grid.setVerticalHeaderLabels(headers[0])
                grid.setHorizontalHeaderLabels(headers[1])
            else:
                grid.setVerticalHeaderLabels([str(i) for i in range(rows)])
                grid.setHorizontalHeaderLabels([str(i) for i in range(cols)])
            grid.fit_size()


class NumbersView(QWidget):
    """Grids of numbers for input, convolution, activation and pooling, plus the arithmetic."""

    input_changed = pyqtSignal()
    example_requested = pyqtSignal()

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
        QShortcut(
            QKeySequence(Qt.Key.Key_PageDown),
            self,
            lambda: self.step(1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_PageUp),
            self,
            lambda: self.step(-1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

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
        bar.addSpacing(16)
        for widget in (self.example_button, self.random_button, self.size_spin, self.channels_spin):
            bar.addWidget(widget)
        bar.addStretch(1)

        self.input_title = QLabel()
        self.inputs = _GridRow(editable=True)
        self.inputs.edited.connect(self._input_edited)
        self.inputs.cell_clicked.connect(lambda *_: None)
        self.conv_title = QLabel()
        self.convs = _GridRow()
        self.convs.cell_clicked.connect(lambda k, r, c: self.select("conv", k, r, c))
        self.act_title = QLabel()
        self.acts = _GridRow()
        self.acts.cell_clicked.connect(lambda k, r, c: self.select("conv", k, r, c))
        self.pool_title = QLabel()
        self.pools = _GridRow()
        self.pools.cell_clicked.connect(lambda k, r, c: self.select("pool", k, r, c))
        for title in (self.input_title, self.conv_title, self.act_title, self.pool_title):
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

        outputs = QHBoxLayout()
        for title, row in (
            (self.conv_title, self.convs),
            (self.act_title, self.acts),
            (self.pool_title, self.pools),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(row)
            column.addStretch(1)
            outputs.addLayout(column)
        outputs.addStretch(1)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.input_title)
        inner.addWidget(self.inputs)
        inner.addLayout(outputs)
        inner.addWidget(self.message)
        inner.addWidget(self.arithmetic)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

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

    def output_text(self, stage: str, k: int, row: int, col: int) -> str:
        """The text of an output cell as shown (stage: "conv", "act" or "pool")."""
        rows = {"conv": self.convs, "act": self.acts, "pool": self.pools}[stage]
        return rows.grids[k].text_at(row, col)

    def show_result(
        self, layer: filters.Layer, stages: filters.Stages | None, error: str = ""
    ) -> None:
        """Show the input, the stages of ``layer`` and the arithmetic of the selected cell."""
        self._layer, self._stages = layer, stages
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
            self.inputs.captions[c].setText(f"x[:,:,{c}]")
        pad_text = {
            (0, 0): self.tr("no padding"),
        }.get(
            (rows[0] + rows[1], cols[0] + cols[1]),
            self.tr("grey cells: padding ({border})").format(
                border=self._border_name(layer.border)
            ),
        )
        self.input_title.setText(
            self.tr("Input x: {h}×{w}×{c}, {pad}").format(
                h=x.shape[0], w=x.shape[1], c=x.shape[2], pad=pad_text
            )
        )
        if stages is None:
            for row in (self.convs, self.acts, self.pools):
                row.ensure(0, 1, 1)
            for title in (self.conv_title, self.act_title, self.pool_title):
                title.setText("")
            self.message.setText(error)
            self.message.setVisible(bool(error))
            self.arithmetic.setText("")
            return
        self.message.hide()
        k_count = layer.filters
        act_name = layer.activation if layer.activation != "none" else ""
        self._fill(self.convs, stages.conv, "s[:,:,{k}]")
        self.conv_title.setText(
            self.tr("Convolution s = Σ x·u + b: {shape}").format(shape=_shape(stages.conv))
        )
        self._fill(
            self.acts,
            stages.activated,
            (act_name or "s") + ("(s)" if act_name else "") + "[:,:,{k}]",
        )
        self.act_title.setText(
            self.tr("After {activation}: {shape}").format(
                activation=_activation_label(self, layer.activation), shape=_shape(stages.activated)
            )
        )
        pooled = layer.pool != "none"
        self.pool_title.setVisible(pooled)
        self.pools.setVisible(pooled)
        if pooled:
            self._fill(self.pools, stages.pooled, layer.pool + "pool[:,:,{k}]")
            self.pool_title.setText(
                self.tr("After {pool} pooling {size}×{size}: {shape}").format(
                    pool=self._pool_name(layer.pool),
                    size=layer.pool_size,
                    shape=_shape(stages.pooled),
                )
            )
        else:
            self.pools.ensure(0, 1, 1)
        stage, k, r, c = self._selection
        if stage == "pool" and not pooled:
            stage = "conv"
        source = stages.pooled if stage == "pool" else stages.conv
        k = min(k, k_count - 1)
        r = min(r, source.shape[0] - 1)
        c = min(c, source.shape[1] - 1)
        self._selection = (stage, k, r, c)
        self._highlight()

    def select(self, stage: str, k: int, row: int, col: int) -> None:
        self._selection = (stage, k, row, col)
        if self._stages is not None:
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
    def _fill(self, row: _GridRow, maps: np.ndarray, caption: str) -> None:
        h, w, k_count = maps.shape
        row.ensure(k_count, h, w)
        for k, grid in enumerate(row.grids):
            grid.set_values(maps[:, :, k])
            row.captions[k].setText(caption.format(k=k))

    def _highlight(self) -> None:
        layer, stages = self._layer, self._stages
        stage, k, r, c = self._selection
        for row in (self.inputs, self.convs, self.acts, self.pools):
            for grid in row.grids:
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
            for row in (self.convs, self.acts):
                mask = np.zeros(stages.conv.shape[:2], dtype=bool)
                mask[r, c] = True
                row.grids[k].set_highlight(mask)
            self.arithmetic.setText(self._conv_text(terms, float(stages.activated[r, c, k])))
        else:
            rows, cols = filters.pool_window(
                stages.activated.shape[:2],
                layer.pool_size,
                layer.pool_stride,
                layer.pool_padding,
                r,
                c,
            )
            mask = np.zeros(stages.activated.shape[:2], dtype=bool)
            mask[rows, cols] = True
            self.acts.grids[k].set_highlight(mask)
            out = np.zeros(stages.pooled.shape[:2], dtype=bool)
            out[r, c] = True
            self.pools.grids[k].set_highlight(out)
            values = stages.activated[rows, cols, k].ravel()
            self.arithmetic.setText(
                self._pool_text(layer, values, float(stages.pooled[r, c, k]), k, r, c)
            )

    def _conv_text(self, terms: filters.CellTerms, activated: float) -> str:
        layer = self._layer
        lines = [
            "<b>"
            + html.escape(
                self.tr("s[{r},{c},{k}]: filter {n}, output row {r}, column {c}").format(
                    r=terms.row, c=terms.col, k=terms.filter, n=terms.filter + 1
                )
            )
            + "</b> — "
            + html.escape(
                self.tr(
                    "the window starts at row {top}, column {left} of the padded input (stride {s})"
                ).format(top=terms.top, left=terms.left, s=layer.stride)
            )
        ]
        for index, part in enumerate(terms.channels):
            products = " + ".join(
                f"{_signed(v)}·{_signed(u)}"
                for v, u in zip(part.window.ravel(), part.kernel.ravel(), strict=True)
            )
            lines.append(
                html.escape(self.tr("channel {c}: ").format(c=index))
                + html.escape(products.replace("·", "·"))
                + f" = <b>{html.escape(_signed(part.total))}</b>"
            )
        parts = " + ".join(_signed(p.total) for p in terms.channels)
        lines.append(
            html.escape(
                self.tr("sum of the channels plus bias: {parts} + {bias} = ").format(
                    parts=parts, bias=_signed(terms.bias)
                )
            )
            + f"<b>{html.escape(format_number(terms.total).replace('-', '−'))}</b>"
        )
        if layer.activation != "none":
            lines.append(
                html.escape(
                    f"{_activation_label(self, layer.activation)}"
                    f"({format_number(terms.total).replace('-', '−')}) = "
                )
                + f"<b>{html.escape(format_number(activated).replace('-', '−'))}</b>"
            )
        return "<br>".join(lines)

    def _pool_name(self, pool: str) -> str:
        """The pooling kind in words (the UI language)."""
        return {"max": self.tr("max"), "avg": self.tr("average")}.get(pool, pool)

    def _border_name(self, border: str) -> str:
        """What the padding is filled with, in words (the UI language)."""
        return {
            "zero": self.tr("zeros"),
            "reflect": self.tr("reflect"),
            "replicate": self.tr("replicate"),
        }.get(border, border)

    def _pool_text(
        self, layer: filters.Layer, values: np.ndarray, result: float, k: int, r: int, c: int
    ) -> str:
        name = "max" if layer.pool == "max" else self.tr("mean")
        shown = ", ".join(format_number(v).replace("-", "−") for v in values)
        return (
            "<b>"
            + html.escape(
                self.tr("{pool} pooling, map {k}, cell ({r}, {c})").format(
                    pool=self._pool_name(layer.pool), k=k, r=r, c=c
                )
            )
            + "</b><br>"
            + html.escape(f"{name}({shown}) = ")
            + f"<b>{html.escape(format_number(result).replace('-', '−'))}</b>"
        )

    def _input_edited(self, channel: int) -> None:
        if self._layer is None:
            return
        grid = self.inputs.grids[channel]
        values = grid.values()
        kh, kw = self._layer.weights.shape[:2]
        top = filters.padding_amounts(
            self._x.shape[0], kh, self._layer.stride, self._layer.padding
        )[0]
        left = filters.padding_amounts(
            self._x.shape[1], kw, self._layer.stride, self._layer.padding
        )[0]
        self._x[:, :, channel] = values[
            top : top + self._x.shape[0], left : left + self._x.shape[1]
        ]
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
                stage = self._selection[0]
                self.select(stage, 0, 0, 0)
            self._timer.start()
        else:
            self._timer.stop()

    def _play_step(self) -> None:
        if not self.step(1):
            self.play_button.setChecked(False)

    def hideEvent(self, event) -> None:
        self.play_button.setChecked(False)
        super().hideEvent(event)


def _shape(maps: np.ndarray) -> str:
    return "×".join(str(v) for v in maps.shape)


def _activation_label(widget: QWidget, name: str) -> str:
    return {
        "none": translate("NumbersView", "no activation"),
        "relu": "ReLU",
        "leaky_relu": translate("NumbersView", "leaky ReLU"),
        "sigmoid": translate("NumbersView", "sigmoid"),
        "tanh": "tanh",
    }.get(name, name)

"""The clicked cell in words and numbers: for the first convolution every product of an input
value and a weight, their sum and the bias (:class:`visionagent.core.filters.CellTerms`); for
other layers the cell's value and its receptive field."""

from __future__ import annotations

import html

from PyQt6.QtWidgets import QTextBrowser, QWidget

from visionagent.core.filters import CellTerms
from visionagent.core.inspector import LayerInfo
from visionagent.qt.kit.layer_strip import side_text

ACTIVATIONS = {"relu": "ReLU", "relu6": "ReLU6", "sigmoid": "sigmoid", "tanh": "tanh"}


def short(value: float) -> str:
    """``2``, ``0.125``, ``−0.5``, ``3e−05``: short enough for long sums."""
    value = float(value)
    if value == 0:
        return "0"
    if abs(value - round(value)) < 1e-6 and abs(value) < 1e6:
        text = str(int(round(value)))
    elif abs(value) < 0.001:
        text = f"{value:.0e}"
    else:
        text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace("-", "−")


def signed(value: float) -> str:
    """A term of a sum: negative numbers in parentheses."""
    return f"({short(value)})" if value < 0 else short(value)


class CellText(QTextBrowser):
    """Read-only text about the clicked cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setMinimumHeight(70)
        self.show_hint()

    def show_hint(self, text: str | None = None) -> None:
        self.setHtml(
            html.escape(
                text
                or self.tr(
                    "Click a cell of a feature map: its receptive field is drawn on the input, "
                    "and for the first convolution its products and sum are written out here."
                )
            )
        )

    def _heading(self, info: LayerInfo, k: int, row: int, col: int, value: float) -> str:
        top = self.tr("{layer}, map {n}, row {row}, column {col} = {value}").format(
            layer=info.name, n=k + 1, row=row, col=col, value=short(value)
        )
        rf = self.tr("It sees {size} input pixels (its receptive field).").format(
            size=side_text(info.receptive_field)
        )
        return f"<b>{html.escape(top)}</b><br>{html.escape(rf)}"

    def show_cell(self, info: LayerInfo, k: int, row: int, col: int, value: float) -> None:
        """A cell of any layer: its value and receptive field."""
        more = self.tr(
            "Products and sums are written out for the first convolution: click one of its maps."
        )
        self.setHtml(self._heading(info, k, row, col, value) + "<br>" + html.escape(more))

    def show_terms(self, info: LayerInfo, terms: CellTerms, value: float) -> None:
        """A cell of the first convolution with all its arithmetic."""
        lines = [self._heading(info, terms.filter, terms.row, terms.col, value)]
        lines.append(
            html.escape(
                self.tr(
                    "Kernel {n} ({h}×{w}×{c}) on the window at row {top}, column {left} of the "
                    "padded input: input value · weight, added up."
                ).format(
                    n=terms.filter + 1,
                    h=terms.channels[0].kernel.shape[0],
                    w=terms.channels[0].kernel.shape[1],
                    c=len(terms.channels),
                    top=terms.top,
                    left=terms.left,
                )
            )
        )
        for index, part in enumerate(terms.channels):
            products = " + ".join(
                f"{signed(v)}·{signed(u)}"
                for v, u in zip(part.window.ravel(), part.kernel.ravel(), strict=True)
            )
            label = self.tr("channel {c}: ").format(c=index)
            lines.append(
                html.escape(label + products) + f" = <b>{html.escape(signed(part.total))}</b>"
            )
        parts = " + ".join(signed(p.total) for p in terms.channels)
        lines.append(
            html.escape(
                self.tr("sum {parts} + bias {bias} = ").format(parts=parts, bias=signed(terms.bias))
            )
            + f"<b>{html.escape(short(terms.total))}</b>"
        )
        name = ACTIVATIONS.get(info.activation, info.activation)
        if name:
            lines.append(
                html.escape(f"{name}({short(terms.total)}) = ")
                + f"<b>{html.escape(short(value))}</b>"
            )
        self.setHtml("<br>".join(lines))

"""The arithmetic of one output cell written out as rich text (the numbers page shows it)."""

from __future__ import annotations

import html

import numpy as np

from visionagent.core import filters
from visionagent.core.filters import format_number
from visionagent.i18n import translate
from visionagent.qt.tabs.filters.names import activation_name, pool_name


def signed(value: float) -> str:
    """``2``, ``(−1)``: a number as it reads inside a sum of products."""
    text = format_number(value).replace("-", "−")
    return f"({text})" if value < 0 else text


def _plain(value: float) -> str:
    return format_number(value).replace("-", "−")


def conv_text(layer: filters.Layer, terms: filters.CellTerms, activated: float) -> str:
    """s[r, c, k] = Σ products per channel + bias, then the activation."""
    lines = [
        "<b>"
        + html.escape(
            translate(
                "NumbersView", "s[{r},{c},{k}]: filter {n}, output row {r}, column {c}"
            ).format(r=terms.row, c=terms.col, k=terms.filter, n=terms.filter + 1)
        )
        + "</b> — "
        + html.escape(
            translate(
                "NumbersView",
                "the window starts at row {top}, column {left} of the padded input (stride {s})",
            ).format(top=terms.top, left=terms.left, s=layer.stride)
        )
    ]
    for index, part in enumerate(terms.channels):
        products = " + ".join(
            f"{signed(v)}·{signed(u)}"
            for v, u in zip(part.window.ravel(), part.kernel.ravel(), strict=True)
        )
        lines.append(
            html.escape(translate("NumbersView", "channel {c}: ").format(c=index))
            + html.escape(products)
            + f" = <b>{html.escape(signed(part.total))}</b>"
        )
    parts = " + ".join(signed(p.total) for p in terms.channels)
    lines.append(
        html.escape(
            translate("NumbersView", "sum of the channels plus bias: {parts} + {bias} = ").format(
                parts=parts, bias=signed(terms.bias)
            )
        )
        + f"<b>{html.escape(_plain(terms.total))}</b>"
    )
    if layer.activation != "none":
        lines.append(
            html.escape(f"{activation_name(layer.activation)}({_plain(terms.total)}) = ")
            + f"<b>{html.escape(_plain(activated))}</b>"
        )
    return "<br>".join(lines)


def pool_text(
    layer: filters.Layer, values: np.ndarray, result: float, k: int, r: int, c: int
) -> str:
    """max(…) or mean(…) of the window of pooled cell (r, c) of map k."""
    name = "max" if layer.pool == "max" else translate("NumbersView", "mean")
    shown = ", ".join(_plain(v) for v in values)
    return (
        "<b>"
        + html.escape(
            translate("NumbersView", "{pool} pooling, map {k}, cell ({r}, {c})").format(
                pool=pool_name(layer.pool), k=k, r=r, c=c
            )
        )
        + "</b><br>"
        + html.escape(f"{name}({shown}) = ")
        + f"<b>{html.escape(_plain(result))}</b>"
    )

"""The output-size formula and the weight count of the layer, written out for its input."""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel, QWidget

from visionagent.core import filters


class SizesLabel(QLabel):
    """⌊(n + p₁ + p₂ − k) / s⌋ + 1 for the convolution and the pooling, and k′(k·h² + 1)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(
            self.tr(
                "Output size along one axis: ⌊(n + p₁ + p₂ − k) / s⌋ + 1;\n"
                "weights of the layer: k′(k·h² + 1) for k′ filters of h×h over k channels"
            )
        )

    def show_sizes(self, layer: filters.Layer, input_shape) -> None:
        h, w = input_shape[:2]
        c = input_shape[2] if len(input_shape) > 2 else 1
        kh, kw, _, k = layer.weights.shape
        lines = [
            self.tr("Convolution, rows: {formula}").format(
                formula=filters.output_size_formula(h, kh, layer.stride, layer.padding)
            )
        ]
        if (h, kh) != (w, kw):
            lines.append(
                self.tr("Convolution, columns: {formula}").format(
                    formula=filters.output_size_formula(w, kw, layer.stride, layer.padding)
                )
            )
        if layer.pool != "none":
            ch = filters.output_size(h, kh, layer.stride, layer.padding)
            cw = filters.output_size(w, kw, layer.stride, layer.padding)
            stride = layer.pool_stride or layer.pool_size
            size, padding = layer.pool_size, layer.pool_padding
            lines.append(
                self.tr("Pooling, rows: {formula}").format(
                    formula=filters.output_size_formula(ch, size, stride, padding)
                )
            )
            if ch != cw:
                lines.append(
                    self.tr("Pooling, columns: {formula}").format(
                        formula=filters.output_size_formula(cw, size, stride, padding)
                    )
                )
        square = f"{kh}²" if kh == kw else f"{kh}·{kw}"
        lines.append(
            self.tr("Weights: k′(k·h² + 1) = {kk}·({c}·{size} + 1) = <b>{n}</b>").format(
                kk=k, c=c, size=square, n=filters.weight_count(c, kh, kw, k)
            )
        )
        lines.append(
            self.tr(
                "({k} filter(s) of {kh}×{kw}×{c} plus {k} bias(es); pooling has no weights)"
            ).format(k=k, kh=kh, kw=kw, c=c)
        )
        self.setText("<br>".join(lines))

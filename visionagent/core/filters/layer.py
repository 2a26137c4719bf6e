"""One convolution layer end to end (conv → activation → pooling), one output cell written out,
and the textbook's example 8-1."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from visionagent.core.filters.arithmetic import (
    ACTIVATIONS,
    BORDERS,
    PADDINGS,
    POOLS,
    Padding,
    _as_hwc,
    _as_kernel,
    _pair,
    activate,
    conv2d,
    output_size,
    pad,
    padding_amounts,
    pool2d,
)


# --------------------------------------------------------------------------- one layer, end to end
@dataclass
class Stages:
    """What each step of :class:`Layer` produced (all float32 ``(H, W, K)``)."""

    conv: np.ndarray
    activated: np.ndarray
    pooled: np.ndarray


@dataclass
class Layer:
    """One convolution layer as the Filters tab sets it up: conv → activation → pooling."""

    weights: np.ndarray  # (h, w, C, K)
    bias: np.ndarray  # (K,)
    stride: int = 1
    padding: Padding = "valid"
    border: str = "zero"
    activation: str = "relu"
    pool: str = "max"  # "none", "max", "avg"
    pool_size: int = 2
    pool_stride: int | None = None
    pool_padding: str = "valid"

    @property
    def filters(self) -> int:
        return int(self.weights.shape[3])

    def run(self, x: np.ndarray) -> Stages:
        conv = conv2d(x, self.weights, self.bias, self.stride, self.padding, self.border)
        activated = activate(conv, self.activation)
        if self.pool == "none":
            pooled = activated
        else:
            pooled = pool2d(
                activated, self.pool_size, self.pool_stride, self.pool, self.pool_padding
            )
        return Stages(conv, activated, pooled)

    def shapes(self, input_shape: tuple[int, ...]) -> list[tuple[int, int, int]]:
        """``[input, conv, pooled]`` shapes (H, W, C) without computing anything (0 =
        impossible)."""
        height, width = input_shape[:2]
        channels = input_shape[2] if len(input_shape) > 2 else 1
        kh, kw = self.weights.shape[:2]
        ch = output_size(height, kh, self.stride, self.padding)
        cw = output_size(width, kw, self.stride, self.padding)
        if self.pool == "none":
            ph, pw = ch, cw
        else:
            stride = self.pool_stride or self.pool_size
            ph = output_size(ch, self.pool_size, stride, self.pool_padding)
            pw = output_size(cw, self.pool_size, stride, self.pool_padding)
        return [(height, width, channels), (ch, cw, self.filters), (ph, pw, self.filters)]

    def placement(
        self, input_shape: tuple[int, ...]
    ) -> tuple[tuple[float, float, float, float], tuple[float, float, float, float]]:
        """Where the conv and the pooled maps lie over the input, as ``(x, y, width, height)``
        in input pixels: each output pixel covers the centre of the window it was computed from."""
        height, width = input_shape[:2]
        kh, kw = self.weights.shape[:2]
        s = self.stride
        (top, _), (left, _) = (
            padding_amounts(height, kh, s, self.padding),
            padding_amounts(width, kw, s, self.padding),
        )
        shapes = self.shapes(input_shape)
        (ch, cw, _), (ph_out, pw_out, _) = shapes[1], shapes[2]
        x0, y0 = -left + kw / 2 - s / 2, -top + kh / 2 - s / 2
        conv = (x0, y0, cw * s, ch * s)
        if self.pool == "none":
            return conv, conv
        size, step = self.pool_size, self.pool_stride or self.pool_size
        (ptop, _), (pleft, _) = (
            padding_amounts(ch, size, step, self.pool_padding),
            padding_amounts(cw, size, step, self.pool_padding),
        )
        px, py = x0 + s * (-pleft + size / 2 - step / 2), y0 + s * (-ptop + size / 2 - step / 2)
        return conv, (px, py, pw_out * step * s, ph_out * step * s)

    def to_dict(self) -> dict[str, Any]:
        return {
            "weights": np.asarray(self.weights, dtype=float).tolist(),
            "bias": np.asarray(self.bias, dtype=float).tolist(),
            "stride": self.stride,
            "padding": self.padding,
            "border": self.border,
            "activation": self.activation,
            "pool": self.pool,
            "pool_size": self.pool_size,
            "pool_stride": self.pool_stride,
            "pool_padding": self.pool_padding,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Layer:
        """Rebuild a layer saved by :meth:`to_dict`; raises ValueError on anything odd."""
        weights = np.asarray(data["weights"], dtype=np.float32)
        bias = np.asarray(data["bias"], dtype=np.float32).reshape(-1)
        if weights.ndim != 4 or bias.shape[0] != weights.shape[3]:
            raise ValueError("saved kernel and bias do not match")
        layer = cls(weights, bias)
        for key in ("stride", "pool_size"):
            setattr(layer, key, max(1, int(data.get(key, getattr(layer, key)))))
        padding = data.get("padding", "valid")
        layer.padding = padding if padding in PADDINGS else max(0, int(padding))
        layer.border = data.get("border", "zero") if data.get("border") in BORDERS else "zero"
        layer.activation = (
            data.get("activation") if data.get("activation") in ACTIVATIONS else "relu"
        )
        layer.pool = data.get("pool") if data.get("pool") in POOLS else "max"
        stride = data.get("pool_stride")
        layer.pool_stride = None if stride in (None, 0) else max(1, int(stride))
        layer.pool_padding = (
            data.get("pool_padding") if data.get("pool_padding") in PADDINGS else "valid"
        )
        return layer


# --------------------------------------------------------------------------- one cell, written out
@dataclass
class ChannelTerms:
    """One channel's share of an output cell: the input window, the kernel, their products."""

    window: np.ndarray  # (h, w) input values under the kernel (padding included)
    kernel: np.ndarray  # (h, w)
    products: np.ndarray  # (h, w)
    total: float


@dataclass
class CellTerms:
    """The arithmetic of conv output cell (row, col) of filter ``k``."""

    filter: int
    row: int
    col: int
    top: int  # first row of the window in the *padded* input
    left: int
    channels: list[ChannelTerms]
    bias: float
    total: float


def explain_cell(
    x, w, b, stride, padding: Padding, border: str, k: int, row: int, col: int
) -> CellTerms:
    """Products per channel, bias and sum behind ``conv2d(...)[row, col, k]``."""
    x = _as_hwc(x)
    w = _as_kernel(w, x.shape[2])
    kh, kw = w.shape[:2]
    sh, sw = _pair(stride, "stride")
    rows = padding_amounts(x.shape[0], kh, sh, padding)
    cols = padding_amounts(x.shape[1], kw, sw, padding)
    xp = pad(x, rows, cols, border)
    top, left = row * sh, col * sw
    if not (
        0 <= k < w.shape[3]
        and top + kh <= xp.shape[0]
        and left + kw <= xp.shape[1]
        and row >= 0
        and col >= 0
    ):
        raise ValueError(f"no output cell ({row}, {col}) of filter {k}")
    channels = []
    for c in range(x.shape[2]):
        window = xp[top : top + kh, left : left + kw, c].astype(np.float64)
        kernel = w[:, :, c, k].astype(np.float64)
        products = window * kernel
        channels.append(ChannelTerms(window, kernel, products, float(products.sum())))
    bias = 0.0 if b is None else float(np.asarray(b).reshape(-1)[k])
    return CellTerms(k, row, col, top, left, channels, bias, sum(t.total for t in channels) + bias)


def pool_window(
    shape: tuple[int, int], size: int, stride: int | None, padding: str, row: int, col: int
) -> tuple[slice, slice]:
    """Rows and columns of a (H, W) map that pooled cell (row, col) looks at (padding left out)."""
    ph, pw = _pair(size, "pool size")
    sh, sw = _pair(size if stride is None else stride, "pool stride")
    top = row * sh - padding_amounts(shape[0], ph, sh, padding)[0]
    left = col * sw - padding_amounts(shape[1], pw, sw, padding)[0]
    return slice(max(top, 0), min(top + ph, shape[0])), slice(
        max(left, 0), min(left + pw, shape[1])
    )


# --------------------------------------------------------------------------- the textbook example
def example_8_1() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Input (5, 5, 3), kernels (3, 3, 3, 2) and biases of 오일석's example 8-1 (padding 1, stride
    2)."""
    x = np.zeros((5, 5, 3), dtype=np.float32)
    x[:, :, 0] = [
        [2, 2, 1, 2, 1],
        [0, 0, 1, 1, 2],
        [2, 2, 2, 0, 2],
        [2, 0, 1, 1, 0],
        [1, 1, 0, 2, 0],
    ]
    x[:, :, 1] = [
        [1, 0, 2, 1, 2],
        [1, 2, 0, 2, 2],
        [1, 2, 2, 0, 0],
        [2, 1, 1, 1, 0],
        [1, 0, 2, 1, 2],
    ]
    x[:, :, 2] = [
        [0, 0, 1, 2, 1],
        [2, 2, 2, 0, 1],
        [0, 0, 0, 1, 1],
        [2, 2, 2, 2, 1],
        [2, 0, 0, 1, 1],
    ]
    w = np.zeros((3, 3, 3, 2), dtype=np.float32)
    w[:, :, 0, 0] = [[1, -1, 0], [1, -1, 0], [-1, 1, 0]]
    w[:, :, 1, 0] = [[0, 0, 0], [-1, 1, 1], [1, 0, -1]]
    w[:, :, 2, 0] = [[-1, 1, -1], [1, 1, 1], [1, 0, -1]]
    w[:, :, 0, 1] = [[0, 1, 1], [0, -1, -1], [1, 1, 0]]
    w[:, :, 1, 1] = [[1, -1, 0], [0, 1, 1], [0, 0, 0]]
    w[:, :, 2, 1] = [[0, 1, 0], [-1, 0, -1], [-1, 0, 0]]
    b = np.array([1, 0], dtype=np.float32)
    return x, w, b


def example_8_1_layer() -> Layer:
    _, w, b = example_8_1()
    return Layer(w, b, stride=2, padding=1, border="zero", activation="relu", pool="none")

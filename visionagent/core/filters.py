"""Convolution, activation and pooling as a CNN layer computes them: pure NumPy/OpenCV functions.

Shapes follow Keras: an input is ``(H, W, C)``, a kernel ``(h, w, C, K)`` (one ``h×w`` kernel per
input channel for each of the ``K`` filters), a bias ``(K,)``; every result is float32
``(H', W', K)``. Like ``keras.layers.Conv2D`` (and ``cv2.filter2D``) :func:`conv2d` computes a
*cross-correlation*: the kernel is not flipped; :func:`flip_kernel` turns it 180° for a true
convolution.

Fast paths: stride 1 uses ``cv2.filter2D`` (one call per input channel and filter, or one per filter
when all channels share the kernel); larger strides use a vectorized NumPy loop over the kernel
taps. :func:`conv2d_reference` and :func:`pool2d_reference` are plain loops the tests compare with.

The module also holds the numbers the Filters tab shows (output-size formula, weight count), the
kernel presets, the conversion of signed maps to 8-bit colour pictures, and a look inside a Keras
model (its convolution kernels and the feature maps of a digit).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from visionagent.i18n import translate

PADDINGS = ("valid", "same")
BORDERS = {
    "zero": cv2.BORDER_CONSTANT,
    "reflect": cv2.BORDER_REFLECT_101,  # mirror without repeating the edge (np.pad "reflect")
    "replicate": cv2.BORDER_REPLICATE,  # repeat the edge pixel (np.pad "edge")
}
ACTIVATIONS = ("none", "relu", "leaky_relu", "sigmoid", "tanh")
POOLS = ("none", "max", "avg")
LEAKY_SLOPE = 0.3  # keras.layers.LeakyReLU's default negative_slope

Padding = str | int


# --------------------------------------------------------------------------- sizes and counts
def _pair(value: int | tuple[int, int], name: str) -> tuple[int, int]:
    if isinstance(value, (tuple, list)):
        if len(value) != 2:
            raise ValueError(f"{name} must be an int or a pair of ints, not {value!r}")
        a, b = int(value[0]), int(value[1])
    else:
        a = b = int(value)
    if a < 1 or b < 1:
        raise ValueError(f"{name} must be at least 1, not {value!r}")
    return a, b


def _check_padding(padding: Padding) -> None:
    if isinstance(padding, str):
        if padding not in PADDINGS:
            raise ValueError(
                f"padding must be 'valid', 'same' or a number of pixels, not {padding!r}"
            )
    elif int(padding) < 0:
        raise ValueError(f"padding must not be negative, not {padding!r}")


def padding_amounts(
    size: int, kernel: int, stride: int = 1, padding: Padding = "valid"
) -> tuple[int, int]:
    """Rows (or columns) added before and after one axis, as Keras/TensorFlow pad them.

    ``"same"`` pads so the output has ``ceil(size / stride)`` entries, the odd pixel going after
    (TensorFlow's rule); an int pads that many zeros (or border pixels) on both sides.
    """
    _check_padding(padding)
    if padding == "valid":
        return 0, 0
    if padding == "same":
        out = -(-size // stride)
        total = max((out - 1) * stride + kernel - size, 0)
        return total // 2, total - total // 2
    p = int(padding)
    return p, p


def output_size(size: int, kernel: int, stride: int = 1, padding: Padding = "valid") -> int:
    """Entries along one axis after a convolution or pooling: ``⌊(n + p₁ + p₂ − k) / s⌋ + 1``.

    Returns 0 when the (padded) input is smaller than the kernel.
    """
    before, after = padding_amounts(size, kernel, stride, padding)
    span = size + before + after - kernel
    return span // stride + 1 if span >= 0 else 0


def output_size_formula(size: int, kernel: int, stride: int = 1, padding: Padding = "valid") -> str:
    """The formula with the numbers filled in, e.g. ``⌊(512 + 1 + 1 − 3) / 2⌋ + 1 = 256``."""
    before, after = padding_amounts(size, kernel, stride, padding)
    result = output_size(size, kernel, stride, padding)
    return f"⌊({size} + {before} + {after} − {kernel}) / {stride}⌋ + 1 = {result}"


def weight_count(
    in_channels: int, kernel_h: int, kernel_w: int | None = None, filters: int = 1
) -> int:
    """Weights of a convolution layer, the textbook's ``k′(k·h² + 1)`` (kernels plus one bias
    each)."""
    kernel_w = kernel_h if kernel_w is None else kernel_w
    return filters * (in_channels * kernel_h * kernel_w + 1)


# --------------------------------------------------------------------------- input checks
def _as_hwc(x: np.ndarray, name: str = "x") -> np.ndarray:
    x = np.asarray(x)
    if x.ndim == 2:
        x = x[:, :, None]
    if x.ndim != 3:
        raise ValueError(f"{name} must have shape (H, W) or (H, W, C), not {x.shape}")
    return np.ascontiguousarray(x, dtype=np.float32)


def _as_kernel(w: np.ndarray, channels: int) -> np.ndarray:
    w = np.asarray(w, dtype=np.float32)
    if w.ndim == 2:
        w = np.repeat(w[:, :, None, None], channels, axis=2)
    if w.ndim != 4:
        raise ValueError(f"the kernel must have shape (h, w, C, K) as in Keras, not {w.shape}")
    if w.shape[2] != channels:
        raise ValueError(
            f"the kernel has {w.shape[2]} input channel(s) but the input has {channels}; "
            "give one h×w kernel per input channel"
        )
    if w.shape[0] < 1 or w.shape[1] < 1 or w.shape[3] < 1:
        raise ValueError(f"the kernel shape {w.shape} is empty")
    return w


def flip_kernel(w: np.ndarray) -> np.ndarray:
    """Turn every kernel by 180° (true convolution instead of cross-correlation)."""
    w = np.asarray(w)
    return np.ascontiguousarray(w[::-1, ::-1, ...])


def pad(
    x: np.ndarray,
    rows: tuple[int, int],
    cols: tuple[int, int],
    border: str = "zero",
    value: float = 0.0,
) -> np.ndarray:
    """Pad ``(H, W, C)`` with ``rows``/``cols`` (before, after) using a border mode of
    :data:`BORDERS`."""
    if border not in BORDERS:
        raise ValueError(f"border must be one of {', '.join(BORDERS)}, not {border!r}")
    x = _as_hwc(x)
    (top, bottom), (left, right) = rows, cols
    if top == bottom == left == right == 0:
        return x
    if x.shape[2] > 4 or border == "zero":  # np.pad handles any channel count and any constant
        if border == "zero":
            return np.pad(
                x, ((top, bottom), (left, right), (0, 0)), mode="constant", constant_values=value
            )
        mode = "reflect" if border == "reflect" else "edge"
        return np.pad(x, ((top, bottom), (left, right), (0, 0)), mode=mode)
    out = cv2.copyMakeBorder(x, top, bottom, left, right, BORDERS[border])
    return out.reshape(out.shape[0], out.shape[1], x.shape[2])


# --------------------------------------------------------------------------- convolution
def conv2d(
    x: np.ndarray,
    w: np.ndarray,
    b: np.ndarray | None = None,
    stride: int | tuple[int, int] = 1,
    padding: Padding = "valid",
    border: str = "zero",
) -> np.ndarray:
    """Cross-correlate ``x`` (H, W, C) with ``w`` (h, w, C, K), add ``b`` (K,): float32 (H', W', K).

    ``padding`` is ``"valid"``, ``"same"`` (as Keras) or an int of rows/columns per side, filled
    according to ``border`` (``"zero"``, ``"reflect"``, ``"replicate"``). A 2-D ``w`` is used for
    every channel of a single filter.
    """
    x = _as_hwc(x)
    w = _as_kernel(w, x.shape[2])
    kh, kw, _, k_out = w.shape
    sh, sw = _pair(stride, "stride")
    height, width = x.shape[:2]
    rows = padding_amounts(height, kh, sh, padding)
    cols = padding_amounts(width, kw, sw, padding)
    out_h, out_w = output_size(height, kh, sh, padding), output_size(width, kw, sw, padding)
    if out_h < 1 or out_w < 1:
        raise ValueError(
            translate(
                "Filters",
                "The {kh}×{kw} kernel does not fit in the {h}×{w} input with this padding: "
                "choose a smaller kernel or more padding.",
            ).format(kh=kh, kw=kw, h=height, w=width)
        )
    xp = pad(x, rows, cols, border)
    if sh == sw == 1:
        out = _correlate_filter2d(xp, w, out_h, out_w)
    else:
        out = _correlate_strided(xp, w, sh, sw, out_h, out_w)
    if b is not None:
        b = np.asarray(b, dtype=np.float32).reshape(-1)
        if b.shape[0] != k_out:
            raise ValueError(f"the bias has {b.shape[0]} value(s) but there are {k_out} filter(s)")
        out += b
    return out


def _correlate_filter2d(xp: np.ndarray, w: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """Valid cross-correlation of a padded input, stride 1, with ``cv2.filter2D``."""
    channels, k_out = w.shape[2], w.shape[3]
    planes = cv2.split(xp) if channels > 1 else [xp[:, :, 0]]
    total = None  # sum of the channels, computed once if some filter shares its kernel
    out = None if k_out == 1 else np.empty((out_h, out_w, k_out), dtype=np.float32)
    for k in range(k_out):
        kernels = [np.ascontiguousarray(w[:, :, c, k]) for c in range(channels)]
        if channels > 1 and all(np.array_equal(kernels[0], kc) for kc in kernels[1:]):
            if total is None:  # Σ_c (x_c ⋆ w) = (Σ_c x_c) ⋆ w: one call instead of C
                total = planes[0].copy()
                for plane in planes[1:]:
                    total += plane
            pairs = [(total, kernels[0])]
        else:
            pairs = list(zip(planes, kernels, strict=True))
        acc = None
        for plane, kernel in pairs:
            # anchor (0, 0): dst[y, x] = Σ kernel[i, j]·src[y + i, x + j]; the border OpenCV adds
            # at the bottom/right lands outside [:out_h, :out_w] and is cut away.
            r = cv2.filter2D(
                plane, cv2.CV_32F, kernel, anchor=(0, 0), borderType=cv2.BORDER_CONSTANT
            )
            if acc is None:
                acc = r
            else:
                acc += r
        if out is None:  # one filter: a view of the result, no copy
            return acc[:out_h, :out_w, None]
        out[:, :, k] = acc[:out_h, :out_w]
    return out


def _correlate_strided(
    xp: np.ndarray, w: np.ndarray, sh: int, sw: int, out_h: int, out_w: int
) -> np.ndarray:
    """Valid cross-correlation with strides: one (H', W', C)·(C, K) product per kernel tap."""
    kh, kw, _, k_out = w.shape
    out = np.zeros((out_h, out_w, k_out), dtype=np.float32)
    for i in range(kh):
        for j in range(kw):
            patch = xp[i : i + sh * (out_h - 1) + 1 : sh, j : j + sw * (out_w - 1) + 1 : sw, :]
            out += patch @ w[i, j]
    return out


def conv2d_reference(
    x, w, b=None, stride=1, padding: Padding = "valid", border: str = "zero"
) -> np.ndarray:
    """The same as :func:`conv2d` with plain loops (float64): the definition, for tests."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 2:
        x = x[:, :, None]
    w = np.asarray(w, dtype=np.float64)
    kh, kw, channels, k_out = w.shape
    sh, sw = _pair(stride, "stride")
    rows = padding_amounts(x.shape[0], kh, sh, padding)
    cols = padding_amounts(x.shape[1], kw, sw, padding)
    mode = {"zero": "constant", "reflect": "reflect", "replicate": "edge"}[border]
    xp = np.pad(x, (rows, cols, (0, 0)), mode=mode)
    out_h, out_w = (
        output_size(x.shape[0], kh, sh, padding),
        output_size(x.shape[1], kw, sw, padding),
    )
    out = np.zeros((out_h, out_w, k_out))
    for k in range(k_out):
        for r in range(out_h):
            for c in range(out_w):
                total = 0.0
                for i in range(kh):
                    for j in range(kw):
                        for ch in range(channels):
                            total += xp[r * sh + i, c * sw + j, ch] * w[i, j, ch, k]
                out[r, c, k] = total + (0.0 if b is None else b[k])
    return out


# --------------------------------------------------------------------------- activation, pooling
def activate(x: np.ndarray, name: str = "relu", slope: float = LEAKY_SLOPE) -> np.ndarray:
    """Apply an activation of :data:`ACTIVATIONS` elementwise (float32)."""
    x = np.asarray(x, dtype=np.float32)
    if name == "none":
        return x
    if name == "relu":
        return np.maximum(x, np.float32(0))
    if name == "leaky_relu":
        return np.where(x >= 0, x, np.float32(slope) * x)
    if name == "sigmoid":
        return np.float32(0.5) * (np.float32(1) + np.tanh(np.float32(0.5) * x))  # no overflow
    if name == "tanh":
        return np.tanh(x)
    raise ValueError(f"activation must be one of {', '.join(ACTIVATIONS)}, not {name!r}")


def pool2d(
    x: np.ndarray,
    size: int | tuple[int, int] = 2,
    stride: int | tuple[int, int] | None = None,
    mode: str = "max",
    padding: str = "valid",
) -> np.ndarray:
    """Max or average pooling of ``x`` (H, W, C) as Keras MaxPooling2D/AveragePooling2D.

    ``stride`` defaults to ``size``. With ``padding="same"`` the padded cells never win a max and
    are left out of an average (Keras's rule).
    """
    if mode not in ("max", "avg"):
        raise ValueError(f"pooling mode must be 'max' or 'avg', not {mode!r}")
    if padding not in PADDINGS:
        raise ValueError(f"pooling padding must be 'valid' or 'same', not {padding!r}")
    x = _as_hwc(x)
    ph, pw = _pair(size, "pool size")
    sh, sw = _pair(size if stride is None else stride, "pool stride")
    height, width = x.shape[:2]
    out_h, out_w = output_size(height, ph, sh, padding), output_size(width, pw, sw, padding)
    if out_h < 1 or out_w < 1:
        raise ValueError(
            translate(
                "Filters",
                "The {ph}×{pw} pooling window is larger than the {h}×{w} map: "
                "choose a smaller window or 'same' padding.",
            ).format(ph=ph, pw=pw, h=height, w=width)
        )
    rows, cols = padding_amounts(height, ph, sh, padding), padding_amounts(width, pw, sw, padding)
    padded = rows != (0, 0) or cols != (0, 0)

    def taps(a: np.ndarray):
        for i in range(ph):
            for j in range(pw):
                yield a[i : i + sh * (out_h - 1) + 1 : sh, j : j + sw * (out_w - 1) + 1 : sw]

    if mode == "max":
        xp = pad(x, rows, cols, "zero", value=-np.inf) if padded else x
        out = None
        for tap in taps(xp):
            out = tap.copy() if out is None else np.maximum(out, tap, out=out)
        return out
    xp = pad(x, rows, cols, "zero") if padded else x
    total = np.zeros((out_h, out_w, x.shape[2]), dtype=np.float32)
    for tap in taps(xp):
        total += tap
    if not padded:
        return total * np.float32(1.0 / (ph * pw))
    ones = pad(np.ones((height, width, 1), np.float32), rows, cols, "zero")
    count = np.zeros((out_h, out_w, 1), dtype=np.float32)
    for tap in taps(ones):
        count += tap
    return total / count


def pool2d_reference(x, size=2, stride=None, mode="max", padding="valid") -> np.ndarray:
    """The same as :func:`pool2d` with plain loops, for tests."""
    x = np.asarray(x, dtype=np.float64)
    ph, pw = _pair(size, "size")
    sh, sw = _pair(size if stride is None else stride, "stride")
    (top, _), (left, _) = (
        padding_amounts(x.shape[0], ph, sh, padding),
        padding_amounts(x.shape[1], pw, sw, padding),
    )
    out_h, out_w = (
        output_size(x.shape[0], ph, sh, padding),
        output_size(x.shape[1], pw, sw, padding),
    )
    out = np.zeros((out_h, out_w, x.shape[2]))
    for r in range(out_h):
        for c in range(out_w):
            for ch in range(x.shape[2]):
                values = [
                    x[r * sh + i - top, c * sw + j - left, ch]
                    for i in range(ph)
                    for j in range(pw)
                    if 0 <= r * sh + i - top < x.shape[0] and 0 <= c * sw + j - left < x.shape[1]
                ]
                out[r, c, ch] = max(values) if mode == "max" else sum(values) / len(values)
    return out


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


# --------------------------------------------------------------------------- kernel presets
def _embed(small: np.ndarray, size: int) -> np.ndarray:
    """Put a small kernel in the middle of a size×size zero kernel (or crop its middle)."""
    small = np.asarray(small, dtype=np.float32)
    out = np.zeros((size, size), dtype=np.float32)
    n = small.shape[0]
    if n <= size:
        o = (size - n) // 2
        out[o : o + n, o : o + n] = small
    else:
        o = (n - size) // 2
        out[:] = small[o : o + size, o : o + size]
    return out


def _sobel(size: int, dx: int, dy: int) -> np.ndarray:
    if size < 3:
        return _embed(
            [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]] if dx else [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],
            size,
        )
    kx, ky = cv2.getDerivKernels(dx, dy, size, normalize=False)
    return (ky @ kx.T).astype(np.float32)


def _gaussian(size: int, sigma: float) -> np.ndarray:
    g = cv2.getGaussianKernel(size, max(float(sigma), 1e-3), cv2.CV_64F)
    return (g @ g.T).astype(np.float32)


PRESETS: dict[str, Callable[[int, float], np.ndarray]] = {
    "identity": lambda n, s: _embed([[1]], n),
    "box": lambda n, s: np.full((n, n), 1.0 / (n * n), dtype=np.float32),
    "gaussian": _gaussian,
    "sharpen": lambda n, s: _embed([[0, -1, 0], [-1, 5, -1], [0, -1, 0]], n),
    "sobel_x": lambda n, s: _sobel(n, 1, 0),
    "sobel_y": lambda n, s: _sobel(n, 0, 1),
    "scharr_x": lambda n, s: _embed([[-3, 0, 3], [-10, 0, 10], [-3, 0, 3]], n),
    "scharr_y": lambda n, s: _embed([[-3, -10, -3], [0, 0, 0], [3, 10, 3]], n),
    "laplacian": lambda n, s: _embed([[0, 1, 0], [1, -4, 1], [0, 1, 0]], n),
    "laplacian_diagonal": lambda n, s: _embed([[1, 0, 1], [0, -4, 0], [1, 0, 1]], n),
    "emboss": lambda n, s: _embed([[-2, -1, 0], [-1, 1, 1], [0, 1, 2]], n),
    "outline": lambda n, s: _embed([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]], n),
    "motion_blur": lambda n, s: np.eye(n, dtype=np.float32) / n,
}


def preset(name: str, size: int = 3, sigma: float = 1.0) -> np.ndarray:
    """A ``size×size`` kernel of :data:`PRESETS` (Gaussian uses ``sigma``)."""
    try:
        make = PRESETS[name]
    except KeyError:
        raise ValueError(f"unknown preset {name!r} (known: {', '.join(PRESETS)})") from None
    return np.ascontiguousarray(make(int(size), sigma), dtype=np.float32)


def normalize_kernel(kernel: np.ndarray) -> np.ndarray:
    """Scale so the weights sum to 1 (brightness kept); a zero-sum kernel is scaled to Σ|w| = 2."""
    kernel = np.asarray(kernel, dtype=np.float32)
    total = float(kernel.sum())
    if abs(total) > 1e-6:
        return kernel / total
    spread = float(np.abs(kernel).sum())
    return kernel * (2.0 / spread) if spread > 1e-6 else kernel


def random_kernel(shape: tuple[int, ...], rng: np.random.Generator | None = None) -> np.ndarray:
    """Glorot-uniform random weights, as a fresh Keras Conv2D starts (rounded to 2 decimals)."""
    rng = rng or np.random.default_rng()
    h, w = shape[0], shape[1]
    channels = shape[2] if len(shape) > 2 else 1
    filters = shape[3] if len(shape) > 3 else 1
    limit = math.sqrt(6.0 / (h * w * channels + h * w * filters))
    return np.round(rng.uniform(-limit, limit, size=shape), 2).astype(np.float32)


# --------------------------------------------------------------------------- pictures
def _interpolate_lut(anchors: list[str]) -> np.ndarray:
    colours = np.array(
        [[int(a[i : i + 2], 16) for i in (1, 3, 5)] for a in anchors], dtype=np.float64
    )
    positions = np.linspace(0.0, 1.0, len(anchors))
    t = np.linspace(0.0, 1.0, 256)
    lut = np.stack([np.interp(t, positions, colours[:, c]) for c in range(3)], axis=1)
    return np.ascontiguousarray(np.round(lut).astype(np.uint8))


#: Blue (negative) – white (zero) – red (positive), ColorBrewer's RdBu reversed, as a 256×3 RGB LUT.
DIVERGING_LUT = _interpolate_lut(
    [
        "#053061",
        "#2166ac",
        "#4393c3",
        "#92c5de",
        "#d1e5f0",
        "#f7f7f7",
        "#fddbc7",
        "#f4a582",
        "#d6604d",
        "#b2182b",
        "#67001f",
    ]
)
#: White (zero) to dark red: the positive half of the diverging map, for maps without negatives.
POSITIVE_LUT = _interpolate_lut(["#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"])


def display_levels(values: np.ndarray) -> tuple[float, float, np.ndarray]:
    """``(low, high, lut)`` for a map: symmetric ±max|v| with the diverging LUT when it has
    negative values, else 0..max with the positive LUT (so zero is always white)."""
    flat = (
        np.asarray(values, dtype=np.float32).reshape(values.shape[0], -1)
        if values.size
        else np.zeros((1, 1), np.float32)
    )
    low, high, _, _ = cv2.minMaxLoc(flat)
    if low < 0:
        m = max(-low, high)
        m = m if m > 1e-12 else 1.0
        return -m, m, DIVERGING_LUT
    high = high if high > 1e-12 else 1.0
    return 0.0, high, POSITIVE_LUT


def to_display(
    values: np.ndarray, low: float, high: float, lut: np.ndarray | None = None
) -> np.ndarray:
    """Map a 2-D float map to a picture: uint8 (H, W) without ``lut``, RGB (H, W, 3) with it."""
    values = np.asarray(values, dtype=np.float32)
    if values.ndim == 3 and values.shape[2] == 1:
        values = values[:, :, 0]
    scale = 255.0 / (high - low) if high > low else 1.0
    gray = cv2.addWeighted(values, scale, values, 0.0, -low * scale, dtype=cv2.CV_8U)  # saturates
    if lut is None:
        return gray
    return cv2.applyColorMap(gray, lut.reshape(256, 1, 3))


def input_to_float(image: np.ndarray) -> np.ndarray:
    """uint8 pixels → float32 in 0…1 (what the playground convolves), shape (H, W, C)."""
    image = np.asarray(image)
    if image.ndim == 2:
        image = image[:, :, None]
    return image.astype(np.float32) * np.float32(1.0 / 255.0)


# --------------------------------------------------------------------------- inside a real model
def digit_to_mnist(gray: np.ndarray) -> np.ndarray:
    """A drawing (white ink on black, any size) → float32 (28, 28) in 0…1, framed like MNIST.

    The Digits tab's preprocessing (:func:`visionagent.core.digits.mnist_style`): one recipe for
    every place that feeds a drawing to a digits model.
    """
    from visionagent.core.digits import mnist_style

    gray = np.asarray(gray)
    if gray.ndim == 3:
        gray = cv2.cvtColor(gray, cv2.COLOR_RGB2GRAY)
    return mnist_style(gray, invert=False)


def mnist_sample(
    index: int | None = None, rng: np.random.Generator | None = None
) -> tuple[np.ndarray, int]:
    """One (28, 28) uint8 digit and its label from the shipped MNIST 10k set (random by default)."""
    from visionagent.core.training import load_mnist_10k

    images, labels = load_mnist_10k()
    if index is None:
        index = int((rng or np.random.default_rng()).integers(len(images)))
    return np.array(images[index]), int(labels[index])


def kernel_thumbnails(kernel: np.ndarray, channel: int | None, size: int = 48) -> list[np.ndarray]:
    """Pictures (size×size RGB uint8) of the K kernels of a (h, w, C, K) layer.

    ``channel=None`` shows a 3-channel kernel as colour (each filter stretched to 0…255);
    otherwise the kernels of that input channel in the diverging map, one scale for the layer.
    """
    kernel = np.asarray(kernel, dtype=np.float32)
    pictures = []
    if channel is None:
        for k in range(kernel.shape[3]):
            w = kernel[:, :, :3, k]
            low, high = float(w.min()), float(w.max())
            rgb = to_display(
                w.reshape(w.shape[0], -1), low, high if high > low else low + 1
            ).reshape(w.shape)
            pictures.append(cv2.resize(rgb, (size, size), interpolation=cv2.INTER_NEAREST))
        return pictures
    plane = kernel[:, :, channel, :]
    m = float(np.abs(plane).max()) or 1.0
    for k in range(kernel.shape[3]):
        rgb = to_display(plane[:, :, k], -m, m, DIVERGING_LUT)
        pictures.append(cv2.resize(rgb, (size, size), interpolation=cv2.INTER_NEAREST))
    return pictures


def tile_layout(
    count: int, width: int, height: int, gap: float | None = None
) -> list[tuple[float, float]]:
    """Top-left corners for ``count`` maps of width×height in a grid a bit wider than tall."""
    gap = max(2.0, 0.06 * max(width, height)) if gap is None else gap
    cols = max(1, math.ceil(math.sqrt(count) * 1.4)) if count > 3 else count
    cols = min(cols, count)
    return [((i % cols) * (width + gap), (i // cols) * (height + gap)) for i in range(count)]


@dataclass
class ConvKernels:
    """The kernels of one convolution layer of a model."""

    layer: str
    kind: str  # "Conv2D" or "DepthwiseConv2D"
    kernel: np.ndarray  # (h, w, C, K)
    bias: np.ndarray  # (K,)
    strides: tuple[int, int] = (1, 1)
    padding: str = "valid"


@dataclass
class NetworkView:
    """What :func:`inspect_model` found: every spatial conv layer, and feature maps if asked."""

    model: str
    task: str
    layers: list[ConvKernels] = field(default_factory=list)
    maps: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (layer, (H, W, K))
    probabilities: np.ndarray | None = None
    class_names: list[str] = field(default_factory=list)
    note: str = ""


def _walk(layer):
    yield layer
    for sub in getattr(layer, "layers", []) or []:
        yield from _walk(sub)


def conv_kernels(model) -> list[ConvKernels]:
    """Kernels (h, w, C, K) and biases of every convolution layer with a kernel wider than 1×1.

    A depthwise layer's kernels (one per channel) are listed as K = C·multiplier one-channel
    filters.
    """
    found = []
    for layer in _walk(model):
        name = type(layer).__name__
        if name not in ("Conv2D", "DepthwiseConv2D"):
            continue
        kernel_var = getattr(layer, "depthwise_kernel", None) if name == "DepthwiseConv2D" else None
        if kernel_var is None:  # Keras 3 calls the depthwise kernel "kernel" too
            kernel_var = getattr(layer, "kernel", None)
        if kernel_var is None:
            continue
        kernel = np.asarray(
            kernel_var.numpy() if hasattr(kernel_var, "numpy") else kernel_var, dtype=np.float32
        )
        if kernel.ndim != 4 or kernel.shape[0] * kernel.shape[1] <= 1:
            continue
        if name == "DepthwiseConv2D":
            kernel = kernel.reshape(kernel.shape[0], kernel.shape[1], 1, -1)
        bias_var = getattr(layer, "bias", None)
        bias = (
            np.zeros(kernel.shape[3], np.float32)
            if bias_var is None
            else np.asarray(bias_var.numpy(), np.float32).reshape(-1)
        )
        if bias.shape[0] != kernel.shape[3]:
            bias = np.zeros(kernel.shape[3], np.float32)
        strides = tuple(int(s) for s in getattr(layer, "strides", (1, 1)))
        found.append(
            ConvKernels(
                layer.name, name, kernel, bias, strides, str(getattr(layer, "padding", "valid"))
            )
        )
    return found


_feature_models: dict[int, Any] = {}
_feature_lock = threading.Lock()


def _model_input(model, digit: np.ndarray) -> np.ndarray:
    """A (1, 28, 28, 1) batch; 0…255 when the model rescales its input itself, else 0…1."""
    scale = 1.0
    for layer in model.layers[:2]:
        if type(layer).__name__ == "Rescaling":
            scale = 255.0
    return (digit.astype(np.float32) * scale)[None, :, :, None]


def feature_maps(model, digit: np.ndarray) -> tuple[list[tuple[str, np.ndarray]], np.ndarray]:
    """Outputs of every top-level Conv2D layer (and the class probabilities) for one digit.

    ``digit`` is a (28, 28) float picture in 0…1 (see :func:`digit_to_mnist`).
    """
    from visionagent.core import backend

    keras = backend.keras()
    with _feature_lock:
        probe = _feature_models.get(id(model))
        if probe is None or probe[2] is not model:  # ids can be reused by a newer model
            convs = [layer for layer in model.layers if type(layer).__name__ == "Conv2D"]
            inputs = model.inputs[0] if len(model.inputs) == 1 else model.inputs
            sub = keras.Model(inputs, [layer.output for layer in convs] + list(model.outputs))
            probe = (sub, [c.name for c in convs], model)
            _feature_models.clear()  # keep one: the model on screen
            _feature_models[id(model)] = probe
    sub, names, _ = probe
    outputs = sub(_model_input(model, digit), training=False)
    outputs = [
        np.asarray(o) for o in (outputs if isinstance(outputs, (list, tuple)) else [outputs])
    ]
    maps = [
        (name, out[0].astype(np.float32))
        for name, out in zip(names, outputs[: len(names)], strict=True)
    ]
    probabilities = outputs[-1][0].astype(np.float32)
    return maps, probabilities


def inspect_model(state, registry, name: str, digit: np.ndarray | None = None) -> NetworkView:
    """Job: load ``name`` from ``registry``, list its kernels and, for a digit model given a
    ``digit``, the feature maps of every convolution layer. Runs in a worker thread."""
    model, info = registry.load(name)
    state.check()
    view = NetworkView(name, info.task, conv_kernels(model), class_names=list(info.class_names))
    if not view.layers:
        view.note = translate(
            "Filters", "This model has no convolution layers with kernels larger than 1×1."
        )
    if digit is not None and info.task == "digits":
        state.check()
        try:
            view.maps, view.probabilities = feature_maps(model, digit)
        except (ValueError, TypeError, AttributeError) as exc:
            view.note = translate(
                "Filters", "Feature maps are not available for this model ({error})."
            ).format(error=exc)
    return view

"""Convolution, activation and pooling as a CNN layer computes them: pure NumPy/OpenCV functions.

Shapes follow Keras: an input is ``(H, W, C)``, a kernel ``(h, w, C, K)`` (one ``h×w`` kernel per
input channel for each of the ``K`` filters), a bias ``(K,)``; every result is float32
``(H', W', K)``. Like ``keras.layers.Conv2D`` (and ``cv2.filter2D``) :func:`conv2d` computes a
*cross-correlation*: the kernel is not flipped; :func:`flip_kernel` turns it 180° for a true
convolution.

Fast paths: stride 1 uses ``cv2.filter2D`` (one call per input channel and filter, or one per filter
when all channels share the kernel); larger strides use a vectorized NumPy loop over the kernel
taps. :func:`conv2d_reference` and :func:`pool2d_reference` are plain loops the tests compare with.
"""

from __future__ import annotations

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

"""Kernel presets (identity, box, Gaussian, Sobel, …), normalisation and random kernels."""

from __future__ import annotations

import math
from collections.abc import Callable

import cv2
import numpy as np


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

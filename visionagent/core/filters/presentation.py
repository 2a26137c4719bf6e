"""Pictures of maps and kernels: colour tables, display levels, 8-bit conversion, tile layout and
one grid picture of a layer's feature maps (what the Filters tab and ``visionagent inspect``
show)."""

from __future__ import annotations

import math

import cv2
import numpy as np


# --------------------------------------------------------------------------- numbers
def format_number(value: float) -> str:
    """Short text for a cell of a number grid: ``2``, ``-0.5``, ``0.111``, ``2e-05``."""
    value = float(value)
    if value == 0:
        return "0"
    if abs(value - round(value)) < 1e-6 and abs(value) < 1e6:
        return str(int(round(value)))
    if abs(value) < 0.001:
        return f"{value:.0e}"
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


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


SCALES = ("layer", "map")  # one colour scale for all maps of a layer, or one per map
GRID_BACKGROUND = 200  # light grey between tiles


def map_grid(
    values: np.ndarray,
    scale: str = "layer",
    max_side: int = 1024,
    min_tile: int = 16,
    levels: tuple[float, float, np.ndarray] | None = None,
) -> np.ndarray:
    """All K maps of an ``(H, W, K)`` activation as one RGB uint8 picture (a grid of tiles).

    Tiles are laid out by :func:`tile_layout`, enlarged by a whole factor (nearest neighbour, so
    each cell stays a visible square) until they are at least ``min_tile`` pixels, and the whole
    grid shrunk to at most ``max_side`` pixels. ``scale="layer"`` uses one colour scale for every
    map (so their strengths compare), ``"map"`` one per map (so each map's pattern shows);
    ``levels`` imposes ``(low, high, lut)``, e.g. one scale for a whole network.
    """
    values = np.asarray(values, dtype=np.float32)
    if values.ndim == 2:
        values = values[:, :, None]
    if values.ndim != 3 or values.shape[2] == 0:
        raise ValueError(f"feature maps must have shape (H, W, K), not {values.shape}")
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}, not {scale!r}")
    height, width, count = values.shape
    zoom = max(1, math.ceil(min_tile / max(1, min(height, width))))
    th, tw = height * zoom, width * zoom
    gap = max(1, int(round(0.08 * max(th, tw))))
    corners = tile_layout(count, tw, th, gap)
    grid_w = int(max(x for x, _ in corners)) + tw
    grid_h = int(max(y for _, y in corners)) + th
    picture = np.full((grid_h, grid_w, 3), GRID_BACKGROUND, np.uint8)
    shared = levels or (display_levels(values) if scale == "layer" else None)
    for k, (x, y) in enumerate(corners):
        low, high, lut = shared or display_levels(values[:, :, k])
        tile = to_display(values[:, :, k], low, high, lut)
        if zoom > 1:
            tile = cv2.resize(tile, (tw, th), interpolation=cv2.INTER_NEAREST)
        picture[int(y) : int(y) + th, int(x) : int(x) + tw] = tile
    side = max(grid_h, grid_w)
    if side > max_side:
        factor = max_side / side
        size = (max(1, round(grid_w * factor)), max(1, round(grid_h * factor)))
        picture = cv2.resize(picture, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(picture)

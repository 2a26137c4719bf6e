"""The Pictures page's work, as a job: run the layer on the picture and turn every map into a
picture to show (plain NumPy, no Qt, so it can run in a worker thread)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import cv2
import numpy as np

from visionagent.core import filters

Rect = tuple[float, float, float, float]


@dataclass
class StageMaps:
    """One stage (convolution, activation or pooling): its values and their pictures."""

    values: np.ndarray  # (H, W, K) float32
    tiles: list[np.ndarray]  # one picture per map
    levels: list[tuple[float, float, np.ndarray]]  # (low, high, colour table) per map
    rects: list[Rect]  # where each map lies over the input, in input pixels

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)


@dataclass
class PicturesResult:
    """What the Pictures page shows for one layer and one input."""

    layer: filters.Layer
    input_shape: tuple[int, ...]
    shapes: list[tuple[int, int, int]]
    stages: dict[str, StageMaps] = field(default_factory=dict)  # "conv", "act", "pool"
    error: str = ""
    seconds: float = 0.0

    def geometry(self) -> tuple:
        """Changes when the maps move or resize (the views then fit the new maps)."""
        conv = self.stages.get("conv")
        pool = self.stages.get("pool")
        return (
            self.input_shape,
            conv.rects[0] if conv else None,
            pool.rects[0] if pool else None,
            self.layer.filters,
        )


def _stage(values: np.ndarray, rect: Rect, corners: list[tuple[float, float]]) -> StageMaps:
    # Each map on its own scale: a Sobel map would drown a blur.
    levels = [filters.display_levels(values[:, :, k]) for k in range(values.shape[2])]
    tiles = [filters.to_display(values[:, :, k], *levels[k]) for k in range(values.shape[2])]
    rects = [(rect[0] + cx, rect[1] + cy, rect[2], rect[3]) for cx, cy in corners]
    return StageMaps(values, tiles, levels, rects)


def compute_pictures(state, layer: filters.Layer, x: np.ndarray) -> PicturesResult:
    """Run ``layer`` on ``x`` (H, W, C float) and make the pictures of its three stages.

    ``state`` is the job's :class:`~visionagent.core.jobs.TaskState` (None when called
    directly); a layer that cannot run on ``x`` gives a result with ``error`` set.
    """
    start = time.perf_counter()
    result = PicturesResult(layer, tuple(x.shape), layer.shapes(x.shape))
    try:
        stages = layer.run(x)
    except ValueError as exc:
        result.error = str(exc)
        return result
    conv_rect, pool_rect = layer.placement(x.shape)
    corners = filters.tile_layout(layer.filters, x.shape[1], x.shape[0])
    for key, values, rect in (
        ("conv", stages.conv, conv_rect),
        ("act", stages.activated, conv_rect),
        ("pool", stages.pooled, pool_rect),
    ):
        if state is not None:
            state.check()
        result.stages[key] = _stage(values, rect, corners)
    result.seconds = time.perf_counter() - start
    return result


def fit_picture(image: np.ndarray, side: int) -> np.ndarray:
    """``image`` scaled down so that its longer side is at most ``side`` pixels."""
    if max(image.shape[:2]) <= side:
        return image
    scale = side / max(image.shape[:2])
    size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)

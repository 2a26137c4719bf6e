"""Pictures the Inside tab shows, made from the core's arrays (NumPy and OpenCV only)."""

from __future__ import annotations

import cv2
import numpy as np

from visionagent.core import cam, filters

SHOWN_SIDE = 224  # small inputs (28×28 digits) are enlarged to about this, pixels kept square
KERNEL_SIDE = 24
BOX_COLOURS = ("#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000")
CELL_COLOUR = "#00a000"


def zoom_for(shape: tuple[int, ...]) -> int:
    """The whole factor that shows an input of ``shape`` at about :data:`SHOWN_SIDE` pixels."""
    return max(1, SHOWN_SIDE // max(1, max(shape[:2])))


def rgb(picture: np.ndarray) -> np.ndarray:
    """A float 0…1 or uint8 picture (grey or RGB) as RGB uint8."""
    picture = np.asarray(picture)
    if picture.dtype != np.uint8:
        picture = np.clip(np.nan_to_num(picture.astype(np.float32)) * 255.0 + 0.5, 0, 255)
        picture = picture.astype(np.uint8)
    if picture.ndim == 3 and picture.shape[2] == 1:
        picture = picture[:, :, 0]
    if picture.ndim == 2:
        picture = np.repeat(picture[:, :, None], 3, axis=2)
    return np.ascontiguousarray(picture[:, :, :3])


def enlarged(picture: np.ndarray, zoom: int) -> np.ndarray:
    """``picture`` (RGB uint8) enlarged ``zoom`` times, each pixel a square."""
    if zoom <= 1:
        return picture
    height, width = picture.shape[:2]
    return cv2.resize(picture, (width * zoom, height * zoom), interpolation=cv2.INTER_NEAREST)


def cam_overlay(picture: np.ndarray, heatmap: np.ndarray) -> np.ndarray:
    """The model's input with a Grad-CAM heatmap blended in (RGB uint8, the input's size)."""
    base = rgb(picture)
    height, width = base.shape[:2]
    full = cam.expand_heatmap(heatmap, (0, 0, width, height), (width, height))
    return cam.overlay_heatmap(base, full)


def kernel_sheet(kernels: np.ndarray, side: int = KERNEL_SIDE) -> np.ndarray:
    """The K kernels of a (h, w, C, K) layer as one picture: colour when C = 3 (each kernel
    stretched to 0…255), else the first input channel in blue–white–red."""
    channel = None if kernels.shape[2] == 3 else 0
    pictures = filters.kernel_thumbnails(kernels, channel, size=side)
    gap = 3
    corners = filters.tile_layout(len(pictures), side, side, gap)
    width = int(max(x for x, _ in corners)) + side
    height = int(max(y for _, y in corners)) + side
    sheet = np.full((height, width, 3), 255, np.uint8)
    for picture, (x, y) in zip(pictures, corners, strict=True):
        sheet[int(y) : int(y) + side, int(x) : int(x) + side] = picture
    return sheet


def boxes(windows: list[tuple[int, int, int, int]], zoom: int) -> list[tuple]:
    """PhotoView boxes for input windows ``(top, left, bottom, right)``: growing windows go from
    light to dark orange, the last (the clicked cell's) in green."""
    out = []
    for index, (top, left, bottom, right) in enumerate(windows):
        last = index == len(windows) - 1
        shade = BOX_COLOURS[min(index, len(BOX_COLOURS) - 1)]
        out.append(
            (
                left * zoom,
                top * zoom,
                (right - left + 1) * zoom,
                (bottom - top + 1) * zoom,
                CELL_COLOUR if last else shade,
            )
        )
    return out

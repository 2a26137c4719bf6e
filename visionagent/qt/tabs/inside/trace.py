"""One cell traced down to the input: the receptive fields of the same spot through the layers.

A cell of a deep layer sees a large window of the input; the cells of the layers below at the same
spot see smaller ones (two 3×3 layers see 5×5, three see 7×7: the VGG argument). These functions
find, for every convolution and pooling layer up to the clicked one, the cell whose window is
centred nearest to the clicked cell's, and its window in input pixels (no Qt, no TensorFlow:
only the layer table's receptive fields).
"""

from __future__ import annotations

from visionagent.core.inspector import CONV_KINDS, Inspector, LayerInfo

TRACED_KINDS = (*CONV_KINDS, "pooling")
MAX_BOXES = 8


def _spatial(info: LayerInfo) -> bool:
    return info.reach is not None and info.reach.spatial and len(info.output_shape) == 3


def window_centre(info: LayerInfo, row: int, col: int) -> tuple[float, float]:
    """The centre ``(y, x)`` of a cell's window in input pixels (before clipping)."""
    top, left, bottom, right = info.reach.window(row, col)
    return (top + bottom) / 2.0, (left + right) / 2.0


def cell_at(info: LayerInfo, y: float, x: float) -> tuple[int, int]:
    """The cell of ``info``'s maps whose window is centred nearest to input pixel (y, x)."""
    reach = info.reach
    height, width = info.output_shape[:2]
    out = []
    for value, axis, count in ((y, 0, height), (x, 1, width)):
        centre0 = reach.first[axis] + (reach.size[axis] - 1) / 2.0
        index = round((value - centre0) / max(1, reach.jump[axis]))
        out.append(int(min(max(index, 0), count - 1)))
    return out[0], out[1]


def nested_windows(
    inspector: Inspector, layers: list[LayerInfo], path: str, row: int, col: int
) -> list[tuple[str, tuple[int, int, int, int]]]:
    """``[(layer path, (top, left, bottom, right))]`` from the first convolution up to ``path``:
    the window of the cell at the same spot in each layer, smallest first, the clicked cell's
    last (at most :data:`MAX_BOXES`; equal windows once)."""
    target = next((info for info in layers if info.path == path), None)
    if target is None or not _spatial(target):
        return []
    y, x = window_centre(target, row, col)
    found: list[tuple[str, tuple[int, int, int, int]]] = []
    for info in layers:
        if info.index >= target.index:
            break
        if info.kind in TRACED_KINDS and _spatial(info):
            window = inspector.window(info.path, *cell_at(info, y, x))
            if all(window != seen for _, seen in found):
                found.append((info.path, window))
    last = inspector.window(target.path, row, col)
    found = [(p, w) for p, w in found if w != last]
    if len(found) > MAX_BOXES - 1:  # keep the first, the last and evenly spaced ones between
        step = (len(found) - 1) / (MAX_BOXES - 2)
        found = [found[round(i * step)] for i in range(MAX_BOXES - 1)]
    return [*found, (target.path, last)]

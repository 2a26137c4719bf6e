"""Time one full Filters-tab update on one core and compare it with a bare cv2.filter2D call.

One update = 7×7 convolution with one filter (a different 7×7 kernel per RGB channel, the general
case) + ReLU + 2×2 max pooling + conversion of the result to a displayable 8-bit colour picture, on
the 512×512 RGB astronaut sample. Usage: ``python bench/filters.py [--repeats N]``.
The last line is ``updates_per_s=… ratio_to_filter2d=…``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2
import numpy as np

from visionagent import paths
from visionagent.core import filters
from visionagent.core.images import read_image


def median_ms(fn, repeats: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000.0 * statistics.median(times)


def gui_update_ms(layer: filters.Layer, repeats: int) -> float:
    """Median time of ``FiltersTab.update_now`` (compute + pyqtgraph images) after a weight edit."""
    import tempfile

    os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from visionagent.app import create_application
    from visionagent.core.registry import ModelRegistry
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.filters import FiltersTab

    app = create_application()
    tab = FiltersTab(AppContext(registry=ModelRegistry([])))
    tab.resize(1400, 900)
    tab.show()
    tab.set_layer(layer)
    app.processEvents()
    weights = layer.weights.copy()
    times = []
    for _ in range(max(repeats, 5)):
        weights[3, 3, 0, 0] += 0.01  # what a keystroke in a cell does
        tab.editor.set_filter_kernel(weights[:, :, :, 0])
        tab._timer.stop()  # time exactly one update
        start = time.perf_counter()
        tab.update_now()
        app.processEvents()  # let Qt paint
        times.append(time.perf_counter() - start)
    tab.shutdown()
    return 1000.0 * statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument(
        "--gui",
        action="store_true",
        help="also time one update of the real Filters tab (offscreen)",
    )
    args = parser.parse_args()
    cv2.setNumThreads(1)

    image = read_image(paths.resource("samples", "astronaut.png"), mode="rgb")
    x = filters.input_to_float(image)
    rng = np.random.default_rng(0)
    layer = filters.Layer(
        weights=filters.random_kernel((7, 7, 3, 1), rng),
        bias=np.zeros(1, np.float32),
        stride=1,
        padding="valid",
        activation="relu",
        pool="max",
        pool_size=2,
    )

    def update() -> np.ndarray:
        pooled = layer.run(x).pooled
        low, high, lut = filters.display_levels(pooled)
        return filters.to_display(pooled[:, :, 0], low, high, lut)

    def update_three_views() -> None:  # what the tab draws: conv, activation and pooled maps
        stages = layer.run(x)
        for values in (stages.conv, stages.activated, stages.pooled):
            low, high, lut = filters.display_levels(values)
            filters.to_display(values[:, :, 0], low, high, lut)

    kernel2d = np.ascontiguousarray(layer.weights[:, :, 0, 0])
    shared = filters.Layer(
        np.repeat(kernel2d[:, :, None, None], 3, axis=2), np.zeros(1, np.float32)
    )

    def update_shared_kernel() -> None:  # a preset: the same kernel on every channel
        pooled = shared.run(x).pooled
        low, high, lut = filters.display_levels(pooled)
        filters.to_display(pooled[:, :, 0], low, high, lut)

    def bare_filter2d() -> np.ndarray:
        return cv2.filter2D(x, cv2.CV_32F, kernel2d)

    shape = layer.shapes(x.shape)
    out = update()
    print(
        f"image: astronaut.png {image.shape[1]}×{image.shape[0]}×{image.shape[2]}, OpenCV "
        f"{cv2.__version__}, "
        f"threads={cv2.getNumThreads()}, repeats={args.repeats}"
    )
    print(
        "pipeline: "
        + " → ".join("×".join(str(v) for v in s) for s in shape)
        + f", display {out.shape} {out.dtype}"
    )
    t_filter2d = median_ms(bare_filter2d, args.repeats)
    t_update = median_ms(update, args.repeats)
    t_three = median_ms(update_three_views, args.repeats)
    t_shared = median_ms(update_shared_kernel, args.repeats)
    print(f"bare cv2.filter2D (7×7, 3 channels): {t_filter2d:.3f} ms")
    print(f"full update (per-channel kernels):   {t_update:.3f} ms")
    print(f"same kernel on every channel:        {t_shared:.3f} ms")
    print(f"three views converted (conv, act, pool): {t_three:.3f} ms ({1000.0 / t_three:.0f}/s)")
    if args.gui:
        print(
            f"Filters tab, one live update drawn in the 4 views (offscreen Qt): "
            f"{gui_update_ms(layer, args.repeats // 4):.3f} ms"
        )
    print(f"updates_per_s={1000.0 / t_update:.1f} ratio_to_filter2d={t_update / t_filter2d:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

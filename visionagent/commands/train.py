"""``visionagent train``: the Training tab's trainer on the command line."""

from __future__ import annotations

import argparse
import sys

from visionagent.i18n import translate


def register(sub) -> None:
    from visionagent.core.training import ARCHITECTURES, BACKBONES, OPTIMIZERS

    p = sub.add_parser("train", help="train a model (one line per epoch) and save .keras + .json")
    p.add_argument(
        "--dataset",
        default="mnist-10k",
        help="mnist-10k | mnist | fashion-mnist | cifar10 | DIR (one subfolder of images per "
        "class, e.g. Stanford Dogs' Images/)",
    )
    p.add_argument("--arch", default="lenet5", choices=sorted(ARCHITECTURES))
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--optimizer", default="adam", choices=OPTIMIZERS)
    p.add_argument("--dropout", type=float, default=None)
    p.add_argument("--augment", action="store_true", help="augmentation suited to the data set")
    p.add_argument(
        "--early-stopping",
        type=int,
        default=0,
        metavar="PATIENCE",
        help="stop after PATIENCE epochs without improvement",
    )
    p.add_argument(
        "--validation-split",
        type=float,
        default=None,
        help="fraction held out (default 0.1; 0.2 for a folder)",
    )
    p.add_argument(
        "--image-size",
        type=int,
        default=224,
        help="side of the square images of a folder data set (default 224)",
    )
    p.add_argument(
        "--backbone",
        default="efficientnet-lite0",
        choices=BACKBONES,
        help="transfer: the pretrained network",
    )
    p.add_argument(
        "--weights",
        default="imagenet",
        help="transfer: imagenet (local files only), none (random) or a weights file",
    )
    p.add_argument(
        "--fine-tune",
        type=int,
        default=0,
        metavar="EPOCHS",
        help="transfer: then train the top backbone layers for EPOCHS more",
    )
    p.add_argument(
        "--fine-tune-layers",
        type=int,
        default=20,
        help="transfer: how many top backbone layers to unfreeze (default 20)",
    )
    p.add_argument(
        "--multi-gpu",
        action="store_true",
        help="tf.distribute.MirroredStrategy when more than one GPU is present",
    )
    p.add_argument("--lr-schedule", default="constant", choices=("constant", "cosine"))
    p.add_argument("--limit", type=int, default=None, help="use only the first N training samples")
    p.add_argument("--seed", type=int, default=123)
    p.add_argument("--out", required=True, help="PATH.keras (PATH.json is written beside it)")
    p.set_defaults(func=run)


class _PrintListener:
    def on_start(self, info) -> None:
        if info.get("phase") == "fine-tune":
            print(
                translate("Training", "fine-tuning: {count} trainable parameters").format(
                    count=info["trainable_parameters"]
                ),
                flush=True,
            )

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

    folder = training.is_folder_dataset(args.dataset)
    aug = training.Augmentation()
    if args.augment:
        aug = (
            training.Augmentation.for_digits()
            if args.dataset in ("mnist-10k", "mnist")
            else training.Augmentation.textbook()
        )
    validation_split = (
        args.validation_split if args.validation_split is not None else (0.2 if folder else 0.1)
    )
    config = training.TrainConfig(
        dataset=args.dataset,
        arch=args.arch,
        epochs=args.epochs,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        optimizer=args.optimizer,
        dropout=args.dropout,
        augmentation=aug,
        validation_split=validation_split,
        early_stopping=args.early_stopping > 0,
        patience=max(1, args.early_stopping),
        limit=args.limit,
        seed=args.seed,
        lr_schedule=args.lr_schedule,
        image_size=args.image_size,
        backbone=args.backbone,
        backbone_weights=None if args.weights.lower() == "none" else args.weights,
        fine_tune_epochs=max(0, args.fine_tune),
        fine_tune_layers=args.fine_tune_layers,
        multi_gpu=args.multi_gpu,
    )
    try:
        result = training.train(config, listener=_PrintListener())
    except (training.DatasetUnavailable, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    out = training.save_result(result, args.out)
    if result.test_accuracy is not None:
        print(
            translate("Training", "test accuracy {acc:.2f}% on {dataset}").format(
                acc=100 * result.test_accuracy,
                dataset=result.evaluation_name or result.data.test_name,
            )
        )
    print(translate("Training", "parameters {count}").format(count=result.model.count_params()))
    print(translate("Training", "saved {path}").format(path=str(out)))
    return 0

"""``visionagent train``: the Training tab's trainer on the command line.

The options are built from the core's field table (:data:`~visionagent.core.training.TRAIN_FIELDS`),
and a run starts from :func:`~visionagent.core.training.defaults_for` the chosen data set, with only
the options given applied on top: the same defaults as the Training tab. A few options are made by
hand because they take more than the table can say: ``--dataset``, ``--out``, ``--weights``
(``imagenet``, ``none`` or a file), ``--augment`` (the data set's preset) and
``--early-stopping [PATIENCE]``.

Exit codes: 0 saved; 1 the run diverged (loss NaN), nothing saved; 2 bad options, output or
data, nothing trained; 130 interrupted (Ctrl-C), the previous model untouched.
"""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
from pathlib import Path

from visionagent.i18n import dataset_label, translate

SKIPPED_PRINTED = 10  # unreadable files named on stderr (all are counted)


def _plural(text: str, count: int) -> str:
    """English's "(s)" settled for ``count``; a translation (Korean has no plural) has none."""
    return text.replace("(s)", "" if count == 1 else "s")


def register(sub) -> None:
    from visionagent.core import fields
    from visionagent.core.training import DATASETS, TRAIN_FIELDS

    p = sub.add_parser(
        "train",
        help=translate("Cli", "train a model (one line per epoch) and save .keras + .json"),
        description=translate(
            "Cli",
            "Train a model on a data set and save it (NAME.keras, NAME.json and the epoch "
            "snapshots NAME.epochs.npz). Unset options take the data set's defaults, the same as "
            "the Training tab's.",
        ),
    )
    p.add_argument(
        "--dataset",
        default="mnist-10k",
        help=translate(
            "Cli",
            "{datasets} | DIR (one subfolder of images per class, e.g. Stanford Dogs' Images/); "
            "default mnist-10k",
        ).format(datasets=" | ".join(DATASETS)),
    )
    p.add_argument(
        "--out",
        required=True,
        help=translate("Cli", "PATH.keras (PATH.json is written beside it)"),
    )
    p.add_argument(
        "--weights",
        default=None,
        help=translate(
            "Cli",
            "transfer: imagenet (local files only; the default), none (random) or a weights file",
        ),
    )
    p.add_argument(
        "--augment",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "Cli",
            "augmentation suited to the data set (--no-augment: none); the single augmentation "
            "options (--rotation, --flip, …) change it further",
        ),
    )
    p.add_argument(
        "--early-stopping",
        type=int,
        nargs="?",
        const=-1,
        default=None,
        metavar="PATIENCE",
        help=translate(
            "Cli",
            "stop after PATIENCE epochs without improvement (without a number: the data set's "
            "patience; 0: no early stopping; --patience sets it too)",
        ),
    )
    fields.add_arguments(p, TRAIN_FIELDS)
    p.set_defaults(func=run)


def config_from_args(args: argparse.Namespace):
    """The :class:`TrainConfig` of the command line: ``defaults_for(--dataset)`` with only the
    options given applied, validated; ``ValueError`` with one clear line if they do not fit."""
    from visionagent.core import fields
    from visionagent.core import training as tr

    config = tr.defaults_for(args.dataset)
    if args.augment is not None:
        augmentation = tr.augmentation_preset(args.dataset) if args.augment else tr.Augmentation()
        config = dataclasses.replace(config, augmentation=augmentation)
    if args.early_stopping is not None:
        if args.early_stopping < -1:
            raise ValueError(
                translate("Training", "--early-stopping must be 0 or more, not {value}.").format(
                    value=args.early_stopping
                )
            )
        patience = config.patience if args.early_stopping == -1 else args.early_stopping
        config = dataclasses.replace(
            config, early_stopping=args.early_stopping != 0, patience=max(1, patience)
        )
    if args.weights is not None:
        weights = None if args.weights.strip().lower() == "none" else args.weights.strip()
        config = dataclasses.replace(config, backbone_weights=weights)
    config = fields.apply_values(config, fields.given_arguments(args, tr.TRAIN_FIELDS))
    return tr.check_config(config)


class _PrintListener:
    def on_start(self, info) -> None:
        if info.get("phase") == "fine-tune":
            print(
                translate("Training", "fine-tuning: {count} trainable parameters").format(
                    count=info["trainable_parameters"]
                ),
                flush=True,
            )
            return
        skipped = info.get("skipped_count", 0)
        if skipped:
            print(
                _plural(
                    translate(
                        "Training", "skipped {count} unreadable image(s); training on {train}:"
                    ),
                    skipped,
                ).format(count=skipped, train=info["train_samples"]),
                file=sys.stderr,
                flush=True,
            )
            for item in info["skipped"][:SKIPPED_PRINTED]:
                print(f"  {item['file']}: {item['problem']}", file=sys.stderr)
            if skipped > SKIPPED_PRINTED:
                print(
                    "  "
                    + translate("Training", "… and {count} more").format(
                        count=skipped - SKIPPED_PRINTED
                    ),
                    file=sys.stderr,
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


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def _on_sigterm(_number, _frame):
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from visionagent.core import training

    try:
        out = training.check_output_path(args.out)
        config = config_from_args(args)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    before = _identity(out)
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread
        previous = None
    try:
        return _train_and_save(training, config, out)
    except KeyboardInterrupt:
        after = _identity(out)
        if after is not None and after != before:
            message = translate("Training", "stopped after saving {path}").format(path=str(out))
        elif before is not None:
            message = translate(
                "Training", "stopped; the previous model at {path} is unchanged"
            ).format(path=str(out))
        else:
            message = translate("Training", "stopped; nothing was saved")
        print(message, file=sys.stderr, flush=True)
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _train_and_save(training, config, out: Path) -> int:
    try:
        result = training.train(config, listener=_PrintListener())
    except ValueError as exc:  # DatasetUnavailable, bad settings, unusable data
        print(str(exc), file=sys.stderr)
        return 2
    if result.diverged is not None:
        epoch, batch = result.diverged
        print(
            translate(
                "Training",
                "the loss became NaN in epoch {epoch}, batch {batch}: the run diverged and "
                "nothing was saved. Try a smaller learning rate.",
            ).format(epoch=epoch, batch=batch),
            file=sys.stderr,
        )
        return 1
    try:
        out = training.save_result(result, out)
    except (OSError, ValueError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if result.test_accuracy is not None:
        print(
            translate("Training", "test accuracy {acc:.2f}% on {dataset}").format(
                acc=100 * result.test_accuracy,
                dataset=dataset_label(result.evaluation_name or result.data.test_name),
            )
        )
    print(translate("Training", "parameters {count}").format(count=result.model.count_params()))
    if result.snapshots:
        count = len(result.snapshots)
        print(
            _plural(
                translate("Training", "weights of {count} epoch(s) kept in {file}"), count
            ).format(count=count, file=str(training.snapshot_path(out)))
        )
    print(translate("Training", "saved {path}").format(path=str(out)))
    return 0

"""``visionagent digits``: read handwritten digit images, or evaluate a model on MNIST IDX files.

::

    visionagent digits IMAGE... [--json] [--model NAME] [--naive]
    visionagent digits --evaluate-mnist DIR [--model NAME]

Each image is one digit of any size and either polarity, preprocessed the canvas's way. Plain
output is one line per file; ``--json`` prints one JSON list. Unreadable files get an error line
on stderr, the others are still read, and the exit code is 1 at the end.
"""

from __future__ import annotations

import argparse
import json
import sys

from visionagent.i18n import translate

DEFAULT_MODEL = "digits_cnn"


def register(sub) -> None:
    p = sub.add_parser(
        "digits",
        help=translate(
            "Cli", "read handwritten digits from images, or evaluate on MNIST IDX files"
        ),
        description=translate(
            "Cli",
            "Read each IMAGE as one handwritten digit (any size, dark-on-light or light-on-dark).",
        ),
    )
    p.add_argument(
        "images",
        nargs="*",
        metavar="IMAGE",
        help=translate("Cli", "image files, one digit each"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "Cli", 'print one JSON list of {"file", "digit", "confidence", "probabilities"}'
        ),
    )
    p.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        metavar="NAME",
        help=translate(
            "Cli", "digits model: a registry name or a .keras path (default {default})"
        ).format(default=DEFAULT_MODEL),
    )
    p.add_argument(
        "--naive",
        action="store_true",
        help=translate(
            "Cli", "the textbook's straight resize instead of MNIST-style preprocessing"
        ),
    )
    p.add_argument(
        "--evaluate-mnist",
        metavar="DIR",
        help=translate(
            "Cli", "accuracy on t10k-images/labels IDX files in DIR (last line: the percentage)"
        ),
    )
    p.set_defaults(func=run)


def _error(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from visionagent.core import digits
    from visionagent.core.images import ImageError, read_image
    from visionagent.core.outputs import OutputError, json_safe
    from visionagent.core.registry import ModelError, ModelRegistry

    if not args.images and not args.evaluate_mnist:
        _error(translate("DigitsCli", "Give one or more IMAGE files, or --evaluate-mnist DIR."))
        return 2
    try:
        registry, name = ModelRegistry.for_model(args.model)
        recognizer, info = digits.load_recognizer(name, registry)
    except (ModelError, ValueError) as exc:
        _error(str(exc))
        return 2

    status = 0
    if args.evaluate_mnist:
        try:
            result = digits.evaluate_idx(recognizer, args.evaluate_mnist)
        except ValueError as exc:
            _error(str(exc))
            return 2
        per_class = result.confusion.diagonal() / result.confusion.sum(axis=1).clip(min=1)
        print(
            translate(
                "DigitsCli", "model {name}: {correct}/{total} correct in {seconds:.1f} s"
            ).format(
                name=info.name, correct=result.correct, total=result.total, seconds=result.seconds
            )
        )
        print(
            translate("DigitsCli", "per digit: {values}").format(
                values=" ".join(f"{d}:{100 * a:.1f}%" for d, a in enumerate(per_class))
            )
        )
        print(
            translate("DigitsCli", "accuracy {percent:.2f}%").format(percent=100 * result.accuracy)
        )
        if not args.images:
            return 0

    method = "naive" if args.naive else "mnist"
    records = []
    for path in args.images:
        try:
            image = read_image(path, mode="gray")
            box = recognizer.recognize([image], method).boxes[0]
        except ImageError as exc:
            _error(str(exc))
            status = 1
            continue
        except OutputError as exc:  # the model, not the image: no use going on
            _error(f"{info.keras_path}: {exc}")
            return 2
        except ValueError as exc:
            _error(
                translate("DigitsCli", "Cannot read {file}: {problem}").format(
                    file=path, problem=exc
                )
            )
            status = 1
            continue
        if args.json:
            records.append(box.to_dict(file=path))
        elif box.empty:
            print(translate("DigitsCli", "{file}: empty").format(file=path))
        else:
            line = translate("DigitsCli", "{file}: {digit} ({percent:.1f}%)").format(
                file=path, digit=box.digit, percent=100 * box.confidence
            )
            if box.unsure:
                line += " " + translate("DigitsCli", "unsure")
            print(line)
    if args.json:
        print(json.dumps(json_safe(records), indent=1, allow_nan=False))
    return status

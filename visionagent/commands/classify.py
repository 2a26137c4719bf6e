"""``visionagent classify PHOTO... [--top K] [--json] [--model NAME]``: what is in each photo?

The textbook's program 8-6 on the command line: the top-K of all 1000 ImageNet classes, with
English and Korean names, through the same core as the GUI (:mod:`visionagent.core.imagenet`).
Folders given as PHOTO are expanded to their images; photos go through the network a few at a
time. An unreadable file or folder gets one line on stderr, the others are still processed, and
the exit code is 1 at the end when any failed. ``--json`` prints
``[{"file", "top": [{"wnid", "name", "name_ko", "probability"}], "sure"}]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from visionagent.i18n import translate

BATCH = 4  # photos per network call


def register(sub) -> None:
    p = sub.add_parser(
        "classify",
        help=translate("Cli", "name what is in photos: top-k of the 1000 ImageNet classes"),
    )
    p.add_argument(
        "photos",
        nargs="+",
        metavar="PHOTO",
        help=translate("Cli", "image files or folders of images"),
    )
    p.add_argument(
        "--top",
        type=int,
        default=5,
        metavar="K",
        help=translate("Cli", "how many classes to list (default 5)"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON list instead of text")
    )
    p.add_argument(
        "--model",
        default=None,
        metavar="NAME",
        help=translate(
            "Cli",
            "ImageNet model in the registry (imagenet_efficientnet_lite2 = accurate, the "
            "default; imagenet_efficientnet_lite0 = fast) or a .keras path",
        ),
    )
    p.set_defaults(func=run)


def _recognizer(model: str | None):
    from visionagent.core.imagenet import ImageNetRecognizer
    from visionagent.core.registry import ModelRegistry

    return ImageNetRecognizer.from_registry(*ModelRegistry.for_model(model))


def _print_text(result, language: str) -> None:
    print(f"{result.file}: {result.summary(language)}", flush=True)
    for rank, guess in enumerate(result.top, start=1):
        print(
            f"  {rank}. {guess.display(language)}  {100 * guess.probability:5.1f}%  ({guess.wnid})"
        )


def run(args: argparse.Namespace) -> int:
    from visionagent.commands.breed import _expand  # the same PHOTO/folder expansion
    from visionagent.core.images import ImageError, read_image
    from visionagent.core.outputs import OutputError, json_safe
    from visionagent.core.registry import ModelError

    if args.top < 1:
        print(translate("ClassifyCli", "--top must be at least 1."), file=sys.stderr)
        return 2
    language = getattr(args, "lang", None) or "en"
    try:
        recognizer = _recognizer(args.model)
    except (ModelError, OutputError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:  # a --model path that cannot even be resolved
        print(f"{args.model}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    records = []
    failed = 0
    pending: list[tuple[Path, object]] = []

    def flush() -> bool:
        """Classify the photos read so far; False when the model itself failed."""
        if not pending:
            return True
        try:
            results = recognizer.classify_batch(
                [image for _, image in pending], args.top, [str(path) for path, _ in pending]
            )
        except OutputError as exc:  # the model, not the photo: no use going on
            print(f"{recognizer.info.keras_path}: {exc}", file=sys.stderr, flush=True)
            return False
        pending.clear()
        for result in results:
            if args.json:
                records.append(result.to_json())
            else:
                _print_text(result, language)
        return True

    for path in _expand(args.photos):
        problem = path if isinstance(path, Exception) else None
        if problem is None:
            try:
                pending.append((path, read_image(path)))
            except ImageError as exc:
                problem = exc
        if problem is not None:
            if not flush():  # the photos before it first, so the lines stay in order
                return 2
            failed += 1
            print(str(problem), file=sys.stderr, flush=True)
            continue
        if len(pending) == BATCH and not flush():
            return 2
    if not flush():
        return 2
    if args.json:
        print(json.dumps(json_safe(records), ensure_ascii=False, indent=2, allow_nan=False))
    return 1 if failed else 0

"""``visionagent breed PHOTO... [--top K] [--json] [--model NAME]``: dog breeds on the command line.

The same core as the Dog breeds tab (:mod:`visionagent.core.breeds`). Folders given as PHOTO are
expanded to their images. Every path is processed: an unreadable file, a folder that cannot be
listed, a name too long or a pipe gets one line on stderr, the others are still processed, and the
exit code is 1 at the end when any failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "breed", help=translate("Cli", "recognise dog breeds in photos (top-k, dog or not)")
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
        help=translate("Cli", "how many breeds to list (default 5)"),
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
            "registry model name (task imagenet or breeds) or a .keras path; default: the "
            "shipped EfficientNet-Lite2 (imagenet_efficientnet_lite0 is the fast one)",
        ),
    )
    p.set_defaults(func=run)


def _expand(items: list[str]) -> Iterator[Path | Exception]:
    """Each PHOTO as a file to read, a folder as its images; a path problem as an ImageError."""
    from visionagent.core.images import ImageError, list_images

    for item in items:
        path = Path(item)
        try:
            folder = path.is_dir()
        except (OSError, ValueError):  # a name too long, a NUL…: the reader says what is wrong
            folder = False
        if not folder:
            yield path
            continue
        try:
            found = list_images(path)
        except OSError as exc:
            yield ImageError(
                path,
                translate("BreedCli", "the folder cannot be read ({error}).").format(
                    error=exc.strerror or type(exc).__name__
                ),
            )
            continue
        if not found:
            yield ImageError(path, translate("BreedCli", "the folder holds no images."))
        yield from found


def _recognizer(model: str | None):
    from visionagent.core.breeds import BreedRecognizer
    from visionagent.core.registry import ModelRegistry

    return BreedRecognizer.from_registry(*ModelRegistry.for_model(model))


def run(args: argparse.Namespace) -> int:
    from visionagent.core.images import ImageError
    from visionagent.core.outputs import OutputError, json_safe
    from visionagent.core.registry import ModelError

    if args.top < 1:
        print(translate("BreedCli", "--top must be at least 1."), file=sys.stderr)
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
    for path in _expand(args.photos):
        if isinstance(path, Exception):
            failed += 1
            print(str(path), file=sys.stderr, flush=True)
            continue
        try:
            result = recognizer.recognize_file(path, top_k=args.top)
        except ImageError as exc:
            failed += 1
            print(str(exc), file=sys.stderr, flush=True)
            continue
        except OutputError as exc:  # the model, not the photo: no use going on
            print(f"{recognizer.info.keras_path}: {exc}", file=sys.stderr, flush=True)
            return 2
        if args.json:
            records.append(result.to_json())
            continue
        print(f"{path}: {result.summary(language)}", flush=True)
        if result.dog_probability is not None:
            print(
                "  "
                + translate("BreedCli", "dog probability {percent:.1f}%").format(
                    percent=100 * result.dog_probability
                )
            )
        if result.is_dog or not result.imagenet_top:
            for rank, score in enumerate(result.top, start=1):
                print(
                    f"  {rank}. {score.display(language)}  {100 * score.probability:5.1f}%  "
                    f"({score.breed})"
                )
        else:
            for rank, guess in enumerate(result.imagenet_top, start=1):
                print(
                    f"  {rank}. {guess.display(language)}  {100 * guess.probability:5.1f}%  "
                    f"({guess.wnid}, "
                    f"ImageNet {guess.index})"
                )
    if args.json:
        print(json.dumps(json_safe(records), ensure_ascii=False, indent=2, allow_nan=False))
    return 1 if failed else 0

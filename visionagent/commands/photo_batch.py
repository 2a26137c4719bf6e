"""What ``breed`` and ``classify`` share: their PHOTO/--top/--json/--model options, folders
expanded to their images, the model opened with one line on failure, and photos sent through the
network a few at a time with every bad path reported and the rest still processed.

Not a command itself (it has no ``register``): :mod:`visionagent.cli` lists the command modules.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from visionagent.i18n import translate

BATCH = 4  # photos per network call


def add_arguments(p: argparse.ArgumentParser, top_help: str, model_help: str) -> None:
    p.add_argument(
        "photos",
        nargs="+",
        metavar="PHOTO",
        help=translate("Cli", "image files or folders of images"),
    )
    p.add_argument("--top", type=int, default=5, metavar="K", help=top_help)
    p.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON list instead of text")
    )
    p.add_argument("--model", default=None, metavar="NAME", help=model_help)


def expand(items: list[str]) -> Iterator[Path | Exception]:
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


def open_recognizer(make: Callable[..., Any], model: str | None) -> Any | None:
    """``make(registry, name)`` for ``--model`` (a name or a .keras path); None after one line on
    stderr when it cannot be opened."""
    from visionagent.core.outputs import OutputError
    from visionagent.core.registry import ModelError, ModelRegistry

    try:
        return make(*ModelRegistry.for_model(model))
    except (ModelError, OutputError) as exc:
        print(str(exc), file=sys.stderr)
    except OSError as exc:  # a --model path that cannot even be resolved
        print(f"{model}: {exc.strerror or exc}", file=sys.stderr)
    return None


def run(
    args: argparse.Namespace,
    make: Callable[..., Any],
    recognize_batch: Callable[[Any, list[Any], int, list[str]], Sequence[Any]],
    print_text: Callable[[Any, str], None],
) -> int:
    """The whole command: 0 when every photo was read, 1 when some path failed, 2 when the model
    (or ``--top``) is unusable. ``recognize_batch(recognizer, images, top, files)`` gives the
    results in order; ``print_text(result, language)`` writes one result's lines."""
    from visionagent.core.images import ImageError, read_image
    from visionagent.core.outputs import OutputError, json_safe

    if args.top < 1:
        print(translate("BreedCli", "--top must be at least 1."), file=sys.stderr)
        return 2
    language = getattr(args, "lang", None) or "en"
    recognizer = open_recognizer(make, args.model)
    if recognizer is None:
        return 2
    records: list[dict] = []
    failed = 0
    pending: list[tuple[Path, Any]] = []

    def flush() -> bool:
        """Recognise the photos read so far; False when the model itself failed."""
        if not pending:
            return True
        try:
            results = recognize_batch(
                recognizer, [image for _, image in pending], args.top, [str(p) for p, _ in pending]
            )
        except OutputError as exc:  # the model, not the photo: no use going on
            print(f"{recognizer.info.keras_path}: {exc}", file=sys.stderr, flush=True)
            return False
        pending.clear()
        for result in results:
            if args.json:
                records.append(result.to_json())
            else:
                print_text(result, language)
        return True

    for path in expand(args.photos):
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

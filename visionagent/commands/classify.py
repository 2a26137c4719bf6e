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

from visionagent.commands import photo_batch
from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "classify",
        help=translate("Cli", "name what is in photos: top-k of the 1000 ImageNet classes"),
    )
    photo_batch.add_arguments(
        p,
        top_help=translate("Cli", "how many classes to list (default 5)"),
        model_help=translate(
            "Cli",
            "ImageNet model in the registry (imagenet_efficientnet_lite2 = accurate, the "
            "default; imagenet_efficientnet_lite0 = fast) or a .keras path",
        ),
    )
    p.set_defaults(func=run)


def _recognizer(registry, name):
    from visionagent.core.imagenet import ImageNetRecognizer

    return ImageNetRecognizer.from_registry(registry, name)


def _print_text(result, language: str) -> None:
    print(f"{result.file}: {result.summary(language)}", flush=True)
    for rank, guess in enumerate(result.top, start=1):
        print(
            f"  {rank}. {guess.display(language)}  {100 * guess.probability:5.1f}%  ({guess.wnid})"
        )


def run(args: argparse.Namespace) -> int:
    return photo_batch.run(
        args,
        _recognizer,
        lambda recognizer, images, top, files: recognizer.classify_batch(images, top, files),
        _print_text,
    )

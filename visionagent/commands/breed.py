"""``visionagent breed PHOTO... [--top K] [--json] [--model NAME]``: dog breeds on the command line.

The same core as the Dog breeds tab (:mod:`visionagent.core.breeds`). Folders given as PHOTO are
expanded to their images. Every path is processed: an unreadable file, a folder that cannot be
listed, a name too long or a pipe gets one line on stderr, the others are still processed, and the
exit code is 1 at the end when any failed.
"""

from __future__ import annotations

import argparse

from visionagent.commands import photo_batch
from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "breed", help=translate("Cli", "recognise dog breeds in photos (top-k, dog or not)")
    )
    photo_batch.add_arguments(
        p,
        top_help=translate("Cli", "how many breeds to list (default 5)"),
        model_help=translate(
            "Cli",
            "registry model name (task imagenet or breeds) or a .keras path; default: the "
            "shipped EfficientNet-Lite2 (imagenet_efficientnet_lite0 is the fast one)",
        ),
    )
    p.set_defaults(func=run)


def _recognizer(registry, name):
    from visionagent.core.breeds import BreedRecognizer

    return BreedRecognizer.from_registry(registry, name)


def _print_text(result, language: str) -> None:
    print(f"{result.file}: {result.summary(language)}", flush=True)
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
        return
    for rank, guess in enumerate(result.imagenet_top, start=1):
        print(
            f"  {rank}. {guess.display(language)}  {100 * guess.probability:5.1f}%  "
            f"({guess.wnid}, ImageNet {guess.index})"
        )


def run(args: argparse.Namespace) -> int:
    return photo_batch.run(
        args,
        _recognizer,
        lambda recognizer, images, top, files: recognizer.recognize_batch(images, top, files),
        _print_text,
    )

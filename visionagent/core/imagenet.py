"""ImageNet-1k class list and the photo preparation shared by the ImageNet-style models.

``resources/imagenet/classes.tsv`` holds the 1000 classes in model order: index, WordNet id
(wnid), a short English name and the full WordNet lemmas (source: timm's
``imagenet_synsets.txt`` and ``imagenet_synset_to_lemma.txt``, Apache-2.0; see
``resources/imagenet/SOURCE.txt``).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from visionagent import paths


@dataclass(frozen=True)
class ImageNetClass:
    index: int
    wnid: str
    name: str
    lemmas: str


def classes_path() -> Path:
    return paths.resource("imagenet", "classes.tsv")


@functools.cache
def load_classes(path: Path | None = None) -> tuple[ImageNetClass, ...]:
    """The 1000 ImageNet classes in model output order."""
    path = path or classes_path()
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = tuple(ImageNetClass(int(r["index"]), r["wnid"], r["name"], r["lemmas"]) for r in rows)
    if [c.index for c in out] != list(range(len(out))):
        raise ValueError(f"{path}: class indices must be 0..N-1 in order")
    return out


def by_wnid() -> dict[str, ImageNetClass]:
    return {c.wnid: c for c in load_classes()}


@dataclass(frozen=True)
class Prepared:
    """A photo made ready for a square-input model, and where the square came from."""

    pixels: np.ndarray  # (size, size, 3) float32 RGB in 0..255
    box: tuple[int, int, int, int]  # x, y, width, height of the square in the original photo
    original_size: tuple[int, int]  # width, height of the photo


def center_square(width: int, height: int, fraction: float = 1.0) -> tuple[int, int, int, int]:
    """The central square (``fraction`` of the shorter side) as ``(x, y, side, side)``."""
    side = max(1, int(round(min(width, height) * fraction)))
    return (width - side) // 2, (height - side) // 2, side, side


def prepare_image(image: np.ndarray, size: int = 224, fraction: float = 1.0) -> Prepared:
    """Central square of an RGB uint8 photo, resized to ``size`` × ``size``, as float32 0..255.

    INTER_AREA when shrinking (no aliasing), bicubic when enlarging.
    """
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"expected an RGB image (H, W, 3), got shape {image.shape}")
    height, width = image.shape[:2]
    x, y, side, _ = center_square(width, height, fraction)
    crop = image[y : y + side, x : x + side]
    interpolation = cv2.INTER_AREA if side >= size else cv2.INTER_CUBIC
    resized = cv2.resize(crop, (size, size), interpolation=interpolation)
    return Prepared(
        np.ascontiguousarray(resized, dtype=np.float32), (x, y, side, side), (width, height)
    )

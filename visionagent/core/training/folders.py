"""Image folders as training data: one subfolder of images per class (the Stanford Dogs layout).

Every image is read the app's one way (:func:`visionagent.core.images.read_image`, then the
central square resized, :func:`visionagent.core.imagenet.prepare_image`, as the recognizers do),
so a model sees the same pixels in training and in use. The folder is scanned first: each file is
decoded once, unreadable ones are listed by name and skipped (:attr:`FolderData.skipped`), and
nothing trains when no image is usable. When the decoded images fit in :data:`CACHE_BYTES` the
scan keeps them in memory (uint8) and the epochs read from there; otherwise the epochs stream the
files through ``tf.data`` (``tf.numpy_function`` on the paths), skipping any that became
unreadable since.
"""

from __future__ import annotations

import csv
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from visionagent import paths
from visionagent.core import backend
from visionagent.core.images import EXTENSIONS, ImageError, read_image
from visionagent.core.jobs import Cancelled
from visionagent.core.training.datasets import (
    DATASETS,
    BatchShaping,
    DatasetUnavailable,
    Skipped,
    split_indices,
)
from visionagent.i18n import translate

WNID_FOLDER = re.compile(r"^n\d{8}-(.+)$")  # Stanford Dogs / ImageNet: n02085620-Chihuahua
FOLDER_PREPROCESSING = "efficientnet_lite"  # RGB float 0..255 fed as is; the model normalises
CACHE_BYTES = 1 << 30  # decoded images (uint8) up to this size stay in memory after the scan
SCAN_CHUNK = 64  # files decoded between two progress reports / stop checks


def class_folders(folder: Path | str) -> list[Path]:
    """The class subfolders of an image-folder data set, sorted (the label order)."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise DatasetUnavailable(
            translate(
                "Training",
                "The data set {name!r} is neither a known data set ({known}) nor an existing "
                "folder. Choose a folder with one subfolder of images per class.",
            ).format(name=str(folder), known=", ".join(DATASETS))
        )
    subfolders = sorted(
        (d for d in folder.iterdir() if d.is_dir() and not d.name.startswith(".")),
        key=lambda d: d.name,
    )
    if len(subfolders) < 2:
        raise DatasetUnavailable(
            translate(
                "Training",
                "The folder {folder} has {count} class subfolder(s); it needs at least two, one "
                "per class, each holding that class's images (like Stanford Dogs: "
                "Images/n02085620-Chihuahua/…).",
            ).format(folder=str(folder), count=len(subfolders))
        )
    return subfolders


def folder_classes(folder: Path | str) -> tuple[list[str], list[str], str]:
    """``(class_names, folder_names, task)`` of an image folder.

    Folder names like ``n02085620-Chihuahua`` (WordNet id, dash, name) mean dog breeds: the task is
    ``breeds`` and the class names are the breed names of ``resources/breeds/breeds.tsv`` (else
    the readable part of the folder name, underscores as spaces).
    """
    ids = [d.name for d in class_folders(folder)]
    matches = [WNID_FOLDER.match(name) for name in ids]
    if all(matches):
        known = _breed_names()
        names = [
            known.get(name.split("-", 1)[0]) or m.group(1).replace("_", " ")
            for name, m in zip(ids, matches, strict=True)
        ]
        return names, ids, "breeds"
    return list(ids), ids, "classifier"


def _breed_names() -> dict[str, str]:
    """wnid -> English breed name from ``resources/breeds/breeds.tsv`` (empty when absent)."""
    path = paths.resource("breeds", "breeds.tsv")
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {
            row["wnid"]: row["name_en"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("wnid")
        }


def image_files(folder: Path) -> list[Path]:
    """The image files under one class folder (subfolders too, hidden files left out), sorted."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in EXTENSIONS
        )
    return sorted(found)


def read_prepared(path: Path | str, image_size: int) -> np.ndarray:
    """One image as the model sees it: RGB uint8, central square resized to ``image_size``."""
    from visionagent.core.imagenet import prepare_image

    image = read_image(path, mode="rgb", max_side=max(4 * int(image_size), 512))
    pixels = prepare_image(image, int(image_size)).pixels
    return np.clip(pixels + 0.5, 0, 255).astype(np.uint8)


def _try_read(path: Path, image_size: int) -> np.ndarray | Skipped:
    try:
        return read_prepared(path, image_size)
    except ImageError as exc:
        return Skipped(path, exc.problem)
    except (OSError, ValueError, MemoryError) as exc:
        return Skipped(path, str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)


def scan_images(files: list[Path], image_size: int, keep: bool, state=None):
    """Decode every file once: ``(images or None, usable mask, skipped files)``.

    ``keep`` keeps the decoded images (uint8, ``(n, size, size, 3)``); otherwise only whether each
    file is readable. Reports progress to ``state`` and stops (:class:`Cancelled`) when asked.
    """
    images = np.zeros((len(files), image_size, image_size, 3), np.uint8) if keep else None
    usable = np.zeros(len(files), bool)
    skipped: list[Skipped] = []
    workers = max(1, min(8, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:  # the decoders release the GIL
        for start in range(0, len(files), SCAN_CHUNK):
            if state is not None and state.cancelled:
                raise Cancelled()
            chunk = files[start : start + SCAN_CHUNK]
            for i, outcome in enumerate(pool.map(lambda p: _try_read(p, image_size), chunk)):
                if isinstance(outcome, Skipped):
                    skipped.append(outcome)
                    continue
                usable[start + i] = True
                if images is not None:
                    images[start + i] = outcome
            progress = getattr(state, "progress", None)
            if progress is not None:
                done = min(len(files), start + SCAN_CHUNK)
                progress(
                    done / max(1, len(files)),
                    translate("Training", "reading images {done}/{total}").format(
                        done=done, total=len(files)
                    ),
                )
    return images, usable, skipped


def _stream_reader(image_size: int):
    def read(path_bytes):
        try:
            return read_prepared(os.fsdecode(path_bytes), image_size), True
        except Exception:  # skipped below (it was readable during the scan)
            return np.zeros((image_size, image_size, 3), np.uint8), False

    return read


@dataclass
class FolderData:
    """The usable images of an image folder, split into training and validation files."""

    name: str
    class_names: list[str]
    class_ids: list[str]
    task: str
    image_size: int
    train_files: list[Path]
    train_labels: np.ndarray
    val_files: list[Path]
    val_labels: np.ndarray
    train_images: np.ndarray | None = None  # decoded uint8 when the folder is small enough
    val_images: np.ndarray | None = None
    skipped: list[Skipped] = field(default_factory=list)
    preprocessing: str = FOLDER_PREPROCESSING
    test_name: str = ""
    value_max: float = 255.0
    is_folder: bool = True

    @property
    def input_shape(self) -> tuple[int, ...]:
        return (int(self.image_size), int(self.image_size), 3)

    @property
    def num_train(self) -> int:
        return len(self.train_files)

    @property
    def num_val(self) -> int:
        return len(self.val_files)

    @property
    def has_test(self) -> bool:
        return False

    @property
    def cached(self) -> bool:
        """True when the decoded images are in memory (no disk reads during the epochs)."""
        return self.train_images is not None

    def _unbatched(self, files, labels, images, seed=None):
        tf = backend.tf()
        if images is not None:
            ds = tf.data.Dataset.from_tensor_slices((images, labels))
            if seed is not None:
                ds = ds.shuffle(len(files), seed=seed, reshuffle_each_iteration=True)
            return ds.map(lambda a, b: (tf.cast(a, tf.float32), b))
        ds = tf.data.Dataset.from_tensor_slices(([os.fsencode(p) for p in files], labels))
        if seed is not None:
            ds = ds.shuffle(len(files), seed=seed, reshuffle_each_iteration=True)
        size, read = int(self.image_size), _stream_reader(int(self.image_size))

        def load(path, label):
            image, ok = tf.numpy_function(read, [path], [tf.uint8, tf.bool], stateful=False)
            image.set_shape((size, size, 3))
            return tf.cast(image, tf.float32), label, ok

        ds = ds.map(load, num_parallel_calls=tf.data.AUTOTUNE)
        return ds.filter(lambda a, b, ok: ok).map(lambda a, b, ok: (a, b))

    def training_batches(self, batch_size: int, shaping: BatchShaping, seed: int):
        ds = self._unbatched(self.train_files, self.train_labels, self.train_images, seed)
        return shaping.apply(backend.tf(), ds.batch(batch_size))

    def validation_batches(self, batch_size: int, shaping: BatchShaping):
        if not self.num_val:
            return None
        ds = self._unbatched(self.val_files, self.val_labels, self.val_images)
        return shaping.apply(backend.tf(), ds.batch(batch_size))

    def evaluation_batches(self, batch_size: int = 64):
        """The validation images as float32 0..255 (unreadable ones left out) and labels."""
        for start in range(0, self.num_val, batch_size):
            labels = self.val_labels[start : start + batch_size]
            if self.val_images is not None:
                yield self.val_images[start : start + batch_size].astype(np.float32), labels
                continue
            images, keep = [], []
            for i, path in enumerate(self.val_files[start : start + batch_size]):
                outcome = _try_read(path, self.image_size)
                if not isinstance(outcome, Skipped):
                    images.append(outcome)
                    keep.append(i)
            if images:
                yield np.stack(images).astype(np.float32), labels[keep]


def _pick(images: np.ndarray | None, mask: np.ndarray) -> np.ndarray | None:
    """The images where ``mask`` is set: a view when they are one run (no copy of a large
    cache), else a copy."""
    if images is None:
        return None
    where = np.flatnonzero(mask)
    if len(where) and where[-1] - where[0] + 1 == len(where):
        return images[where[0] : where[-1] + 1]
    return images[mask]


def _nothing_usable(folder: Path, found: int, skipped: list[Skipped]) -> DatasetUnavailable:
    if not found:
        return DatasetUnavailable(
            translate(
                "Training",
                "No usable images in {folder}: its class subfolders hold no image files "
                "({extensions}).",
            ).format(folder=str(folder), extensions=", ".join(EXTENSIONS))
        )
    return DatasetUnavailable(
        translate(
            "Training",
            "No usable images in {folder}: none of its {count} image file(s) could be read "
            "(first: {first}).",
        ).format(folder=str(folder), count=found, first=skipped[0].line() if skipped else "")
    )


def load_image_folder(
    folder: Path | str,
    image_size: int = 224,
    validation_split: float = 0.2,
    seed: int = 123,
    limit: int | None = None,
    state=None,
    cache_bytes: int | None = None,
) -> FolderData:
    """An image folder with one subfolder per class, split ``validation_split`` with ``seed``.

    ``limit`` keeps the first ``limit`` training images of the shuffled list (and a proportional
    validation slice); only the files kept are scanned. Raises :class:`DatasetUnavailable` when no
    image is usable; unreadable files are skipped and listed in ``skipped``.
    """
    folder = Path(folder).expanduser()
    class_names, ids, task = folder_classes(folder)
    files: list[Path] = []
    labels: list[int] = []
    for label, class_id in enumerate(ids):
        found = image_files(folder / class_id)
        files.extend(found)
        labels.extend([label] * len(found))
    if not files:
        raise _nothing_usable(folder, 0, [])
    train, val = split_indices(len(files), float(validation_split or 0.0), seed)
    if limit and limit < len(train):
        keep_val = max(1, int(round(limit * len(val) / len(train)))) if len(val) else 0
        train, val = train[: int(limit)], val[:keep_val]
    order = np.concatenate([train, val])
    chosen = [files[i] for i in order]
    side = int(image_size)
    budget = CACHE_BYTES if cache_bytes is None else int(cache_bytes)
    keep = len(chosen) * side * side * 3 <= budget
    images, usable, skipped = scan_images(chosen, side, keep, state)
    all_labels = np.asarray(labels, np.int64)[order]
    n_train = len(train)
    is_train = np.arange(len(chosen)) < n_train
    pick_train, pick_val = usable & is_train, usable & ~is_train
    if not pick_train.any():
        raise _nothing_usable(folder, len(chosen), skipped)
    return FolderData(
        name=str(folder),
        class_names=class_names,
        class_ids=ids,
        task=task,
        image_size=side,
        train_files=[p for p, ok in zip(chosen, pick_train, strict=True) if ok],
        train_labels=all_labels[pick_train],
        val_files=[p for p, ok in zip(chosen, pick_val, strict=True) if ok],
        val_labels=all_labels[pick_val],
        train_images=_pick(images, pick_train),
        val_images=_pick(images, pick_val),
        skipped=skipped,
    )


def sample_folder_images(
    folder: Path | str, count: int = 8, image_size: int = 224, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, list[str], float]:
    """A few images of an image folder for previews (one class after another, unreadable files
    left out): ``(images float32 0..255, labels, class_names, 255.0)``."""
    class_names, ids, _ = folder_classes(folder)
    folder = Path(folder).expanduser()
    rng = np.random.default_rng(seed)
    per_class = [image_files(folder / name) for name in ids]
    images, labels = [], []
    for i in range(count * 3):  # a few tries more, for unreadable files
        if len(images) >= count:
            break
        label = i % len(ids)
        if per_class[label]:
            path = per_class[label][int(rng.integers(len(per_class[label])))]
            outcome = _try_read(path, image_size)
            if not isinstance(outcome, Skipped):
                images.append(outcome)
                labels.append(label)
    if not images:
        raise DatasetUnavailable(
            translate("Training", "No images were found in {folder}.").format(folder=str(folder))
        )
    return np.stack(images).astype(np.float32), np.array(labels), class_names, 255.0

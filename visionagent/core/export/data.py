"""Sample inputs for an export: INT8 calibration and the after-writing check.

They come from the model's own training data, named in its JSON (``hyperparameters.dataset``,
else ``provenance.dataset``): the bundled ``mnist-10k``, MNIST/Fashion-MNIST/CIFAR-10 when they
are already on this computer (nothing is downloaded), or the image folder it was trained on.
A digits model without its data falls back to the bundled MNIST digits, an ImageNet-type photo
model to the shipped sample photos; otherwise :class:`SamplesUnavailable` says what is missing.
The check inputs are never the calibration inputs; for digits they are MNIST test digits (the
shipped full MNIST's, else ``../shared/datasets/mnist-test``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from visionagent import paths
from visionagent.i18n import translate

KNOWN = ("mnist-10k", "mnist", "fashion-mnist", "cifar10")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".gif")


class SamplesUnavailable(ValueError):
    """No data like the model's training data on this computer: the message says which."""


@dataclass
class Samples:
    """Float32 NHWC inputs in the model's range, and labels where known."""

    calibration: np.ndarray
    check: np.ndarray
    labels: np.ndarray | None
    source: str  # where they came from, for the report
    own_data: bool  # True when they are the model's own training data


def training_dataset(info) -> str | None:
    """The data set a model was trained on, as the trainer names it, or None."""
    hp = info.meta.get("hyperparameters") or {}
    name = hp.get("dataset") if isinstance(hp, dict) else None
    if not name:
        text = str((info.provenance or {}).get("dataset") or "")
        first = text.split(" ", 1)[0] if text else ""
        name = first if first in KNOWN or (first and Path(first).is_dir()) else None
    return str(name) if name else None


def value_max(info) -> float:
    """255 for models that take RGB 0..255 (they normalise inside), else 1."""
    return 255.0 if info.preprocessing == "efficientnet_lite" else 1.0


def _keras_cache() -> Path:
    import os

    return Path(os.environ.get("KERAS_HOME") or Path.home() / ".keras") / "datasets"


def _mnist_10k() -> tuple[np.ndarray, np.ndarray]:
    path = paths.resource("datasets", "mnist-10k.npz")
    with np.load(path, allow_pickle=False) as data:
        return data["x"], data["y"].astype(np.int64)


def _mnist_test() -> tuple[np.ndarray, np.ndarray] | None:
    from visionagent.core.training.datasets import load_idx, mnist_test_files

    files = mnist_test_files()
    return None if files is None else load_idx(*files)


def _arrays(name: str) -> tuple[np.ndarray, np.ndarray] | None:
    """uint8 training images and labels of a built-in data set, if they are here already."""
    if name == "mnist-10k":
        return _mnist_10k()
    if name == "mnist":
        cached = _keras_cache() / "mnist.npz"
        if not cached.is_file():
            return None
        with np.load(cached, allow_pickle=False) as data:
            return data["x_train"], data["y_train"].astype(np.int64)
    if name == "fashion-mnist":
        from visionagent.core.digits import read_idx

        folders = [Path("/usr/share/datasets/fashion-mnist"), _keras_cache() / "fashion-mnist"]
        for folder in folders:
            images = folder / "train-images-idx3-ubyte.gz"
            if images.is_file():
                return read_idx(images), read_idx(folder / "train-labels-idx1-ubyte.gz").astype(
                    np.int64
                )
        return None
    if name == "cifar10":
        if not (_keras_cache() / "cifar-10-batches-py").is_dir():
            return None
        from visionagent.core import backend

        (x, y), _ = backend.keras().datasets.cifar10.load_data()  # cached: no download
        return x, y.reshape(-1).astype(np.int64)
    return None


def _folder_images(folder: Path, shape, count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Up to ``count`` images of a class folder, classes in turn, centre square resized."""
    from visionagent.core.images import ImageError, read_image

    classes = sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    rng = np.random.default_rng(seed)
    files = []
    for label, sub in enumerate(classes):
        names = sorted(p for p in sub.iterdir() if p.suffix.lower() in IMAGE_EXTENSIONS)
        rng.shuffle(names)
        files.append([(p, label) for p in names])
    picked = []
    while len(picked) < count and any(files):
        for group in files:
            if group and len(picked) < count:
                picked.append(group.pop())
    images, labels = [], []
    for path, label in picked:
        try:
            images.append(_square(read_image(path, mode="rgb"), shape))
        except ImageError:
            continue
        labels.append(label)
    if not images:
        raise SamplesUnavailable(
            translate("Export", "No readable images were found in {folder}.").format(
                folder=str(folder)
            )
        )
    return np.stack(images), np.array(labels, dtype=np.int64)


def _square(image: np.ndarray, shape) -> np.ndarray:
    import cv2

    h, w = image.shape[:2]
    side = min(h, w)
    top, left = (h - side) // 2, (w - side) // 2
    crop = image[top : top + side, left : left + side]
    out = cv2.resize(crop, (int(shape[1]), int(shape[0])), interpolation=cv2.INTER_AREA)
    if int(shape[2]) == 1:
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)[..., None]
    return out


def _photos(shape) -> np.ndarray:
    from visionagent.core.images import read_image
    from visionagent.core.samples import samples

    pictures = [_square(read_image(s.path, mode="rgb"), shape) for s in samples()]
    # each photo and its mirror image: a few more distinct inputs from the same pictures
    return np.stack(pictures + [p[:, ::-1] for p in pictures])


def _as_input(images: np.ndarray, shape, scale: float) -> np.ndarray:
    x = images.astype(np.float32) / 255.0 * scale
    if x.ndim == 3:
        x = x[..., None]
    if tuple(x.shape[1:]) != tuple(int(s) for s in shape):
        raise SamplesUnavailable(
            translate(
                "Export", "The data's images are {got}, but the model takes {want} inputs."
            ).format(
                got="×".join(str(s) for s in x.shape[1:]),
                want="×".join(str(int(s)) for s in shape),
            )
        )
    return x


def samples_for(info, shape, calibration: int = 200, check: int = 500, seed: int = 0) -> Samples:
    """Calibration and check inputs like the model's training data (see the module notes)."""
    shape = tuple(int(s) for s in shape)
    scale = value_max(info)
    name = training_dataset(info)
    rng = np.random.default_rng(seed)
    digits_like = shape == (28, 28, 1)
    arrays = _arrays(name) if name in KNOWN else None
    own = arrays is not None
    if arrays is None and digits_like and info.task == "digits":
        arrays = _mnist_10k()
        name_text = translate("Export", "the bundled MNIST digits (not this model's own data)")
    else:
        name_text = str(name)
    if arrays is not None:
        x, y = arrays
        order = rng.permutation(len(x))
        calib = _as_input(x[order[:calibration]], shape, scale)
        test = _mnist_test() if digits_like and name in ("mnist-10k", "mnist", None) else None
        if test is not None:
            check_x, check_y = test[0][:check], test[1][:check]
            where = translate("Export", "{count} MNIST test digits").format(count=len(check_x))
        else:
            rest = order[calibration : calibration + check]
            check_x, check_y = x[rest], y[rest]
            where = translate("Export", "{count} other images of {name}").format(
                count=len(check_x), name=name_text
            )
        source = translate("Export", "calibration: {count} images of {name}; check: {check}")
        return Samples(
            calib,
            _as_input(check_x, shape, scale),
            check_y,
            source.format(count=len(calib), name=name_text, check=where),
            own,
        )
    if name and Path(name).expanduser().is_dir():
        images, labels = _folder_images(Path(name).expanduser(), shape, calibration + check, seed)
        n_cal = max(1, min(calibration, len(images) // 2))
        source = translate(
            "Export", "calibration: {count} images of {folder}; check: {check} others"
        ).format(count=n_cal, folder=name, check=len(images) - n_cal)
        return Samples(
            _as_input(images[:n_cal], shape, scale),
            _as_input(images[n_cal:], shape, scale),
            labels[n_cal:],
            source,
            True,
        )
    if info.task in ("imagenet", "breeds") and len(shape) == 3 and shape[2] == 3:
        photos = _as_input(_photos(shape), shape, scale)
        source = translate(
            "Export", "the {count} shipped sample photos (this model's own data is not here)"
        ).format(count=len(photos))
        return Samples(photos, photos, None, source, False)
    missing = name or translate("Export", "(none recorded)")
    raise SamplesUnavailable(
        translate(
            "Export",
            "This needs sample images from the model's training data, and its data set {name} "
            "is not on this computer (VisionAgent never downloads during an export).",
        ).format(name=missing)
    )


def random_inputs(shape, count: int, scale: float, seed: int = 0) -> np.ndarray:
    """Uniform noise in the model's input range: a last resort for the float checks."""
    rng = np.random.default_rng(seed)
    return (rng.random((count, *shape), dtype=np.float32) * scale).astype(np.float32)

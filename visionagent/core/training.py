"""Training the textbook's models: data sets, architectures, ``fit`` with reporting callbacks.

One trainer for the Training tab, the ``visionagent train`` CLI and the scripts that produce the
shipped models. Everything TensorFlow is imported lazily through :mod:`visionagent.core.backend`.

Contract used by the GUI and the CLI::

    config = TrainConfig(dataset="mnist-10k", arch="lenet5", epochs=1)
    result = train(config, listener=my_listener, state=task_state)   # blocks; run it in a worker
    save_result(result, "path/name.keras")                            # .keras + .json

``listener`` receives plain dicts: ``on_batch({...})`` after every training batch and
``on_epoch({...})`` after every epoch (and, when it has them, ``on_start({...})`` with the model
summary before the first batch); ``state.cancel()`` stops the fit within one batch and skips the
rest of the validation pass. :class:`ThrottledListener` groups batch reports for a GUI.

Data sets: ``mnist-10k`` (bundled), ``mnist``, ``fashion-mnist`` (also from the Debian package
``dataset-fashion-mnist``), ``cifar10``, or a folder with one subfolder per class (the Stanford
Dogs layout) read by ``keras.utils.image_dataset_from_directory``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from visionagent import paths
from visionagent.core import backend
from visionagent.core.jobs import TaskState
from visionagent.i18n import QT_TRANSLATE_NOOP, translate

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
OPTIMIZERS = ("adam", "sgd", "rmsprop", "adagrad")
DATASETS = ("mnist-10k", "mnist", "fashion-mnist", "cifar10")  # any other name is an image folder
# Where the Debian package dataset-fashion-mnist installs the four IDX files (optional).
FASHION_MNIST_DIRS: list[Path] = [Path("/usr/share/datasets/fashion-mnist")]
WNID_FOLDER = re.compile(r"^n\d{8}-(.+)$")  # Stanford Dogs / ImageNet: n02085620-Chihuahua
FOLDER_PREPROCESSING = "efficientnet_lite"  # RGB float 0..255 fed as is; the model normalises
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".gif")


class DatasetUnavailable(ValueError):
    """A data set that cannot be loaded here (offline, missing folder): the message says why."""


# --------------------------------------------------------------------------------- data sets
@dataclass
class DataSplit:
    """Arrays in the model's input range (float32 0..1, NHWC) and integer labels."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray | None
    y_val: np.ndarray | None
    x_test: np.ndarray | None
    y_test: np.ndarray | None
    class_names: list[str]
    task: str  # registry task the trained model serves: digits, breeds, classifier
    preprocessing: (
        str  # registry preprocessing id, e.g. "mnist" (28x28x1 floats 0..1, white on black)
    )
    test_name: str = ""  # what the test split is, for the metrics record
    # Image folders stream from disk instead of arrays: unbatched tf.data of (image, label).
    train_ds: Any = None
    val_ds: Any = None
    train_count: int = 0
    val_count: int = 0
    image_shape: tuple[int, ...] | None = None
    value_max: float = 1.0  # 1.0: pixels in 0..1 (arrays); 255.0: pixels in 0..255 (folders)
    class_ids: list[str] | None = None  # folder names when they differ from class_names

    @property
    def input_shape(self) -> tuple[int, ...]:
        if self.x_train is None:
            return tuple(int(s) for s in self.image_shape)
        return tuple(int(s) for s in self.x_train.shape[1:])

    @property
    def num_train(self) -> int:
        return self.train_count if self.x_train is None else len(self.x_train)

    @property
    def num_val(self) -> int:
        if self.x_train is None:
            return self.val_count
        return 0 if self.x_val is None else len(self.x_val)

    @property
    def streamed(self) -> bool:
        """True for image folders (tf.data from disk), False for in-memory arrays."""
        return self.x_train is None


def _to_float(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.float32) / 255.0
    return x[..., None] if x.ndim == 3 else x


def _split(x: np.ndarray, y: np.ndarray, fraction: float, seed: int):
    order = np.random.default_rng(seed).permutation(len(x))
    n_val = int(round(len(x) * fraction))
    val, tr = order[:n_val], order[n_val:]
    return x[tr], y[tr], (x[val] if n_val else None), (y[val] if n_val else None)


def load_mnist_10k() -> tuple[np.ndarray, np.ndarray]:
    """The 10,000 MNIST training digits bundled with the app (uint8 28x28, labels)."""
    path = paths.resource("datasets", "mnist-10k.npz")
    if not path.is_file():
        raise DatasetUnavailable(
            translate(
                "Training", "The bundled digits {file} are missing; reinstall VisionAgent."
            ).format(file=str(path))
        )
    with np.load(path) as data:
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


def class_folders(folder: Path | str) -> list[Path]:
    """The class subfolders of an image-folder data set, sorted (Keras' label order)."""
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
        return (
            [
                known.get(name.split("-", 1)[0]) or m.group(1).replace("_", " ")
                for name, m in zip(ids, matches, strict=True)
            ],
            ids,
            "breeds",
        )
    return list(ids), ids, "classifier"


def _breed_names() -> dict[str, str]:
    """wnid -> English breed name from ``resources/breeds/breeds.tsv`` (empty when absent)."""
    import csv

    path = paths.resource("breeds", "breeds.tsv")
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {
            row["wnid"]: row["name_en"]
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("wnid")
        }


def load_image_folder(
    folder: Path | str,
    image_size: int = 224,
    validation_split: float = 0.2,
    seed: int = 123,
    limit: int | None = None,
) -> DataSplit:
    """An image folder with one subfolder per class, split ``validation_split`` with ``seed``.

    Images are centre-cropped to a square and resized to ``image_size`` (RGB float 0..255), read
    from disk batch by batch (``keras.utils.image_dataset_from_directory``), so data sets much
    larger than memory work. ``limit`` keeps the first ``limit`` training images of the shuffled
    list (and a proportional validation slice).
    """
    folder = Path(folder).expanduser()
    class_names, ids, task = folder_classes(folder)
    keras = backend.keras()
    both = validation_split and validation_split > 0
    try:
        loaded = keras.utils.image_dataset_from_directory(
            folder,
            labels="inferred",
            label_mode="int",
            class_names=ids,
            color_mode="rgb",
            batch_size=None,
            image_size=(int(image_size), int(image_size)),
            shuffle=True,
            seed=seed,
            validation_split=float(validation_split) if both else None,
            subset="both" if both else None,
            crop_to_aspect_ratio=True,
            verbose=False,
        )
    except ValueError as exc:
        raise DatasetUnavailable(
            translate(
                "Training",
                "No usable images in {folder} ({error}). Each class subfolder must hold .jpg, "
                ".png, .bmp or .gif files.",
            ).format(folder=str(folder), error=str(exc).splitlines()[0][:200])
        ) from exc
    train_ds, val_ds = loaded if both else (loaded, None)
    n_train, n_val = len(train_ds.file_paths), (len(val_ds.file_paths) if val_ds is not None else 0)
    if n_train == 0:
        raise DatasetUnavailable(
            translate("Training", "No training images were found in {folder}.").format(
                folder=str(folder)
            )
        )
    if limit and limit < n_train:
        keep_val = max(1, int(round(limit * n_val / n_train))) if n_val else 0
        train_ds, n_train = train_ds.take(limit), int(limit)
        if val_ds is not None:
            val_ds, n_val = val_ds.take(keep_val), min(n_val, keep_val)
    side = int(image_size)
    return DataSplit(
        name=str(folder),
        x_train=None,
        y_train=None,
        x_val=None,
        y_val=None,
        x_test=None,
        y_test=None,
        class_names=class_names,
        task=task,
        preprocessing=FOLDER_PREPROCESSING,
        test_name="",
        train_ds=train_ds,
        val_ds=val_ds,
        train_count=n_train,
        val_count=n_val,
        image_shape=(side, side, 3),
        value_max=255.0,
        class_ids=ids,
    )


def load_dataset(
    name: str,
    limit: int | None = None,
    validation_split: float = 0.1,
    seed: int = 123,
    image_size: int = 224,
) -> DataSplit:
    """Load a data set by name: ``mnist-10k`` (bundled), ``mnist``, ``fashion-mnist``, ``cifar10``,
    or the path of an image folder (one subfolder per class, see :func:`load_image_folder`).

    ``limit`` keeps a quick slice of the training data. Raises :class:`DatasetUnavailable` with a
    clear message when a download is needed and fails (offline) or a folder is unusable.
    """
    if is_folder_dataset(name):
        return load_image_folder(
            name, image_size=image_size, validation_split=validation_split, seed=seed, limit=limit
        )
    if name == "mnist-10k":
        x, y = load_mnist_10k()
        if limit:
            x, y = x[:limit], y[:limit]
        x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
        x_te = y_te = None
        test_name = ""
        shared = paths.shared_dataset("mnist-test")
        if shared is not None:
            x_te, y_te = load_idx(
                shared / "t10k-images-idx3-ubyte.gz", shared / "t10k-labels-idx1-ubyte.gz"
            )
            x_te, test_name = _to_float(x_te), "MNIST test set (10,000)"
        return DataSplit(
            name, x_tr, y_tr, x_va, y_va, x_te, y_te, DIGIT_NAMES, "digits", "mnist", test_name
        )
    loaders = {"mnist": "mnist", "fashion-mnist": "fashion_mnist", "cifar10": "cifar10"}
    if name not in loaders:
        raise DatasetUnavailable(
            translate("Training", "Unknown data set {name!r}.").format(name=name)
        )
    keras = backend.keras()
    debian = find_fashion_mnist() if name == "fashion-mnist" else None
    try:
        if debian is not None:
            (x, y), (x_te, y_te) = _load_fashion_mnist_files(debian)
        else:
            (x, y), (x_te, y_te) = getattr(keras.datasets, loaders[name]).load_data()
    except Exception as exc:
        message = translate(
            "Training",
            "The data set {name} could not be loaded (it downloads on first use, and this "
            "computer seems offline: {error}). Use mnist-10k, which is bundled.",
        ).format(
            name=name,
            error=str(exc).strip().splitlines()[0][:240]
            if str(exc).strip()
            else type(exc).__name__,
        )
        if name == "fashion-mnist":
            message += " " + translate(
                "Training",
                "On Debian or Ubuntu, the package dataset-fashion-mnist provides it offline "
                "(files in {folder}).",
            ).format(folder=str(FASHION_MNIST_DIRS[0]) if FASHION_MNIST_DIRS else "")
        raise DatasetUnavailable(message) from exc
    y, y_te = y.reshape(-1).astype(np.int64), y_te.reshape(-1).astype(np.int64)
    if limit:
        x, y = x[:limit], y[:limit]
    x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
    names = {"mnist": DIGIT_NAMES, "fashion-mnist": FASHION_NAMES, "cifar10": CIFAR10_NAMES}[name]
    task = "digits" if name == "mnist" else "classifier"
    prep = "mnist" if name == "mnist" else "scale01"
    return DataSplit(
        name, x_tr, y_tr, x_va, y_va, _to_float(x_te), y_te, names, task, prep, f"{name} test set"
    )


# ----------------------------------------------------------------------------- architectures
def _lenet5(keras, input_shape, num_classes, dropout):
    layers = keras.layers
    return keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(6, 5, padding="same", activation="relu"),
            layers.MaxPooling2D(2),
            layers.Conv2D(16, 5, padding="valid", activation="relu"),
            layers.MaxPooling2D(2),
            layers.Conv2D(120, 5, padding="valid", activation="relu"),
            layers.Flatten(),
            layers.Dense(84, activation="relu"),
            layers.Dense(num_classes, activation="softmax"),
        ],
        name="lenet5",
    )


def _cnn_v2(keras, input_shape, num_classes, dropout, name="cnn_v2"):
    layers = keras.layers
    d1, d2 = (0.25, 0.5) if dropout is None else (dropout, min(0.9, 2 * dropout))
    return keras.Sequential(
        [
            keras.Input(shape=input_shape),
            layers.Conv2D(32, 3, activation="relu"),
            layers.Conv2D(32, 3, activation="relu"),
            layers.MaxPooling2D(2),
            layers.Dropout(d1),
            layers.Conv2D(64, 3, activation="relu"),
            layers.Conv2D(64, 3, activation="relu"),
            layers.MaxPooling2D(2),
            layers.Dropout(d1),
            layers.Flatten(),
            layers.Dense(512, activation="relu"),
            layers.Dropout(d2),
            layers.Dense(num_classes, activation="softmax"),
        ],
        name=name,
    )


def _cifar_cnn(keras, input_shape, num_classes, dropout):
    return _cnn_v2(keras, input_shape, num_classes, dropout, name="cifar_cnn")


def _cnn_v2_bn(keras, input_shape, num_classes, dropout, name="cnn_v2_bn"):
    """Program 8-3 with BatchNormalization after every convolution and the dense layer.

    BN momentum 0.9 (not Keras' 0.99): with ~70 batches an epoch on 9,000 digits the moving
    statistics would otherwise take ~10 epochs to catch up, and validation scores collapse.
    """
    layers = keras.layers
    d1, d2 = (0.25, 0.5) if dropout is None else (dropout, min(0.9, 2 * dropout))

    def conv_bn(filters):
        return [
            layers.Conv2D(filters, 3, use_bias=False),
            layers.BatchNormalization(momentum=0.9),
            layers.Activation("relu"),
        ]

    return keras.Sequential(
        [keras.Input(shape=input_shape)]
        + conv_bn(32)
        + conv_bn(32)
        + [layers.MaxPooling2D(2), layers.Dropout(d1)]
        + conv_bn(64)
        + conv_bn(64)
        + [layers.MaxPooling2D(2), layers.Dropout(d1)]
        + [
            layers.Flatten(),
            layers.Dense(512, use_bias=False),
            layers.BatchNormalization(momentum=0.9),
            layers.Activation("relu"),
            layers.Dropout(d2),
            layers.Dense(num_classes, activation="softmax"),
        ],
        name=name,
    )


# Transfer-learning backbones. Every transfer model takes RGB pixels in 0..255 and normalises them
# itself (the shipped EfficientNet-Lite0 has a Rescaling first layer; for keras.applications the
# matching Rescaling/Normalization layers are put in front), so one preprocessing id serves all.
# name -> (keras.applications constructor, normalisation, ImageNet no-top weights file name)
KERAS_BACKBONES: dict[str, tuple[str, str, str]] = {
    "densenet121": (
        "DenseNet121",
        "torch",
        "densenet121_weights_tf_dim_ordering_tf_kernels_notop.h5",
    ),
    "mobilenet_v2": (
        "MobileNetV2",
        "tf",
        "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_{size}_no_top.h5",
    ),
    "efficientnet_b0": ("EfficientNetB0", "none", "efficientnetb0_notop.h5"),
}
BACKBONES = ("efficientnet-lite0", *KERAS_BACKBONES)
HEAD_PREFIX = "head_"  # layers of the new classifier head; everything else is the backbone


def keras_weights_dir() -> Path:
    """Where Keras caches downloaded application weights (``$KERAS_HOME/models``)."""
    import os

    home = os.environ.get("KERAS_HOME") or str(Path.home() / ".keras")
    return Path(home) / "models"


def backbone_weights_file(backbone: str, image_size: int = 224) -> Path | None:
    """The local ImageNet weights of a ``keras.applications`` backbone, or None (never
    downloads)."""
    _, _, pattern = KERAS_BACKBONES[backbone]
    size = image_size if image_size in (96, 128, 160, 192, 224) else 224
    candidate = keras_weights_dir() / pattern.format(size=size)
    return candidate if candidate.is_file() else None


def available_backbones(image_size: int = 224) -> dict[str, bool]:
    """Each backbone and whether its ImageNet weights are on this computer."""
    out = {}
    try:
        from visionagent.core import efficientnet_lite

        out["efficientnet-lite0"] = efficientnet_lite.shipped_model_path().is_file()
    except ImportError:  # the module ships with the breeds recognizer
        out["efficientnet-lite0"] = False
    for name in KERAS_BACKBONES:
        out[name] = backbone_weights_file(name, image_size) is not None
    return out


def _normalisation_layers(keras, kind: str) -> list:
    layers = keras.layers
    if kind == "tf":  # MobileNet family: -1..1
        return [layers.Rescaling(1.0 / 127.5, offset=-1.0, name="backbone_rescaling")]
    if kind == "torch":  # DenseNet: ImageNet mean/std of 0..1 pixels
        return [
            layers.Rescaling(1.0 / 255.0, name="backbone_rescaling"),
            layers.Normalization(
                mean=[0.485, 0.456, 0.406],
                variance=[0.229**2, 0.224**2, 0.225**2],
                name="backbone_normalization",
            ),
        ]
    return []  # the application normalises internally (EfficientNet)


def make_backbone(
    keras, input_shape, backbone: str = "efficientnet-lite0", weights: str | None = "imagenet"
):
    """``(inputs, features)``: an RGB 0..255 input and the feature map of ``backbone`` on it.

    ``weights``: ``"imagenet"`` (the shipped EfficientNet-Lite0 model, or ImageNet weights of a
    ``keras.applications`` model found in Keras' cache: nothing is downloaded), ``None`` (random
    initialisation, for tests and experiments) or the path of a weights file. The backbone's
    layers and the head form one flat functional graph, which keeps Grad-CAM's feature layer
    (``top_activation`` for EfficientNet-Lite0) reachable.
    """
    input_shape = tuple(int(s) for s in input_shape)
    if backbone == "efficientnet-lite0":
        try:
            from visionagent.core import efficientnet_lite
        except ImportError as exc:  # hook: the module comes with the breeds recognizer
            raise ValueError(
                translate(
                    "Training", "The EfficientNet-Lite0 backbone is not part of this installation."
                )
            ) from exc
        if weights is None:
            net = efficientnet_lite.efficientnet_lite0(include_top=False, input_shape=input_shape)
        else:
            if input_shape != tuple(efficientnet_lite.INPUT_SHAPE):
                raise ValueError(
                    translate(
                        "Training",
                        "The ImageNet EfficientNet-Lite0 backbone needs {size}×{size} colour "
                        "images.",
                    ).format(size=efficientnet_lite.INPUT_SIZE)
                )
            try:
                net = efficientnet_lite.load_backbone(
                    model_path=None if weights == "imagenet" else weights, trainable=True
                )
            except FileNotFoundError as exc:
                raise ValueError(
                    translate(
                        "Training",
                        "The shipped EfficientNet-Lite0 ImageNet model is missing ({error}). "
                        "Reinstall VisionAgent, or train with random initial weights.",
                    ).format(error=str(exc))
                ) from exc
        return net.inputs[0], net.outputs[0]
    if backbone not in KERAS_BACKBONES:
        raise ValueError(
            translate("Training", "Unknown backbone {name!r}; choose one of {names}.").format(
                name=backbone, names=", ".join(BACKBONES)
            )
        )
    constructor, normalisation, _ = KERAS_BACKBONES[backbone]
    if weights == "imagenet":
        local = backbone_weights_file(backbone, input_shape[0])
        if local is None:
            raise ValueError(
                translate(
                    "Training",
                    "The ImageNet weights of {name} are not on this computer (VisionAgent never "
                    "downloads during a run). Put {file} into {folder}, or use the shipped "
                    "EfficientNet-Lite0 backbone.",
                ).format(
                    name=constructor,
                    file=KERAS_BACKBONES[backbone][2].format(size=224),
                    folder=str(keras_weights_dir()),
                )
            )
        weights = str(local)
    inputs = keras.Input(shape=input_shape, name="image")
    x = inputs
    for layer in _normalisation_layers(keras, normalisation):
        x = layer(x)
    net = getattr(keras.applications, constructor)(
        include_top=False, weights=weights, input_tensor=x
    )
    return inputs, net.output


def _transfer(
    keras, input_shape, num_classes, dropout, backbone="efficientnet-lite0", weights="imagenet"
):
    """Program 8-7: a backbone without top, GlobalAveragePooling, Dropout, Dense (frozen
    backbone)."""
    layers = keras.layers
    if len(input_shape) != 3 or input_shape[-1] != 3:
        raise ValueError(
            translate(
                "Training",
                "Transfer learning needs colour images (height × width × 3), not {shape}: choose "
                "an image folder or cifar10.",
            ).format(shape="×".join(str(s) for s in input_shape))
        )
    inputs, x = make_backbone(keras, input_shape, backbone, weights)
    if len(x.shape) == 4:
        x = layers.GlobalAveragePooling2D(name=HEAD_PREFIX + "pool")(x)
    x = layers.Dropout(0.2 if dropout is None else dropout, name=HEAD_PREFIX + "dropout")(x)
    outputs = layers.Dense(num_classes, activation="softmax", name=HEAD_PREFIX + "dense")(x)
    model = keras.Model(inputs, outputs, name=f"transfer_{backbone.replace('-', '_')}")
    freeze_backbone(model)
    return model


def backbone_layers(model) -> list:
    """Layers of a transfer model that came from the backbone (not the head, not the input)."""
    return [
        layer for layer in model.layers if not layer.name.startswith(HEAD_PREFIX) and layer.weights
    ]


def freeze_backbone(model) -> None:
    for layer in backbone_layers(model):
        layer.trainable = False


def unfreeze_top(model, count: int) -> int:
    """Make the top ``count`` weighted backbone layers trainable (BatchNormalization stays frozen,
    as the Keras transfer-learning guide advises for small data sets); returns how many."""
    keras = backend.keras()
    opened = 0
    for layer in reversed(backbone_layers(model)):
        if opened >= count:
            break
        if isinstance(layer, keras.layers.BatchNormalization):
            continue
        layer.trainable = True
        opened += 1
    return opened


# name -> (builder(keras, input_shape, num_classes, dropout), description; shown with
# translate("Architectures", …))
ARCHITECTURES: dict[str, tuple[Callable[..., Any], str]] = {
    "lenet5": (
        _lenet5,
        QT_TRANSLATE_NOOP("Architectures", "LeNet-5 (program 8-1): 61,706 weights on 28×28×1"),
    ),
    "cnn-v2": (
        _cnn_v2,
        QT_TRANSLATE_NOOP("Architectures", "Improved CNN (program 8-3): C32-C32-P-C64-C64-P-D512"),
    ),
    "cifar-cnn": (
        _cifar_cnn,
        QT_TRANSLATE_NOOP("Architectures", "CIFAR-10 CNN (program 8-2): C32-C32-P-C64-C64-P-D512"),
    ),
    "cnn-v2-bn": (
        _cnn_v2_bn,
        QT_TRANSLATE_NOOP(
            "Architectures",
            "Improved CNN with BatchNormalization: C32-C32-P-C64-C64-P-D512, BN after each",
        ),
    ),
    "transfer": (
        _transfer,
        QT_TRANSLATE_NOOP(
            "Architectures",
            "Transfer learning (program 8-7): pretrained backbone + GlobalAveragePooling + "
            "Dropout + Dense",
        ),
    ),
}


def build_model(arch: str, input_shape, num_classes: int, dropout: float | None = None, **options):
    """Build an uncompiled Keras model; raises ``ValueError`` for an unknown architecture.

    ``options`` go to the builder (``transfer``: ``backbone``, ``weights``).
    """
    if arch not in ARCHITECTURES:
        raise ValueError(
            translate("Training", "Unknown architecture {arch!r}; choose one of {names}.").format(
                arch=arch, names=", ".join(ARCHITECTURES)
            )
        )
    builder, _ = ARCHITECTURES[arch]
    return builder(backend.keras(), tuple(input_shape), int(num_classes), dropout, **options)


# ------------------------------------------------------------------------------ augmentation
@dataclass
class Augmentation:
    """Random changes applied to training batches only (Keras preprocessing layers)."""

    rotation_deg: float = 0.0
    shift: float = 0.0  # fraction of height/width
    zoom: float = 0.0  # fraction
    flip: bool = False
    contrast: float = 0.0
    thickness: bool = False  # random erosion/dilation of strokes (digits)
    # per-image shear and smooth elastic distortion (pixels); either one switches to the digit warp
    # (one bilinear resampling per image; rotation, zoom, shift, shear, elastic; soft thickness)
    shear: float = 0.0
    elastic: float = 0.0

    @property
    def enabled(self) -> bool:
        return bool(
            self.rotation_deg
            or self.shift
            or self.zoom
            or self.flip
            or self.contrast
            or self.thickness
            or self.shear
            or self.elastic
        )

    @classmethod
    def for_digits(cls) -> Augmentation:
        return cls(rotation_deg=12.0, shift=0.12, zoom=0.15, thickness=True)

    @classmethod
    def textbook(cls) -> Augmentation:
        """Program 8-5: rotation 20°, width/height shift 0.2, horizontal flip."""
        return cls(rotation_deg=20.0, shift=0.2, flip=True)


def make_augmenter(aug: Augmentation, seed: int = 123, value_max: float = 1.0):
    """A function ``batch -> batch`` (tensors, NHWC floats 0..``value_max``) that applies
    ``aug``."""
    if aug.shear or aug.elastic:
        return _digit_warp(aug, seed, value_max)
    keras = backend.keras()
    tf = backend.tf()
    layers = []
    if aug.flip:
        layers.append(keras.layers.RandomFlip("horizontal", seed=seed))
    if aug.rotation_deg:
        layers.append(
            keras.layers.RandomRotation(aug.rotation_deg / 360.0, fill_mode="constant", seed=seed)
        )
    if aug.zoom:
        layers.append(keras.layers.RandomZoom(aug.zoom, fill_mode="constant", seed=seed))
    if aug.shift:
        layers.append(
            keras.layers.RandomTranslation(aug.shift, aug.shift, fill_mode="constant", seed=seed)
        )
    if aug.contrast:
        layers.append(
            keras.layers.RandomContrast(aug.contrast, value_range=(0, value_max), seed=seed)
        )
    pipeline = keras.Sequential(layers) if layers else None

    def apply(images):
        if aug.thickness:
            dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
            eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
            choice = tf.random.uniform([tf.shape(images)[0], 1, 1, 1], 0, 3, dtype=tf.int32)
            images = tf.where(choice == 1, dilated, tf.where(choice == 2, eroded, images))
        if pipeline is not None:
            images = pipeline(images, training=True)
        return tf.clip_by_value(images, 0.0, value_max)

    return apply


def _digit_warp(aug: Augmentation, seed: int, value_max: float):
    """Elastic-affine augmentation for handwriting (Simard et al. 2003, simplified).

    Each image gets its own rotation (±``rotation_deg``), scale (±``zoom``), shear (±``shear``),
    shift (±``shift`` of the side) and a smooth random displacement field (a 4×4 grid of offsets
    up to ``elastic`` pixels, interpolated bicubically), applied in one bilinear resampling with
    zero fill. ``thickness`` blends each image part-way towards its 3×3 dilation or erosion
    (a random amount), which keeps thin MNIST strokes visible. Random numbers come from one
    ``tf.random.Generator`` seeded with ``seed``.
    """
    import math

    tf = backend.tf()
    generator = tf.random.Generator.from_seed(seed)

    def apply(images):
        images = tf.convert_to_tensor(images, tf.float32)
        shape = tf.shape(images)
        b, h, w, c = shape[0], shape[1], shape[2], shape[3]
        hf, wf = tf.cast(h, tf.float32), tf.cast(w, tf.float32)

        def uniform(limit):
            return generator.uniform([b, 1, 1], -limit, limit)

        if aug.thickness:
            amount = generator.uniform([b, 1, 1, 1], -0.3, 0.5)
            dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
            eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
            images = (
                images
                + tf.nn.relu(amount) * (dilated - images)
                + tf.nn.relu(-amount) * (eroded - images)
            )
        ys, xs = tf.meshgrid(
            tf.range(hf) - (hf - 1) / 2, tf.range(wf) - (wf - 1) / 2, indexing="ij"
        )
        angle = uniform(aug.rotation_deg * math.pi / 180)
        scale = tf.exp(uniform(aug.zoom))
        shear = uniform(aug.shear)
        cos, sin = tf.cos(angle) / scale, tf.sin(angle) / scale
        sx = cos * xs + (sin + shear / scale) * ys + uniform(aug.shift * wf) + (wf - 1) / 2
        sy = -sin * xs + cos * ys + uniform(aug.shift * hf) + (hf - 1) / 2
        if aug.elastic:
            field = (
                tf.image.resize(
                    generator.uniform([b, 4, 4, 2], -1.0, 1.0), [h, w], method="bicubic"
                )
                * aug.elastic
            )
            sx, sy = sx + field[..., 0], sy + field[..., 1]
        x0, y0 = tf.floor(sx), tf.floor(sy)
        wx, wy = (sx - x0)[..., None], (sy - y0)[..., None]
        flat = tf.reshape(images, [-1, c])
        base = tf.reshape(tf.range(b) * h * w, [b, 1, 1])

        def tap(yy, xx):
            inside = (xx >= 0) & (xx <= wf - 1) & (yy >= 0) & (yy <= hf - 1)
            xi = tf.cast(tf.clip_by_value(xx, 0, wf - 1), tf.int32)
            yi = tf.cast(tf.clip_by_value(yy, 0, hf - 1), tf.int32)
            return tf.where(inside[..., None], tf.gather(flat, base + yi * w + xi), 0.0)

        out = (1 - wy) * ((1 - wx) * tap(y0, x0) + wx * tap(y0, x0 + 1)) + wy * (
            (1 - wx) * tap(y0 + 1, x0) + wx * tap(y0 + 1, x0 + 1)
        )
        return tf.clip_by_value(out, 0.0, value_max)

    return apply


def augmentation_preview(
    images: np.ndarray, aug: Augmentation, batches: int = 4, seed: int = 0, value_max: float = 1.0
) -> np.ndarray:
    """Program 8-5: ``batches`` randomly augmented versions of ``images`` (N, H, W, C).

    Returns float32 ``(batches, N, H, W, C)`` in 0..1, ready to show in a grid; each call with a
    new ``seed`` draws new transformations.
    """
    images = np.asarray(images, dtype=np.float32)
    if images.ndim == 3:
        images = images[..., None]
    augment = make_augmenter(aug, seed=seed, value_max=value_max)
    out = np.stack([np.asarray(augment(images)) for _ in range(max(1, int(batches)))])
    return (out / value_max).astype(np.float32)


def sample_images(
    dataset: str, count: int = 8, image_size: int = 224, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, list[str], float]:
    """A few training images of a data set for previews: ``(images, labels, class_names,
    value_max)``."""
    if is_folder_dataset(dataset):
        class_names, ids, _ = folder_classes(dataset)
        rng = np.random.default_rng(seed)
        picked: list[tuple[Path, int]] = []
        per_class = [
            sorted(
                p
                for p in (Path(dataset).expanduser() / name).iterdir()
                if p.suffix.lower() in IMAGE_EXTENSIONS
            )
            for name in ids
        ]
        for i in range(count):
            label = i % len(ids)
            if per_class[label]:
                picked.append((per_class[label][int(rng.integers(len(per_class[label])))], label))
        if not picked:
            raise DatasetUnavailable(
                translate("Training", "No images were found in {folder}.").format(
                    folder=str(dataset)
                )
            )
        keras = backend.keras()
        images = []
        for path, _ in picked:
            image = keras.utils.load_img(
                path, color_mode="rgb", target_size=(image_size, image_size), keep_aspect_ratio=True
            )
            images.append(keras.utils.img_to_array(image))
        return (
            np.stack(images).astype(np.float32),
            np.array([lbl for _, lbl in picked]),
            class_names,
            255.0,
        )
    data = load_dataset(
        dataset, limit=None if dataset == "mnist-10k" else 2000, validation_split=0.0, seed=seed
    )
    order = np.random.default_rng(seed).choice(
        len(data.x_train), size=min(count, len(data.x_train)), replace=False
    )
    return data.x_train[order], data.y_train[order], data.class_names, 1.0


# --------------------------------------------------------------------------------- training
@dataclass
class TrainConfig:
    dataset: str = "mnist-10k"
    arch: str = "lenet5"
    epochs: int = 5
    batch_size: int = 128
    learning_rate: float = 1e-3
    optimizer: str = "adam"
    dropout: float | None = None
    augmentation: Augmentation = field(default_factory=Augmentation)
    validation_split: float = 0.1
    early_stopping: bool = False
    monitor: str = "val_loss"
    patience: int = 5
    restore_best: bool = True
    limit: int | None = None
    seed: int = 123
    lr_schedule: str = "constant"  # or "cosine"
    # image folders and transfer learning (program 8-7)
    image_size: int = 224
    backbone: str = "efficientnet-lite0"
    backbone_weights: str | None = "imagenet"  # "imagenet", None (random) or a weights file
    fine_tune_epochs: int = 0  # after the frozen epochs, train the top backbone layers too
    fine_tune_layers: int = 20  # how many weighted backbone layers (from the top) to unfreeze
    fine_tune_lr_factor: float = 0.1  # fine-tuning learning rate = learning_rate × this
    # several GPUs: tf.distribute.MirroredStrategy (used when more than one GPU is present, or on
    # the explicit strategy_devices, e.g. ["/cpu:0"] in tests)
    multi_gpu: bool = False
    strategy_devices: list[str] | None = None
    # XLA: None = Keras' "auto", except for transfer models on a CPU, where compiling the backbone
    # costs tens of seconds before the first batch (measured: 18 s of CPU for EfficientNet-Lite0)
    jit_compile: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def total_epochs(self) -> int:
        return self.epochs + (self.fine_tune_epochs if self.arch == "transfer" else 0)


def defaults_for(dataset: str) -> TrainConfig:
    """Sensible settings per data set (the Training tab's defaults when the data set changes)."""
    if is_folder_dataset(dataset):
        return TrainConfig(
            dataset=dataset,
            arch="transfer",
            epochs=5,
            batch_size=32,
            learning_rate=1e-3,
            optimizer="adam",
            augmentation=Augmentation(rotation_deg=10.0, shift=0.1, flip=True),
            validation_split=0.2,
            early_stopping=True,
            patience=3,
        )
    if dataset == "cifar10":
        return TrainConfig(
            dataset=dataset,
            arch="cifar-cnn",
            epochs=20,
            batch_size=128,
            learning_rate=1e-3,
            optimizer="adam",
            augmentation=Augmentation.textbook(),
            validation_split=0.1,
        )
    if dataset == "fashion-mnist":
        return TrainConfig(
            dataset=dataset, arch="cnn-v2", epochs=10, batch_size=128, learning_rate=1e-3
        )
    return TrainConfig(dataset=dataset, arch="lenet5", epochs=5, batch_size=128, learning_rate=1e-3)


def dataset_spec(dataset: str, image_size: int = 224) -> tuple[tuple[int, ...], int]:
    """``(input_shape, number of classes)`` of a data set without loading it."""
    if is_folder_dataset(dataset):
        return (int(image_size), int(image_size), 3), len(class_folders(dataset))
    if dataset == "cifar10":
        return (32, 32, 3), 10
    return (28, 28, 1), 10


def describe_model(config: TrainConfig):
    """The uncompiled model ``config`` would train (random weights), for a summary before a run."""
    shape, classes = dataset_spec(config.dataset, config.image_size)
    options = {"backbone": config.backbone, "weights": None} if config.arch == "transfer" else {}
    return build_model(config.arch, shape, classes, config.dropout, **options)


def model_summary(model) -> tuple[list[dict[str, Any]], int, int]:
    """Rows ``{name, kind, output_shape, parameters, trainable}`` per layer, total and trainable
    count."""
    rows = []
    for layer in model.layers:
        try:
            shape = layer.output.shape
            shape_text = "×".join("?" if d is None else str(d) for d in tuple(shape)[1:])
        except (AttributeError, ValueError):
            shape_text = ""
        rows.append(
            {
                "name": layer.name,
                "kind": type(layer).__name__,
                "output_shape": shape_text,
                "parameters": int(layer.count_params()) if layer.built else 0,
                "trainable": bool(layer.trainable) and bool(layer.trainable_weights),
            }
        )
    trainable = int(sum(int(np.prod(w.shape)) for w in model.trainable_weights))
    return rows, int(model.count_params()), trainable


class Listener(Protocol):
    def on_batch(self, info: dict[str, Any]) -> None: ...

    def on_epoch(self, info: dict[str, Any]) -> None: ...


class ThrottledListener:
    """Groups batch reports: ``on_batches(list)`` at most every ``interval`` s, epochs at once.

    For a GUI, which wants a handful of updates per second whatever the batch rate. The last
    pending batches are always delivered before an epoch report and at the end.
    """

    def __init__(
        self,
        on_batches: Callable[[list[dict[str, Any]]], None],
        on_epoch: Callable[[dict[str, Any]], None],
        on_start: Callable[[dict[str, Any]], None] | None = None,
        interval: float = 0.05,
    ):
        self._on_batches = on_batches
        self._on_epoch = on_epoch
        self._on_start = on_start
        self.interval = float(interval)
        self._pending: list[dict[str, Any]] = []
        self._last = float("-inf")

    def on_start(self, info: dict[str, Any]) -> None:
        if self._on_start is not None:
            self._on_start(info)

    def on_batch(self, info: dict[str, Any]) -> None:
        self._pending.append(info)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self.flush(now)

    def on_epoch(self, info: dict[str, Any]) -> None:
        self.flush()
        self._on_epoch(info)

    def flush(self, now: float | None = None) -> None:
        if self._pending:
            pending, self._pending = self._pending, []
            self._on_batches(pending)
        self._last = time.monotonic() if now is None else now


@dataclass
class ConfusedExamples:
    """The validation/test images the model got wrong with the most confidence."""

    images: np.ndarray  # (k, H, W, C) float32 0..1
    true: np.ndarray  # (k,) class indices
    predicted: np.ndarray  # (k,)
    confidence: np.ndarray  # (k,) probability given to the wrong class


@dataclass
class TrainResult:
    model: Any
    config: TrainConfig
    data: DataSplit
    history: dict[str, list[float]]
    seconds: float
    device: str
    stopped: bool
    test_accuracy: float | None = None
    test_loss: float | None = None
    confusion: np.ndarray | None = None
    evaluation_name: str = ""  # the split test_accuracy was measured on (test set, or validation)
    confused: ConfusedExamples | None = None

    def preprocessing(self) -> str:
        """Registry preprocessing id of the saved model's input."""
        if self.config.arch == "transfer":
            return FOLDER_PREPROCESSING  # RGB 0..255, the model normalises
        if self.data.streamed:
            return "scale01"  # image folder scaled to 0..1 for the small CNNs
        return self.data.preprocessing

    def display_name(self) -> str:
        arch = {"lenet5": "LeNet-5", "cnn-v2": "CNN v2", "cifar-cnn": "CIFAR CNN"}.get(
            self.config.arch, self.config.arch
        )
        if self.config.arch == "transfer":
            arch = f"{self.config.backbone} transfer"
        return f"{arch} · {Path(self.data.name).name} · {len(self.history.get('loss', []))} epochs"

    def metadata(self) -> dict[str, Any]:
        """The ``.json`` written beside the model (the registry's format)."""
        metrics = []
        if self.test_accuracy is not None:
            metrics.append(
                {
                    "name": "accuracy",
                    "value": self.test_accuracy,
                    "dataset": self.evaluation_name or self.data.test_name,
                }
            )
        if self.history.get("val_accuracy"):
            metrics.append(
                {
                    "name": "val_accuracy",
                    "value": float(self.history["val_accuracy"][-1]),
                    "dataset": f"{Path(self.data.name).name} validation split",
                }
            )
        return {
            "task": self.data.task,
            "class_names": list(self.data.class_names),
            "input_shape": list(self.data.input_shape),
            "preprocessing": self.preprocessing(),
            "metrics": metrics,
            "parameters": int(self.model.count_params()),
            "hyperparameters": self.config.to_dict(),
            "training_seconds": round(self.seconds, 1),
            "epochs_run": len(self.history.get("loss", [])),
            "stopped_early": self.stopped,
            "device": self.device,
            "display_name": self.display_name(),
            **(
                {"class_ids": list(self.data.class_ids)}
                if self.data.class_ids and self.data.class_ids != self.data.class_names
                else {}
            ),
            **(
                {"wnids": [c.split("-", 1)[0] for c in self.data.class_ids]}
                if self.data.task == "breeds" and self.data.class_ids
                else {}
            ),
            **({"backbone": self.config.backbone} if self.config.arch == "transfer" else {}),
            "provenance": {
                "trained_by": "visionagent.core.training.train",
                "dataset": self.data.name,
                "architecture": self.config.arch,
            },
        }


def _optimizer(keras, name: str, lr, momentum: float = 0.9):
    name = name.lower()
    if name == "adam":
        return keras.optimizers.Adam(lr)
    if name == "sgd":
        return keras.optimizers.SGD(lr, momentum=momentum)
    if name == "rmsprop":
        return keras.optimizers.RMSprop(lr)
    if name == "adagrad":
        return keras.optimizers.Adagrad(lr)
    raise ValueError(
        translate("Training", "Unknown optimizer {name!r}; choose one of {names}.").format(
            name=name, names=", ".join(OPTIMIZERS)
        )
    )


def make_callbacks(
    listener: Listener | None,
    state: TaskState | None,
    steps_per_epoch: int,
    batch_size: int,
    epochs: int,
    samples_per_epoch: int | None = None,
):
    """The reporting/stop callback (and nothing else): Keras ``Callback`` built lazily.

    Keras' batch logs hold the running mean since the epoch began; each report also carries
    ``batch_loss`` and ``batch_accuracy``, the values of that batch alone (recovered from the
    running means, weighted by batch size as Keras weights them), for a per-batch curve without
    a jump at each epoch boundary.
    """
    keras = backend.keras()

    class Reporter(keras.callbacks.Callback):
        """Reports batches and epochs as plain dicts; stops within one batch when asked.

        A stop request also ends the validation pass after its current batch (the TensorFlow
        trainer validates even after a mid-epoch stop); that epoch's report is then marked
        ``partial`` and carries no validation figures.
        """

        def __init__(self):
            super().__init__()
            self.started = time.perf_counter()
            self.epoch_started = self.started
            self.epoch = 0
            self.samples = 0
            self._begun = False

        def on_train_begin(self, logs=None):
            if not self._begun:  # the fine-tuning phase continues the same clock
                self._begun = True
                self.started = time.perf_counter()

        def on_test_batch_end(self, batch, logs=None):
            if state is not None and state.cancelled:
                self.model.stop_evaluating = True

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch
            self.epoch_started = time.perf_counter()
            self._seen = 0
            self._means = {"loss": 0.0, "accuracy": 0.0}

        def on_train_batch_end(self, batch, logs=None):
            if listener is not None:
                self._report(batch, logs)
            if (
                state is not None and state.cancelled
            ):  # after the report: a request made in it counts
                self.model.stop_training = True

        def _report(self, batch, logs):
            self.samples += batch_size
            size = (
                batch_size
                if not samples_per_epoch
                else max(1, min(batch_size, samples_per_epoch - self._seen))
            )
            seen = self._seen + size
            single = {}
            for key in ("loss", "accuracy"):
                mean = float(logs.get(key, np.nan)) if logs else np.nan
                single[key] = (seen * mean - self._seen * self._means[key]) / size
                self._means[key] = mean
            self._seen = seen
            now = time.perf_counter()
            done = self.epoch * steps_per_epoch + batch + 1
            total = epochs * steps_per_epoch
            elapsed = now - self.started
            listener.on_batch(
                {
                    "epoch": self.epoch + 1,
                    "epochs": epochs,
                    "batch": batch + 1,
                    "batches": steps_per_epoch,
                    "step": done,
                    "steps": total,
                    "loss": float(logs.get("loss", np.nan)) if logs else np.nan,
                    "accuracy": float(logs.get("accuracy", np.nan)) if logs else np.nan,
                    "batch_loss": single["loss"],
                    "batch_accuracy": single["accuracy"],
                    "samples_per_s": self.samples / elapsed if elapsed > 0 else 0.0,
                    "eta_s": elapsed / done * (total - done) if done else 0.0,
                }
            )

        def on_epoch_end(self, epoch, logs=None):
            if listener is None:
                return
            info = {
                "epoch": epoch + 1,
                "epochs": epochs,
                "seconds": time.perf_counter() - self.epoch_started,
            }
            info.update({k: float(v) for k, v in (logs or {}).items() if np.isscalar(v)})
            if state is not None and state.cancelled:
                info = {k: v for k, v in info.items() if not k.startswith("val_")}
                info["partial"] = True
            listener.on_epoch(info)

    return Reporter()


class KeepBest:
    """Factory for a callback that remembers the best weights by ``monitor`` and restores them."""

    @staticmethod
    def create(monitor: str, state: TaskState | None = None):
        keras = backend.keras()

        class _KeepBest(keras.callbacks.Callback):
            def __init__(self):
                super().__init__()
                self.best = None
                self.best_weights = None
                self.mode = "max" if "acc" in monitor else "min"

            def on_epoch_end(self, epoch, logs=None):
                value = (logs or {}).get(monitor)
                if value is None or (
                    state is not None and state.cancelled
                ):  # a stopped epoch is partial
                    return
                better = self.best is None or (
                    value > self.best if self.mode == "max" else value < self.best
                )
                if better:
                    self.best = float(value)
                    self.best_weights = self.model.get_weights()

            def on_train_end(self, logs=None):
                if self.best_weights is not None:
                    self.model.set_weights(self.best_weights)

        return _KeepBest()


def _dataset(tf, x, y, batch_size, shuffle_seed=None, augment=None):
    ds = tf.data.Dataset.from_tensor_slices((x, y))
    if shuffle_seed is not None:
        ds = ds.shuffle(len(x), seed=shuffle_seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size)
    if augment is not None:
        ds = ds.map(lambda a, b: (augment(a), b), num_parallel_calls=tf.data.AUTOTUNE)
    return ds.prefetch(tf.data.AUTOTUNE)


CACHE_BYTES = 1 << 30  # image folders whose decoded images fit in this are cached in memory


def model_value_max(config: TrainConfig) -> float:
    """Pixel range the model takes: 255 for transfer models (RGB 0..255), else 1 (0..1)."""
    return 255.0 if config.arch == "transfer" else 1.0


def _stream(
    tf,
    data: DataSplit,
    ds,
    count: int,
    batch_size: int,
    scale: float,
    shuffle_seed=None,
    augment=None,
):
    """Batches from an unbatched (image, label) stream: cached when small, scaled, augmented."""
    image_bytes = int(np.prod(data.input_shape)) * 4
    if count * image_bytes <= CACHE_BYTES:
        ds = ds.cache()
        if shuffle_seed is not None:
            ds = ds.shuffle(count, seed=shuffle_seed, reshuffle_each_iteration=True)
    ds = ds.batch(batch_size)
    if scale != 1.0:
        ds = ds.map(lambda a, b: (a * scale, b), num_parallel_calls=tf.data.AUTOTUNE)
    if augment is not None:
        ds = ds.map(lambda a, b: (augment(a), b), num_parallel_calls=tf.data.AUTOTUNE)
    return ds.prefetch(tf.data.AUTOTUNE)


def make_datasets(data: DataSplit, config: TrainConfig):
    """``(train_ds, val_ds)`` as the model wants them (batched, scaled, training augmentation)."""
    tf = backend.tf()
    target = model_value_max(config)
    scale = target / data.value_max
    augment = (
        make_augmenter(config.augmentation, config.seed, value_max=target)
        if config.augmentation.enabled
        else None
    )
    if data.streamed:
        train_ds = _stream(
            tf, data, data.train_ds, data.num_train, config.batch_size, scale, config.seed, augment
        )
        val_ds = (
            _stream(tf, data, data.val_ds, data.num_val, config.batch_size, scale)
            if data.val_ds is not None and data.num_val
            else None
        )
        return train_ds, val_ds
    x_train, x_val = data.x_train, data.x_val
    if scale != 1.0:
        if data.input_shape[-1] != 3:
            raise ValueError(
                translate(
                    "Training",
                    "Transfer learning needs colour images; {name} is greyscale. Choose cifar10 "
                    "or an image folder.",
                ).format(name=data.name)
            )
        x_train = x_train * np.float32(scale)
        x_val = None if x_val is None else x_val * np.float32(scale)
    train_ds = _dataset(
        tf, x_train, data.y_train, config.batch_size, shuffle_seed=config.seed, augment=augment
    )
    val_ds = _dataset(tf, x_val, data.y_val, 512) if x_val is not None else None
    return train_ds, val_ds


def distribution_strategy(config: TrainConfig, info: backend.DeviceInfo | None = None):
    """``tf.distribute.MirroredStrategy`` when asked for and useful, else None.

    Used when ``config.multi_gpu`` is set and more than one GPU is present, or always on the
    explicit ``config.strategy_devices`` (tests run it on ``["/cpu:0"]``).
    """
    tf = backend.tf()
    if config.strategy_devices:
        return tf.distribute.MirroredStrategy(devices=list(config.strategy_devices))
    info = info or backend.load()
    if config.multi_gpu and info.gpu_count > 1:
        return tf.distribute.MirroredStrategy()
    return None


def compile_model(
    model, config: TrainConfig, steps_per_epoch: int, learning_rate: float | None = None
):
    keras = backend.keras()
    lr: Any = config.learning_rate if learning_rate is None else learning_rate
    if config.lr_schedule == "cosine":
        lr = keras.optimizers.schedules.CosineDecay(
            lr, decay_steps=max(1, steps_per_epoch * config.epochs)
        )
    jit: bool | str = "auto" if config.jit_compile is None else bool(config.jit_compile)
    if config.jit_compile is None and config.arch == "transfer" and backend.load().gpu_count == 0:
        jit = False
    model.compile(
        optimizer=_optimizer(keras, config.optimizer, lr),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
        jit_compile=jit,
    )
    return model


def _start_info(
    model, data: DataSplit, config: TrainConfig, steps: int, device: str, phase: str
) -> dict[str, Any]:
    rows, total, trainable = model_summary(model)
    return {
        "phase": phase,  # "train" or "fine-tune"
        "layers": rows,
        "parameters": total,
        "trainable_parameters": trainable,
        "device": device,
        "train_samples": data.num_train,
        "val_samples": data.num_val,
        "steps_per_epoch": steps,
        "epochs": config.total_epochs,
        "class_names": list(data.class_names),
        "input_shape": list(data.input_shape),
    }


def train(
    config: TrainConfig,
    listener: Listener | None = None,
    state: TaskState | None = None,
    data: DataSplit | None = None,
) -> TrainResult:
    """Load the data, build and fit the model, evaluate on the test split (else validation).

    For ``transfer`` the backbone stays frozen for ``config.epochs``; then, when
    ``config.fine_tune_epochs`` > 0, its top ``config.fine_tune_layers`` layers are trained too at
    ``learning_rate × fine_tune_lr_factor``. Under :func:`distribution_strategy` the model is
    built and compiled inside the strategy's scope.
    """
    import contextlib

    if config.epochs < 1 or config.batch_size < 1:
        raise ValueError(translate("Training", "Epochs and batch size must be at least 1."))
    info = backend.load()
    keras = backend.keras()
    keras.utils.set_random_seed(config.seed)
    data = data or load_dataset(
        config.dataset,
        limit=config.limit,
        validation_split=config.validation_split,
        seed=config.seed,
        image_size=config.image_size,
    )
    if state is not None:
        state.check()
    strategy = distribution_strategy(config, info)
    scope = strategy.scope() if strategy is not None else contextlib.nullcontext()
    options = (
        {"backbone": config.backbone, "weights": config.backbone_weights}
        if config.arch == "transfer"
        else {}
    )
    steps = int(np.ceil(data.num_train / config.batch_size))
    with scope:
        model = build_model(
            config.arch, data.input_shape, len(data.class_names), config.dropout, **options
        )
        compile_model(model, config, steps)
    train_ds, val_ds = make_datasets(data, config)
    device = info.describe() + (
        f" · MirroredStrategy × {strategy.num_replicas_in_sync}" if strategy is not None else ""
    )
    start = getattr(listener, "on_start", None)
    if start is not None:
        start(_start_info(model, data, config, steps, device, "train"))
    callbacks = [
        make_callbacks(
            listener, state, steps, config.batch_size, config.total_epochs, data.num_train
        )
    ]
    if val_ds is not None:
        if config.early_stopping:
            callbacks.append(
                keras.callbacks.EarlyStopping(
                    monitor=config.monitor,
                    patience=config.patience,
                    restore_best_weights=config.restore_best,
                )
            )
        elif config.restore_best:
            callbacks.append(KeepBest.create(config.monitor, state))
    started = time.perf_counter()
    history = model.fit(
        train_ds,
        validation_data=val_ds,
        epochs=config.epochs,
        callbacks=callbacks,
        verbose=0,
        shuffle=False,
    )
    merged = {k: [float(v) for v in vals] for k, vals in history.history.items()}
    cancelled = state is not None and state.cancelled
    if config.arch == "transfer" and config.fine_tune_epochs > 0 and not cancelled:
        done = len(merged.get("loss", []))
        with scope:
            unfreeze_top(model, config.fine_tune_layers)
            compile_model(
                model,
                config,
                steps,
                learning_rate=config.learning_rate * config.fine_tune_lr_factor,
            )
        if start is not None:
            start(_start_info(model, data, config, steps, device, "fine-tune"))
        more = model.fit(
            train_ds,
            validation_data=val_ds,
            initial_epoch=done,
            epochs=done + config.fine_tune_epochs,
            callbacks=callbacks,
            verbose=0,
            shuffle=False,
        )
        for key, values in more.history.items():
            merged.setdefault(key, []).extend(float(v) for v in values)
    seconds = time.perf_counter() - started
    stopped = bool(state is not None and state.cancelled)
    result = TrainResult(
        model=model,
        config=config,
        data=data,
        history=merged,
        seconds=seconds,
        device=device,
        stopped=stopped,
    )
    if not stopped:
        evaluate(result)
    return result


def predict_batches(model, x: np.ndarray, batch_size: int = 1024) -> np.ndarray:
    """Probabilities for many inputs (direct model calls on fixed-size batches)."""
    out = [
        np.asarray(model(x[i : i + batch_size], training=False))
        for i in range(0, len(x), batch_size)
    ]
    return np.concatenate(out) if out else np.zeros((0,))


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, num_classes: int) -> np.ndarray:
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return matrix


def most_confused_pairs(matrix: np.ndarray, count: int = 5) -> list[tuple[int, int, int]]:
    """The largest off-diagonal cells of a confusion matrix: ``(true, predicted, count)``."""
    off = np.array(matrix, dtype=np.int64, copy=True)
    np.fill_diagonal(off, 0)
    order = np.argsort(off, axis=None)[::-1][:count]
    pairs = [
        (int(i), int(j), int(off[i, j]))
        for i, j in zip(*np.unravel_index(order, off.shape), strict=True)
    ]
    return [p for p in pairs if p[2] > 0]


def _evaluation_batches(result: TrainResult, batch_size: int = 256):
    """``(name, iterator of (raw images, labels))`` for the test split, else the validation
    split."""
    data = result.data
    if data.x_test is not None:
        return data.test_name, (
            (data.x_test[i : i + batch_size], data.y_test[i : i + batch_size])
            for i in range(0, len(data.x_test), batch_size)
        )
    percent = int(round(100 * result.config.validation_split))
    name = f"{Path(data.name).name} validation split ({percent}%, seed {result.config.seed})"
    if data.streamed:
        if data.val_ds is None or not data.num_val:
            return "", iter(())
        return name, (
            (np.asarray(x), np.asarray(y))
            for x, y in data.val_ds.batch(min(batch_size, 64)).as_numpy_iterator()
        )
    if data.x_val is None:
        return "", iter(())
    return name, (
        (data.x_val[i : i + batch_size], data.y_val[i : i + batch_size])
        for i in range(0, len(data.x_val), batch_size)
    )


def evaluate(result: TrainResult, confused_count: int = 12) -> TrainResult:
    """Accuracy, loss, confusion matrix and the most confidently wrong examples.

    On the data's test split when it has one (``mnist-10k`` with ``../shared``, the
    ``keras.datasets`` test sets), else on the validation split; ``result.evaluation_name`` says
    which.
    """
    data = result.data
    name, batches = _evaluation_batches(result)
    scale = np.float32(model_value_max(result.config) / data.value_max)
    classes = len(data.class_names)
    matrix = np.zeros((classes, classes), dtype=np.int64)
    seen = correct = 0
    loss_sum = 0.0
    keep_images: list[np.ndarray] = []
    keep_true: list[int] = []
    keep_pred: list[int] = []
    keep_conf: list[float] = []
    for images, labels in batches:
        labels = labels.astype(np.int64)
        inputs = images * scale if scale != 1.0 else images
        probs = np.asarray(result.model(inputs, training=False))
        pred = probs.argmax(axis=1)
        matrix += confusion_matrix(labels, pred, classes)
        seen += len(labels)
        correct += int((pred == labels).sum())
        loss_sum += float(-np.log(np.clip(probs[np.arange(len(labels)), labels], 1e-7, 1.0)).sum())
        wrong = np.flatnonzero(pred != labels)
        for i in wrong:
            keep_images.append(np.asarray(images[i], dtype=np.float32) / data.value_max)
            keep_true.append(int(labels[i]))
            keep_pred.append(int(pred[i]))
            keep_conf.append(float(probs[i, pred[i]]))
        if len(keep_conf) > confused_count:
            order = np.argsort(keep_conf)[::-1][:confused_count]
            keep_images = [keep_images[i] for i in order]
            keep_true = [keep_true[i] for i in order]
            keep_pred = [keep_pred[i] for i in order]
            keep_conf = [keep_conf[i] for i in order]
    if not seen:
        return result
    result.evaluation_name = name
    result.test_accuracy = correct / seen
    result.test_loss = loss_sum / seen
    result.confusion = matrix
    order = np.argsort(keep_conf)[::-1]
    shape = data.input_shape
    result.confused = ConfusedExamples(
        images=np.stack([keep_images[i] for i in order])
        if keep_images
        else np.zeros((0, *shape), np.float32),
        true=np.array([keep_true[i] for i in order], dtype=np.int64),
        predicted=np.array([keep_pred[i] for i in order], dtype=np.int64),
        confidence=np.array([keep_conf[i] for i in order], dtype=np.float32),
    )
    return result


def save_result(result: TrainResult, out: Path | str) -> Path:
    """Write ``out`` (.keras) and the metadata ``.json`` beside it; returns the .keras path."""
    from visionagent.core.registry import write_metadata

    out = Path(out)
    if out.suffix != ".keras":
        out = out.with_suffix(".keras")
    out.parent.mkdir(parents=True, exist_ok=True)
    result.model.save(out)
    write_metadata(out, result.metadata())
    return out

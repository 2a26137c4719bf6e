"""Training the textbook's models: data sets, architectures, ``fit`` with reporting callbacks.

One trainer for the Training tab, the ``visionagent train`` CLI and the scripts that produce the
shipped models. Everything TensorFlow is imported lazily through :mod:`visionagent.core.backend`.

Contract used by the GUI and the CLI::

    config = TrainConfig(dataset="mnist-10k", arch="lenet5", epochs=1)
    result = train(config, listener=my_listener, state=task_state)   # blocks; run it in a worker
    save_result(result, "path/name.keras")                            # .keras + .json

``listener`` receives plain dicts: ``on_batch({...})`` after every training batch and
``on_epoch({...})`` after every epoch; ``state.cancel()`` stops the fit within one batch.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from visionagent import paths
from visionagent.core import backend
from visionagent.core.jobs import TaskState
from visionagent.i18n import translate

DIGIT_NAMES = [str(d) for d in range(10)]
CIFAR10_NAMES = ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]
FASHION_NAMES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
OPTIMIZERS = ("adam", "sgd", "rmsprop", "adagrad")


class DatasetUnavailable(Exception):
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
    preprocessing: str  # registry preprocessing id, e.g. "mnist" (28x28x1 floats 0..1, white on black)
    test_name: str = ""  # what the test split is, for the metrics record

    @property
    def input_shape(self) -> tuple[int, ...]:
        return tuple(int(s) for s in self.x_train.shape[1:])


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
            translate("Training", "The bundled digits {file} are missing; reinstall VisionAgent.").format(file=str(path))
        )
    with np.load(path) as data:
        return data["x"], data["y"].astype(np.int64)


def load_idx(images_path: Path | str, labels_path: Path | str) -> tuple[np.ndarray, np.ndarray]:
    """Read an IDX image file and its labels (``.gz`` or plain), as MNIST ships them."""
    import gzip

    def read(path: Path | str, offset: int) -> np.ndarray:
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rb") as fh:
            return np.frombuffer(fh.read(), np.uint8, offset=offset)

    labels = read(labels_path, 8).astype(np.int64)
    images = read(images_path, 16).reshape(len(labels), 28, 28)
    return images, labels


def load_dataset(name: str, limit: int | None = None, validation_split: float = 0.1, seed: int = 123) -> DataSplit:
    """Load a data set by name: ``mnist-10k`` (bundled), ``mnist``, ``fashion-mnist``, ``cifar10``.

    ``limit`` keeps a quick slice of the training data. Raises :class:`DatasetUnavailable` with a
    clear message when a download is needed and fails (offline).
    """
    if name == "mnist-10k":
        x, y = load_mnist_10k()
        if limit:
            x, y = x[:limit], y[:limit]
        x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
        x_te = y_te = None
        test_name = ""
        shared = paths.shared_dataset("mnist-test")
        if shared is not None:
            x_te, y_te = load_idx(shared / "t10k-images-idx3-ubyte.gz", shared / "t10k-labels-idx1-ubyte.gz")
            x_te, test_name = _to_float(x_te), "MNIST test set (10,000)"
        return DataSplit(name, x_tr, y_tr, x_va, y_va, x_te, y_te, DIGIT_NAMES, "digits", "mnist", test_name)
    loaders = {"mnist": "mnist", "fashion-mnist": "fashion_mnist", "cifar10": "cifar10"}
    if name not in loaders:
        raise DatasetUnavailable(translate("Training", "Unknown data set {name!r}.").format(name=name))
    keras = backend.keras()
    try:
        (x, y), (x_te, y_te) = getattr(keras.datasets, loaders[name]).load_data()
    except Exception as exc:  # noqa: BLE001 - offline or broken download
        raise DatasetUnavailable(
            translate(
                "Training",
                "The data set {name} could not be loaded (it downloads on first use, and this computer seems offline: {error}). Use mnist-10k, which is bundled.",
            ).format(name=name, error=type(exc).__name__)
        ) from exc
    y, y_te = y.reshape(-1).astype(np.int64), y_te.reshape(-1).astype(np.int64)
    if limit:
        x, y = x[:limit], y[:limit]
    x_tr, y_tr, x_va, y_va = _split(_to_float(x), y, validation_split, seed)
    names = {"mnist": DIGIT_NAMES, "fashion-mnist": FASHION_NAMES, "cifar10": CIFAR10_NAMES}[name]
    task = "digits" if name == "mnist" else "classifier"
    prep = "mnist" if name == "mnist" else "scale01"
    return DataSplit(name, x_tr, y_tr, x_va, y_va, _to_float(x_te), y_te, names, task, prep, f"{name} test set")


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


# name -> (builder(keras, input_shape, num_classes, dropout), description)
ARCHITECTURES: dict[str, tuple[Callable[..., Any], str]] = {
    "lenet5": (_lenet5, "LeNet-5 (program 8-1): 61,706 weights on 28×28×1"),
    "cnn-v2": (_cnn_v2, "Improved CNN (program 8-3): C32-C32-P-C64-C64-P-D512"),
    "cifar-cnn": (_cifar_cnn, "CIFAR-10 CNN (program 8-2): C32-C32-P-C64-C64-P-D512"),
}


def build_model(arch: str, input_shape, num_classes: int, dropout: float | None = None):
    """Build an uncompiled Keras model; raises ``ValueError`` for an unknown architecture."""
    if arch not in ARCHITECTURES:
        raise ValueError(
            translate("Training", "Unknown architecture {arch!r}; choose one of {names}.").format(
                arch=arch, names=", ".join(ARCHITECTURES)
            )
        )
    builder, _ = ARCHITECTURES[arch]
    return builder(backend.keras(), tuple(input_shape), int(num_classes), dropout)


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

    @property
    def enabled(self) -> bool:
        return bool(self.rotation_deg or self.shift or self.zoom or self.flip or self.contrast or self.thickness)

    @classmethod
    def for_digits(cls) -> Augmentation:
        return cls(rotation_deg=12.0, shift=0.12, zoom=0.15, thickness=True)

    @classmethod
    def textbook(cls) -> Augmentation:
        """Program 8-5: rotation 20°, width/height shift 0.2, horizontal flip."""
        return cls(rotation_deg=20.0, shift=0.2, flip=True)


def make_augmenter(aug: Augmentation, seed: int = 123):
    """A function ``batch -> batch`` (tensors, NHWC floats 0..1) that applies ``aug``."""
    keras = backend.keras()
    tf = backend.tf()
    layers = []
    if aug.flip:
        layers.append(keras.layers.RandomFlip("horizontal", seed=seed))
    if aug.rotation_deg:
        layers.append(keras.layers.RandomRotation(aug.rotation_deg / 360.0, fill_mode="constant", seed=seed))
    if aug.zoom:
        layers.append(keras.layers.RandomZoom(aug.zoom, fill_mode="constant", seed=seed))
    if aug.shift:
        layers.append(keras.layers.RandomTranslation(aug.shift, aug.shift, fill_mode="constant", seed=seed))
    if aug.contrast:
        layers.append(keras.layers.RandomContrast(aug.contrast, seed=seed))
    pipeline = keras.Sequential(layers) if layers else None

    def apply(images):
        if aug.thickness:
            dilated = tf.nn.max_pool2d(images, 3, 1, "SAME")
            eroded = -tf.nn.max_pool2d(-images, 3, 1, "SAME")
            choice = tf.random.uniform([tf.shape(images)[0], 1, 1, 1], 0, 3, dtype=tf.int32)
            images = tf.where(choice == 1, dilated, tf.where(choice == 2, eroded, images))
        if pipeline is not None:
            images = pipeline(images, training=True)
        return tf.clip_by_value(images, 0.0, 1.0)

    return apply


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Listener(Protocol):
    def on_batch(self, info: dict[str, Any]) -> None: ...

    def on_epoch(self, info: dict[str, Any]) -> None: ...


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

    def metadata(self) -> dict[str, Any]:
        """The ``.json`` written beside the model (the registry's format)."""
        metrics = []
        if self.test_accuracy is not None:
            metrics.append({"name": "accuracy", "value": self.test_accuracy, "dataset": self.data.test_name})
        if self.history.get("val_accuracy"):
            metrics.append(
                {"name": "val_accuracy", "value": float(self.history["val_accuracy"][-1]), "dataset": f"{self.data.name} validation split"}
            )
        return {
            "task": self.data.task,
            "class_names": list(self.data.class_names),
            "input_shape": list(self.data.input_shape),
            "preprocessing": self.data.preprocessing,
            "metrics": metrics,
            "parameters": int(self.model.count_params()),
            "hyperparameters": self.config.to_dict(),
            "training_seconds": round(self.seconds, 1),
            "epochs_run": len(self.history.get("loss", [])),
            "stopped_early": self.stopped,
            "device": self.device,
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
    raise ValueError(translate("Training", "Unknown optimizer {name!r}; choose one of {names}.").format(name=name, names=", ".join(OPTIMIZERS)))


def make_callbacks(listener: Listener | None, state: TaskState | None, steps_per_epoch: int, batch_size: int, epochs: int):
    """The reporting/stop callback (and nothing else): Keras ``Callback`` built lazily."""
    keras = backend.keras()

    class Reporter(keras.callbacks.Callback):
        """Reports batches and epochs as plain dicts; stops within one batch when asked."""

        def __init__(self):
            super().__init__()
            self.started = time.perf_counter()
            self.epoch_started = self.started
            self.epoch = 0
            self.samples = 0

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch
            self.epoch_started = time.perf_counter()

        def on_train_batch_end(self, batch, logs=None):
            if state is not None and state.cancelled:
                self.model.stop_training = True
            if listener is None:
                return
            self.samples += batch_size
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
                    "samples_per_s": self.samples / elapsed if elapsed > 0 else 0.0,
                    "eta_s": elapsed / done * (total - done) if done else 0.0,
                }
            )

        def on_epoch_end(self, epoch, logs=None):
            if listener is None:
                return
            info = {"epoch": epoch + 1, "epochs": epochs, "seconds": time.perf_counter() - self.epoch_started}
            info.update({k: float(v) for k, v in (logs or {}).items() if np.isscalar(v)})
            listener.on_epoch(info)

    return Reporter()


class KeepBest:
    """Factory for a callback that remembers the best weights by ``monitor`` and restores them."""

    @staticmethod
    def create(monitor: str):
        keras = backend.keras()

        class _KeepBest(keras.callbacks.Callback):
            def __init__(self):
                super().__init__()
                self.best = None
                self.best_weights = None
                self.mode = "max" if "acc" in monitor else "min"

            def on_epoch_end(self, epoch, logs=None):
                value = (logs or {}).get(monitor)
                if value is None:
                    return
                better = self.best is None or (value > self.best if self.mode == "max" else value < self.best)
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


def compile_model(model, config: TrainConfig, steps_per_epoch: int):
    keras = backend.keras()
    lr: Any = config.learning_rate
    if config.lr_schedule == "cosine":
        lr = keras.optimizers.schedules.CosineDecay(config.learning_rate, decay_steps=max(1, steps_per_epoch * config.epochs))
    model.compile(
        optimizer=_optimizer(keras, config.optimizer, lr),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


def train(config: TrainConfig, listener: Listener | None = None, state: TaskState | None = None, data: DataSplit | None = None) -> TrainResult:
    """Load the data, build and fit the model, evaluate on the test split when there is one."""
    if config.epochs < 1 or config.batch_size < 1:
        raise ValueError(translate("Training", "Epochs and batch size must be at least 1."))
    info = backend.load()
    keras, tf = backend.keras(), backend.tf()
    keras.utils.set_random_seed(config.seed)
    data = data or load_dataset(config.dataset, limit=config.limit, validation_split=config.validation_split, seed=config.seed)
    model = build_model(config.arch, data.input_shape, len(data.class_names), config.dropout)
    steps = int(np.ceil(len(data.x_train) / config.batch_size))
    compile_model(model, config, steps)
    augment = make_augmenter(config.augmentation, config.seed) if config.augmentation.enabled else None
    train_ds = _dataset(tf, data.x_train, data.y_train, config.batch_size, shuffle_seed=config.seed, augment=augment)
    val_ds = _dataset(tf, data.x_val, data.y_val, 512) if data.x_val is not None else None
    callbacks = [make_callbacks(listener, state, steps, config.batch_size, config.epochs)]
    if val_ds is not None:
        if config.early_stopping:
            callbacks.append(
                keras.callbacks.EarlyStopping(monitor=config.monitor, patience=config.patience, restore_best_weights=config.restore_best)
            )
        elif config.restore_best:
            callbacks.append(KeepBest.create(config.monitor))
    started = time.perf_counter()
    history = model.fit(train_ds, validation_data=val_ds, epochs=config.epochs, callbacks=callbacks, verbose=0, shuffle=False)
    seconds = time.perf_counter() - started
    stopped = bool(state is not None and state.cancelled)
    result = TrainResult(
        model=model,
        config=config,
        data=data,
        history={k: [float(v) for v in vals] for k, vals in history.history.items()},
        seconds=seconds,
        device=info.describe(),
        stopped=stopped,
    )
    if data.x_test is not None and not stopped:
        evaluate(result)
    return result


def predict_batches(model, x: np.ndarray, batch_size: int = 1024) -> np.ndarray:
    """Probabilities for many inputs (direct model calls on fixed-size batches)."""
    out = [np.asarray(model(x[i : i + batch_size], training=False)) for i in range(0, len(x), batch_size)]
    return np.concatenate(out) if out else np.zeros((0,))


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, num_classes: int) -> np.ndarray:
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return matrix


def evaluate(result: TrainResult) -> TrainResult:
    """Test accuracy, loss and the confusion matrix on the data's test split."""
    data = result.data
    probs = predict_batches(result.model, data.x_test)
    pred = probs.argmax(axis=1)
    result.test_accuracy = float((pred == data.y_test).mean())
    picked = np.clip(probs[np.arange(len(pred)), data.y_test], 1e-7, 1.0)
    result.test_loss = float(-np.log(picked).mean())
    result.confusion = confusion_matrix(data.y_test, pred, len(data.class_names))
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

"""Training the textbook's models: data sets, architectures, ``fit`` with reporting callbacks.

One trainer for the Training tab, the ``visionagent train`` CLI and the scripts that produce the
shipped models. Everything TensorFlow is imported lazily through :mod:`visionagent.core.backend`.

Contract used by the GUI and the CLI::

    config = defaults_for("mnist-10k")                     # then the user's changes (TRAIN_FIELDS)
    result = train(config, listener=PartialListener(state), state=state)  # blocks; in a worker
    save_result(result, "path/name.keras")                 # .keras + .json (+ .epochs.npz)

The modules, by concern:

- :mod:`.datasets` — data sets by name, :class:`ArrayData` (in-memory arrays) and the
  :class:`TrainingData` protocol; :mod:`.folders` — image folders (:class:`FolderData`: scanned,
  unreadable files skipped by name, cached or streamed);
- :mod:`.architectures` — the one table of architectures, backbones, :func:`build_model`;
- :mod:`.augmentation` — program 8-5's random changes;
- :mod:`.config` — :class:`TrainConfig`, :func:`defaults_for`; :mod:`.config_fields` — the
  field table :data:`TRAIN_FIELDS` (the GUI form and the CLI options) and :func:`check_config`;
- :mod:`.trainer` — :func:`train`; :mod:`.callbacks` — reporting, stop, best weights, epoch
  snapshots; :mod:`.listeners` — throttled and partial-result listeners;
- :mod:`.evaluation` — accuracy, confusion matrix, confident mistakes; :mod:`.result` —
  :class:`TrainResult` and its metadata; :mod:`.saving` — atomic saves, epoch snapshots.
"""

from visionagent.core import backend
from visionagent.core.training.architectures import (
    ARCHITECTURES,
    BACKBONES,
    HEAD_PREFIX,
    KERAS_BACKBONES,
    Architecture,
    backbone_layers,
    backbone_weights_file,
    build_model,
    freeze_backbone,
    keras_weights_dir,
    make_backbone,
    model_summary,
    unfreeze_top,
)
from visionagent.core.training.augmentation import (
    Augmentation,
    augmentation_preview,
    make_augmenter,
)
from visionagent.core.training.callbacks import EpochSnapshots, KeepBest, make_callbacks
from visionagent.core.training.config import (
    LOSSES,
    LR_SCHEDULES,
    MOMENTUM_OPTIMIZERS,
    MONITORS,
    OPTIMIZERS,
    TrainConfig,
    augmentation_preset,
    defaults_for,
)
from visionagent.core.training.config_fields import TRAIN_FIELDS, check_config
from visionagent.core.training.datasets import (
    CIFAR10_NAMES,
    DATASETS,
    DIGIT_NAMES,
    FASHION_NAMES,
    ArrayData,
    BatchShaping,
    DatasetUnavailable,
    Skipped,
    TrainingData,
    dataset_spec,
    find_fashion_mnist,
    is_folder_dataset,
    load_dataset,
    load_idx,
    load_mnist_10k,
    sample_images,
)
from visionagent.core.training.evaluation import (
    confusion_matrix,
    evaluate,
    model_value_max,
    most_confused_pairs,
    predict_batches,
)
from visionagent.core.training.folders import (
    FOLDER_PREPROCESSING,
    FolderData,
    class_folders,
    folder_classes,
    load_image_folder,
)
from visionagent.core.training.listeners import (
    Batches,
    EpochEnded,
    Listener,
    PartialListener,
    RunStarted,
    ThrottledListener,
)
from visionagent.core.training.result import ConfusedExamples, TrainResult
from visionagent.core.training.saving import (
    SnapshotError,
    check_output_path,
    load_snapshot,
    save_result,
    snapshot_epochs_of,
    snapshot_path,
)
from visionagent.core.training.trainer import (
    compile_model,
    describe_model,
    distribution_strategy,
    make_datasets,
    train,
)

DataSplit = TrainingData  # the former name of the data protocol

__all__ = [
    "ARCHITECTURES",
    "BACKBONES",
    "CIFAR10_NAMES",
    "DATASETS",
    "DIGIT_NAMES",
    "FASHION_NAMES",
    "FOLDER_PREPROCESSING",
    "HEAD_PREFIX",
    "KERAS_BACKBONES",
    "LOSSES",
    "LR_SCHEDULES",
    "MOMENTUM_OPTIMIZERS",
    "MONITORS",
    "OPTIMIZERS",
    "TRAIN_FIELDS",
    "Architecture",
    "ArrayData",
    "Augmentation",
    "BatchShaping",
    "Batches",
    "ConfusedExamples",
    "DataSplit",
    "DatasetUnavailable",
    "EpochEnded",
    "EpochSnapshots",
    "FolderData",
    "KeepBest",
    "Listener",
    "PartialListener",
    "RunStarted",
    "Skipped",
    "SnapshotError",
    "ThrottledListener",
    "TrainConfig",
    "TrainResult",
    "TrainingData",
    "augmentation_preset",
    "augmentation_preview",
    "backbone_layers",
    "backbone_weights_file",
    "backend",
    "build_model",
    "check_config",
    "check_output_path",
    "class_folders",
    "compile_model",
    "confusion_matrix",
    "dataset_spec",
    "defaults_for",
    "describe_model",
    "distribution_strategy",
    "evaluate",
    "find_fashion_mnist",
    "folder_classes",
    "freeze_backbone",
    "is_folder_dataset",
    "keras_weights_dir",
    "load_dataset",
    "load_idx",
    "load_image_folder",
    "load_mnist_10k",
    "load_snapshot",
    "make_augmenter",
    "make_backbone",
    "make_callbacks",
    "make_datasets",
    "model_summary",
    "model_value_max",
    "most_confused_pairs",
    "predict_batches",
    "sample_images",
    "save_result",
    "snapshot_epochs_of",
    "snapshot_path",
    "train",
    "unfreeze_top",
]

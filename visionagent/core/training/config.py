"""A training run's settings: :class:`TrainConfig` and its defaults per data set.

The GUI and the CLI both start from :func:`defaults_for` the chosen data set and apply only what
the user changed; which settings those are, with their ranges and help, is the field table
:data:`~.config_fields.TRAIN_FIELDS`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from visionagent.core.training.augmentation import Augmentation
from visionagent.core.training.datasets import is_folder_dataset

OPTIMIZERS = ("adam", "sgd", "rmsprop", "adagrad")
MOMENTUM_OPTIMIZERS = ("sgd", "rmsprop")  # the optimizers that take a momentum
DEFAULT_MOMENTUM = {"sgd": 0.9, "rmsprop": 0.0}  # momentum None: the textbook's / Keras' value
LOSSES = ("crossentropy", "mse", "focal")
LR_SCHEDULES = ("constant", "cosine")
MONITORS = ("val_loss", "val_accuracy")
# Transfer learning: "fast" freezes the backbone under a GlobalAveragePooling head (then, when
# asked, fine-tunes its top layers); "textbook" is program 8-7 as printed: Flatten, Dense(1024),
# Dropout(0.75), Dense(classes), the whole network trained with Adam at 1e-6.
TRANSFER_RECIPES = ("fast", "textbook")
TEXTBOOK_RECIPE = {"optimizer": "adam", "learning_rate": 1e-6, "hidden": 1024, "dropout": 0.75}


@dataclass
class TrainConfig:
    dataset: str = "mnist-10k"
    arch: str = "lenet5"
    epochs: int = 5
    batch_size: int = 128
    learning_rate: float = 1e-3
    optimizer: str = "adam"
    momentum: float | None = None  # SGD/RMSprop; None: DEFAULT_MOMENTUM of the optimizer
    loss: str = "crossentropy"  # "crossentropy" (sparse), "mse" (on one-hot), "focal"
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
    transfer_recipe: str = "fast"  # TRANSFER_RECIPES: "fast" or "textbook" (program 8-7)
    fine_tune_epochs: int = 0  # after the frozen epochs, train the top backbone layers too
    fine_tune_layers: int = 20  # how many weighted backbone layers (from the top) to unfreeze
    fine_tune_lr_factor: float = 0.1  # fine-tuning learning rate = learning_rate × this
    # the weights after every epoch, kept for replay (models up to snapshot_max_parameters)
    snapshot_epochs: bool = True
    snapshot_max_parameters: int = 5_000_000
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
    def textbook_transfer(self) -> bool:
        """Whether this run is program 8-7 as printed (see :func:`with_recipe`)."""
        return self.arch == "transfer" and self.transfer_recipe == "textbook"

    @property
    def total_epochs(self) -> int:
        fine_tuning = self.arch == "transfer" and not self.textbook_transfer
        return self.epochs + (self.fine_tune_epochs if fine_tuning else 0)

    @property
    def effective_momentum(self) -> float | None:
        """The momentum the optimizer uses (None for optimizers without one)."""
        if self.optimizer not in MOMENTUM_OPTIMIZERS:
            return None
        return DEFAULT_MOMENTUM[self.optimizer] if self.momentum is None else float(self.momentum)


def with_recipe(config: TrainConfig) -> TrainConfig:
    """The config a run really uses: program 8-7's textbook recipe sets Adam at 1e-6 and has no
    separate fine-tuning phase (the whole network trains from the first epoch)."""
    if not config.textbook_transfer:
        return config
    return replace(
        config,
        optimizer=TEXTBOOK_RECIPE["optimizer"],
        learning_rate=TEXTBOOK_RECIPE["learning_rate"],
        momentum=None,
        fine_tune_epochs=0,
    )


def defaults_for(dataset: str) -> TrainConfig:
    """Sensible settings per data set (the Training tab and ``visionagent train`` start here)."""
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


def augmentation_preset(dataset: str) -> Augmentation:
    """The augmentation suited to a data set (``visionagent train --augment``): strokes for the
    digits, the data set's default for an image folder, program 8-5's otherwise."""
    if dataset in ("mnist-10k", "mnist"):
        return Augmentation.for_digits()
    if is_folder_dataset(dataset):
        return defaults_for(dataset).augmentation
    return Augmentation.textbook()

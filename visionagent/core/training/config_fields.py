"""The field table of :class:`~.config.TrainConfig`: every setting a user may change.

:data:`TRAIN_FIELDS` gives each one's label, range, special value, help, command-line flag and
when it applies; the Training tab's form (:mod:`visionagent.qt.kit.forms`) and the options of
``visionagent train`` (:mod:`visionagent.core.fields`) are built from it. Defaults come from
:func:`~.config.defaults_for`, never from the table. :func:`check_config` validates a whole config.
"""

from __future__ import annotations

from pathlib import Path

from visionagent.core.fields import Choice, Field, validate_config
from visionagent.core.training.architectures import ARCHITECTURES, BACKBONES
from visionagent.core.training.config import MOMENTUM_OPTIMIZERS, TrainConfig
from visionagent.core.training.datasets import is_folder_dataset
from visionagent.i18n import QT_TRANSLATE_NOOP, translate


def _folder(config) -> bool:
    return is_folder_dataset(config.dataset)


def _transfer(config) -> bool:
    return config.arch == "transfer"


def _fast_transfer(config) -> bool:
    return config.arch == "transfer" and not config.textbook_transfer


def _fine_tuning(config) -> bool:
    return _fast_transfer(config) and config.fine_tune_epochs > 0


def _own_optimizer(config) -> bool:
    return not config.textbook_transfer


def _has_dropout(config) -> bool:
    arch = ARCHITECTURES.get(config.arch)
    return arch is None or arch.has_dropout


def _validates(config) -> bool:
    return config.validation_split > 0


DATA = QT_TRANSLATE_NOOP("Fields", "Data")
MODEL = QT_TRANSLATE_NOOP("Fields", "Model")
OPTIMISATION = QT_TRANSLATE_NOOP("Fields", "Optimisation")
AUGMENTATION = QT_TRANSLATE_NOOP("Fields", "Augmentation (training batches only)")
ONLY_TRANSFER = QT_TRANSLATE_NOOP("Fields", "Only for transfer learning.")
ONLY_VALIDATION = QT_TRANSLATE_NOOP("Fields", "Needs a validation split.")
ONLY_FAST_RECIPE = QT_TRANSLATE_NOOP(
    "Fields", "Only for the fast recipe: the textbook recipe trains the whole network at once."
)
SET_BY_RECIPE = QT_TRANSLATE_NOOP(
    "Fields", "The textbook recipe (program 8-7) uses Adam at a learning rate of 0.000001."
)

TRAIN_FIELDS: tuple[Field, ...] = (
    # ------------------------------------------------------------------ data
    Field(
        "limit",
        QT_TRANSLATE_NOOP("Fields", "Limit"),
        "int",
        DATA,
        minimum=1,
        maximum=10_000_000,
        step=500,
        special=(None, QT_TRANSLATE_NOOP("Fields", "all")),
        help=QT_TRANSLATE_NOOP("Fields", "Use only the first N training samples (a quick run)."),
        cli="--limit",
    ),
    Field(
        "validation_split",
        QT_TRANSLATE_NOOP("Fields", "Validation split"),
        "float",
        DATA,
        minimum=0.0,
        maximum=0.9,
        step=0.05,
        decimals=2,
        help=QT_TRANSLATE_NOOP(
            "Fields", "Fraction of the training data held out to validate each epoch (0: none)."
        ),
        cli="--validation-split",
    ),
    Field(
        "seed",
        QT_TRANSLATE_NOOP("Fields", "Seed"),
        "int",
        DATA,
        minimum=0,
        maximum=2**31 - 1,
        help=QT_TRANSLATE_NOOP(
            "Fields", "Random seed of the split, the shuffling and the initial weights."
        ),
        cli="--seed",
    ),
    Field(
        "image_size",
        QT_TRANSLATE_NOOP("Fields", "Image size"),
        "int",
        DATA,
        minimum=32,
        maximum=512,
        step=16,
        suffix=" px",
        help=QT_TRANSLATE_NOOP(
            "Fields", "Side of the square the images of a folder are cropped and resized to."
        ),
        cli="--image-size",
        enabled_when=_folder,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only for image folders."),
    ),
    # ------------------------------------------------------------------ model
    Field(
        "arch",
        QT_TRANSLATE_NOOP("Fields", "Architecture"),
        "choice",
        MODEL,
        choices=tuple(Choice(a.name, a.label) for a in ARCHITECTURES.values()),
        help=QT_TRANSLATE_NOOP("Fields", "The network to train."),
        cli="--arch",
    ),
    Field(
        "dropout",
        QT_TRANSLATE_NOOP("Fields", "Dropout"),
        "float",
        MODEL,
        minimum=0.0,
        maximum=0.9,
        step=0.05,
        decimals=2,
        special=(None, QT_TRANSLATE_NOOP("Fields", "textbook")),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Dropout rate (the dense layer gets twice this); textbook: the program's own rates.",
        ),
        cli="--dropout",
        enabled_when=_has_dropout,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "LeNet-5 has no dropout layers."),
    ),
    Field(
        "backbone",
        QT_TRANSLATE_NOOP("Fields", "Backbone"),
        "choice",
        MODEL,
        choices=tuple(Choice(name, name) for name in BACKBONES),
        help=QT_TRANSLATE_NOOP("Fields", "The pretrained network under the new classifier."),
        cli="--backbone",
        enabled_when=_transfer,
        why_disabled=ONLY_TRANSFER,
    ),
    Field(
        "backbone_weights",
        QT_TRANSLATE_NOOP("Fields", "Backbone weights"),
        "choice",
        MODEL,
        choices=(
            Choice("imagenet", QT_TRANSLATE_NOOP("Fields", "ImageNet (pretrained)")),
            Choice(None, QT_TRANSLATE_NOOP("Fields", "random (from scratch)")),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields", "ImageNet weights found on this computer, or random initial weights."
        ),
        cli=None,  # --weights also takes a file: commands/train.py adds it
        enabled_when=_transfer,
        why_disabled=ONLY_TRANSFER,
    ),
    Field(
        "transfer_recipe",
        QT_TRANSLATE_NOOP("Fields", "Transfer recipe"),
        "choice",
        MODEL,
        choices=(
            Choice("fast", QT_TRANSLATE_NOOP("Fields", "fast: frozen backbone, then fine-tuning")),
            Choice("textbook", QT_TRANSLATE_NOOP("Fields", "textbook (program 8-7)")),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Fast: the pretrained backbone stays frozen and only a small new head "
            "(GlobalAveragePooling, Dropout, Dense) learns, then optionally the top backbone "
            "layers are fine-tuned; good results in a few epochs. Textbook (program 8-7): "
            "Flatten, Dense(1024), Dropout(0.75) and Dense on the backbone, the whole network "
            "trained from the start with Adam at a tiny learning rate (0.000001) so the "
            "pretrained features are kept; it needs many epochs (the textbook ran 200).",
        ),
        cli="--recipe",
        enabled_when=_transfer,
        why_disabled=ONLY_TRANSFER,
    ),
    Field(
        "fine_tune_epochs",
        QT_TRANSLATE_NOOP("Fields", "Fine-tune epochs"),
        "int",
        MODEL,
        minimum=1,
        maximum=1000,
        special=(0, QT_TRANSLATE_NOOP("Fields", "none")),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "After the frozen epochs, train the top backbone layers too, at a smaller learning "
            "rate (0: none).",
        ),
        cli="--fine-tune",
        enabled_when=_fast_transfer,
        why_disabled=ONLY_FAST_RECIPE,
    ),
    Field(
        "fine_tune_layers",
        QT_TRANSLATE_NOOP("Fields", "Fine-tune top layers"),
        "int",
        MODEL,
        minimum=1,
        maximum=1000,
        help=QT_TRANSLATE_NOOP("Fields", "How many weighted backbone layers (from the top)."),
        cli="--fine-tune-layers",
        enabled_when=_fine_tuning,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only when fine-tuning."),
    ),
    Field(
        "fine_tune_lr_factor",
        QT_TRANSLATE_NOOP("Fields", "Fine-tune learning-rate factor"),
        "float",
        MODEL,
        minimum=0.0001,
        maximum=1.0,
        step=0.05,
        decimals=4,
        help=QT_TRANSLATE_NOOP(
            "Fields", "Fine-tuning learning rate = learning rate × this factor."
        ),
        cli="--fine-tune-lr-factor",
        enabled_when=_fine_tuning,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only when fine-tuning."),
    ),
    # ------------------------------------------------------------------ optimisation
    Field(
        "optimizer",
        QT_TRANSLATE_NOOP("Fields", "Optimizer"),
        "choice",
        OPTIMISATION,
        choices=(
            Choice("adam", "Adam"),
            Choice("sgd", QT_TRANSLATE_NOOP("Fields", "SGD")),
            Choice("rmsprop", "RMSprop"),
            Choice("adagrad", "Adagrad"),
        ),
        help=QT_TRANSLATE_NOOP("Fields", "How the weights follow the gradient."),
        cli="--optimizer",
        enabled_when=_own_optimizer,
        why_disabled=SET_BY_RECIPE,
    ),
    Field(
        "learning_rate",
        QT_TRANSLATE_NOOP("Fields", "Learning rate"),
        "float",
        OPTIMISATION,
        minimum=1e-7,
        maximum=10.0,
        step=1e-4,
        decimals=7,
        help=QT_TRANSLATE_NOOP("Fields", "Step size of the optimizer (a positive number)."),
        cli="--lr",
        enabled_when=_own_optimizer,
        why_disabled=SET_BY_RECIPE,
    ),
    Field(
        "momentum",
        QT_TRANSLATE_NOOP("Fields", "Momentum"),
        "float",
        OPTIMISATION,
        minimum=0.0,
        maximum=0.99,
        step=0.05,
        decimals=2,
        special=(None, QT_TRANSLATE_NOOP("Fields", "optimizer's default")),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Fraction of the previous step kept in the next (eq. 8.5); 0: none. The optimizer's "
            "default is 0.9 for SGD (the textbook's) and 0 for RMSprop (Keras').",
        ),
        cli="--momentum",
        enabled_when=lambda c: c.optimizer in MOMENTUM_OPTIMIZERS and _own_optimizer(c),
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only for SGD and RMSprop."),
    ),
    Field(
        "loss",
        QT_TRANSLATE_NOOP("Fields", "Loss"),
        "choice",
        OPTIMISATION,
        choices=(
            Choice("crossentropy", QT_TRANSLATE_NOOP("Fields", "cross-entropy")),
            Choice("mse", QT_TRANSLATE_NOOP("Fields", "mean squared error (one-hot)")),
            Choice("focal", QT_TRANSLATE_NOOP("Fields", "focal loss")),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields", "What training minimises (example 8-3 compares cross-entropy and MSE)."
        ),
        cli="--loss",
    ),
    Field(
        "lr_schedule",
        QT_TRANSLATE_NOOP("Fields", "Learning-rate schedule"),
        "choice",
        OPTIMISATION,
        choices=(
            Choice("constant", QT_TRANSLATE_NOOP("Fields", "constant")),
            Choice("cosine", QT_TRANSLATE_NOOP("Fields", "cosine decay")),
        ),
        help=QT_TRANSLATE_NOOP("Fields", "Keep the learning rate, or lower it along a cosine."),
        cli="--lr-schedule",
    ),
    Field(
        "batch_size",
        QT_TRANSLATE_NOOP("Fields", "Batch size"),
        "int",
        OPTIMISATION,
        minimum=1,
        maximum=4096,
        help=QT_TRANSLATE_NOOP("Fields", "Samples per weight update."),
        cli="--batch-size",
    ),
    Field(
        "epochs",
        QT_TRANSLATE_NOOP("Fields", "Epochs"),
        "int",
        OPTIMISATION,
        minimum=1,
        maximum=1000,
        help=QT_TRANSLATE_NOOP("Fields", "Passes over the training data."),
        cli="--epochs",
    ),
    Field(
        "early_stopping",
        QT_TRANSLATE_NOOP("Fields", "Early stopping"),
        "bool",
        OPTIMISATION,
        help=QT_TRANSLATE_NOOP(
            "Fields", "Stop when the monitored value has not improved for a few epochs."
        ),
        cli=None,  # --early-stopping [PATIENCE]: commands/train.py adds it
        enabled_when=_validates,
        why_disabled=ONLY_VALIDATION,
    ),
    Field(
        "patience",
        QT_TRANSLATE_NOOP("Fields", "Patience"),
        "int",
        OPTIMISATION,
        minimum=1,
        maximum=100,
        help=QT_TRANSLATE_NOOP("Fields", "Epochs without improvement before early stopping."),
        cli="--patience",
        enabled_when=lambda c: c.early_stopping and _validates(c),
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only with early stopping."),
    ),
    Field(
        "monitor",
        QT_TRANSLATE_NOOP("Fields", "Monitor"),
        "choice",
        OPTIMISATION,
        choices=(
            Choice("val_loss", QT_TRANSLATE_NOOP("Fields", "validation loss")),
            Choice("val_accuracy", QT_TRANSLATE_NOOP("Fields", "validation accuracy")),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields", "The value early stopping watches (and by which the best weights are kept)."
        ),
        cli="--monitor",
        enabled_when=lambda c: c.early_stopping and _validates(c),
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only with early stopping."),
    ),
    Field(
        "restore_best",
        QT_TRANSLATE_NOOP("Fields", "Keep the best weights"),
        "bool",
        OPTIMISATION,
        help=QT_TRANSLATE_NOOP(
            "Fields", "End with the weights of the best epoch, not of the last one."
        ),
        cli="--keep-best",
        enabled_when=_validates,
        why_disabled=ONLY_VALIDATION,
    ),
    Field(
        "snapshot_epochs",
        QT_TRANSLATE_NOOP("Fields", "Keep every epoch's weights"),
        "bool",
        OPTIMISATION,
        help=QT_TRANSLATE_NOOP(
            "Fields", "Saved beside the model, to replay what each epoch changed."
        ),
        cli="--snapshots",
    ),
    Field(
        "snapshot_max_parameters",
        QT_TRANSLATE_NOOP("Fields", "Snapshots up to"),
        "int",
        OPTIMISATION,
        minimum=0,
        maximum=1_000_000_000,
        step=1_000_000,
        suffix=QT_TRANSLATE_NOOP("Fields", " parameters"),
        help=QT_TRANSLATE_NOOP(
            "Fields", "Larger models keep no epoch snapshots (they would fill the memory)."
        ),
        cli="--snapshot-max-parameters",
        enabled_when=lambda c: c.snapshot_epochs,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Only when keeping every epoch's weights."),
    ),
    Field(
        "multi_gpu",
        QT_TRANSLATE_NOOP("Fields", "Use all GPUs (MirroredStrategy)"),
        "bool",
        OPTIMISATION,
        help=QT_TRANSLATE_NOOP("Fields", "Needs more than one GPU."),
        cli="--multi-gpu",
    ),
    # ------------------------------------------------------------------ augmentation
    Field(
        "augmentation.flip",
        QT_TRANSLATE_NOOP("Fields", "Horizontal flip"),
        "bool",
        AUGMENTATION,
        help=QT_TRANSLATE_NOOP("Fields", "Mirror half of the images left to right."),
        cli="--flip",
    ),
    Field(
        "augmentation.rotation_deg",
        QT_TRANSLATE_NOOP("Fields", "Rotation"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=180.0,
        step=5.0,
        suffix=" °",
        help=QT_TRANSLATE_NOOP("Fields", "Rotate by up to this many degrees either way."),
        cli="--rotation",
    ),
    Field(
        "augmentation.shift",
        QT_TRANSLATE_NOOP("Fields", "Shift"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=0.5,
        step=0.05,
        decimals=2,
        help=QT_TRANSLATE_NOOP("Fields", "Move by up to this fraction of the width and height."),
        cli="--shift",
    ),
    Field(
        "augmentation.zoom",
        QT_TRANSLATE_NOOP("Fields", "Zoom"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=0.5,
        step=0.05,
        decimals=2,
        help=QT_TRANSLATE_NOOP("Fields", "Zoom in or out by up to this fraction."),
        cli="--zoom",
    ),
    Field(
        "augmentation.contrast",
        QT_TRANSLATE_NOOP("Fields", "Contrast"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=1.0,
        step=0.1,
        decimals=2,
        help=QT_TRANSLATE_NOOP("Fields", "Change the contrast by up to this fraction."),
        cli="--contrast",
    ),
    Field(
        "augmentation.shear",
        QT_TRANSLATE_NOOP("Fields", "Shear"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=0.5,
        step=0.05,
        decimals=2,
        help=QT_TRANSLATE_NOOP("Fields", "Slant by up to this much (handwriting warp)."),
        cli="--shear",
    ),
    Field(
        "augmentation.elastic",
        QT_TRANSLATE_NOOP("Fields", "Elastic distortion"),
        "float",
        AUGMENTATION,
        minimum=0.0,
        maximum=5.0,
        step=0.5,
        decimals=1,
        suffix=" px",
        help=QT_TRANSLATE_NOOP(
            "Fields", "Smooth random displacement of up to this many pixels (handwriting warp)."
        ),
        cli="--elastic",
    ),
    Field(
        "augmentation.thickness",
        QT_TRANSLATE_NOOP("Fields", "Stroke thickness (digits)"),
        "bool",
        AUGMENTATION,
        help=QT_TRANSLATE_NOOP("Fields", "Make strokes randomly thinner or thicker."),
        cli="--thickness",
    ),
)


def check_config(config: TrainConfig) -> TrainConfig:
    """Every field in range and the settings consistent; ``ValueError`` with one clear line.

    ``backbone_weights`` may also be the path of a weights file, which must exist.
    """
    if not str(config.dataset).strip():
        raise ValueError(
            translate("Training", "Choose a data set: a known one or a folder of class subfolders.")
        )
    weights = config.backbone_weights
    fields = TRAIN_FIELDS
    if weights not in ("imagenet", None):
        fields = tuple(f for f in TRAIN_FIELDS if f.key != "backbone_weights")
        if not Path(str(weights)).expanduser().is_file():
            raise ValueError(
                translate("Training", "The backbone weights file {file} does not exist.").format(
                    file=str(weights)
                )
            )
    return validate_config(config, fields)

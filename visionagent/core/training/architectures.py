"""The architectures a student can train: one table (:data:`ARCHITECTURES`) of name, label,
description and builder, shared by the field table, the CLI and the GUI.

LeNet-5 (program 8-1), the improved CNN of program 8-3 (with and without BatchNormalization), the
CIFAR-10 CNN of program 8-2, the small comparison networks of :mod:`.zoo` (MLPs, mini VGG,
ResNet and its plain twin, Inception, separable CNN), and transfer learning (program 8-7) on a
pretrained backbone: the shipped EfficientNet-Lite0 or a ``keras.applications`` network whose
ImageNet weights are on this computer (nothing is downloaded), with the fast recipe or the
textbook's.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core import backend
from visionagent.core.training import zoo
from visionagent.core.training.config import TEXTBOOK_RECIPE
from visionagent.i18n import QT_TRANSLATE_NOOP, translate


def _lenet5(keras, input_shape, num_classes, dropout):
    layers = keras.layers
    return keras.Sequential(
        [
            keras.Input(shape=input_shape),
            # LeCun's names for the layers (C: convolution, S: subsampling, F: full connection)
            layers.Conv2D(6, 5, padding="same", activation="relu", name="C1"),
            layers.MaxPooling2D(2, name="S2"),
            layers.Conv2D(16, 5, padding="valid", activation="relu", name="C3"),
            layers.MaxPooling2D(2, name="S4"),
            layers.Conv2D(120, 5, padding="valid", activation="relu", name="C5"),
            layers.Flatten(name="flatten"),
            layers.Dense(84, activation="relu", name="F6"),
            layers.Dense(num_classes, activation="softmax", name="output"),
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
    home = os.environ.get("KERAS_HOME") or str(Path.home() / ".keras")
    return Path(home) / "models"


def backbone_weights_file(backbone: str, image_size: int = 224) -> Path | None:
    """The local ImageNet weights of a ``keras.applications`` backbone, or None (never
    downloads)."""
    _, _, pattern = KERAS_BACKBONES[backbone]
    size = image_size if image_size in (96, 128, 160, 192, 224) else 224
    candidate = keras_weights_dir() / pattern.format(size=size)
    return candidate if candidate.is_file() else None


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
                    "downloads during a run). To get them, run once on a computer with internet: "
                    'python -c "import keras; keras.applications.{name}(include_top=False)", '
                    "then copy {file} from its .keras/models folder into {folder}. Or use the "
                    "shipped EfficientNet-Lite0 backbone.",
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
    keras,
    input_shape,
    num_classes,
    dropout,
    backbone="efficientnet-lite0",
    weights="imagenet",
    recipe="fast",
):
    """Program 8-7: a backbone without top and a new head.

    ``recipe="fast"``: GlobalAveragePooling, Dropout (0.2), Dense, the backbone frozen.
    ``recipe="textbook"``: program 8-7 as printed, Flatten, Dense(1024, ReLU), Dropout(0.75),
    Dense, every layer trainable (the trainer then uses Adam at 1e-6).
    """
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
    if recipe == "textbook":
        hidden, rate = TEXTBOOK_RECIPE["hidden"], TEXTBOOK_RECIPE["dropout"]
        x = layers.Flatten(name=HEAD_PREFIX + "flatten")(x)
        x = layers.Dense(hidden, activation="relu", name=HEAD_PREFIX + "hidden")(x)
        x = layers.Dropout(rate if dropout is None else dropout, name=HEAD_PREFIX + "dropout")(x)
        outputs = layers.Dense(num_classes, activation="softmax", name=HEAD_PREFIX + "dense")(x)
        return keras.Model(inputs, outputs, name=f"transfer_{backbone.replace('-', '_')}")
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


@dataclass(frozen=True)
class Architecture:
    """One trainable architecture: its name (CLI value, saved in the metadata), a short label and
    a one-line description (both English, shown translated), and its builder."""

    name: str
    label: str  # translated in the "Fields" context (the form's choice labels)
    description: str  # translated in the "Architectures" context
    build: Callable[..., Any]  # build(keras, input_shape, num_classes, dropout, **options)
    has_dropout: bool = True  # whether the dropout setting changes anything

    def title(self) -> str:
        return translate("Fields", self.label)

    def tooltip(self) -> str:
        return translate("Architectures", self.description)


ARCHITECTURES: dict[str, Architecture] = {
    a.name: a
    for a in (
        Architecture(
            "lenet5",
            QT_TRANSLATE_NOOP("Fields", "LeNet-5"),
            QT_TRANSLATE_NOOP("Architectures", "LeNet-5 (program 8-1): 61,706 weights on 28×28×1"),
            _lenet5,
            has_dropout=False,
        ),
        Architecture(
            "cnn-v2",
            QT_TRANSLATE_NOOP("Fields", "Improved CNN"),
            QT_TRANSLATE_NOOP(
                "Architectures", "Improved CNN (program 8-3): C32-C32-P-C64-C64-P-D512"
            ),
            _cnn_v2,
        ),
        Architecture(
            "cifar-cnn",
            QT_TRANSLATE_NOOP("Fields", "CIFAR-10 CNN"),
            QT_TRANSLATE_NOOP(
                "Architectures", "CIFAR-10 CNN (program 8-2): C32-C32-P-C64-C64-P-D512"
            ),
            _cifar_cnn,
        ),
        Architecture(
            "cnn-v2-bn",
            QT_TRANSLATE_NOOP("Fields", "Improved CNN + batch normalization"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "Improved CNN with BatchNormalization: C32-C32-P-C64-C64-P-D512, BN after each",
            ),
            _cnn_v2_bn,
        ),
        Architecture(
            "mlp",
            QT_TRANSLATE_NOOP("Fields", "MLP 784-512-10"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "Multilayer perceptron (the MNIST notes' baseline): the image flattened, one "
                "hidden layer of 512 units; no convolution",
            ),
            zoo.mlp,
        ),
        Architecture(
            "deep-mlp",
            QT_TRANSLATE_NOOP("Fields", "Deep MLP (program 7-5)"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "Deep multilayer perceptron (program 7-5): 784-1024-512-512-10, the network "
                "programs 8-1 and 8-2 are compared with",
            ),
            zoo.deep_mlp,
        ),
        Architecture(
            "mini-vgg",
            QT_TRANSLATE_NOOP("Fields", "Mini VGG"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "VGG in small: only 3×3 convolutions, two per block, 16-32-64 filters",
            ),
            zoo.mini_vgg,
        ),
        Architecture(
            "mini-resnet",
            QT_TRANSLATE_NOOP("Fields", "Mini ResNet"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "ResNet in small: 20 layers in residual units with skip connections",
            ),
            zoo.mini_resnet,
        ),
        Architecture(
            "mini-resnet-plain",
            QT_TRANSLATE_NOOP("Fields", "Mini ResNet without skips (plain)"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "The mini ResNet's layers without skip connections, to compare plain and residual",
            ),
            zoo.mini_resnet_plain,
        ),
        Architecture(
            "mini-inception",
            QT_TRANSLATE_NOOP("Fields", "Mini Inception"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "GoogLeNet in small: three inception modules with their 1×1 reductions",
            ),
            zoo.mini_inception,
        ),
        Architecture(
            "separable-cnn",
            QT_TRANSLATE_NOOP("Fields", "Separable CNN"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "Xception's idea in small: depthwise separable convolutions",
            ),
            zoo.separable_cnn,
        ),
        Architecture(
            "transfer",
            QT_TRANSLATE_NOOP("Fields", "Transfer learning"),
            QT_TRANSLATE_NOOP(
                "Architectures",
                "Transfer learning (program 8-7): pretrained backbone + GlobalAveragePooling + "
                "Dropout + Dense",
            ),
            _transfer,
        ),
    )
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
    build = ARCHITECTURES[arch].build
    return build(backend.keras(), tuple(input_shape), int(num_classes), dropout, **options)


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

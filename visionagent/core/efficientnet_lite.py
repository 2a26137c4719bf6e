"""EfficientNet-Lite0/1/2 in Keras 3, and the shipped ImageNet weights as a backbone.

Functions for other code (the Training tab's ``transfer`` architecture uses the Lite0 ones):

``efficientnet_lite(variant="lite0", include_top=True, input_shape=None, num_classes=1000,
weights_path=None, pooling=None, ...)`` (and ``efficientnet_lite0(...)``)
    Build the network. ``weights_path`` may name a ``.keras`` model (layers are matched by
    name, so the shipped ImageNet model can seed a model without top or with another number of
    classes) or a ``.weights.h5`` file of the same architecture.

``load_backbone(pooling=None, trainable=False)``
    The shipped ImageNet Lite0 model (``models/imagenet_efficientnet_lite0.keras``) without its
    top: input ``(None, 224, 224, 3)`` → output of layer ``top_activation`` ``(None, 7, 7,
    1280)``, or ``(None, 1280)`` with ``pooling="avg"``.

``fold_batch_norm(model)``
    An inference-only copy with each BatchNormalization folded into the convolution before it
    (same outputs within 1e-4, faster on CPU); the recognizers use it.

Variants (:data:`VARIANTS`, TensorFlow TPU repo ``efficientnet/lite/efficientnet_lite_builder``):
Lite0 (width 1.0, depth 1.0, 224 px), Lite1 (1.0, 1.1, 240 px), Lite2 (1.1, 1.2, 260 px). The
width multiplier scales the block channels (rounded to multiples of 8), the depth multiplier the
block repeats (rounded up); as in the Lite builder the stem (32 channels), the head (1280), and
the repeats of the first and last stage stay fixed.

Input convention, preprocessing id :data:`PREPROCESSING` = ``"efficientnet_lite"``: RGB
float32 pixels in **0..255** at the variant's resolution. The app takes the standard ImageNet
evaluation crop (:data:`visionagent.core.imagenet.EVAL_CROP`, the central 87.5 % square, see
:func:`visionagent.core.imagenet.prepare_image`). The normalisation the weights were trained
with, ``(x - 127) / 128`` (TensorFlow's EfficientNet-Lite ``MEAN_RGB = 127``, ``STDDEV_RGB =
128``), is the model's first layer (``rescaling``), so callers never normalise. A fine-tuned
model saved with ``"preprocessing": "efficientnet_lite"`` in its ``.json`` is fed the same way.

To keep Grad-CAM working on a fine-tuned model, build its head on ``backbone.output`` (one flat
functional graph that keeps the layer ``top_activation``) rather than calling the backbone as a
nested layer; :mod:`visionagent.core.breeds` handles both, but the flat graph is simpler.
Freezing: ``backbone.trainable = False`` also runs its BatchNormalization layers in inference
mode (Keras 3), which is what fine-tuning on a small data set wants.

Architecture: the EfficientNet-B0 stages with MBConv blocks *without* squeeze-and-excitation,
ReLU6 instead of swish; BatchNormalization epsilon 1e-3; TensorFlow "same" padding (for stride 2
the extra row/column goes to the bottom/right, which is what Keras ``padding="same"`` does);
dropout 0.2 (Lite2: 0.3) before the classifier and stochastic depth 0.2 during training.
TensorFlow is imported only when a function here is called.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

PREPROCESSING = "efficientnet_lite"
INPUT_SIZE = 224
INPUT_SHAPE = (INPUT_SIZE, INPUT_SIZE, 3)
SHIPPED_MODEL = "imagenet_efficientnet_lite0"  # the Training tab's backbone, and the fast model
FAST_MODEL = SHIPPED_MODEL
# The recognizers' default: Lite2 is more accurate and, end to end on one photo, takes under half
# of DenseNet121's time on CPU (bench/breeds.py); Lite0 stays selectable as the fast model.
DEFAULT_RECOGNIZER = "imagenet_efficientnet_lite2"
FEATURE_LAYER = "top_activation"
LOGITS_LAYER = "logits"
BN_EPSILON = 1e-3
MEAN = 127.0
STD = 128.0


@dataclass(frozen=True)
class Variant:
    """Scaling of one EfficientNet-Lite variant."""

    name: str
    width: float
    depth: float
    resolution: int
    dropout: float

    @property
    def model_name(self) -> str:
        """The shipped registry name, e.g. ``imagenet_efficientnet_lite2``."""
        return f"imagenet_efficientnet_{self.name}"

    @property
    def architecture(self) -> str:
        """The ``architecture`` of the model's metadata, e.g. ``efficientnet_lite2``."""
        return f"efficientnet_{self.name}"


VARIANTS = {
    v.name: v
    for v in (
        Variant("lite0", 1.0, 1.0, 224, 0.2),
        Variant("lite1", 1.0, 1.1, 240, 0.2),
        Variant("lite2", 1.1, 1.2, 260, 0.3),
    )
}
ARCHITECTURES = {v.architecture: v for v in VARIANTS.values()}

# (repeats, kernel, stride, expand ratio, output channels) per stage of EfficientNet-Lite0,
# the base that the other variants scale.
BASE_STAGES = (
    (1, 3, 1, 1, 16),
    (2, 3, 2, 6, 24),
    (2, 5, 2, 6, 40),
    (3, 3, 2, 6, 80),
    (3, 5, 1, 6, 112),
    (4, 5, 2, 6, 192),
    (1, 3, 1, 6, 320),
)
STEM_CHANNELS = 32
HEAD_CHANNELS = 1280
DEPTH_DIVISOR = 8


def variant(name: str | Variant = "lite0") -> Variant:
    """The :class:`Variant` called ``name`` (``"lite0"``, ``"lite1"``, ``"lite2"``)."""
    if isinstance(name, Variant):
        return name
    try:
        return VARIANTS[name]
    except KeyError:
        raise ValueError(
            f"unknown EfficientNet-Lite variant {name!r} (expected one of {', '.join(VARIANTS)})"
        ) from None


def round_filters(filters: int, width: float) -> int:
    """Channels scaled by ``width`` and rounded to a multiple of 8 (never down by over 10 %)."""
    if width == 1.0:
        return filters
    scaled = filters * width
    rounded = max(DEPTH_DIVISOR, int(scaled + DEPTH_DIVISOR / 2) // DEPTH_DIVISOR * DEPTH_DIVISOR)
    if rounded < 0.9 * scaled:
        rounded += DEPTH_DIVISOR
    return int(rounded)


def stages(name: str | Variant = "lite0") -> tuple[tuple[int, int, int, int, int], ...]:
    """The scaled ``(repeats, kernel, stride, expand, out_channels)`` of a variant's stages."""
    v = variant(name)
    out = []
    for number, (repeats, kernel, stride, expand, channels) in enumerate(BASE_STAGES):
        if 0 < number < len(BASE_STAGES) - 1:  # Lite keeps the first and last stage's repeats
            repeats = int(math.ceil(v.depth * repeats))
        out.append((repeats, kernel, stride, expand, round_filters(channels, v.width)))
    return tuple(out)


STAGES = stages("lite0")


def block_names(name: str | Variant = "lite0") -> list[str]:
    """Names of the MBConv blocks in order: ``block1a``, ``block2a``, ``block2b``, …"""
    return [
        f"block{stage + 1}{chr(ord('a') + j)}"
        for stage, spec in enumerate(stages(name))
        for j in range(spec[0])
    ]


def variant_of(model) -> Variant:
    """The variant of a model built here, recognised by its blocks and their widths."""
    names = {layer.name for layer in model.layers}
    count = sum(n.startswith("block") and n.endswith("_project_conv") for n in names)
    for v in VARIANTS.values():
        blocks = block_names(v)
        if count != len(blocks) or not all(f"{b}_project_conv" in names for b in blocks):
            continue
        if model.get_layer(f"{blocks[-1]}_project_conv").filters == stages(v)[-1][4]:
            return v
    raise ValueError(f"{model.name} is not an EfficientNet-Lite model built by this module")


def shipped_model_path() -> Path:
    from visionagent import paths

    return paths.models_dir() / f"{SHIPPED_MODEL}.keras"


def _conv_bn(layers, x, conv, bn_name: str, batch_norm: bool):
    """``conv`` then BatchNormalization (or nothing: the folded variant's conv has a bias)."""
    x = conv(x)
    return layers.BatchNormalization(epsilon=BN_EPSILON, name=bn_name)(x) if batch_norm else x


def _mbconv(
    layers,
    x,
    name: str,
    in_channels: int,
    out_channels: int,
    kernel: int,
    stride: int,
    expand: int,
    drop_rate: float,
    batch_norm: bool = True,
):
    """Inverted residual block without squeeze-excite (EfficientNet-Lite)."""
    inputs = x
    channels = in_channels * expand
    if expand != 1:
        conv = layers.Conv2D(
            channels, 1, padding="same", use_bias=not batch_norm, name=f"{name}_expand_conv"
        )
        x = _conv_bn(layers, x, conv, f"{name}_expand_bn", batch_norm)
        x = layers.ReLU(max_value=6.0, name=f"{name}_expand_activation")(x)
    conv = layers.DepthwiseConv2D(
        kernel, strides=stride, padding="same", use_bias=not batch_norm, name=f"{name}_dwconv"
    )
    x = _conv_bn(layers, x, conv, f"{name}_bn", batch_norm)
    x = layers.ReLU(max_value=6.0, name=f"{name}_activation")(x)
    conv = layers.Conv2D(
        out_channels, 1, padding="same", use_bias=not batch_norm, name=f"{name}_project_conv"
    )
    x = _conv_bn(layers, x, conv, f"{name}_project_bn", batch_norm)
    if stride == 1 and in_channels == out_channels:
        if drop_rate > 0:
            x = layers.Dropout(drop_rate, noise_shape=(None, 1, 1, 1), name=f"{name}_drop")(x)
        x = layers.Add(name=f"{name}_add")([x, inputs])
    return x


def efficientnet_lite0(
    include_top: bool = True,
    input_shape=INPUT_SHAPE,
    num_classes: int = 1000,
    weights_path: Path | str | None = None,
    pooling: str | None = None,
    dropout_rate: float = 0.2,
    drop_connect_rate: float = 0.2,
    classifier_activation: str | None = "softmax",
    name: str = "efficientnet_lite0",
    batch_norm: bool = True,
):
    """Build EfficientNet-Lite0; see :func:`efficientnet_lite` for the parameters."""
    return efficientnet_lite(
        "lite0",
        include_top=include_top,
        input_shape=input_shape,
        num_classes=num_classes,
        weights_path=weights_path,
        pooling=pooling,
        dropout_rate=dropout_rate,
        drop_connect_rate=drop_connect_rate,
        classifier_activation=classifier_activation,
        name=name,
        batch_norm=batch_norm,
    )


def efficientnet_lite(
    name_or_variant: str | Variant = "lite0",
    include_top: bool = True,
    input_shape=None,
    num_classes: int = 1000,
    weights_path: Path | str | None = None,
    pooling: str | None = None,
    dropout_rate: float | None = None,
    drop_connect_rate: float = 0.2,
    classifier_activation: str | None = "softmax",
    name: str | None = None,
    batch_norm: bool = True,
):
    """Build an EfficientNet-Lite variant (Keras functional model).

    Parameters
    ----------
    name_or_variant
        ``"lite0"``, ``"lite1"``, ``"lite2"`` or a :class:`Variant`.
    include_top
        Add global average pooling, dropout, the ``logits`` Dense layer and (unless
        ``classifier_activation`` is None) a ``predictions`` activation layer.
    input_shape
        ``(height, width, 3)``, default the variant's resolution; RGB pixels in 0..255 (the
        model normalises them itself).
    num_classes
        Outputs of the classifier when ``include_top``.
    weights_path
        Optional ``.keras`` model whose layers are copied by name (missing or differently shaped
        layers are skipped, e.g. ``logits`` for another number of classes), or a ``.weights.h5``.
    pooling
        Without top: ``None`` (4-D feature map), ``"avg"`` or ``"max"``.
    dropout_rate
        Dropout before the classifier, default the variant's (0.2, Lite2 0.3).
    batch_norm
        False builds the inference-only variant whose convolutions carry the BatchNormalization
        folded into their weights and a bias (see :func:`fold_batch_norm`).
    """
    from visionagent.core import backend

    v = variant(name_or_variant)
    keras = backend.keras()
    layers = keras.layers
    if pooling not in (None, "avg", "max"):
        raise ValueError(f"pooling must be None, 'avg' or 'max', not {pooling!r}")
    if include_top and num_classes < 1:
        raise ValueError(f"num_classes must be at least 1, not {num_classes}")
    if input_shape is None:
        input_shape = (v.resolution, v.resolution, 3)
    if dropout_rate is None:
        dropout_rate = v.dropout

    inputs = keras.Input(shape=tuple(input_shape), name="image")
    x = layers.Rescaling(1.0 / STD, offset=-MEAN / STD, name="rescaling")(inputs)
    conv = layers.Conv2D(
        STEM_CHANNELS, 3, strides=2, padding="same", use_bias=not batch_norm, name="stem_conv"
    )
    x = _conv_bn(layers, x, conv, "stem_bn", batch_norm)
    x = layers.ReLU(max_value=6.0, name="stem_activation")(x)

    names = block_names(v)
    total = len(names)
    index = 0
    channels = STEM_CHANNELS
    for repeats, kernel, stride, expand, out_channels in stages(v):
        for j in range(repeats):
            x = _mbconv(
                layers,
                x,
                names[index],
                channels,
                out_channels,
                kernel,
                stride if j == 0 else 1,
                expand,
                drop_connect_rate * index / total,
                batch_norm,
            )
            channels = out_channels
            index += 1

    conv = layers.Conv2D(HEAD_CHANNELS, 1, padding="same", use_bias=not batch_norm, name="top_conv")
    x = _conv_bn(layers, x, conv, "top_bn", batch_norm)
    x = layers.ReLU(max_value=6.0, name=FEATURE_LAYER)(x)

    if include_top:
        x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
        if dropout_rate > 0:
            x = layers.Dropout(dropout_rate, name="top_dropout")(x)
        x = layers.Dense(num_classes, name=LOGITS_LAYER)(x)
        if classifier_activation is not None:
            x = layers.Activation(classifier_activation, name="predictions")(x)
    elif pooling == "avg":
        x = layers.GlobalAveragePooling2D(name="avg_pool")(x)
    elif pooling == "max":
        x = layers.GlobalMaxPooling2D(name="max_pool")(x)

    model = keras.Model(inputs, x, name=name or v.architecture)
    if weights_path is not None:
        load_weights_by_name(model, weights_path)
    return model


def _bn_pairs(model) -> list[tuple[str, str]]:
    """(convolution, batch norm) layer-name pairs of an EfficientNet-Lite built here."""
    pairs = [("stem_conv", "stem_bn"), ("top_conv", "top_bn")]
    for layer in model.layers:
        name = layer.name
        for conv_suffix, bn_suffix in (
            ("_expand_conv", "_expand_bn"),
            ("_dwconv", "_bn"),
            ("_project_conv", "_project_bn"),
        ):
            if name.startswith("block") and name.endswith(conv_suffix):
                pairs.append((name, name[: -len(conv_suffix)] + bn_suffix))
    return pairs


def fold_batch_norm(model):
    """An inference-only copy of an EfficientNet-Lite (built here) with BatchNormalization folded.

    Each ``conv → BN`` pair becomes one convolution with weights ``w·γ/√(σ²+ε)`` and bias
    ``β − μ·γ/√(σ²+ε)``: the same function with fewer operations, about a third faster on CPU.
    Layer names stay the same (``top_activation``, ``logits``…), so Grad-CAM works on it too.
    """
    import numpy as np

    if not any(type(layer).__name__ == "BatchNormalization" for layer in model.layers):
        return model  # already folded
    has_top = any(layer.name == LOGITS_LAYER for layer in model.layers)
    has_softmax = any(layer.name == "predictions" for layer in model.layers)
    num_classes = model.get_layer(LOGITS_LAYER).units if has_top else 1000
    fused = efficientnet_lite(
        variant_of(model),
        include_top=has_top,
        input_shape=tuple(model.inputs[0].shape[1:]),
        num_classes=num_classes,
        classifier_activation="softmax" if has_softmax else None,
        name=f"{model.name}_folded",
        batch_norm=False,
    )
    for conv_name, bn_name in _bn_pairs(model):
        (kernel,) = model.get_layer(conv_name).get_weights()
        gamma, beta, mean, variance = model.get_layer(bn_name).get_weights()
        scale = gamma / np.sqrt(variance + model.get_layer(bn_name).epsilon)
        if conv_name.endswith("_dwconv"):
            kernel = kernel * scale[np.newaxis, np.newaxis, :, np.newaxis]
        else:
            kernel = kernel * scale
        fused.get_layer(conv_name).set_weights([kernel, beta - mean * scale])
    if has_top:
        fused.get_layer(LOGITS_LAYER).set_weights(model.get_layer(LOGITS_LAYER).get_weights())
    return fused


def load_weights_by_name(model, weights_path: Path | str) -> list[str]:
    """Copy weights into ``model`` from a ``.keras`` model (by layer name) or a ``.weights.h5``.

    Returns the names of the layers that received weights.
    """
    from visionagent.core import backend

    keras = backend.keras()
    path = Path(weights_path)
    if not path.is_file():
        raise FileNotFoundError(f"weights file not found: {path}")
    if path.name.endswith(".weights.h5"):
        model.load_weights(path)
        return [layer.name for layer in model.layers if layer.weights]
    source = keras.models.load_model(path, safe_mode=True, compile=False)
    copied = []
    for layer in model.layers:
        if not layer.weights:
            continue
        try:
            other = source.get_layer(layer.name)
        except ValueError:
            continue
        values = other.get_weights()
        if [v.shape for v in values] != [tuple(w.shape) for w in layer.weights]:
            continue
        layer.set_weights(values)
        copied.append(layer.name)
    if not copied:
        raise ValueError(f"no layer of {path.name} matches the layers of {model.name}")
    return copied


def load_backbone(
    pooling: str | None = None, trainable: bool = False, model_path: Path | str | None = None
):
    """The shipped ImageNet EfficientNet-Lite0 without its classifier.

    A new functional model from the shipped model's input to ``top_activation`` (7 × 7 × 1280),
    or to the 1280 pooled features with ``pooling="avg"``. It owns freshly loaded layers, so
    changing it (``trainable``, fine-tuning) never touches the model the recognizer uses.
    """
    from visionagent.core import backend

    keras = backend.keras()
    path = Path(model_path) if model_path is not None else shipped_model_path()
    if not path.is_file():
        raise FileNotFoundError(
            f"the EfficientNet-Lite0 ImageNet model is missing ({path}); "
            "run scripts/convert_efficientnet_lite.py to create it"
        )
    full = keras.models.load_model(path, safe_mode=True, compile=False)
    features = full.get_layer(FEATURE_LAYER).output
    if pooling == "avg":
        features = full.get_layer("avg_pool").output
    elif pooling == "max":
        features = keras.layers.GlobalMaxPooling2D(name="max_pool")(features)
    elif pooling is not None:
        raise ValueError(f"pooling must be None, 'avg' or 'max', not {pooling!r}")
    backbone = keras.Model(full.inputs, features, name="efficientnet_lite0_backbone")
    backbone.trainable = trainable
    return backbone

"""What kind of layer a Keras layer is, in the words of the textbook, with a one-line explanation
for the kinds a student meets for the first time (depthwise, 1×1, batch normalisation…)."""

from __future__ import annotations

from visionagent.i18n import QT_TRANSLATE_NOOP, translate

# kind id -> (label, explanation or ""); shown through translate("Inspector", …)
KINDS: dict[str, tuple[str, str]] = {
    "input": (QT_TRANSLATE_NOOP("Inspector", "input"), ""),
    "conv": (QT_TRANSLATE_NOOP("Inspector", "convolution"), ""),
    "conv_1x1": (
        QT_TRANSLATE_NOOP("Inspector", "1×1 convolution"),
        QT_TRANSLATE_NOOP(
            "Inspector",
            "Mixes the channels of each pixel (a dense layer applied at every pixel) without "
            "looking at its neighbours: it changes the number of maps cheaply.",
        ),
    ),
    "depthwise_conv": (
        QT_TRANSLATE_NOOP("Inspector", "depthwise convolution"),
        QT_TRANSLATE_NOOP(
            "Inspector",
            "One k×k kernel per input channel and no mixing of channels: C·k² weights instead "
            "of C·C′·k²; a 1×1 convolution after it mixes the channels.",
        ),
    ),
    "separable_conv": (
        QT_TRANSLATE_NOOP("Inspector", "separable convolution"),
        QT_TRANSLATE_NOOP(
            "Inspector", "A depthwise convolution followed by a 1×1 convolution, in one layer."
        ),
    ),
    "transposed_conv": (QT_TRANSLATE_NOOP("Inspector", "transposed convolution"), ""),
    "pooling": (QT_TRANSLATE_NOOP("Inspector", "pooling"), ""),
    "global_pooling": (
        QT_TRANSLATE_NOOP("Inspector", "global pooling"),
        QT_TRANSLATE_NOOP("Inspector", "One number per map: the mean (or maximum) of the map."),
    ),
    "dense": (QT_TRANSLATE_NOOP("Inspector", "dense (fully connected)"), ""),
    "batch_norm": (
        QT_TRANSLATE_NOOP("Inspector", "batch normalisation"),
        QT_TRANSLATE_NOOP(
            "Inspector",
            "Scales and shifts each channel with learned values; at inference it can be folded "
            "into the convolution before it.",
        ),
    ),
    "activation": (QT_TRANSLATE_NOOP("Inspector", "activation"), ""),
    "dropout": (
        QT_TRANSLATE_NOOP("Inspector", "dropout"),
        QT_TRANSLATE_NOOP("Inspector", "Active only while training; passes values unchanged."),
    ),
    "flatten": (QT_TRANSLATE_NOOP("Inspector", "flatten"), ""),
    "merge": (QT_TRANSLATE_NOOP("Inspector", "merge (add, average, concatenate)"), ""),
    "rescaling": (QT_TRANSLATE_NOOP("Inspector", "rescaling of the input"), ""),
    "padding": (QT_TRANSLATE_NOOP("Inspector", "padding or cropping"), ""),
    "reshape": (QT_TRANSLATE_NOOP("Inspector", "reshape"), ""),
    "other": (QT_TRANSLATE_NOOP("Inspector", "other"), ""),
}

CONV_KINDS = ("conv", "conv_1x1", "depthwise_conv", "separable_conv", "transposed_conv")
WEIGHTED_KINDS = (*CONV_KINDS, "dense")

_BY_CLASS = {
    "InputLayer": "input",
    "DepthwiseConv2D": "depthwise_conv",
    "SeparableConv2D": "separable_conv",
    "Conv2DTranspose": "transposed_conv",
    "MaxPooling2D": "pooling",
    "AveragePooling2D": "pooling",
    "GlobalAveragePooling2D": "global_pooling",
    "GlobalMaxPooling2D": "global_pooling",
    "Dense": "dense",
    "BatchNormalization": "batch_norm",
    "LayerNormalization": "batch_norm",
    "Activation": "activation",
    "ReLU": "activation",
    "LeakyReLU": "activation",
    "PReLU": "activation",
    "ELU": "activation",
    "Softmax": "activation",
    "Dropout": "dropout",
    "SpatialDropout2D": "dropout",
    "GaussianNoise": "dropout",
    "Flatten": "flatten",
    "Add": "merge",
    "Average": "merge",
    "Concatenate": "merge",
    "Multiply": "merge",
    "Subtract": "merge",
    "Maximum": "merge",
    "Minimum": "merge",
    "Rescaling": "rescaling",
    "Normalization": "rescaling",
    "ZeroPadding2D": "padding",
    "Cropping2D": "padding",
    "Reshape": "reshape",
}


def kind_of(layer) -> str:
    """The kind id of a Keras layer (see :data:`KINDS`)."""
    name = type(layer).__name__
    if name == "Conv2D":
        size = tuple(int(k) for k in getattr(layer, "kernel_size", (0, 0)))
        return "conv_1x1" if size == (1, 1) else "conv"
    return _BY_CLASS.get(name, "other")


def label(kind: str) -> str:
    """The kind in the UI language."""
    return translate("Inspector", KINDS.get(kind, KINDS["other"])[0])


def explanation(kind: str) -> str:
    """One line for the kinds that need one, else ``""`` (in the UI language)."""
    text = KINDS.get(kind, KINDS["other"])[1]
    return translate("Inspector", text) if text else ""


def activation_name(layer) -> str:
    """The activation a layer applies (``"relu"``, ``"relu6"``, ``"softmax"``…) or ``""``."""
    name = type(layer).__name__
    if name == "ReLU":
        return "relu6" if getattr(layer, "max_value", None) == 6 else "relu"
    if name in ("LeakyReLU", "PReLU", "ELU", "Softmax"):
        return name.lower()
    function = getattr(layer, "activation", None)
    if function is None:
        return ""
    text = getattr(function, "__name__", "")
    return "" if text == "linear" else text

"""Short names of a layer's settings for titles and sentences (the form shows the long labels).

Read from the layer's values, never from a control's text, so every page words them alike.
"""

from __future__ import annotations

from visionagent.i18n import translate


def activation_name(key: str) -> str:
    """``relu`` → "ReLU", ``none`` → "no activation" (the UI language)."""
    return {
        "none": translate("LayerNames", "no activation"),
        "relu": "ReLU",
        "leaky_relu": translate("LayerNames", "leaky ReLU"),
        "sigmoid": translate("LayerNames", "sigmoid"),
        "tanh": "tanh",
    }.get(key, key)


def pool_name(key: str) -> str:
    """``max`` → "max", ``avg`` → "average"."""
    return {
        "none": translate("LayerNames", "none"),
        "max": translate("LayerNames", "max"),
        "avg": translate("LayerNames", "average"),
    }.get(key, key)


def border_name(key: str) -> str:
    """What the padding is filled with, in words."""
    return {
        "zero": translate("LayerNames", "zeros"),
        "reflect": translate("LayerNames", "reflect"),
        "replicate": translate("LayerNames", "replicate"),
    }.get(key, key)


def padding_name(padding) -> str:
    """``valid``, ``same`` or "pad 2"."""
    if isinstance(padding, str):
        return padding
    return translate("LayerNames", "pad {p}").format(p=padding)


def shape_text(shape) -> str:
    return "×".join(str(int(v)) for v in shape)

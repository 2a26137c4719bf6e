"""The settings of one convolution layer (:class:`~visionagent.core.filters.layer.Layer`) as a
field table (:mod:`visionagent.core.fields`): the Filters form and the lessons build on it.

The kernel weights and biases are not fields: the kernel editor owns them. ``padding`` is one
setting with three kinds of value (``"valid"``, ``"same"`` or a number of pixels per side), so
its choices list the pixel counts too; it has no command-line flag because argparse cannot mix
words and numbers in one option's choices.
"""

from __future__ import annotations

from visionagent.core.fields import Choice, Field
from visionagent.core.filters.arithmetic import ACTIVATIONS, BORDERS, POOLS
from visionagent.i18n import QT_TRANSLATE_NOOP

MAX_STRIDE = 4
MAX_PADDING = 10
MAX_POOL = 8

CONVOLUTION = QT_TRANSLATE_NOOP("Fields", "Convolution")
POOLING = QT_TRANSLATE_NOOP("Fields", "Pooling")


def _pads(layer) -> bool:
    return layer.padding not in ("valid", 0)


def _pools(layer) -> bool:
    return layer.pool != "none"


_ACTIVATION_LABELS = {
    "none": QT_TRANSLATE_NOOP("Fields", "none (linear)"),
    "relu": "ReLU  max(0, s)",
    "leaky_relu": QT_TRANSLATE_NOOP("Fields", "leaky ReLU"),
    "sigmoid": QT_TRANSLATE_NOOP("Fields", "sigmoid  1/(1+e^−s)"),
    "tanh": "tanh",
}
_BORDER_LABELS = {
    "zero": QT_TRANSLATE_NOOP("Fields", "zeros"),
    "reflect": QT_TRANSLATE_NOOP("Fields", "reflect"),
    "replicate": QT_TRANSLATE_NOOP("Fields", "replicate"),
}
_POOL_LABELS = {
    "none": QT_TRANSLATE_NOOP("Fields", "none"),
    "max": QT_TRANSLATE_NOOP("Fields", "max"),
    "avg": QT_TRANSLATE_NOOP("Fields", "average"),
}

FILTER_FIELDS: tuple[Field, ...] = (
    Field(
        "stride",
        QT_TRANSLATE_NOOP("Fields", "Stride"),
        "int",
        group=CONVOLUTION,
        minimum=1,
        maximum=MAX_STRIDE,
        help=QT_TRANSLATE_NOOP("Fields", "Step of the kernel between two output pixels"),
        cli="--stride",
    ),
    Field(
        "padding",
        QT_TRANSLATE_NOOP("Fields", "Padding"),
        "choice",
        group=CONVOLUTION,
        choices=(
            Choice("valid", QT_TRANSLATE_NOOP("Fields", "valid (none)")),
            Choice("same", QT_TRANSLATE_NOOP("Fields", "same (keep the size)")),
            *(Choice(n, f"{n} px") for n in range(1, MAX_PADDING + 1)),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "valid: no padding, the output shrinks by k−1; same: pad so the output has ⌈n/s⌉ "
            "pixels (as Keras); a number: that many rows and columns on every side",
        ),
    ),
    Field(
        "border",
        QT_TRANSLATE_NOOP("Fields", "Border"),
        "choice",
        group=CONVOLUTION,
        choices=tuple(Choice(key, _BORDER_LABELS[key]) for key in BORDERS),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "What the padding is filled with: zeros (as CNN layers do), the mirrored picture or "
            "the edge pixel",
        ),
        cli="--border",
        enabled_when=_pads,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "Without padding there is no border to fill."),
    ),
    Field(
        "activation",
        QT_TRANSLATE_NOOP("Fields", "Activation"),
        "choice",
        group=CONVOLUTION,
        choices=tuple(Choice(key, _ACTIVATION_LABELS[key]) for key in ACTIVATIONS),
        help=QT_TRANSLATE_NOOP("Fields", "Applied to every value of the convolution output"),
        cli="--activation",
    ),
    Field(
        "pool",
        QT_TRANSLATE_NOOP("Fields", "Type"),
        "choice",
        group=POOLING,
        choices=tuple(Choice(key, _POOL_LABELS[key]) for key in POOLS),
        help=QT_TRANSLATE_NOOP(
            "Fields", "Summarise each window of the activation map by its maximum or mean"
        ),
        cli="--pool",
    ),
    Field(
        "pool_size",
        QT_TRANSLATE_NOOP("Fields", "Size"),
        "int",
        group=POOLING,
        minimum=1,
        maximum=MAX_POOL,
        help=QT_TRANSLATE_NOOP("Fields", "Pooling window (size × size)"),
        cli="--pool-size",
        enabled_when=_pools,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "No pooling is chosen."),
    ),
    Field(
        "pool_stride",
        QT_TRANSLATE_NOOP("Fields", "Stride"),
        "int",
        group=POOLING,
        minimum=1,
        maximum=MAX_POOL,
        special=(None, QT_TRANSLATE_NOOP("Fields", "= size")),
        help=QT_TRANSLATE_NOOP(
            "Fields",
            "Step between pooling windows; '= size' gives non-overlapping windows (the usual "
            "choice)",
        ),
        cli="--pool-stride",
        enabled_when=_pools,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "No pooling is chosen."),
    ),
    Field(
        "pool_padding",
        QT_TRANSLATE_NOOP("Fields", "Padding"),
        "choice",
        group=POOLING,
        choices=(
            Choice("valid", QT_TRANSLATE_NOOP("Fields", "valid")),
            Choice("same", QT_TRANSLATE_NOOP("Fields", "same")),
        ),
        help=QT_TRANSLATE_NOOP(
            "Fields", "valid drops the last incomplete windows; same keeps them (⌈n/s⌉ outputs)"
        ),
        cli="--pool-padding",
        enabled_when=_pools,
        why_disabled=QT_TRANSLATE_NOOP("Fields", "No pooling is chosen."),
    ),
)

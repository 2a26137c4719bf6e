"""What a model's outputs mean, checked before anyone shows them.

A classifier's last layer gives either probabilities (a softmax) or logits (anything real). The
app shows probabilities, so :func:`output_kind` finds out which one a model gives from its layers
(a softmax activation or layer, through nested sub-models, averages and reshapes), falling back on
the metadata's ``"outputs"`` entry, and :func:`to_probabilities` applies the softmax where needed.
Non-finite values (a model whose weights became NaN) are refused with :class:`OutputError`
rather than shown as "digit 0, NaN %". :func:`json_safe` keeps NaN out of every JSON we write.
"""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np

from visionagent.i18n import translate

log = logging.getLogger(__name__)

PROBABILITIES = "probabilities"
LOGITS = "logits"
KINDS = (PROBABILITIES, LOGITS)
_PASS_THROUGH = {"Dropout", "Flatten", "Reshape", "Identity", "ActivityRegularization"}
_AVERAGES = {"Average", "Maximum", "Minimum"}  # of probabilities: probabilities; of logits: logits


class OutputError(ValueError):
    """A model gave outputs that cannot be shown (NaN, infinity, the wrong shape)."""


def _activation_name(layer) -> str | None:
    activation = getattr(layer, "activation", None)
    if activation is None:
        return None
    return getattr(activation, "__name__", None) or type(activation).__name__.lower()


def _inbound_layers(layer) -> list:
    """The layers whose outputs feed ``layer`` in a functional graph (empty when unknown)."""
    try:
        node = layer._inbound_nodes[0]
        return [t._keras_history[0] for t in node.input_tensors]
    except (AttributeError, IndexError, TypeError):
        return []


def _kind_of_layer(layer, depth: int = 0) -> str | None:
    """PROBABILITIES, LOGITS or None (cannot tell) for the output of ``layer``."""
    if layer is None or depth > 50:
        return None
    name = type(layer).__name__
    if name == "Softmax":
        return PROBABILITIES
    if hasattr(layer, "layers") and getattr(layer, "outputs", None):  # a nested model
        return _kind_of_model(layer, depth + 1)
    activation = _activation_name(layer)
    if activation == "softmax":
        return PROBABILITIES
    if activation == "linear":
        return LOGITS if name != "Activation" else _kind_of_inputs(layer, depth)
    if activation is not None:
        return None  # sigmoid, relu…: not a distribution, not plain logits either
    if name in _PASS_THROUGH:
        return _kind_of_inputs(layer, depth)
    if name in _AVERAGES:
        return _kind_of_inputs(layer, depth)
    return None


def _kind_of_inputs(layer, depth: int) -> str | None:
    kinds = {_kind_of_layer(inbound, depth + 1) for inbound in _inbound_layers(layer)}
    return kinds.pop() if len(kinds) == 1 else None


def _kind_of_model(model, depth: int = 0) -> str | None:
    try:
        last = model.outputs[0]._keras_history[0]
    except (AttributeError, IndexError, TypeError):
        layers = getattr(model, "layers", None)
        last = layers[-1] if layers else None
    return _kind_of_layer(last, depth)


def output_kind(model, declared: str | None = None) -> str | None:
    """What ``model`` outputs: from its layers, else the metadata's ``declared`` kind, else None.

    None means "cannot tell": :func:`to_probabilities` then looks at the values themselves.
    """
    try:
        found = _kind_of_model(model)
    except Exception:  # noqa: BLE001 - an unusual graph: fall back on the metadata
        found = None
    if found is not None:
        if declared in KINDS and declared != found:
            log.warning(
                "the metadata says %s, the layers give %s: using the layers", declared, found
            )
        return found
    return declared if declared in KINDS else None


def softmax(values: np.ndarray) -> np.ndarray:
    shifted = values - values.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


def _is_distribution(values: np.ndarray) -> bool:
    return bool(
        values.size
        and values.min() >= -1e-6
        and values.max() <= 1 + 1e-6
        and np.allclose(values.sum(axis=-1), 1.0, atol=1e-3)
    )


def check_finite(values: np.ndarray) -> np.ndarray:
    """``values`` as float64 when every one is finite; :class:`OutputError` otherwise."""
    values = np.asarray(values, dtype=np.float64)
    if not np.isfinite(values).all():
        raise OutputError(
            translate(
                "Outputs",
                "The model gave NaN or infinite outputs: its weights are probably broken (a "
                "training run that diverged?). Retrain it or choose another model.",
            )
        )
    return values


def to_probabilities(values: np.ndarray, kind: str | None) -> np.ndarray:
    """Rows of probabilities from a model's raw ``(N, classes)`` outputs of ``kind``.

    Logits get a softmax; probabilities that do not sum to 1 (a mislabelled model) and outputs
    of an unknown kind that are not distributions get one too. Raises :class:`OutputError` for
    non-finite values.
    """
    values = check_finite(values)
    if values.ndim == 0:
        raise OutputError(translate("Outputs", "The model gave a single number, not classes."))
    if kind == LOGITS or not _is_distribution(values):
        if kind == PROBABILITIES:
            log.warning("outputs said to be probabilities do not sum to 1: applying a softmax")
        values = softmax(values)
    return np.clip(values, 0.0, 1.0)


def weights_are_finite(model) -> bool:
    """True when every weight of ``model`` is finite (False for a run that diverged)."""
    for weight in getattr(model, "weights", []):
        try:
            array = np.asarray(weight)
        except Exception:  # noqa: BLE001 - a weight that cannot be read here is checked later
            continue
        if np.issubdtype(array.dtype, np.floating) and not np.isfinite(array).all():
            return False
    return True


def json_safe(value: Any) -> Any:
    """``value`` with every NaN or infinity replaced by None (JSON has neither)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, np.floating):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.ndarray):
        return json_safe(value.tolist())
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value

"""The Filters tab's "Inside a network" job: a model's learned kernels and the feature maps of a
digit (kept for the tab as it is; new views use :class:`~.inspection.Inspector` directly).

The maps now come from :class:`~.inspection.Inspector`, so models with sub-models (the shipped
digits ensemble) show the maps of their first member instead of none.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from visionagent.i18n import translate


@dataclass
class ConvKernels:
    """The kernels of one convolution layer of a model."""

    layer: str
    kind: str  # "Conv2D" or "DepthwiseConv2D"
    kernel: np.ndarray  # (h, w, C, K)
    bias: np.ndarray  # (K,)
    strides: tuple[int, int] = (1, 1)
    padding: str = "valid"


@dataclass
class NetworkView:
    """What :func:`inspect_model` found: every spatial conv layer, and feature maps if asked."""

    model: str
    task: str
    layers: list[ConvKernels] = field(default_factory=list)
    maps: list[tuple[str, np.ndarray]] = field(default_factory=list)  # (layer, (H, W, K))
    probabilities: np.ndarray | None = None
    class_names: list[str] = field(default_factory=list)
    note: str = ""


def _walk(layer):
    yield layer
    for sub in getattr(layer, "layers", []) or []:
        yield from _walk(sub)


def conv_kernels(model) -> list[ConvKernels]:
    """Kernels (h, w, C, K) and biases of every convolution layer with a kernel wider than 1×1.

    A depthwise layer's kernels (one per channel) are listed as K = C·multiplier one-channel
    filters.
    """
    found = []
    for layer in _walk(model):
        name = type(layer).__name__
        if name not in ("Conv2D", "DepthwiseConv2D"):
            continue
        kernel_var = getattr(layer, "depthwise_kernel", None) if name == "DepthwiseConv2D" else None
        if kernel_var is None:  # Keras 3 calls the depthwise kernel "kernel" too
            kernel_var = getattr(layer, "kernel", None)
        if kernel_var is None:
            continue
        kernel = np.asarray(
            kernel_var.numpy() if hasattr(kernel_var, "numpy") else kernel_var, dtype=np.float32
        )
        if kernel.ndim != 4 or kernel.shape[0] * kernel.shape[1] <= 1:
            continue
        if name == "DepthwiseConv2D":
            kernel = kernel.reshape(kernel.shape[0], kernel.shape[1], 1, -1)
        bias_var = getattr(layer, "bias", None)
        bias = (
            np.zeros(kernel.shape[3], np.float32)
            if bias_var is None
            else np.asarray(bias_var.numpy(), np.float32).reshape(-1)
        )
        if bias.shape[0] != kernel.shape[3]:
            bias = np.zeros(kernel.shape[3], np.float32)
        strides = tuple(int(s) for s in getattr(layer, "strides", (1, 1)))
        found.append(
            ConvKernels(
                layer.name, name, kernel, bias, strides, str(getattr(layer, "padding", "valid"))
            )
        )
    return found


_inspectors: dict[int, Any] = {}
_inspectors_lock = threading.Lock()


def _inspector(model, info=None):
    """One :class:`Inspector` per model (the model on screen; ids can be reused, so the model
    itself is compared too)."""
    from visionagent.core.inspector.inspection import Inspector

    with _inspectors_lock:
        held = _inspectors.get(id(model))
        if held is None or held.original is not model:
            held = Inspector(model, info)
            _inspectors.clear()
            _inspectors[id(model)] = held
        return held


def feature_maps(
    model, digit: np.ndarray, info=None
) -> tuple[list[tuple[str, np.ndarray]], np.ndarray]:
    """Outputs of every convolution layer (of the first member of an ensemble) and the class
    probabilities for one digit, a (28, 28) float picture in 0…1 (see
    :func:`~visionagent.core.inspector.inputs.digit_to_mnist`)."""
    from visionagent.core.inspector.kinds import CONV_KINDS

    inspector = _inspector(model, info)
    inspection = inspector.run(np.asarray(digit, np.float32))
    maps = [
        (row.name, row.maps)
        for row in inspection.layers
        if row.kind in CONV_KINDS and row.maps is not None
    ]
    return maps, inspection.prediction.probabilities.astype(np.float32)


def inspect_model(state, registry, name: str, digit: np.ndarray | None = None) -> NetworkView:
    """Job: load ``name`` from ``registry``, list its kernels and, for a digit model given a
    ``digit``, the feature maps of every convolution layer. Runs in a worker thread."""
    model, info = registry.load(name)
    state.check()
    view = NetworkView(name, info.task, conv_kernels(model), class_names=list(info.class_names))
    if not view.layers:
        view.note = translate(
            "Filters", "This model has no convolution layers with kernels larger than 1×1."
        )
    if digit is not None and info.task == "digits":
        state.check()
        try:
            view.maps, view.probabilities = feature_maps(model, digit, info)
            view.note = view.note or _inspector(model, info).member_note()
        except (ValueError, TypeError, AttributeError) as exc:
            view.note = translate(
                "Filters", "Feature maps are not available for this model ({error})."
            ).format(error=exc)
    return view

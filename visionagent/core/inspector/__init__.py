"""Inside any Keras model: layers, receptive fields, multiplications, feature maps (no Qt).

* :mod:`.graph` — any model (Sequential, functional, models inside models) as one flat graph of
  its innermost layers;
* :mod:`.table` — the layer table without an input (kind, output shape, parameters, receptive
  field and jump in input pixels, multiplications by the textbook's example 8-2 rule);
  :func:`layer_table` for a model, :func:`architecture_table` for a trainer architecture;
* :mod:`.inputs` — a picture prepared by the model's registry preprocessing;
* :mod:`.inspection` — :class:`Inspector`: one input's feature maps and prediction, a cell's
  receptive field, the first convolution's arithmetic, Grad-CAM, epoch replay;
* :mod:`.kinds` — layer kinds with one-line explanations;
* :mod:`.network` — the Filters tab's "Inside a network" job.

TensorFlow is imported only when a model is handled.
"""

from __future__ import annotations

from visionagent.core.inspector.inputs import (
    PREPROCESSINGS,
    ModelInput,
    digit_to_mnist,
    mnist_sample,
    prepare,
)
from visionagent.core.inspector.inspection import (
    Inspection,
    Inspector,
    Prediction,
    inspect_image,
    load_inspector,
)
from visionagent.core.inspector.kinds import CONV_KINDS, KINDS, kind_of
from visionagent.core.inspector.table import (
    LayerInfo,
    LayerTable,
    Reach,
    architecture_table,
    layer_table,
    table_of,
)

__all__ = [
    "CONV_KINDS",
    "KINDS",
    "PREPROCESSINGS",
    "Inspection",
    "Inspector",
    "LayerInfo",
    "LayerTable",
    "ModelInput",
    "Prediction",
    "Reach",
    "architecture_table",
    "digit_to_mnist",
    "inspect_image",
    "kind_of",
    "layer_table",
    "load_inspector",
    "mnist_sample",
    "prepare",
    "table_of",
]

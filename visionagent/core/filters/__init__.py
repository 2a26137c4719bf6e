"""Convolution, activation and pooling as a CNN layer computes them, and their pictures.

The package is split by concern; every public name is importable from here:

* :mod:`.arithmetic`: output sizes, padding, :func:`conv2d`, :func:`activate`, :func:`pool2d`
  (pure NumPy/OpenCV, the same numbers as Keras layers) and plain-loop references for tests;
* :mod:`.layer`: one layer end to end (:class:`Layer`), one output cell written out
  (:func:`explain_cell`, :func:`pool_window`) and the textbook's example 8-1;
* :mod:`.kernels`: kernel presets, normalisation, random kernels;
* :mod:`.presentation`: colour tables, display levels, 8-bit pictures, kernel thumbnails, tile
  layout and a grid picture of a layer's feature maps;
* :mod:`.fields`: :data:`FILTER_FIELDS`, the layer's settings as a field table for forms.

Looking inside a Keras model (kernels, feature maps, receptive fields) lives in
:mod:`visionagent.core.inspector`; the names the Filters tab used from here before
(:func:`inspect_model`, :class:`NetworkView`, :func:`digit_to_mnist`…) are still importable
from this package and load that module (and TensorFlow) only when first used.
"""

from __future__ import annotations

from visionagent.core.filters.arithmetic import (
    ACTIVATIONS,
    BORDERS,
    LEAKY_SLOPE,
    PADDINGS,
    POOLS,
    Padding,
    activate,
    conv2d,
    conv2d_reference,
    flip_kernel,
    output_size,
    output_size_formula,
    pad,
    padding_amounts,
    pool2d,
    pool2d_reference,
    weight_count,
)
from visionagent.core.filters.fields import FILTER_FIELDS
from visionagent.core.filters.kernels import PRESETS, normalize_kernel, preset, random_kernel
from visionagent.core.filters.layer import (
    CellTerms,
    ChannelTerms,
    Layer,
    Stages,
    example_8_1,
    example_8_1_layer,
    explain_cell,
    pool_window,
)
from visionagent.core.filters.presentation import (
    DIVERGING_LUT,
    POSITIVE_LUT,
    SCALES,
    display_levels,
    format_number,
    input_to_float,
    kernel_thumbnails,
    map_grid,
    tile_layout,
    to_display,
)

# name -> module of visionagent.core.inspector that now holds it (loaded on first use)
_MOVED = {
    "digit_to_mnist": "visionagent.core.inspector.inputs",
    "mnist_sample": "visionagent.core.inspector.inputs",
    "ConvKernels": "visionagent.core.inspector.network",
    "NetworkView": "visionagent.core.inspector.network",
    "conv_kernels": "visionagent.core.inspector.network",
    "feature_maps": "visionagent.core.inspector.network",
    "inspect_model": "visionagent.core.inspector.network",
}


def __getattr__(name: str):
    module = _MOVED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = [
    "ACTIVATIONS",
    "BORDERS",
    "DIVERGING_LUT",
    "FILTER_FIELDS",
    "LEAKY_SLOPE",
    "PADDINGS",
    "POOLS",
    "POSITIVE_LUT",
    "PRESETS",
    "SCALES",
    "CellTerms",
    "ChannelTerms",
    "Layer",
    "Padding",
    "Stages",
    "activate",
    "conv2d",
    "conv2d_reference",
    "display_levels",
    "example_8_1",
    "example_8_1_layer",
    "explain_cell",
    "flip_kernel",
    "format_number",
    "input_to_float",
    "kernel_thumbnails",
    "map_grid",
    "normalize_kernel",
    "output_size",
    "output_size_formula",
    "pad",
    "padding_amounts",
    "pool2d",
    "pool2d_reference",
    "pool_window",
    "preset",
    "random_kernel",
    "tile_layout",
    "to_display",
    "weight_count",
    *_MOVED,
]

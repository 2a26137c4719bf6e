"""The layer table of a model, without any input: kind, output shape, parameters, receptive field,
jump and multiplications of every layer.

Receptive field (Hands-On ML ch. 14, the VGG argument: two 3×3 layers see 5×5, three see 7×7):
along one axis a layer with kernel ``k`` (dilation ``d``: ``k_eff = d(k−1)+1``) and stride ``s``
on an input whose cells are ``j`` input pixels apart (the *jump*) and see ``r`` pixels gives
``r′ = r + (k_eff − 1)·j`` and ``j′ = j·s``. The first cell's window starts at
``f′ = f − p·j`` (``p`` = padding added before, TensorFlow's rule for "same"), so cell ``i`` of a
map sees input pixels ``f + i·j … f + i·j + r − 1`` (before clipping to the picture). Merges
(additions, concatenations) see the union of their inputs' windows; dense and global pooling
layers see the union of all cells.

Multiplications follow example 8-2 of the textbook: a convolution producing an ``H′×W′×k′`` map
with ``h×w×k`` kernels makes ``H′·W′·k′·(h·w·k)`` products of an input value with a weight. The
textbook counts the bias as one more weight per filter (``k·h² + 1``: 28 for 3×3×3 kernels, 1601
for 5×5×64), so :attr:`LayerInfo.textbook_multiplications` is ``H′·W′·(h·w·k + 1)·k′``, the
numbers of example 8-2, while :attr:`LayerInfo.multiplications` counts the products only (LeNet-5's
first layer: 28·28·6·25 = 117,600).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from visionagent.core.filters.arithmetic import padding_amounts
from visionagent.core.inspector import kinds
from visionagent.core.inspector.graph import FlatGraph, Node


@dataclass(frozen=True)
class Reach:
    """Receptive field of the cells of one map along both axes (rows, columns)."""

    size: tuple[int, int]  # input pixels one cell sees
    jump: tuple[int, int]  # input pixels between two neighbouring cells
    first: tuple[int, int]  # first input pixel of cell (0, 0)'s window (negative: padding)
    spatial: bool = True  # False once the map is flattened or pooled globally

    def window(self, row: int, col: int) -> tuple[int, int, int, int]:
        """``(top, left, bottom, right)`` input pixels of cell (row, col), inclusive, unclipped."""
        top = self.first[0] + row * self.jump[0]
        left = self.first[1] + col * self.jump[1]
        return top, left, top + self.size[0] - 1, left + self.size[1] - 1


INPUT_REACH = Reach((1, 1), (1, 1), (0, 0))


@dataclass
class LayerInfo:
    """One row of the layer table."""

    index: int  # node index in the flat graph
    name: str
    path: str
    kind: str
    output_shape: tuple[int | None, ...]
    parameters: int = 0
    reach: Reach | None = None
    multiplications: int = 0
    textbook_multiplications: int = 0
    formula: str = ""  # e.g. "28×28×25×6": H′×W′×(weights per filter)×k′
    textbook_formula: str = ""
    activation: str = ""
    kernel_size: tuple[int, int] | None = None
    strides: tuple[int, int] | None = None
    padding: str = ""
    scope: tuple[str, ...] = ()
    maps: Any = None  # (H, W, K) float32 feature maps, filled by an inspection

    @property
    def label(self) -> str:
        return kinds.label(self.kind)

    @property
    def explanation(self) -> str:
        return kinds.explanation(self.kind)

    @property
    def receptive_field(self) -> int | tuple[int, int] | None:
        """The receptive field's side (an int when square), or None when unknown."""
        if self.reach is None:
            return None
        h, w = self.reach.size
        return h if h == w else (h, w)

    @property
    def jump(self) -> int | tuple[int, int] | None:
        """Input pixels between neighbouring cells (stride product), None for non-maps."""
        if self.reach is None or not self.reach.spatial:
            return None
        h, w = self.reach.jump
        return h if h == w else (h, w)

    @property
    def has_maps(self) -> bool:
        return len(self.output_shape) == 3 and self.kind not in ("input", "dropout")

    def to_json(self) -> dict[str, Any]:
        rf, jump = self.receptive_field, self.jump
        return {
            "name": self.name,
            "path": self.path,
            "kind": self.kind,
            "output_shape": list(self.output_shape),
            "parameters": int(self.parameters),
            "receptive_field": list(rf) if isinstance(rf, tuple) else rf,
            "jump": list(jump) if isinstance(jump, tuple) else jump,
            "multiplications": int(self.multiplications),
            "textbook_multiplications": int(self.textbook_multiplications),
            "formula": self.formula,
        }


@dataclass
class LayerTable:
    """Every layer of a model in call order, with what the table needs to know about members."""

    model: str
    input_shape: tuple[int, ...]
    layers: list[LayerInfo] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # sub-models of an ensemble, if any

    def layer(self, name: str) -> LayerInfo:
        for info in self.layers:
            if name in (info.name, info.path):
                return info
        raise KeyError(name)

    def total_multiplications(self) -> int:
        return sum(info.multiplications for info in self.layers)


# ------------------------------------------------------------------------------ receptive field
def _pair(value, default: int = 1) -> tuple[int, int]:
    if value is None:
        return default, default
    if isinstance(value, int):
        return value, value
    values = tuple(int(v) for v in value)
    return (values[0], values[0]) if len(values) == 1 else (values[0], values[1])


def _window_op(layer) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int], str] | None:
    """``(kernel, strides, dilation, padding)`` of a sliding-window layer, else None."""
    name = type(layer).__name__
    if name in ("Conv2D", "DepthwiseConv2D", "SeparableConv2D"):
        return (
            _pair(layer.kernel_size),
            _pair(layer.strides),
            _pair(getattr(layer, "dilation_rate", 1)),
            str(layer.padding).lower(),
        )
    if name in ("MaxPooling2D", "AveragePooling2D"):
        strides = layer.strides if layer.strides is not None else layer.pool_size
        return _pair(layer.pool_size), _pair(strides), (1, 1), str(layer.padding).lower()
    return None


def _union(reaches: list[Reach]) -> Reach:
    if len(reaches) == 1:
        return reaches[0]
    jump = tuple(max(r.jump[a] for r in reaches) for a in (0, 1))
    first = tuple(min(r.first[a] for r in reaches) for a in (0, 1))
    end = tuple(max(r.first[a] + r.size[a] - 1 for r in reaches) for a in (0, 1))
    size = tuple(end[a] - first[a] + 1 for a in (0, 1))
    return Reach(size, jump, first, all(r.spatial for r in reaches))


def _reach(node: Node, parents: list[Node], reaches: dict[int, Reach | None]) -> Reach | None:
    known = [reaches.get(p.index) for p in parents]
    if not known or any(r is None for r in known):
        return None
    reach = _union(known)
    layer, shape = node.layer, node.shape
    in_shape = parents[0].shape
    window = _window_op(layer)
    if window is not None and len(in_shape) == 3 and reach.spatial:
        kernel, strides, dilation, padding = window
        size, jump, first = [], [], []
        for axis in (0, 1):
            k_eff = dilation[axis] * (kernel[axis] - 1) + 1
            before = 0
            if padding == "same":
                before = padding_amounts(in_shape[axis], k_eff, strides[axis], "same")[0]
            size.append(reach.size[axis] + (k_eff - 1) * reach.jump[axis])
            first.append(reach.first[axis] - before * reach.jump[axis])
            jump.append(reach.jump[axis] * strides[axis])
        return Reach(tuple(size), tuple(jump), tuple(first))
    name = type(layer).__name__
    if name in ("ZeroPadding2D", "Cropping2D") and reach.spatial:
        amounts = layer.padding if name == "ZeroPadding2D" else layer.cropping
        sign = -1 if name == "ZeroPadding2D" else 1
        top, left = int(amounts[0][0]), int(amounts[1][0])
        first = (
            reach.first[0] + sign * top * reach.jump[0],
            reach.first[1] + sign * left * reach.jump[1],
        )
        return Reach(reach.size, reach.jump, first)
    if len(shape) != 3:  # flattened, pooled globally or dense: every cell of the input map
        if not reach.spatial or len(in_shape) != 3:
            return reach
        size = tuple(reach.size[a] + (in_shape[a] - 1) * reach.jump[a] for a in (0, 1))
        return Reach(size, reach.jump, reach.first, spatial=False)
    if len(in_shape) == 3 and shape[:2] == in_shape[:2]:
        return reach  # element-wise: activation, batch norm, addition, 1×1 work…
    return None  # a change of size this table does not know (upsampling, transposed conv)


# ------------------------------------------------------------------------------ counting
def _count(node: Node, parents: list[Node]) -> tuple[int, int, str, str]:
    """``(multiplications, textbook count, formula, textbook formula)`` of one layer."""
    layer, shape = node.layer, node.shape
    if not parents or any(s is None for s in shape):
        return 0, 0, "", ""
    in_shape = parents[0].shape
    name = type(layer).__name__
    bias = 1 if getattr(layer, "use_bias", False) else 0
    if name in ("Conv2D", "DepthwiseConv2D") and len(shape) == 3:
        kh, kw = _pair(layer.kernel_size)
        height, width, out_channels = shape
        if name == "Conv2D":
            per = kh * kw * (in_shape[2] // max(1, int(getattr(layer, "groups", 1))))
        else:
            per = kh * kw
        products = height * width * out_channels * per
        textbook = height * width * out_channels * (per + bias)
        return (
            products,
            textbook,
            f"{height}×{width}×{per}×{out_channels}",
            f"{height}×{width}×{per + bias}×{out_channels}",
        )
    if name == "SeparableConv2D" and len(shape) == 3:
        kh, kw = _pair(layer.kernel_size)
        height, width, out_channels = shape
        middle = in_shape[2] * int(layer.depth_multiplier)
        products = height * width * (middle * kh * kw + out_channels * middle)
        return products, products + bias * height * width * out_channels, "", ""
    if name == "Dense":
        inputs, units = int(in_shape[-1]), int(shape[-1])
        spots = 1
        for s in shape[:-1]:
            spots *= int(s)
        return (
            spots * inputs * units,
            spots * (inputs + bias) * units,
            f"{inputs}×{units}",
            f"{inputs + bias}×{units}",
        )
    if name in ("BatchNormalization", "Rescaling", "Normalization"):
        values = 1
        for s in shape:
            values *= int(s)
        return values, values, "", ""
    return 0, 0, "", ""


def _settings(layer) -> tuple[tuple[int, int] | None, tuple[int, int] | None, str]:
    window = _window_op(layer)
    if window is None:
        return None, None, ""
    kernel, strides, _, padding = window
    return kernel, strides, padding


def _parameters(layer) -> int:
    try:
        return int(layer.count_params())
    except ValueError:  # not built
        return 0


def table_of(graph: FlatGraph) -> LayerTable:
    """The layer table of a flattened model (:func:`~visionagent.core.inspector.graph.flatten`)."""
    reaches: dict[int, Reach | None] = {0: INPUT_REACH}
    input_node = graph.nodes[0]
    rows = [LayerInfo(0, "input", "input", "input", input_node.shape, reach=INPUT_REACH)]
    for node in graph.nodes[1:]:
        parents = [graph.nodes[i] for i in node.inputs]
        reaches[node.index] = _reach(node, parents, reaches)
        multiplications, textbook, formula, textbook_formula = _count(node, parents)
        kernel, strides, padding = _settings(node.layer)
        rows.append(
            LayerInfo(
                index=node.index,
                name=node.name,
                path=node.path,
                kind=kinds.kind_of(node.layer),
                output_shape=node.shape,
                parameters=_parameters(node.layer),
                reach=reaches[node.index],
                multiplications=multiplications,
                textbook_multiplications=textbook,
                formula=formula,
                textbook_formula=textbook_formula,
                activation=kinds.activation_name(node.layer),
                kernel_size=kernel,
                strides=strides,
                padding=padding,
                scope=node.scope,
            )
        )
    nested = graph.nested_models()
    return LayerTable(
        graph.model.name,
        graph.input_shape,
        rows,
        members=nested if len(nested) > 1 else [],
    )


def layer_table(model, input_shape: tuple[int, ...] | None = None) -> LayerTable:
    """The layer table of any Keras model the registry can load (no input needed).

    ``input_shape`` (H, W, C) tabulates the model at another input size (shapes, receptive
    fields and multiplications follow); it is required for models with inputs of any size.
    """
    from visionagent.core.inspector.graph import flatten

    return table_of(flatten(model, input_shape))


def architecture_table(
    arch: str, input_shape: tuple[int, ...], num_classes: int = 10, **options
) -> LayerTable:
    """The layer table of a trainer architecture (``"lenet5"``, ``"cnn-v2"``…) for an input
    shape, built with random weights (``transfer`` builds its backbone without ImageNet
    weights unless ``weights`` is given)."""
    from visionagent.core.training import build_model

    if arch == "transfer":
        options.setdefault("weights", None)
    return layer_table(build_model(arch, tuple(input_shape), num_classes, **options))

"""Any Keras model as one flat graph of its innermost layers.

A model that contains models (the shipped digits ensemble of three sub-models, a transfer model
with its backbone as one layer) hides the layers inside: ``keras.Model(model.inputs,
inner_layer.output)`` fails with "Graph disconnected", because the inner layer's output belongs to
the sub-model's own graph (tf-keras-vis #36/#63/#71/#84). :func:`flatten` instead calls every
innermost layer again, in the order the models call them, on a fresh symbolic input: the result
is one graph from that input through every layer, sharing the model's weights, from which a probe
model can return any layer's output — or a Grad-CAM model a feature map and the class score.

Sequential models are walked layer by layer; functional models through Keras's own graph runner
(``Functional._run_through_graph``, which ``Functional.call`` uses), so branches and merges
(EfficientNet's residual additions) come out as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from visionagent.i18n import translate


@dataclass
class Node:
    """One call of an innermost layer (or the input, node 0)."""

    index: int
    path: str  # "member_1/conv2d": the nested models' names, then the layer's
    layer: Any  # the Keras layer (None for the input)
    inputs: list[int]  # indices of the nodes whose outputs it takes
    output: Any  # its symbolic output (a KerasTensor)
    scope: tuple[str, ...] = ()  # names of the models it sits in, outermost first

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def shape(self) -> tuple[int | None, ...]:
        """Output shape without the batch axis."""
        return tuple(None if s is None else int(s) for s in self.output.shape[1:])


@dataclass
class FlatGraph:
    """The model's input, every innermost layer call in order, and the final output."""

    model: Any
    input: Any
    output: Any
    nodes: list[Node] = field(default_factory=list)

    @property
    def input_shape(self) -> tuple[int, ...]:
        return self.nodes[0].shape

    def node(self, name: str) -> Node:
        """The node called ``name`` (a layer name or a path such as ``member_1/conv2d``)."""
        for node in self.nodes:
            if name in (node.path, node.name):
                return node
        raise KeyError(name)

    def nested_models(self) -> list[str]:
        """Names of the models nested directly in the top model, in call order."""
        seen: list[str] = []
        for node in self.nodes:
            if node.scope and node.scope[0] not in seen:
                seen.append(node.scope[0])
        return seen

    def probe(self, nodes: list[Node]):
        """A Keras model from the input to the outputs of ``nodes`` and the final output."""
        from visionagent.core import backend

        keras = backend.keras()
        return keras.Model(self.input, [n.output for n in nodes] + [self.output])


def _flat(items) -> list:
    if isinstance(items, (list, tuple)):
        return [x for item in items for x in _flat(item)]
    if isinstance(items, dict):
        return [x for item in items.values() for x in _flat(item)]
    return [items]


def flatten(model, input_shape: tuple[int, ...] | None = None) -> FlatGraph:
    """Re-call every innermost layer of ``model`` on a fresh ``keras.Input``.

    ``input_shape`` (without batch) replaces the model's own, e.g. to tabulate an architecture
    at another resolution; it is required when the model's input has unknown sizes. Raises
    ``ValueError`` for models that cannot be walked (several inputs, subclassed models).
    """
    from visionagent.core import backend

    keras = backend.keras()
    inputs = getattr(model, "inputs", None)
    if inputs is None or len(inputs) != 1:
        raise ValueError(
            translate(
                "Inspector",
                "The model {name} must have exactly one input to be inspected.",
            ).format(name=getattr(model, "name", "?"))
        )
    shape = tuple(input_shape) if input_shape is not None else tuple(inputs[0].shape[1:])
    if any(s is None for s in shape):
        raise ValueError(
            translate(
                "Inspector",
                "The model {name} takes inputs of any size; give an input shape to inspect it.",
            ).format(name=model.name)
        )
    source = keras.Input(shape=tuple(int(s) for s in shape), name="image")
    graph = FlatGraph(model, source, None, [Node(0, "input", None, [], source)])
    producer: dict[int, int] = {id(source): 0}
    calls: dict[str, int] = {}

    def enter(model, args, scope: tuple[str, ...]):
        """Run the layers inside ``model`` (named ``scope``) on ``args``."""
        if isinstance(model, keras.Sequential):
            x = args[0]
            for sub in model.layers:
                x = call(sub, (x,), {}, scope)
            return x
        if not hasattr(model, "_run_through_graph"):
            raise ValueError(
                translate(
                    "Inspector", "The layers inside {name} cannot be listed (a subclassed model)."
                ).format(name=model.name)
            )
        feed = args[0] if len(args) == 1 else list(args)
        out = model._run_through_graph(
            feed, operation_fn=lambda op: lambda *a, **k: call(op, a, k, scope)
        )
        return out[0] if isinstance(out, (list, tuple)) and len(out) == 1 else out

    def call(layer, args, kwargs, scope: tuple[str, ...]):
        if isinstance(layer, keras.layers.InputLayer):
            return args[0]
        if isinstance(layer, keras.Model):
            return enter(layer, args, (*scope, layer.name))
        out = layer(*args, **kwargs)
        sources = [producer[id(t)] for t in _flat(args) if id(t) in producer]
        index = len(graph.nodes)
        path = "/".join((*scope, layer.name))
        calls[path] = calls.get(path, 0) + 1
        if calls[path] > 1:  # a shared layer called again
            path = f"{path}#{calls[path]}"
        graph.nodes.append(Node(index, path, layer, sources, out, scope))
        for tensor in _flat(out):
            producer[id(tensor)] = index
        return out

    graph.output = enter(model, (source,), ())
    if isinstance(graph.output, (list, tuple)):
        graph.output = graph.output[0]
    return graph

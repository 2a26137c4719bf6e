"""The architecture gallery: LeNet-5 to EfficientNet, what each introduced and what it costs.

Each entry of :data:`ENTRIES` (name, year, idea, input) comes with its numbers: parameters,
multiplications for one input, depth. The numbers are those of the inspector's static layer
table (:func:`visionagent.core.inspector.layer_table`: one source for parameters and
multiplications) of the network built with random weights — nothing is downloaded.

Building a network takes seconds and memory (measured with TensorFlow loaded, 2 CPU cores:
1 to 4 s each; VGG16 holds about 1.3 GB while it is built, AlexNet 0.45 GB, the others under
0.2 GB; only the table stays cached), so nothing is built at start-up: :func:`summaries`
answers from a small precomputed table (:mod:`.precomputed`, checked against fresh computations
by the tests), and :func:`details` builds one network on request — one at a time, under a lock
— for its layer table, caching what it computed in memory.

Two depths: ``depth`` counts the layers that hold weights (convolutions, dense and
batch-normalization layers), as Keras' applications table — the textbook's fig. 8-22 — counts
them (VGG16 16, ResNet50 107, DenseNet121 242); ``longest_path`` counts the convolution and
dense layers on the longest way from input to output (not through SE gates), the number in a
name such as ResNet-50.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from visionagent.core.gallery.entries import ENTRIES, ENTRY_BY_NAME, Entry
from visionagent.i18n import translate

PATH_KINDS = ("Conv2D", "DepthwiseConv2D", "SeparableConv2D", "Dense")


class UnknownArchitecture(ValueError):
    """A name that is neither in the gallery nor a trainer architecture."""


@dataclass(frozen=True)
class Numbers:
    """What one network costs."""

    parameters: int
    multiplications: int  # products of an input value and a weight for one input
    depth: int  # layers holding weights, as Keras' applications table counts them
    longest_path: int  # convolution and dense layers on the longest input-to-output path

    def to_json(self) -> dict[str, int]:
        return {
            "parameters": self.parameters,
            "multiplications": self.multiplications,
            "depth": self.depth,
            "longest_path": self.longest_path,
        }


@dataclass
class Details:
    """A network's layer table and numbers (``entry`` is None for a trainer architecture that
    is not in the gallery, such as ``mini-resnet``)."""

    name: str
    entry: Entry | None
    table: Any  # visionagent.core.inspector.LayerTable
    numbers: Numbers


_lock = threading.Lock()
_computed: dict[tuple[str, tuple[int, ...] | None], Details] = {}


def names() -> list[str]:
    return [entry.name for entry in ENTRIES]


def entry(name: str) -> Entry:
    try:
        return ENTRY_BY_NAME[name]
    except KeyError:
        raise UnknownArchitecture(
            translate("Gallery", "Unknown architecture {name!r}; choose one of {names}.").format(
                name=name, names=", ".join(names())
            )
        ) from None


# ------------------------------------------------------------------ building
def build(name: str):
    """The gallery network ``name`` with random weights (never downloads)."""
    from visionagent.core import backend

    item = entry(name)
    keras = backend.keras()
    kind, _, what = item.source.partition(":")
    if kind == "trainer":
        from visionagent.core.training import build_model

        return build_model(what, item.input_shape, item.classes)
    if kind == "keras":
        return getattr(keras.applications, what)(weights=None, classes=item.classes)
    from visionagent.core.gallery import networks

    if what == "alexnet":
        return networks.alexnet(keras, item.classes)
    if what == "googlenet":
        return networks.googlenet(keras, item.classes)
    if what == "resnet34":
        return networks.resnet34(keras, item.classes)
    if what == "se-resnet50":
        return networks.resnet50(keras, item.classes, se=True)
    if what == "efficientnet-lite0":
        from visionagent.core import efficientnet_lite

        return efficientnet_lite.efficientnet_lite0(include_top=True, num_classes=item.classes)
    raise UnknownArchitecture(what)


def numbers_of(graph, table) -> Numbers:
    """The :class:`Numbers` of a flattened model and its layer table."""
    seen: set[int] = set()
    depth = 0
    for node in graph.nodes[1:]:
        if id(node.layer) not in seen and node.layer.weights:
            depth += 1
        seen.add(id(node.layer))
    longest = [0] * len(graph.nodes)
    for node in graph.nodes[1:]:
        inputs = node.inputs
        if type(node.layer).__name__ == "Multiply" and inputs:
            inputs = inputs[:1]  # an SE gate scales the features; it is not on their path
        before = max((longest[i] for i in inputs), default=0)
        longest[node.index] = before + (type(node.layer).__name__ in PATH_KINDS)
    last = next((n.index for n in reversed(graph.nodes) if n.output is graph.output), None)
    return Numbers(
        parameters=int(graph.model.count_params()),
        multiplications=int(table.total_multiplications()),
        depth=depth,
        longest_path=max(longest) if last is None else longest[last],
    )


def _tabulate(model) -> tuple[Any, Numbers]:
    from visionagent.core.inspector.graph import flatten
    from visionagent.core.inspector.table import table_of

    graph = flatten(model)
    table = table_of(graph)
    return table, numbers_of(graph, table)


def details(name: str, input_shape: tuple[int, ...] | None = None, state=None) -> Details:
    """Build ``name`` (a gallery network, or a trainer architecture at ``input_shape``, default
    28×28×1) and tabulate it; cached in memory. ``state`` may cancel before the build.

    ``input_shape`` is ignored for gallery networks that the trainer cannot build (VGG16…).
    """
    from visionagent.core.training import ARCHITECTURES

    # a trainer architecture at another input is built by the trainer (lenet5 on 32×32×3)
    known = name in ENTRY_BY_NAME and (input_shape is None or name not in ARCHITECTURES)
    if name not in ENTRY_BY_NAME and name not in ARCHITECTURES:
        raise UnknownArchitecture(
            translate("Gallery", "Unknown architecture {name!r}; choose one of {names}.").format(
                name=name,
                names=", ".join([*names(), *(a for a in ARCHITECTURES if a not in ENTRY_BY_NAME)]),
            )
        )
    shape = None if known else tuple(int(s) for s in (input_shape or (28, 28, 1)))
    key = (name, shape)
    with _lock:
        if key in _computed:
            return _computed[key]
        if state is not None:
            state.check()
        if known:
            table, numbers = _tabulate(build(name))
        else:
            from visionagent.core.training import build_model

            options = {"weights": None} if name == "transfer" else {}
            table, numbers = _tabulate(build_model(name, shape, 10, **options))
        found = Details(name, ENTRY_BY_NAME.get(name), table, numbers)
        _computed[key] = found
        return found


def gallery_job(state, name: str) -> Details:
    """The GUI's job: :func:`details` of one network in a worker thread."""
    return details(name, state=state)


# ------------------------------------------------------------------ summaries
def numbers(name: str, compute: bool = False) -> Numbers:
    """The numbers of gallery network ``name``: precomputed, or computed when ``compute`` is
    set or the table has none (then cached)."""
    from visionagent.core.gallery.precomputed import PRECOMPUTED

    entry(name)
    if not compute and name in PRECOMPUTED:
        return Numbers(**PRECOMPUTED[name])
    return details(name).numbers


def summary(name: str, compute: bool = False) -> dict[str, Any]:
    """One gallery entry as JSON: ``{"name", "title", "parameters", "multiplications",
    "depth", "longest_path", "input_shape", "classes", "year", "idea", "trainable_here",
    "try_here"}`` (the idea in the UI language)."""
    item = entry(name)
    counted = numbers(name, compute=compute)
    return {
        "name": item.name,
        "title": item.title,
        "parameters": counted.parameters,
        "multiplications": counted.multiplications,
        "depth": counted.depth,
        "longest_path": counted.longest_path,
        "input_shape": list(item.input_shape),
        "classes": item.classes,
        "year": item.year,
        "idea": item.idea_text(),
        "trainable_here": item.trainable_here,
        "try_here": item.try_here,
    }


def summaries(compute: bool = False) -> list[dict[str, Any]]:
    """Every gallery entry as JSON, in the order of the story."""
    return [summary(item.name, compute=compute) for item in ENTRIES]


__all__ = [
    "ENTRIES",
    "Details",
    "Entry",
    "Numbers",
    "UnknownArchitecture",
    "build",
    "details",
    "entry",
    "gallery_job",
    "names",
    "numbers",
    "numbers_of",
    "summaries",
    "summary",
]

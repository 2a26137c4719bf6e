"""Inside a model for one input: every layer's feature maps, receptive fields, arithmetic and the
prediction, for any model the registry can load.

:class:`Inspector` wraps a model once (flattened, see :mod:`.graph`; the shipped EfficientNet-Lite0
with its batch normalisation folded into the convolutions, the same function in fewer steps) and
answers many questions cheaply: :meth:`~Inspector.run` gets all the maps of one input from one
``tf.function`` with a fixed input signature, :meth:`~Inspector.window` the receptive field of a
map cell, :meth:`~Inspector.explain_first_cell` the products and sum behind a cell of the first
convolution (:func:`visionagent.core.filters.explain_cell`), :meth:`~Inspector.gradcam` where the
model looked, and :meth:`~Inspector.set_epoch` replays the weights saved after an epoch.

An ensemble (the shipped digits model averages three sub-models) is shown one member at a time:
``member`` picks it (0 = the first) and :meth:`~Inspector.member_note` says which.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from visionagent.core.inspector import kinds
from visionagent.core.inspector.graph import FlatGraph, flatten
from visionagent.core.inspector.inputs import ModelInput, crop_of, prepare, takes_0_255
from visionagent.core.inspector.table import LayerInfo, LayerTable, table_of
from visionagent.i18n import translate


@dataclass
class Prediction:
    probabilities: np.ndarray  # (classes,)
    class_names: list[str]

    @property
    def best(self) -> int:
        return int(np.argmax(self.probabilities))

    def top(self, count: int = 5) -> list[tuple[int, str, float]]:
        order = np.argsort(-self.probabilities)[:count]
        return [(int(i), self.name(int(i)), float(self.probabilities[i])) for i in order]

    def name(self, index: int) -> str:
        return self.class_names[index] if index < len(self.class_names) else str(index)

    def to_json(self, count: int = 5) -> dict[str, Any]:
        best = self.best
        return {
            "class": self.name(best),
            "index": best,
            "probability": round(float(self.probabilities[best]), 6),
            "top": [
                {"class": name, "index": i, "probability": round(p, 6)}
                for i, name, p in self.top(count)
            ],
        }


@dataclass
class Inspection:
    """What one input did inside the model: the shown layers with their maps, the prediction."""

    model: str
    input: ModelInput
    layers: list[LayerInfo]
    prediction: Prediction
    member: str = ""  # the ensemble member shown, "" for a single model
    note: str = ""
    epoch: int | None = None  # the replayed epoch, None for the saved weights
    extras: dict[str, Any] = field(default_factory=dict)

    def layer(self, name: str) -> LayerInfo:
        for info in self.layers:
            if name in (info.name, info.path):
                return info
        raise KeyError(name)

    def convolutions(self) -> list[LayerInfo]:
        return [info for info in self.layers if info.kind in kinds.CONV_KINDS]


class Inspector:
    """One model, ready to be looked inside (see the module docstring)."""

    def __init__(
        self,
        model,
        info=None,
        member: int = 0,
        fold_batch_norm: bool = True,
        input_shape: tuple[int, ...] | None = None,
    ):
        self.info = info
        self.name = info.name if info is not None else model.name
        self.original = model
        self.note = ""
        if fold_batch_norm and _is_efficientnet_lite(model, info):
            from visionagent.core import efficientnet_lite

            model = efficientnet_lite.fold_batch_norm(model)
            self.note = translate(
                "Inspector",
                "Batch normalisation is folded into the convolution before it (the same outputs "
                "in fewer steps).",
            )
        self.model = model
        self._input_shape = input_shape
        self._lock = threading.Lock()
        self._replay = None  # a copy of the model holding an epoch's weights
        self.epoch: int | None = None
        self._build(model)
        if not 0 <= member < max(1, len(self.table.members)):
            raise ValueError(
                translate(
                    "Inspector", "The model has {count} member(s); there is no member {k}."
                ).format(count=max(1, len(self.table.members)), k=member)
            )
        self.member = member
        shape = self.graph.input_shape
        self.preprocessing = _preprocessing(info, shape)
        self.value_max = 255.0 if takes_0_255(model) else 1.0
        self.class_names = list(info.class_names) if info is not None else []

    # ------------------------------------------------------------------ construction
    def _build(self, model) -> None:
        self.graph: FlatGraph = flatten(model, self._input_shape)
        self.table: LayerTable = table_of(self.graph)
        self._probe = None
        self._cam = None

    @classmethod
    def from_registry(cls, registry, name: str, member: int = 0) -> Inspector:
        """Load ``name`` from ``registry`` (raises the registry's ModelError)."""
        model, info = registry.load(name)
        return cls(model, info, member=member)

    # ------------------------------------------------------------------ members and layers
    @property
    def members(self) -> list[str]:
        return self.table.members

    @property
    def member_name(self) -> str:
        return self.members[self.member] if self.members else ""

    def member_note(self) -> str:
        """Which sub-model is shown, for an ensemble (else ``""``)."""
        if not self.members:
            return ""
        return translate(
            "Inspector",
            "An ensemble of {count} sub-models whose answers are averaged; showing member "
            "{number} of {count} ({name}).",
        ).format(count=len(self.members), number=self.member + 1, name=self.member_name)

    def shown(self, info: LayerInfo) -> bool:
        """Whether a layer belongs to the view: every layer, or for an ensemble the layers
        outside the members and those of the chosen member."""
        if not self.members or not info.scope or info.scope[0] not in self.members:
            return True
        return info.scope[0] == self.member_name

    def layers(self) -> list[LayerInfo]:
        """The layer table of the shown layers (no maps)."""
        return [dataclasses.replace(info) for info in self.table.layers if self.shown(info)]

    def layer(self, name: str) -> LayerInfo:
        for info in self.layers():
            if name in (info.name, info.path):
                return info
        raise KeyError(name)

    def first_convolution(self) -> LayerInfo | None:
        for info in self.layers():
            if info.kind in kinds.CONV_KINDS:
                return info
        return None

    # ------------------------------------------------------------------ one input
    def prepare(self, image: np.ndarray) -> ModelInput:
        """``image`` prepared the way the model's metadata says (see :mod:`.inputs`)."""
        return prepare(
            image, self.preprocessing, self.graph.input_shape, self.value_max, crop_of(self.info)
        )

    def _probe_nodes(self) -> list[int]:
        wanted = [info.index for info in self.layers() if info.has_maps]
        first = self.first_convolution()
        if first is not None:
            wanted.extend(self.graph.nodes[first.index].inputs[:1])
        return sorted(set(wanted) - {0})

    def _probe_fn(self):
        if self._probe is None:
            from visionagent.core import backend

            tf = backend.tf()
            indices = self._probe_nodes()
            probe = self.graph.probe([self.graph.nodes[i] for i in indices])
            spec = tf.TensorSpec((1, *self.graph.input_shape), tf.float32, name="image")

            def run(x):
                return probe(x, training=False)

            self._probe = (indices, tf.function(run, input_signature=[spec]))
        return self._probe

    def warm_up(self) -> None:
        """Trace the probe once (the first call of a tf.function is slow)."""
        self.outputs(np.zeros((1, *self.graph.input_shape), np.float32))

    def outputs(self, batch: np.ndarray) -> tuple[dict[int, np.ndarray], np.ndarray]:
        """``({node index: output[0]}, final output[0])`` for a prepared batch of one."""
        with self._lock:
            indices, function = self._probe_fn()
            values = function(np.asarray(batch, np.float32).reshape(1, *self.graph.input_shape))
        if not isinstance(values, (list, tuple)):  # a model without maps: Keras returns one tensor
            values = [values]
        values = [np.asarray(v)[0] for v in values]
        return dict(zip(indices, values[:-1], strict=True)), values[-1]

    def run(self, image: np.ndarray | ModelInput, layer: str | None = None) -> Inspection:
        """Feature maps of every shown layer (or only ``layer``) and the prediction."""
        model_input = image if isinstance(image, ModelInput) else self.prepare(image)
        outputs, final = self.outputs(model_input.batch)
        rows = self.layers()
        if layer is not None:
            rows = [r for r in rows if layer in (r.name, r.path)]
            if not rows:
                raise ValueError(
                    translate("Inspector", "The model {model} has no layer called {name}.").format(
                        model=self.name, name=layer
                    )
                )
        for row in rows:
            if row.index in outputs and row.has_maps:
                row.maps = outputs[row.index].astype(np.float32)
        final = np.asarray(final, np.float64).reshape(-1)
        if final.size > 1 and not _are_probabilities(final):
            final = np.exp(final - final.max())
            final /= final.sum()
        first = self.first_convolution()
        extras = {}
        if first is not None:
            parent = self.graph.nodes[first.index].inputs[0]
            extras["first_input"] = (
                model_input.batch[0] if parent == 0 else outputs[parent].astype(np.float32)
            )
        return Inspection(
            model=self.name,
            input=model_input,
            layers=rows,
            prediction=Prediction(final, self.class_names),
            member=self.member_name,
            note=" ".join(t for t in (self.member_note(), self.note) if t),
            epoch=self.epoch,
            extras=extras,
        )

    # ------------------------------------------------------------------ receptive fields
    def window(self, layer: str, row: int, col: int) -> tuple[int, int, int, int]:
        """``(top, left, bottom, right)`` input pixels (inclusive, clipped to the input) that map
        cell (row, col) of ``layer`` sees."""
        info = self.table.layer(layer)
        shape = info.output_shape
        if info.reach is None or not info.reach.spatial or len(shape) != 3:
            raise ValueError(
                translate("Inspector", "The layer {name} has no map cells.").format(name=layer)
            )
        if not (0 <= row < shape[0] and 0 <= col < shape[1]):
            raise ValueError(
                translate("Inspector", "The layer {name} has no cell ({row}, {col}).").format(
                    name=layer, row=row, col=col
                )
            )
        top, left, bottom, right = info.reach.window(row, col)
        height, width = self.graph.input_shape[:2]
        return max(top, 0), max(left, 0), min(bottom, height - 1), min(right, width - 1)

    def explain_first_cell(self, inspection: Inspection, filter_index: int, row: int, col: int):
        """Products, bias and sum behind cell (row, col) of map ``filter_index`` of the first
        convolution (a :class:`visionagent.core.filters.CellTerms`)."""
        from visionagent.core import filters

        info = self.first_convolution()
        if info is None or info.kind not in ("conv", "conv_1x1"):
            raise ValueError(
                translate("Inspector", "The model's first convolution cannot be written out.")
            )
        layer = self.graph.nodes[info.index].layer
        weights = [np.asarray(w) for w in layer.get_weights()]
        bias = weights[1] if len(weights) > 1 else None
        padding = str(layer.padding).lower()
        return filters.explain_cell(
            inspection.extras["first_input"],
            weights[0],
            bias,
            tuple(int(s) for s in layer.strides),
            padding,
            "zero",
            filter_index,
            row,
            col,
        )

    # ------------------------------------------------------------------ Grad-CAM
    def gradcam(self, model_input: ModelInput, class_index: int | None = None, method="auto"):
        """Grad-CAM of ``class_index`` (default: the predicted class) in the shown member."""
        from visionagent.core.cam import CamExplainer

        if class_index is None:
            _, final = self.outputs(model_input.batch)
            class_index = int(np.argmax(final))
        with self._lock:
            if self._cam is None:
                scope = (self.member_name,) if self.members else ()
                self._cam = CamExplainer(self.model, scope=scope, graph=self.graph)
            return self._cam(model_input.batch, class_index, method)

    # ------------------------------------------------------------------ epoch replay
    def epochs(self) -> list[int]:
        """Epochs whose weights were saved with the model (empty when none)."""
        if self.info is None:
            return []
        from visionagent.core.training import snapshot_epochs_of

        return list(snapshot_epochs_of(self.info))

    def set_weights(self, weights: list[np.ndarray] | None, epoch: int | None = None) -> None:
        """Inspect with ``weights`` (``model.get_weights()`` order of the registry's model);
        ``None`` returns to the saved weights. The registry's model is never changed."""
        with self._lock:
            if weights is None:
                if self._replay is not None:
                    self._replay.set_weights(self.original.get_weights())
                    self._refold()
                self.epoch = None
                return
            replay = self._replay_model()
            expected = [tuple(w.shape) for w in replay.weights]
            if [tuple(np.shape(w)) for w in weights] != expected:
                raise ValueError(
                    translate("Inspector", "These weights do not fit the model {name}.").format(
                        name=self.name
                    )
                )
            replay.set_weights([np.asarray(w) for w in weights])
            self._refold()
            self.epoch = epoch

    def set_epoch(self, epoch: int | None) -> None:
        """Inspect with the weights saved after ``epoch`` (from 1), or the final ones (None)."""
        if epoch is None:
            self.set_weights(None)
            return
        if self.info is None:
            raise ValueError(translate("Inspector", "Only a saved model has epoch snapshots."))
        from visionagent.core import training

        with self._lock:
            replay = self._replay_model()
            training.load_snapshot(self.info, int(epoch), replay)
            self._refold()
            self.epoch = int(epoch)

    def _replay_model(self):
        """A copy of the registry's model (built once), which epoch weights go into."""
        if self._replay is None:
            from visionagent.core import backend

            keras = backend.keras()
            replay = keras.models.clone_model(self.original)
            replay.set_weights(self.original.get_weights())
            self._replay = replay
            if self.model is self.original:
                self.model = replay
                self._build(replay)
        return self._replay

    def _refold(self) -> None:
        """After new weights: fold them again when the inspected model is a folded copy."""
        if self.model is self._replay:
            return
        from visionagent.core import efficientnet_lite

        folded = efficientnet_lite.fold_batch_norm(self._replay)
        self.model.set_weights(folded.get_weights())


def _is_efficientnet_lite(model, info) -> bool:
    if info is not None and str(info.meta.get("architecture", "")).startswith("efficientnet_lite"):
        return True
    names = {layer.name for layer in getattr(model, "layers", [])}
    return {"stem_conv", "stem_bn", "top_activation"} <= names


def _are_probabilities(values: np.ndarray) -> bool:
    """True for a softmax output (or a mean of several): non-negative, summing to 1."""
    return bool(values.min() >= 0.0 and abs(float(values.sum()) - 1.0) < 1e-3)


def _preprocessing(info, shape: tuple[int, ...]) -> str:
    """The model's preprocessing id; without metadata a guess from the input shape."""
    if info is not None:
        return info.preprocessing
    if tuple(shape) == (28, 28, 1):
        return "mnist"
    return "efficientnet_lite" if shape[-1] == 3 and shape[0] >= 96 else "scale01"


# ------------------------------------------------------------------------------ jobs
def load_inspector(state, registry, name: str, member: int = 0) -> Inspector:
    """Job: load ``name`` from ``registry``, wrap it and trace its probe once (worker thread)."""
    state.progress(0.1, translate("Inspector", "Loading the model…"))
    model, info = registry.load(name)
    state.check()
    inspector = Inspector(model, info, member=member)
    state.check()
    state.progress(0.6, translate("Inspector", "Warming up…"))
    inspector.warm_up()
    state.progress(1.0, "")
    return inspector


def inspect_image(state, inspector: Inspector, image, layer: str | None = None) -> Inspection:
    """Job: one input through an :class:`Inspector` (a drawing, a photo, a data-set sample)."""
    state.check()
    return inspector.run(image, layer=layer)

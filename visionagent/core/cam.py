"""Where did the model look? Grad-CAM for any Keras model, Score-CAM where gradients cannot reach.

Grad-CAM (Selvaraju et al. 2017) weighs each map ``A_k`` of a convolutional feature layer by the
mean gradient of the class score over that map and keeps the positive part of ``Σ_k w_k·A_k``.
The score is the class's logit before the softmax when the model ends with one (a Dense layer
with a softmax activation, or a softmax layer after the logits), else the model's output.

The gradient path needs one graph from the input through the feature layer to the score. A
backbone nested in a transfer model, or the members of an ensemble, hide their layers in their
own graphs ("Graph disconnected" in tf-keras-vis #36/#63/#71/#84); the model is therefore
flattened first (:func:`visionagent.core.inspector.graph.flatten`), which calls every innermost
layer again on one fresh input, sharing the weights.

Score-CAM (Wang et al. 2020) needs no gradient: each of the strongest maps, stretched over the
input and scaled to 0…1, masks the input; the class probability of the masked input weighs the
map. It takes one forward pass per map (the strongest :data:`SCORE_CAM_MAPS` only), so it is the
fallback for models whose gradients are zero or undefined at the feature layer (a stop-gradient,
a rounding or lookup step between features and score).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from visionagent.i18n import translate

METHODS = ("auto", "grad-cam", "score-cam")
FEATURE_LAYER = "top_activation"  # the shipped EfficientNet-Lite0's last feature map
SCORE_CAM_MAPS = 32
SCORE_CAM_BATCH = 8
_NOT_FEATURES = ("pooling", "global_pooling", "dropout", "padding", "flatten", "input")


@dataclass
class CamResult:
    """A class activation map at the feature layer's resolution."""

    heatmap: np.ndarray  # (h, w) float32 in 0…1 (1 = the strongest evidence)
    layer: str  # path of the feature layer in the flattened model
    class_index: int
    method: str  # "grad-cam" or "score-cam"
    probability: float  # the model's probability for the class on this input


def feature_node(graph, scope: tuple[str, ...] = (), name: str | None = None):
    """The feature layer of a flattened model: ``name``, else ``top_activation``, else the last
    layer (inside the nested model ``scope`` when given) whose output is a map of at least
    2×2 cells and that is not pooling, dropout or padding."""
    from visionagent.core.inspector.kinds import kind_of

    if name is not None:
        try:
            return graph.node(name)
        except KeyError:
            raise ValueError(
                translate("Cam", "The model has no layer called {name}.").format(name=name)
            ) from None
    candidates = [
        node
        for node in graph.nodes[1:]
        if len(node.shape) == 3
        and node.shape[0] * node.shape[1] >= 4
        and kind_of(node.layer) not in _NOT_FEATURES
        and tuple(node.scope[: len(scope)]) == tuple(scope)
    ]
    for node in candidates:
        if node.name == FEATURE_LAYER:
            return node
    if not candidates:
        raise ValueError(
            translate(
                "Cam",
                "This model has no convolution layer, so Grad-CAM cannot show where it looked.",
            )
        )
    return candidates[-1]


def _ends_with_softmax(layer) -> bool:
    from visionagent.core.inspector.kinds import activation_name

    return activation_name(layer) == "softmax"


def score_tensor(graph):
    """The symbolic class scores: the logits before a final softmax, else the output."""
    from visionagent.core import backend

    keras = backend.keras()
    last = graph.nodes[-1]
    layer = last.layer
    if layer is None or not _ends_with_softmax(layer) or not last.inputs:
        return graph.output
    before = graph.nodes[last.inputs[0]].output
    if type(layer).__name__ == "Dense":
        logits = keras.ops.matmul(before, layer.kernel)
        return logits + layer.bias if layer.use_bias else logits
    return before  # an Activation("softmax") or Softmax layer after the logits


class CamExplainer:
    """Grad-CAM (and Score-CAM) of one model at one feature layer, traced once.

    ``graph`` reuses a flattened model (see :func:`~visionagent.core.inspector.graph.flatten`);
    ``scope`` picks the member of an ensemble whose last feature layer is used; ``layer`` names
    the feature layer. The functions have a fixed input signature (batch 1), so repeated calls
    never retrace.
    """

    def __init__(
        self,
        model,
        layer: str | None = None,
        scope: tuple[str, ...] = (),
        graph=None,
        score_cam_maps: int = SCORE_CAM_MAPS,
    ):
        from visionagent.core import backend
        from visionagent.core.inspector.graph import flatten

        keras, tf = backend.keras(), backend.tf()
        self.graph = graph if graph is not None else flatten(model)
        self.node = feature_node(self.graph, scope, layer)
        self.score_cam_maps = int(score_cam_maps)
        probabilities = self.graph.output
        if not _ends_with_softmax(self.graph.nodes[-1].layer):
            probabilities = keras.ops.softmax(probabilities, axis=-1)
        self._model = keras.Model(
            self.graph.input, [self.node.output, score_tensor(self.graph), probabilities]
        )
        shape = tuple(self.graph.input_shape)
        self.input_shape = shape
        spec = tf.TensorSpec((1, *shape), tf.float32, name="image")
        index_spec = tf.TensorSpec((), tf.int32, name="class_index")
        self._gradients = tf.function(self._grad_cam, input_signature=[spec, index_spec])
        self._forward = tf.function(
            lambda x: self._model(x, training=False),
            input_signature=[tf.TensorSpec((None, *shape), tf.float32, name="images")],
        )

    @property
    def layer(self) -> str:
        return self.node.path

    def _grad_cam(self, x, class_index):
        from visionagent.core import backend

        tf = backend.tf()
        with tf.GradientTape() as tape:
            features, scores, probabilities = self._model(x, training=False)
            score = scores[:, class_index]
        grads = tape.gradient(score, features)
        if grads is None:  # no path at all from the features to the score
            grads = tf.zeros_like(features)
        weights = tf.reduce_mean(grads, axis=(1, 2), keepdims=True)
        cam = tf.nn.relu(tf.reduce_sum(weights * features, axis=-1))[0]
        reach = tf.reduce_max(tf.abs(grads))
        return cam, features[0], reach, probabilities[0, class_index]

    def warm_up(self) -> None:
        """Trace the Grad-CAM function once (the first call of a tf.function is slow)."""
        self._gradients(np.zeros((1, *self.input_shape), np.float32), np.int32(0))

    def __call__(self, batch: np.ndarray, class_index: int, method: str = "auto") -> CamResult:
        """The map for ``class_index`` on ``batch`` (1, H, W, C), as the model takes it."""
        if method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
        batch = np.asarray(batch, np.float32).reshape(1, *self.input_shape)
        index = np.int32(class_index)
        cam, features, reach, probability = self._gradients(batch, index)
        reach = float(reach)
        if method == "grad-cam" or (method == "auto" and np.isfinite(reach) and reach > 0.0):
            heatmap, used = np.asarray(cam, np.float32), "grad-cam"
        else:
            heatmap, used = (
                self._score_cam(batch, np.asarray(features), int(class_index)),
                ("score-cam"),
            )
        heatmap = np.nan_to_num(heatmap, nan=0.0, posinf=0.0, neginf=0.0)
        peak = float(heatmap.max(initial=0.0))
        heatmap = heatmap / peak if peak > 0 else heatmap
        return CamResult(
            heatmap.astype(np.float32), self.layer, int(class_index), used, float(probability)
        )

    def _score_cam(self, batch: np.ndarray, features: np.ndarray, class_index: int) -> np.ndarray:
        height, width = self.input_shape[:2]
        strength = features.reshape(-1, features.shape[-1])
        spread = strength.max(axis=0) - strength.min(axis=0)
        order = [int(k) for k in np.argsort(-strength.max(axis=0)) if spread[k] > 1e-12]
        chosen = order[: self.score_cam_maps]
        if not chosen:
            return np.zeros(features.shape[:2], np.float32)
        masks = []
        for k in chosen:
            plane = features[:, :, k]
            plane = (plane - plane.min()) / (plane.max() - plane.min())
            masks.append(cv2.resize(plane.astype(np.float32), (width, height)))
        weights = []
        for start in range(0, len(masks), SCORE_CAM_BATCH):
            stack = np.stack(masks[start : start + SCORE_CAM_BATCH])[..., None]
            _, _, probabilities = self._forward((batch * stack).astype(np.float32))
            weights.extend(np.asarray(probabilities)[:, class_index].tolist())
        cam = np.tensordot(features[:, :, chosen], np.asarray(weights, np.float32), axes=([2], [0]))
        return np.maximum(cam, 0.0).astype(np.float32)


def gradcam(model, batch: np.ndarray, class_index: int, layer: str | None = None) -> CamResult:
    """One Grad-CAM (Score-CAM when gradients cannot reach) of ``model`` on ``batch``."""
    return CamExplainer(model, layer=layer)(batch, class_index)


# ------------------------------------------------------------------------------ pictures
def expand_heatmap(
    cam: np.ndarray, box: tuple[int, int, int, int], size: tuple[int, int]
) -> np.ndarray:
    """Place a small heatmap, stretched over ``box`` (x, y, w, h), in a zero map of ``size`` (w,
    h)."""
    width, height = size
    x, y, w, h = box
    out = np.zeros((height, width), np.float32)
    out[y : y + h, x : x + w] = cv2.resize(
        cam.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC
    )
    return np.clip(out, 0.0, 1.0)


def overlay_heatmap(image: np.ndarray, heatmap: np.ndarray, alpha: float = 0.45) -> np.ndarray:
    """The photo (RGB uint8) with the heatmap blended in as a JET colour map."""
    if heatmap.shape != image.shape[:2]:
        raise ValueError(f"heatmap {heatmap.shape} does not match the photo {image.shape[:2]}")
    colours = cv2.applyColorMap((heatmap * 255).astype(np.uint8), cv2.COLORMAP_JET)
    colours = cv2.cvtColor(colours, cv2.COLOR_BGR2RGB)
    weight = (alpha * np.clip(heatmap * 1.5, 0, 1))[..., np.newaxis]
    return (
        (image.astype(np.float32) * (1 - weight) + colours.astype(np.float32) * weight)
        .round()
        .astype(np.uint8)
    )

"""Grad-CAM through nested models (the "Graph disconnected" case), the Score-CAM fallback where
gradients cannot reach, and the shipped ImageNet model wrapped inside another model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from visionagent.core import cam

REPO = Path(__file__).resolve().parents[2]


def _keras():
    from visionagent.core import backend

    return backend.keras()


def _nested_transfer(keras, sequential: bool):
    """A tiny transfer model: a backbone model called as one layer, then a head."""
    keras.utils.set_random_seed(5)
    layers = keras.layers
    if sequential:
        backbone = keras.Sequential(
            [
                keras.Input((24, 24, 3)),
                layers.Rescaling(1 / 255.0),
                layers.Conv2D(6, 3, activation="relu", name="c1"),
                layers.Conv2D(8, 3, strides=2, activation="relu", name="c2"),
            ],
            name="backbone",
        )
    else:
        inner = keras.Input((24, 24, 3))
        x = layers.Rescaling(1 / 255.0)(inner)
        x = layers.Conv2D(6, 3, activation="relu", name="c1")(x)
        x = layers.Conv2D(8, 3, strides=2, activation="relu", name="c2")(x)
        backbone = keras.Model(inner, x, name="backbone")
    inputs = keras.Input((24, 24, 3))
    x = layers.GlobalAveragePooling2D(name="head_pool")(backbone(inputs))
    outputs = layers.Dense(4, activation="softmax", name="head_dense")(x)
    return keras.Model(inputs, outputs), backbone


def _reference(keras, backbone, model, x, class_index):
    """Grad-CAM by hand: the backbone's output watched, the head's logits differentiated."""
    import tensorflow as tf

    dense = model.get_layer("head_dense")
    with tf.GradientTape() as tape:
        features = backbone(x, training=False)
        tape.watch(features)
        pooled = keras.ops.mean(features, axis=(1, 2))
        logits = keras.ops.matmul(pooled, dense.kernel) + dense.bias
        score = logits[:, class_index]
    grads = tape.gradient(score, features)
    weights = np.asarray(grads).mean(axis=(1, 2), keepdims=True)
    heatmap = np.maximum((weights * np.asarray(features)).sum(axis=-1), 0.0)[0]
    return heatmap / heatmap.max()


@pytest.mark.parametrize("sequential", [False, True])
@pytest.mark.slow
def test_grad_cam_reaches_into_a_nested_backbone(tf_backend, sequential):
    keras = _keras()
    model, backbone = _nested_transfer(keras, sequential)
    with pytest.raises(ValueError):  # the naive way: the inner layer is in another graph
        keras.Model(model.inputs, backbone.get_layer("c2").output)
    x = np.random.default_rng(0).uniform(0, 255, (1, 24, 24, 3)).astype(np.float32)
    explainer = cam.CamExplainer(model)
    assert explainer.layer == "backbone/c2"
    probabilities = np.asarray(model(x, training=False))[0]
    best = int(np.argmax(probabilities))
    result = explainer(x, best)
    assert result.method == "grad-cam" and result.heatmap.shape == (10, 10)
    assert result.probability == pytest.approx(float(probabilities[best]), abs=1e-5)
    np.testing.assert_allclose(
        result.heatmap, _reference(keras, backbone, model, x, best), atol=1e-4
    )
    other = explainer(x, (best + 1) % 4)  # the same traced function, another class
    assert not np.allclose(other.heatmap, result.heatmap)


def test_score_cam_where_gradients_cannot_reach(tf_backend):
    keras = _keras()
    layers = keras.layers
    inputs = keras.Input((16, 16, 1))
    features = layers.Conv2D(1, 1, use_bias=False, name="features")(inputs)
    blocked = layers.Lambda(lambda t: keras.ops.stop_gradient(t), name="blocked")(features)
    pooled = layers.GlobalAveragePooling2D()(blocked)
    outputs = layers.Dense(2, activation="softmax", name="scores")(pooled)
    model = keras.Model(inputs, outputs)
    model.get_layer("features").set_weights([np.ones((1, 1, 1, 1), np.float32)])
    model.get_layer("scores").set_weights([np.array([[40.0, -40.0]], np.float32), np.zeros(2)])
    x = np.zeros((1, 16, 16, 1), np.float32)
    x[0, 2:7, 9:14] = 1.0  # a bright square: the evidence for class 0
    explainer = cam.CamExplainer(model, layer="features")
    result = explainer(x, 0)
    assert result.method == "score-cam" and result.layer == "features"
    assert result.heatmap.max() == pytest.approx(1.0)
    hot = result.heatmap > 0.5
    assert hot[2:7, 9:14].all() and not hot[8:, :].any() and not hot[:, :8].any()
    assert not explainer(x, 0, method="grad-cam").heatmap.any()  # gradients are zero there
    with pytest.raises(ValueError, match="no layer"):
        cam.CamExplainer(model, layer="nothing")


def test_heatmap_pictures():
    heatmap = cam.expand_heatmap(np.eye(4, dtype=np.float32), (10, 0, 20, 20), (40, 20))
    assert heatmap.shape == (20, 40) and heatmap[:, :10].max() == 0.0 and heatmap.max() > 0.9
    photo = np.full((20, 40, 3), 128, np.uint8)
    overlay = cam.overlay_heatmap(photo, heatmap)
    assert overlay.shape == photo.shape and not np.array_equal(overlay[:, 10:30], photo[:, 10:30])
    assert np.array_equal(overlay[:, :10], photo[:, :10])
    with pytest.raises(ValueError):
        cam.overlay_heatmap(photo, heatmap[:10])


@pytest.fixture(scope="module")
def shipped_imagenet():
    from visionagent.core import backend
    from visionagent.core.registry import ModelRegistry

    backend.load()
    return ModelRegistry.default().load("imagenet_efficientnet_lite0")


@pytest.mark.slow
def test_grad_cam_of_the_shipped_imagenet_model_also_when_nested(shipped_imagenet):
    from visionagent.core.imagenet import prepare_image
    from visionagent.core.images import read_image

    keras = _keras()
    model, _ = shipped_imagenet
    photo = prepare_image(read_image(REPO / "resources" / "samples" / "bullmastiff.jpg"), 224)
    batch = photo.pixels[None]
    best = int(np.argmax(np.asarray(model(batch, training=False))[0]))
    direct = cam.CamExplainer(model)(batch, best)
    assert direct.layer == "top_activation" and direct.method == "grad-cam"
    assert direct.heatmap.shape == (7, 7) and direct.heatmap.max() == pytest.approx(1.0)
    inputs = keras.Input((224, 224, 3))
    wrapper = keras.Model(inputs, model(inputs), name="wrapped")  # the model as one layer
    nested = cam.CamExplainer(wrapper)(batch, best)
    assert nested.layer == f"{model.name}/top_activation" and nested.method == "grad-cam"
    np.testing.assert_allclose(nested.heatmap, direct.heatmap, atol=1e-4)

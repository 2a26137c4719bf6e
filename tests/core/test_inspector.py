"""The model inspector: layer tables against hand-computed values, feature maps, receptive-field
windows, the first convolution's arithmetic, ensembles, epoch replay and the shipped models."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest

from visionagent.core import filters
from visionagent.core.inspector import Inspector, architecture_table, layer_table, prepare
from visionagent.core.inspector.inputs import digit_to_mnist
from visionagent.core.registry import ModelRegistry

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "resources" / "samples"
CONVS = ("conv", "conv_1x1", "depthwise_conv")


def _keras():
    from visionagent.core import backend

    return backend.keras()


def _digit_one() -> np.ndarray:
    """A dark "1" on white paper (the polarity of a scanned page)."""
    page = np.full((120, 90), 255, np.uint8)
    cv2.line(page, (45, 15), (45, 105), 0, 9)
    return page


# ------------------------------------------------------------------ hand-computed tables
def test_lenet5_receptive_fields_jumps_and_multiplications(tf_backend):
    from visionagent.core.training import build_model

    table = layer_table(build_model("lenet5", (28, 28, 1), 10))
    convs = [row for row in table.layers if row.kind == "conv"]
    # conv 5×5 → 5; pool 2 → 6 (jump 2); conv 5×5 → 6 + 4·2 = 14; pool → 16 (jump 4);
    # conv 5×5 → 16 + 4·4 = 32
    assert [row.receptive_field for row in convs] == [5, 14, 32]
    assert [row.jump for row in convs] == [1, 2, 4]
    first = convs[0]
    assert first.output_shape == (28, 28, 6)
    assert first.multiplications == 28 * 28 * 6 * 25 == 117_600
    assert first.formula == "28×28×25×6"
    assert first.textbook_multiplications == 28 * 28 * 6 * (25 + 1)
    assert first.parameters == filters.weight_count(1, 5, 5, 6)
    assert sum(row.parameters for row in table.layers) == 61_706
    dense = table.layers[-1]
    assert dense.kind == "dense" and dense.jump is None and dense.multiplications == 84 * 10


def test_example_8_2_two_layers(tf_backend):
    keras = _keras()
    model = keras.Sequential(
        [
            keras.Input((256, 256, 3)),
            keras.layers.Conv2D(64, 3, strides=2, padding="same", name="first"),
            keras.layers.Conv2D(128, 5, strides=2, padding="same", name="second"),
        ]
    )
    table = layer_table(model)
    first, second = table.layer("first"), table.layer("second")
    assert first.output_shape == (128, 128, 64) and second.output_shape == (64, 64, 128)
    # the textbook counts the bias as one more weight per filter: 3·3·3 + 1 = 28, 5·5·64 + 1
    assert first.textbook_multiplications == 128 * 128 * 28 * 64
    assert second.textbook_multiplications == 64 * 64 * 1601 * 128
    assert first.textbook_formula == "128×128×28×64"
    assert second.textbook_formula == "64×64×1601×128"
    assert first.multiplications == 128 * 128 * 27 * 64
    assert second.parameters == filters.weight_count(64, 5, 5, 128)
    assert (first.receptive_field, first.jump) == (3, 2)
    assert (second.receptive_field, second.jump) == (3 + 4 * 2, 4)


def test_three_3x3_layers_see_7x7_and_a_depthwise_layer_counts_one_kernel_per_channel(tf_backend):
    keras = _keras()
    layers = keras.layers
    model = keras.Sequential(
        [
            keras.Input((32, 32, 8)),
            layers.Conv2D(8, 3, padding="same", name="a"),
            layers.Conv2D(8, 3, padding="same", name="b"),
            layers.Conv2D(8, 3, padding="same", name="c"),
            layers.DepthwiseConv2D(3, strides=2, padding="same", name="dw"),
            layers.Conv2D(16, 1, name="pointwise"),
            layers.Conv2D(4, 3, dilation_rate=2, name="dilated"),
        ]
    )
    table = layer_table(model)
    assert [table.layer(n).receptive_field for n in "abc"] == [3, 5, 7]  # the VGG argument
    dw, pw, dilated = table.layer("dw"), table.layer("pointwise"), table.layer("dilated")
    assert (dw.kind, pw.kind) == ("depthwise_conv", "conv_1x1")
    assert dw.explanation and pw.explanation
    assert dw.multiplications == 16 * 16 * 8 * 9 and dw.receptive_field == 9 and dw.jump == 2
    assert pw.multiplications == 16 * 16 * 16 * 8 and pw.receptive_field == 9
    assert dilated.receptive_field == 9 + (5 - 1) * 2  # a 3×3 kernel with dilation 2 spans 5


def test_a_nested_backbone_is_listed_layer_by_layer_and_shapes_follow_the_input(tf_backend):
    keras = _keras()
    layers = keras.layers
    inner = keras.Input((32, 32, 3))
    x = layers.Conv2D(4, 3, name="c1")(inner)
    x = layers.Conv2D(6, 3, strides=2, name="c2")(x)
    backbone = keras.Model(inner, x, name="backbone")
    outer = keras.Input((32, 32, 3))
    y = layers.GlobalAveragePooling2D(name="head_pool")(backbone(outer))
    model = keras.Model(outer, layers.Dense(3, activation="softmax", name="head_dense")(y))
    table = layer_table(model)
    assert [row.path for row in table.layers] == [
        "input",
        "backbone/c1",
        "backbone/c2",
        "head_pool",
        "head_dense",
    ]
    assert table.members == []  # one nested model is a backbone, not an ensemble
    assert table.layer("c2").output_shape == (14, 14, 6)
    bigger = layer_table(model, input_shape=(64, 64, 3))
    assert bigger.layer("c2").output_shape == (30, 30, 6)
    assert bigger.layer("c2").receptive_field == 5


def test_architecture_table_for_the_gallery(tf_backend):
    table = architecture_table("cnn-v2", (32, 32, 3), 10)
    convs = [row for row in table.layers if row.kind == "conv"]
    assert [row.receptive_field for row in convs] == [3, 5, 10, 14]
    assert table.input_shape == (32, 32, 3)


# ------------------------------------------------------------------ inputs
def test_preprocessing_by_the_metadata():
    digit = prepare(_digit_one(), "mnist", (28, 28, 1))
    assert digit.batch.shape == (1, 28, 28, 1) and digit.preprocessing == "mnist"
    ink = digit.picture[:, :, 0]
    assert ink.max() == pytest.approx(1.0) and ink[0, 0] == 0.0  # white ink on black, like MNIST
    np.testing.assert_allclose(ink, digit_to_mnist(255 - _digit_one()), atol=1e-6)
    drawn = digit_to_mnist(255 - _digit_one())
    assert prepare(drawn, "mnist", (28, 28, 1)).batch[0, :, :, 0] == pytest.approx(drawn)
    assert prepare(drawn, "mnist", (28, 28, 1), value_max=255.0).batch.max() == pytest.approx(255)

    photo = np.zeros((60, 100, 3), np.uint8)
    photo[:, 20:80] = (200, 100, 50)  # the central square is the coloured part
    small = prepare(photo, "scale01", (32, 32, 3))
    assert small.box == (20, 0, 60, 60) and small.batch.max() == pytest.approx(200 / 255, abs=0.01)
    gray = prepare(photo, "scale01", (28, 28, 1))
    assert gray.batch.shape == (1, 28, 28, 1)
    big = prepare(photo, "efficientnet_lite", (64, 64, 3))
    assert big.batch.max() == pytest.approx(200, abs=1) and big.picture.max() <= 1.0
    with pytest.raises(ValueError, match="preprocessing"):
        prepare(photo, "sepia", (32, 32, 3))
    with pytest.raises(ValueError):
        prepare(np.zeros((4, 4, 4, 4)), "scale01", (32, 32, 3))


# ------------------------------------------------------------------ one input, a tiny model
@pytest.fixture
def tiny(tmp_path, make_tiny_digits_model):
    make_tiny_digits_model(tmp_path)
    return Inspector.from_registry(ModelRegistry([tmp_path]), "tiny_digits")


def test_maps_of_a_tiny_model_match_the_numpy_convolution(tiny):
    inspection = tiny.run(_digit_one())
    first, second = tiny.layer("conv_a"), tiny.layer("conv_b")
    weights = [w.numpy() for w in tiny.graph.nodes[first.index].layer.weights]
    digit = inspection.input.picture
    ours = filters.activate(filters.conv2d(digit, *weights), "relu")
    np.testing.assert_allclose(inspection.layer("conv_a").maps, ours, atol=1e-4)
    weights2 = [w.numpy() for w in tiny.graph.nodes[second.index].layer.weights]
    ours2 = filters.activate(filters.conv2d(ours, *weights2), "relu")
    np.testing.assert_allclose(inspection.layer("conv_b").maps, ours2, atol=1e-4)
    probabilities = inspection.prediction.probabilities
    assert probabilities.shape == (10,) and probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert [row.name for row in inspection.convolutions()] == ["conv_a", "conv_b"]
    only = tiny.run(_digit_one(), layer="conv_b")
    assert [row.name for row in only.layers] == ["conv_b"] and only.layers[0].maps is not None
    with pytest.raises(ValueError, match="no layer"):
        tiny.run(_digit_one(), layer="nothing")


def test_jobs_load_once_and_inspect_many_inputs(tmp_path, make_tiny_digits_model):
    from visionagent.core.inspector import inspect_image, load_inspector
    from visionagent.core.jobs import TaskState

    make_tiny_digits_model(tmp_path)
    seen = []
    state = TaskState(progress=lambda fraction, _message: seen.append(fraction))
    inspector = load_inspector(state, ModelRegistry([tmp_path]), "tiny_digits")
    assert seen[-1] == 1.0
    one = inspect_image(TaskState(), inspector, _digit_one())
    blank = inspect_image(TaskState(), inspector, np.zeros((50, 50), np.uint8), layer="conv_b")
    assert one.layer("conv_b").maps.shape == blank.layers[0].maps.shape == (24, 24, 6)
    assert not np.allclose(one.layer("conv_b").maps, blank.layers[0].maps)


def test_the_first_convolution_cell_is_written_out(tiny):
    inspection = tiny.run(_digit_one())
    maps = inspection.layer("conv_a").maps
    row, col = np.unravel_index(int(np.argmax(maps[:, :, 2])), maps.shape[:2])
    terms = tiny.explain_first_cell(inspection, 2, int(row), int(col))
    assert len(terms.channels) == 1 and terms.channels[0].products.shape == (3, 3)
    assert max(terms.total, 0.0) == pytest.approx(float(maps[row, col, 2]), abs=1e-4)  # ReLU


def test_a_cell_sees_exactly_its_receptive_field(tf_backend):
    keras = _keras()
    keras.utils.set_random_seed(3)
    layers = keras.layers
    model = keras.Sequential(
        [
            keras.Input((20, 20, 1)),
            layers.Conv2D(2, 5, padding="same", name="a"),
            layers.MaxPooling2D(2, name="pool"),
            layers.Conv2D(2, 3, strides=2, name="b"),
        ]
    )
    inspector = Inspector(model)
    rng = np.random.default_rng(0)
    x = rng.uniform(0.1, 1.0, (1, 20, 20, 1)).astype(np.float32)
    node = inspector.layer("b").index
    base = inspector.outputs(x)[0][node]
    row, col = 1, 2
    top, left, bottom, right = inspector.window("b", row, col)
    # by hand: a: 5 (first −2); pool: 6, jump 2; b: 6 + 2·2 = 10, jump 4 → rows −2+4·1 … +9
    assert (top, left, bottom, right) == (2, 6, 11, 15)
    changed = np.full_like(x, 5.0)  # every pixel outside the window changed …
    changed[0, top : bottom + 1, left : right + 1] = x[0, top : bottom + 1, left : right + 1]
    after = inspector.outputs(changed)[0][node]
    np.testing.assert_allclose(after[row, col], base[row, col], atol=1e-5)  # … and it sees none
    assert not np.allclose(after, base)  # while the other cells do
    with pytest.raises(ValueError):
        inspector.window("b", 9, 0)


def test_an_ensemble_is_shown_one_member_at_a_time(tf_backend):
    keras = _keras()
    keras.utils.set_random_seed(1)
    layers = keras.layers

    def member(name):
        return keras.Sequential(
            [
                keras.Input((28, 28, 1)),
                layers.Conv2D(3, 3, name=f"{name}_conv"),
                layers.GlobalAveragePooling2D(),
                layers.Dense(10, activation="softmax"),
            ],
            name=name,
        )

    inputs = keras.Input((28, 28, 1))
    average = layers.Average(name="mean")([member("m1")(inputs), member("m2")(inputs)])
    model = keras.Model(inputs, average)
    first = Inspector(model)
    assert first.members == ["m1", "m2"] and "1 of 2" in first.member_note()
    inspection = first.run(_digit_one())
    assert [row.path for row in inspection.convolutions()] == ["m1/m1_conv"]
    assert inspection.member == "m1" and inspection.layers[-1].name == "mean"
    second = Inspector(model, member=1)
    assert [row.path for row in second.run(_digit_one()).convolutions()] == ["m2/m2_conv"]
    np.testing.assert_allclose(
        inspection.prediction.probabilities,
        np.asarray(model(inspection.input.batch, training=False))[0],
        atol=1e-6,
    )
    with pytest.raises(ValueError, match="member"):
        Inspector(model, member=2)


def test_replaced_weights_change_the_maps_and_never_the_registry_model(tiny):
    image = _digit_one()
    before = tiny.run(image).layer("conv_a").maps
    saved = [w.copy() for w in tiny.original.get_weights()]
    weights = [w * 0.5 for w in saved]
    tiny.set_weights(weights, epoch=1)
    halved = tiny.run(image)
    assert halved.epoch == 1
    np.testing.assert_allclose(halved.layer("conv_a").maps, before * 0.5, atol=1e-5)
    assert all(
        np.array_equal(a, b) for a, b in zip(tiny.original.get_weights(), saved, strict=True)
    )
    tiny.set_weights(None)
    np.testing.assert_allclose(tiny.run(image).layer("conv_a").maps, before, atol=1e-6)
    with pytest.raises(ValueError, match="fit"):
        tiny.set_weights(saved[:1])


# ------------------------------------------------------------------ epoch replay
@pytest.fixture(scope="module")
def two_epochs(tmp_path_factory):
    from visionagent.core import backend, training

    backend.load()
    config = dataclasses.replace(
        training.defaults_for("mnist-10k"),
        arch="lenet5",
        epochs=2,
        limit=300,
        restore_best=False,  # the saved weights are those of the last epoch
    )
    result = training.train(config)
    folder = tmp_path_factory.mktemp("replay")
    training.save_result(result, folder / "lenet_2.keras")
    return ModelRegistry([folder])


@pytest.mark.slow
def test_epoch_replay_of_a_model_trained_two_epochs(two_epochs):
    inspector = Inspector.from_registry(two_epochs, "lenet_2")
    assert inspector.epochs() == [1, 2]
    image = _digit_one()

    def first_maps():
        return inspector.run(image).convolutions()[0].maps

    final = first_maps()
    inspector.set_epoch(1)
    assert inspector.run(image).epoch == 1
    assert not np.allclose(first_maps(), final)
    inspector.set_epoch(2)  # the last epoch's weights are the saved model's
    np.testing.assert_allclose(first_maps(), final, atol=1e-5)
    inspector.set_epoch(None)
    np.testing.assert_allclose(first_maps(), final, atol=1e-6)
    with pytest.raises(ValueError, match="epoch"):
        inspector.set_epoch(7)


# ------------------------------------------------------------------ the shipped models
@pytest.fixture(scope="module")
def shipped():
    from visionagent.core import backend

    backend.load()
    return ModelRegistry.default()


@pytest.mark.slow
def test_the_shipped_digits_ensemble_shows_its_first_member(shipped):
    inspector = Inspector.from_registry(shipped, "digits_cnn")
    assert len(inspector.members) == 3 and inspector.member_name in inspector.member_note()
    inspection = inspector.run(_digit_one())
    convs = [row for row in inspection.convolutions() if row.maps is not None]
    assert len(convs) >= 4 and all(row.scope == (inspector.member_name,) for row in convs)
    assert [row.receptive_field for row in convs] == [3, 5, 10, 14]
    assert inspection.prediction.class_names[inspection.prediction.best] == "1"
    maps = convs[0].maps
    terms = inspector.explain_first_cell(inspection, 5, 12, 13)
    assert terms.total == pytest.approx(float(maps[12, 13, 5]), abs=1e-4)  # conv without bias
    third = Inspector(inspector.original, inspector.info, member=2)
    assert third.run(_digit_one()).convolutions()[0].path.startswith(third.members[2] + "/")


@pytest.mark.slow
def test_the_shipped_imagenet_model_layer_by_layer(shipped):
    from visionagent.core.images import read_image

    inspector = Inspector.from_registry(shipped, "imagenet_efficientnet_lite0")
    assert inspector.note  # batch normalisation folded
    inspection = inspector.run(read_image(SAMPLES / "bullmastiff.jpg"))
    with_maps = [row for row in inspection.layers if row.kind in CONVS and row.maps is not None]
    assert len(with_maps) >= 10
    kinds = {row.kind for row in with_maps}
    assert {"conv", "conv_1x1", "depthwise_conv"} <= kinds
    stem = inspection.layer("stem_conv")
    assert stem.maps.shape == (112, 112, 32) and (stem.receptive_field, stem.jump) == (3, 2)
    top = inspection.layer("top_activation")
    assert top.jump == 32 and top.receptive_field > 224
    assert "mastiff" in inspection.prediction.class_names[inspection.prediction.best]
    static = layer_table(inspector.original, input_shape=(160, 160, 3))
    assert static.layer("top_activation").output_shape == (5, 5, 1280)
    assert any(row.kind == "batch_norm" for row in static.layers)  # the unfolded model

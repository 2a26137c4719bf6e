"""visionagent.core.filters: the textbook example, agreement with Keras/TensorFlow and OpenCV,
the reference loops, presets, sizes, pictures, the field table and the look inside a model."""

from __future__ import annotations

import json
import subprocess
import sys

import cv2
import numpy as np
import pytest

from visionagent.core import filters
from visionagent.core.jobs import TaskState

RNG = np.random.default_rng(1234)
STRIDES = (1, 2, 3, 4)  # the stride spin box offers 1…4
KERNELS = (3, 5, 7)  # the kernel sizes of the editor
EXPLICIT = range(0, 11)  # the explicit padding spin box offers 0…10
POOL_SIZES = range(1, 9)  # pooling size and stride spin boxes offer 1…8
POOL_STRIDES = (None, *range(1, 9))


def _random(*shape) -> np.ndarray:
    return RNG.normal(size=shape).astype(np.float32)


# ------------------------------------------------------------------ the textbook's example 8-1
def test_example_8_1_is_reproduced_exactly():
    x, w, b = filters.example_8_1()
    s = filters.conv2d(x, w, b, stride=2, padding=1)
    # The numbers printed in the textbook (오일석, 컴퓨터 비전과 딥러닝, example 8-1).
    assert s.shape == (3, 3, 2)
    np.testing.assert_array_equal(s[:, :, 0], [[-4, 11, 9], [1, 2, 3], [1, 3, 6]])
    np.testing.assert_array_equal(s[:, :, 1], [[-3, -3, 2], [2, 4, -1], [1, 4, 3]])
    a = filters.activate(s, "relu")
    np.testing.assert_array_equal(a[:, :, 0], [[0, 11, 9], [1, 2, 3], [1, 3, 6]])
    np.testing.assert_array_equal(a[:, :, 1], [[0, 0, 2], [2, 4, 0], [1, 4, 3]])
    stages = filters.example_8_1_layer().run(x)
    np.testing.assert_array_equal(stages.activated, a)
    np.testing.assert_array_equal(stages.pooled, a)  # the example has no pooling


def test_explain_cell_adds_up_to_every_output_of_the_example():
    x, w, b = filters.example_8_1()
    s = filters.conv2d(x, w, b, stride=2, padding=1)
    for k in range(2):
        for r in range(3):
            for c in range(3):
                terms = filters.explain_cell(x, w, b, 2, 1, "zero", k, r, c)
                assert terms.total == pytest.approx(float(s[r, c, k]))
                assert sum(t.total for t in terms.channels) + terms.bias == pytest.approx(
                    terms.total
                )
                assert (terms.top, terms.left) == (2 * r, 2 * c)
                for ch, part in enumerate(terms.channels):
                    np.testing.assert_array_equal(part.kernel, w[:, :, ch, k])
                    np.testing.assert_allclose(part.products, part.window * part.kernel)
    corner = filters.explain_cell(x, w, b, 2, 1, "zero", 0, 0, 0)
    assert corner.channels[0].window[0].tolist() == [0, 0, 0]  # the zero padding row
    with pytest.raises(ValueError):
        filters.explain_cell(x, w, b, 2, 1, "zero", 0, 3, 0)


# ------------------------------------------------------------------ against TensorFlow / Keras
def test_conv2d_matches_keras_conv2d_for_every_stride_and_keras_padding(tf_backend):
    from visionagent.core import backend

    keras = backend.keras()
    x = _random(13, 12, 3)
    for size in KERNELS:
        w, b = _random(size, size, 3, 2), _random(2)
        for stride in STRIDES:
            for padding in ("valid", "same"):
                layer = keras.layers.Conv2D(2, size, strides=stride, padding=padding)
                layer.build((1, *x.shape))
                layer.set_weights([w, b])
                expected = np.asarray(layer(x[None]))[0]
                got = filters.conv2d(x, w, b, stride=stride, padding=padding)
                assert got.shape == expected.shape, (size, stride, padding)
                np.testing.assert_allclose(
                    got, expected, atol=2e-4, err_msg=f"{size} {stride} {padding}"
                )


@pytest.mark.slow
def test_conv2d_matches_tf_nn_conv2d_with_explicit_padding_and_borders(tf_backend):
    from visionagent.core import backend

    tf = backend.tf()
    x = _random(11, 12, 3)
    for size in KERNELS:
        w = _random(size, size, 3, 2)
        for stride in STRIDES:
            for p in EXPLICIT:
                if 11 + 2 * p < size:
                    continue
                zero = tf.nn.conv2d(
                    x[None], w, strides=stride, padding=[[0, 0], [p, p], [p, p], [0, 0]]
                )
                np.testing.assert_allclose(
                    filters.conv2d(x, w, stride=stride, padding=p), np.asarray(zero)[0], atol=2e-4
                )
                reflected = tf.pad(x[None], [[0, 0], [p, p], [p, p], [0, 0]], mode="REFLECT")
                expected = tf.nn.conv2d(reflected, w, strides=stride, padding="VALID")
                got = filters.conv2d(x, w, stride=stride, padding=p, border="reflect")
                np.testing.assert_allclose(
                    got, np.asarray(expected)[0], atol=2e-4, err_msg=f"reflect {size} {stride} {p}"
                )
                edge = np.pad(x, ((p, p), (p, p), (0, 0)), mode="edge")[None]
                expected = tf.nn.conv2d(edge, w, strides=stride, padding="VALID")
                got = filters.conv2d(x, w, stride=stride, padding=p, border="replicate")
                np.testing.assert_allclose(
                    got,
                    np.asarray(expected)[0],
                    atol=2e-4,
                    err_msg=f"replicate {size} {stride} {p}",
                )
            for border in ("reflect", "replicate"):  # "same" with a border mode other than zeros
                rows = filters.padding_amounts(11, size, stride, "same")
                cols = filters.padding_amounts(12, size, stride, "same")
                padded = np.pad(
                    x, (rows, cols, (0, 0)), mode="reflect" if border == "reflect" else "edge"
                )
                expected = tf.nn.conv2d(padded[None], w, strides=stride, padding="VALID")
                got = filters.conv2d(x, w, stride=stride, padding="same", border=border)
                np.testing.assert_allclose(got, np.asarray(expected)[0], atol=2e-4)


@pytest.mark.slow
def test_pool2d_matches_keras_pooling_layers(tf_backend):
    from visionagent.core import backend

    keras = backend.keras()
    x = _random(11, 13, 2)
    checked = 0
    for size in POOL_SIZES:
        for stride in POOL_STRIDES:
            for padding in ("valid", "same"):
                for mode, layer_class in (
                    ("max", keras.layers.MaxPooling2D),
                    ("avg", keras.layers.AveragePooling2D),
                ):
                    if padding == "valid" and size > 11:
                        with pytest.raises(ValueError):
                            filters.pool2d(x, size, stride, mode, padding)
                        continue
                    layer = layer_class(pool_size=size, strides=stride, padding=padding)
                    expected = np.asarray(layer(x[None]))[0]
                    got = filters.pool2d(x, size, stride, mode, padding)
                    assert got.shape == expected.shape, (size, stride, padding, mode)
                    np.testing.assert_allclose(
                        got, expected, atol=1e-5, err_msg=f"{size} {stride} {padding} {mode}"
                    )
                    checked += 1
    assert checked == 8 * 9 * 2 * 2


def test_activations_match_keras(tf_backend):
    from visionagent.core import backend

    keras = backend.keras()
    x = np.linspace(-30, 30, 301, dtype=np.float32)
    np.testing.assert_allclose(
        filters.activate(x, "relu"), np.asarray(keras.activations.relu(x)), atol=1e-6
    )
    np.testing.assert_allclose(
        filters.activate(x, "leaky_relu"), np.asarray(keras.layers.LeakyReLU()(x)), atol=1e-6
    )
    np.testing.assert_allclose(
        filters.activate(x, "sigmoid"), np.asarray(keras.activations.sigmoid(x)), atol=1e-6
    )
    np.testing.assert_allclose(
        filters.activate(x, "tanh"), np.asarray(keras.activations.tanh(x)), atol=1e-6
    )
    np.testing.assert_array_equal(filters.activate(x, "none"), x)
    with pytest.raises(ValueError, match="activation"):
        filters.activate(x, "softmax")


# ------------------------------------------------------------------ fast paths against the loops
@pytest.mark.parametrize("stride", [1, 2, 3])
@pytest.mark.parametrize("border", list(filters.BORDERS))
def test_fast_conv2d_agrees_with_the_reference_loop(stride, border):
    for size in (2, 3, 4, 5):
        for padding in ("valid", "same", 0, 1, 3):
            x = _random(9, 8, 3)
            w, b = _random(size, size, 3, 2), _random(2)
            got = filters.conv2d(x, w, b, stride, padding, border)
            expected = filters.conv2d_reference(x, w, b, stride, padding, border)
            assert got.dtype == np.float32 and got.shape == expected.shape
            np.testing.assert_allclose(got, expected, atol=1e-4, err_msg=f"{size} {padding}")


def test_shared_kernel_shortcut_equals_separate_channels():
    x = _random(20, 17, 3)
    kernel = _random(5, 5)
    shared = np.repeat(kernel[:, :, None, None], 3, axis=2)
    almost = shared.copy()
    almost[0, 0, 2, 0] += 1e-3  # no longer shared: the per-channel path
    for padding in ("valid", "same"):
        a = filters.conv2d(x, shared, padding=padding, border="reflect")
        reference = filters.conv2d_reference(x, shared, padding=padding, border="reflect")
        np.testing.assert_allclose(a, reference, atol=1e-4)
        np.testing.assert_allclose(
            filters.conv2d(x, kernel, padding=padding, border="reflect"), a, atol=1e-6
        )
        b = filters.conv2d(x, almost, padding=padding, border="reflect")
        np.testing.assert_allclose(
            b, filters.conv2d_reference(x, almost, padding=padding, border="reflect"), atol=1e-4
        )


@pytest.mark.parametrize("mode", ["max", "avg"])
def test_fast_pool2d_agrees_with_the_reference_loop(mode):
    x = _random(10, 9, 3)
    for size in (1, 2, 3, 4):
        for stride in (None, 1, 2, 3):
            for padding in ("valid", "same"):
                got = filters.pool2d(x, size, stride, mode, padding)
                expected = filters.pool2d_reference(x, size, stride, mode, padding)
                np.testing.assert_allclose(
                    got, expected, atol=1e-5, err_msg=f"{size} {stride} {padding}"
                )


def test_non_overlapping_max_pool_is_the_block_maximum():
    x = _random(8, 6, 2)
    blocks = x.reshape(4, 2, 3, 2, 2).max(axis=(1, 3))
    np.testing.assert_array_equal(filters.pool2d(x, 2), blocks)


# ------------------------------------------------------------------ OpenCV agreement, flip, presets
def test_presets_filter_like_opencv():
    image = RNG.uniform(0, 1, size=(40, 50)).astype(np.float32)

    def same(kernel):
        return filters.conv2d(image, kernel, padding="same", border="reflect")[:, :, 0]

    np.testing.assert_allclose(
        same(filters.preset("sobel_x", 3)), cv2.Sobel(image, cv2.CV_32F, 1, 0, ksize=3), atol=1e-5
    )
    np.testing.assert_allclose(
        same(filters.preset("sobel_y", 5)), cv2.Sobel(image, cv2.CV_32F, 0, 1, ksize=5), atol=1e-4
    )
    np.testing.assert_allclose(
        same(filters.preset("scharr_x", 3)), cv2.Scharr(image, cv2.CV_32F, 1, 0), atol=1e-5
    )
    np.testing.assert_allclose(
        same(filters.preset("laplacian", 3)), cv2.Laplacian(image, cv2.CV_32F, ksize=1), atol=1e-5
    )
    np.testing.assert_allclose(same(filters.preset("box", 5)), cv2.blur(image, (5, 5)), atol=1e-5)
    np.testing.assert_allclose(
        same(filters.preset("gaussian", 7, 1.5)), cv2.GaussianBlur(image, (7, 7), 1.5), atol=1e-5
    )


def test_every_preset_has_the_right_shape_and_sum():
    for name in filters.PRESETS:
        for size in (3, 5, 7):
            kernel = filters.preset(name, size)
            assert kernel.shape == (size, size) and kernel.dtype == np.float32, name
    for name in ("identity", "box", "gaussian", "motion_blur", "sharpen"):
        assert filters.preset(name, 5).sum() == pytest.approx(1.0, abs=1e-5), name
    for name in ("sobel_x", "sobel_y", "scharr_x", "laplacian", "laplacian_diagonal", "outline"):
        assert filters.preset(name, 7).sum() == pytest.approx(0.0, abs=1e-5), name
    textbook = filters.preset("laplacian_diagonal", 3)
    assert textbook[1, 1] == -4 and textbook[0, 0] == textbook[2, 2] == 1 and textbook[0, 1] == 0
    with pytest.raises(ValueError, match="unknown preset"):
        filters.preset("nope")


def test_correlation_versus_flipped_convolution_on_an_impulse():
    impulse = np.zeros((9, 9), np.float32)
    impulse[4, 4] = 1
    kernel = np.arange(9, dtype=np.float32).reshape(3, 3)
    correlated = filters.conv2d(impulse, kernel, padding="same")[3:6, 3:6, 0]
    convolved = filters.conv2d(impulse, filters.flip_kernel(kernel), padding="same")[3:6, 3:6, 0]
    np.testing.assert_array_equal(correlated, kernel[::-1, ::-1])  # correlation mirrors the kernel
    np.testing.assert_array_equal(convolved, kernel)  # true convolution reproduces it


def test_normalize_and_random_kernels():
    assert filters.normalize_kernel(np.ones((3, 3))).sum() == pytest.approx(1.0)
    edge = filters.normalize_kernel(filters.preset("sobel_x"))
    assert np.abs(edge).sum() == pytest.approx(2.0)
    w = filters.random_kernel((5, 5, 3, 4), np.random.default_rng(0))
    limit = np.sqrt(6.0 / (25 * 3 + 25 * 4))
    assert w.shape == (5, 5, 3, 4) and np.abs(w).max() <= limit + 0.005


# ------------------------------------------------------------------ sizes, counts, errors
def test_output_size_formula_and_weight_count():
    for n in (5, 12, 28):
        x = np.zeros((n, n, 1), np.float32)
        for k in KERNELS:
            w = np.zeros((k, k, 1, 1), np.float32)
            for s in STRIDES:
                for padding in ("valid", "same", 0, 1, 3):
                    size = filters.output_size(n, k, s, padding)
                    if size == 0:
                        with pytest.raises(ValueError):
                            filters.conv2d(x, w, stride=s, padding=padding)
                        continue
                    assert filters.conv2d(x, w, stride=s, padding=padding).shape[:2] == (size, size)
                    if padding == "same":
                        assert size == -(-n // s)
    text = filters.output_size_formula(512, 7, 1, "valid")
    assert text.endswith("= 506") and "512" in text and "7" in text
    assert filters.output_size_formula(5, 3, 2, 1) == "⌊(5 + 1 + 1 − 3) / 2⌋ + 1 = 3"
    assert filters.weight_count(3, 3, filters=2) == 2 * (3 * 3 * 3 + 1)  # k′(k·h²+1) of example 8-1
    assert filters.weight_count(1, 5, 5, 6) == 156  # LeNet-5's first layer


def test_bad_inputs_are_clear_value_errors():
    x = _random(5, 5, 3)
    with pytest.raises(ValueError, match="input channel"):
        filters.conv2d(x, _random(3, 3, 1, 1))
    with pytest.raises(ValueError, match="does not fit"):
        filters.conv2d(x, _random(7, 7, 3, 1))
    with pytest.raises(ValueError, match="padding"):
        filters.conv2d(x, _random(3, 3, 3, 1), padding="full")
    with pytest.raises(ValueError, match="stride"):
        filters.conv2d(x, _random(3, 3, 3, 1), stride=0)
    with pytest.raises(ValueError, match="bias"):
        filters.conv2d(x, _random(3, 3, 3, 2), b=np.zeros(3))
    with pytest.raises(ValueError, match="border"):
        filters.conv2d(x, _random(3, 3, 3, 1), padding=1, border="wrap")
    with pytest.raises(ValueError, match="larger than"):
        filters.pool2d(x, 6)


def test_layer_shapes_placement_and_round_trip():
    layer = filters.Layer(
        np.zeros((3, 3, 3, 1), np.float32), np.zeros(1, np.float32), pool="max", pool_size=2
    )
    assert layer.shapes((512, 512, 3)) == [(512, 512, 3), (510, 510, 1), (255, 255, 1)]
    conv, pooled = layer.placement((512, 512, 3))
    assert conv == (1.0, 1.0, 510, 510)  # each output pixel sits on the centre of its window
    assert pooled == (1.0, 1.0, 510, 510)
    same = filters.Layer(
        np.zeros((5, 5, 1, 2), np.float32), np.zeros(2, np.float32), padding="same", pool="none"
    )
    assert same.placement((40, 30, 1))[0] == (0.0, 0.0, 30, 40)
    strided = filters.Layer(
        np.zeros((3, 3, 1, 1), np.float32),
        np.zeros(1, np.float32),
        stride=2,
        padding=1,
        pool="none",
    )
    # 3 outputs, each a 2×2 box centred on its window: the first window (rows −1…1) is centred on
    # 0.5
    assert strided.placement((5, 5, 1))[0] == (-0.5, -0.5, 6, 6)
    data = json.loads(json.dumps(layer.to_dict()))
    again = filters.Layer.from_dict(data)
    assert again.shapes((64, 64, 3)) == layer.shapes((64, 64, 3)) and again.pool == "max"
    data["bias"] = [0, 0]
    with pytest.raises(ValueError):
        filters.Layer.from_dict(data)


def test_display_conversion_keeps_zero_white():
    values = np.array([[-2.0, 0.0, 1.0]], np.float32)
    low, high, lut = filters.display_levels(values)
    assert (low, high) == (-2.0, 2.0) and lut is filters.DIVERGING_LUT
    picture = filters.to_display(values, low, high, lut)
    assert picture.shape == (1, 3, 3) and picture.dtype == np.uint8
    np.testing.assert_array_equal(picture[0, 0], filters.DIVERGING_LUT[0])
    assert (
        abs(
            int(picture[0, 1].astype(int).mean())
            - int(filters.DIVERGING_LUT[128].astype(int).mean())
        )
        <= 2
    )
    low, high, lut = filters.display_levels(np.array([[0.0, 3.0]], np.float32))
    assert (low, high) == (0.0, 3.0) and lut is filters.POSITIVE_LUT
    assert filters.to_display(np.zeros((2, 2), np.float32), 0.0, 1.0).dtype == np.uint8


def test_digit_to_mnist_centres_the_ink():
    canvas = np.zeros((168, 168), np.uint8)
    canvas[10:60, 100:120] = 255  # a bar in the top right corner
    digit = filters.digit_to_mnist(canvas)
    assert digit.shape == (28, 28) and digit.max() == pytest.approx(1.0)
    rows, cols = np.nonzero(digit > 0.5)
    assert abs(rows.mean() - 13.5) < 1.5 and abs(cols.mean() - 13.5) < 1.5
    assert rows.max() - rows.min() + 1 <= 20
    assert not filters.digit_to_mnist(np.zeros((50, 50), np.uint8)).any()
    sample, label = filters.mnist_sample(0)
    assert sample.shape == (28, 28) and 0 <= label <= 9


def test_tile_layout_and_thumbnails():
    corners = filters.tile_layout(32, 26, 26)
    assert len(corners) == 32 and len(set(corners)) == 32
    assert max(x for x, _ in corners) > max(y for _, y in corners)  # wider than tall
    kernel = _random(3, 3, 3, 4)
    assert [p.shape for p in filters.kernel_thumbnails(kernel, None, 12)] == [(12, 12, 3)] * 4
    assert len(filters.kernel_thumbnails(kernel, 1, 12)) == 4


def test_map_grid_shows_every_map_with_zero_white():
    values = np.zeros((6, 5, 7), np.float32)
    values[2, 3, 4] = 2.0
    values[0, 0, 1] = -1.0
    grid = filters.map_grid(values, min_tile=10)
    assert grid.dtype == np.uint8 and grid.ndim == 3 and grid.shape[2] == 3
    zoom = 2  # the smaller side 5 is enlarged to at least 10 pixels
    corners = filters.tile_layout(7, 5 * zoom, 6 * zoom, max(1, round(0.08 * 12)))
    x, y = (int(v) for v in corners[4])
    hot = grid[y + 2 * zoom, x + 3 * zoom]
    assert tuple(hot) == tuple(filters.DIVERGING_LUT[255])  # the layer's maximum: darkest red
    white = grid[y, x]
    assert abs(int(white.astype(int).mean()) - int(filters.DIVERGING_LUT[128].mean())) <= 2
    per_map = filters.map_grid(values, scale="map", min_tile=10)
    x1, y1 = (int(v) for v in corners[1])
    assert tuple(per_map[y1, x1]) == tuple(filters.DIVERGING_LUT[0])  # its own minimum
    assert max(filters.map_grid(np.ones((200, 200, 64), np.float32), max_side=300).shape) <= 300
    with pytest.raises(ValueError):
        filters.map_grid(values, scale="global")


def test_filter_fields_describe_the_layer_and_build_cli_options():
    import argparse

    from visionagent.core import fields

    table = fields.by_key(filters.FILTER_FIELDS)
    assert set(table) == {
        "stride",
        "padding",
        "border",
        "activation",
        "pool",
        "pool_size",
        "pool_stride",
        "pool_padding",
    }
    layer = filters.example_8_1_layer()
    fields.validate_config(layer, filters.FILTER_FIELDS)  # padding 1, stride 2, ReLU
    assert {c.value for c in table["activation"].choices} == set(filters.ACTIVATIONS)
    assert {c.value for c in table["border"].choices} == set(filters.BORDERS)
    valid = fields.with_value(layer, "padding", "valid")
    assert table["border"].enabled(layer) and not table["border"].enabled(valid)
    no_pool = fields.with_value(layer, "pool", "none")
    assert not table["pool_size"].enabled(no_pool) and table["pool_size"].enabled(
        fields.with_value(layer, "pool", "max")
    )
    assert table["pool_stride"].validate(None) is None  # "= size"
    with pytest.raises(ValueError, match="stride"):
        table["stride"].validate(9)
    with pytest.raises(ValueError):
        table["padding"].validate("reflect")
    parser = argparse.ArgumentParser()
    fields.add_arguments(parser, filters.FILTER_FIELDS)
    args = parser.parse_args(["--stride", "2", "--pool", "avg", "--pool-stride", "1"])
    changed = fields.apply_values(layer, fields.given_arguments(args, filters.FILTER_FIELDS))
    assert (changed.stride, changed.pool, changed.pool_stride) == (2, "avg", 1)
    assert changed.run(np.ones((6, 6, 3), np.float32)).pooled.shape == (2, 2, 2)


# ------------------------------------------------------------------ a real (tiny) Keras model


def test_inspect_model_lists_kernels_and_feature_maps_that_match_conv2d(
    tmp_path, make_tiny_digits_model
):
    from visionagent.core.registry import ModelRegistry

    make_tiny_digits_model(tmp_path)
    registry = ModelRegistry([tmp_path])
    canvas = np.zeros((168, 168), np.uint8)
    cv2.line(canvas, (84, 20), (84, 150), 255, 14)
    digit = filters.digit_to_mnist(canvas)
    view = filters.inspect_model(TaskState(), registry, "tiny_digits", digit)
    assert [layer.kernel.shape for layer in view.layers] == [(3, 3, 1, 4), (3, 3, 4, 6)]
    assert [m.shape for _, m in view.maps] == [(26, 26, 4), (24, 24, 6)]
    assert view.probabilities.shape == (10,) and view.probabilities.sum() == pytest.approx(
        1.0, abs=1e-4
    )
    first = view.layers[0]
    ours = filters.activate(filters.conv2d(digit, first.kernel, first.bias), "relu")
    np.testing.assert_allclose(
        view.maps[0][1], ours, atol=1e-4
    )  # Keras's Conv2D sees what we compute
    second = view.layers[1]
    ours2 = filters.activate(filters.conv2d(view.maps[0][1], second.kernel, second.bias), "relu")
    np.testing.assert_allclose(view.maps[1][1], ours2, atol=1e-4)
    no_digit = filters.inspect_model(TaskState(), registry, "tiny_digits")
    assert no_digit.maps == [] and len(no_digit.layers) == 2


def test_inspect_model_shows_the_maps_of_a_nested_ensemble(tmp_path, tf_backend):
    """The Filters tab's network view was blank for models made of sub-models."""
    from visionagent.core import backend
    from visionagent.core.registry import ModelRegistry, write_metadata

    keras = backend.keras()
    keras.utils.set_random_seed(2)

    def member(name):
        return keras.Sequential(
            [
                keras.Input((28, 28, 1)),
                keras.layers.Conv2D(4, 3, activation="relu", name=f"{name}_conv"),
                keras.layers.Flatten(),
                keras.layers.Dense(10, activation="softmax"),
            ],
            name=name,
        )

    inputs = keras.Input((28, 28, 1))
    outputs = keras.layers.Average()([member("one")(inputs), member("two")(inputs)])
    path = tmp_path / "pair.keras"
    keras.Model(inputs, outputs).save(path)
    meta = {"task": "digits", "class_names": [str(i) for i in range(10)]}
    write_metadata(path, {**meta, "input_shape": [28, 28, 1], "preprocessing": "mnist"})
    canvas = np.zeros((100, 100), np.uint8)
    cv2.line(canvas, (50, 10), (50, 90), 255, 9)
    digit = filters.digit_to_mnist(canvas)
    view = filters.inspect_model(TaskState(), ModelRegistry([tmp_path]), "pair", digit)
    assert [layer.layer for layer in view.layers] == ["one_conv", "two_conv"]
    assert [(name, m.shape) for name, m in view.maps] == [("one_conv", (26, 26, 4))]
    assert "1 of 2" in view.note
    kernel = view.layers[0]
    ours = filters.activate(filters.conv2d(digit, kernel.kernel, kernel.bias), "relu")
    np.testing.assert_allclose(view.maps[0][1], ours, atol=1e-4)


def test_core_filters_imports_neither_qt_nor_tensorflow():
    code = (
        "import sys, visionagent.core.filters; "
        "print(any(m.startswith(('PyQt6', 'pyqtgraph', 'tensorflow')) for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"

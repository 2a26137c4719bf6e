"""Digit preprocessing (pure functions on hand-made arrays), IDX reading, batch recognition."""

from __future__ import annotations

import gzip

import cv2
import numpy as np
import pytest

from visionagent.core import digits


def paper(height=200, width=200):
    """White paper (uint8), what the canvas gives."""
    return np.full((height, width), 255, np.uint8)


def bar(height=200, width=200, top=40, left=90, bottom=160, right=110):
    """A dark filled rectangle on white paper (a "1" drawn as a thick bar)."""
    img = paper(height, width)
    img[top:bottom, left:right] = 0
    return img


def ink_extent(x, level=0.2):
    rows = np.flatnonzero((x > level).any(axis=1))
    cols = np.flatnonzero((x > level).any(axis=0))
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


# ------------------------------------------------------------------------------ to_ink
def test_to_ink_detects_polarity_and_formats():
    dark_on_light = bar()
    light_on_dark = 255 - dark_on_light
    a = digits.to_ink(dark_on_light)
    b = digits.to_ink(light_on_dark)
    assert a.dtype == np.float32 and a.shape == (200, 200)
    np.testing.assert_allclose(a, b)
    assert a[100, 100] == pytest.approx(1.0) and a[5, 5] == pytest.approx(0.0)
    rgb = np.dstack([dark_on_light] * 3)
    np.testing.assert_allclose(digits.to_ink(rgb), a, atol=1 / 255)
    rgba = np.dstack([rgb, np.full((200, 200), 255, np.uint8)])
    np.testing.assert_allclose(digits.to_ink(rgba), a, atol=1 / 255)
    np.testing.assert_allclose(digits.to_ink(dark_on_light.astype(np.float32) / 255), a, atol=1e-6)
    with pytest.raises(ValueError, match="shape"):
        digits.to_ink(np.zeros((4, 4, 2)))


# ------------------------------------------------------------------------- mnist_style
@pytest.mark.parametrize(
    "shape,box",
    [
        ((200, 200), (40, 90, 160, 110)),  # tall bar: 120 × 20
        ((200, 200), (80, 20, 120, 180)),  # wide bar: 40 × 160
        ((60, 60), (5, 5, 30, 55)),  # small box, off-centre
        ((300, 120), (200, 10, 290, 40)),  # non-square box
    ],
)
def test_mnist_style_scales_longer_side_to_20_and_keeps_aspect(shape, box):
    top, left, bottom, right = box
    x = digits.mnist_style(bar(*shape, top, left, bottom, right))
    assert x.shape == (28, 28) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0
    h, w = ink_extent(x, level=0.5)
    assert max(h, w) in (19, 20, 21)
    assert (h > w) == (bottom - top > right - left)
    # the aspect ratio is kept: the ink's area is the rectangle's, scaled by 20 / longer side
    # (the shorter side is rounded to whole pixels, as MNIST did)
    scale = 20 / max(bottom - top, right - left)
    shorter = min(bottom - top, right - left) * scale
    assert x.sum() == pytest.approx(20 * shorter, rel=0.5 / shorter + 0.02)


def test_mnist_style_centre_of_mass_is_at_the_centre():
    # an asymmetric "L": a tall stem and a short foot, drawn off-centre in a big box
    img = paper(240, 240)
    img[30:150, 150:165] = 0
    img[135:150, 150:200] = 0
    x = digits.mnist_style(img)
    cy, cx = digits.center_of_mass(x)
    assert cy == pytest.approx(13.5, abs=0.15)
    assert cx == pytest.approx(13.5, abs=0.15)
    # the box centre is not the centre of mass: the bounding box is shifted
    rows = np.flatnonzero((x > 0.2).any(axis=1))
    cols = np.flatnonzero((x > 0.2).any(axis=0))
    assert abs((rows[0] + rows[-1]) / 2 - 13.5) > 0.5 or abs((cols[0] + cols[-1]) / 2 - 13.5) > 0.5


def test_mnist_style_does_not_depend_on_position_size_or_polarity():
    small = paper(200, 200)
    cv2.circle(small, (50, 60), 25, 0, 6)  # a "0" in a corner
    big = paper(400, 400)
    cv2.circle(big, (200, 200), 50, 0, 12)  # the same, twice as big, centred
    a, b = digits.mnist_style(small), digits.mnist_style(255 - big)
    assert np.abs(a - b).mean() < 0.03


def test_mnist_style_keeps_ink_inside_when_centring_would_cut_it():
    img = paper(200, 200)
    img[20:180, 20:30] = 0  # long stem
    img[20:30, 20:180] = 0  # long top bar: mass far from the box centre
    x = digits.mnist_style(img)
    scale = 20 / 160
    assert x.sum() == pytest.approx((160 * 10 + 10 * 150) * scale**2, rel=0.03)  # nothing cut off
    assert max(ink_extent(x, 0.5)) in (19, 20, 21)


def test_empty_boxes_and_specks():
    assert digits.is_empty(digits.to_ink(paper()))
    speck = paper()
    speck[100:105, 100:105] = 0  # 5 px in 200 px: a speck, not a digit
    assert digits.is_empty(digits.to_ink(speck))
    assert not digits.is_empty(digits.to_ink(bar()))
    assert not digits.mnist_style(paper()).any()


def test_naive_resize_keeps_the_drawing_where_it_was():
    img = paper(200, 200)
    img[10:60, 10:25] = 0  # small stroke in the top-left corner
    naive = digits.naive_resize(img)
    mnist = digits.mnist_style(img)
    assert naive.shape == (28, 28)
    h, _ = ink_extent(naive, 0.5)
    assert h <= 8  # 50/200 of 28 px: small
    cy, cx = digits.center_of_mass(naive)
    assert cy < 8 and cx < 6  # still in the corner
    assert max(ink_extent(mnist, 0.5)) >= 19
    with pytest.raises(ValueError, match="preprocessing"):
        digits.preprocess(img, "fancy")


def test_split_boxes():
    strip = np.zeros((100, 500), np.uint8)
    for i in range(5):
        strip[:, i * 100 + 50] = i + 1
    boxes = digits.split_boxes(strip, 5, margin=2)
    assert len(boxes) == 5
    assert all(b.shape == (96, 96) for b in boxes)
    assert [int(b.max()) for b in boxes] == [1, 2, 3, 4, 5]
    with pytest.raises(ValueError):
        digits.split_boxes(strip, 0)
    with pytest.raises(ValueError, match="too small"):
        digits.split_boxes(np.zeros((4, 8)), 5, margin=1)


# ------------------------------------------------------------------------------- IDX
def write_idx(path, array):
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(
        int(d).to_bytes(4, "big") for d in array.shape
    )
    data = header + array.astype(np.uint8).tobytes()
    if str(path).endswith(".gz"):
        with gzip.open(path, "wb") as fh:
            fh.write(data)
    else:
        path.write_bytes(data)


class BrightnessRecognizer:
    """Stand-in model: says 1 for images with more ink than half the pixels, else 0."""

    def probabilities(self, x):
        x = np.asarray(x).reshape(len(x), -1)
        out = np.zeros((len(x), 10), np.float32)
        out[np.arange(len(x)), (x.mean(axis=1) > 0.5).astype(int)] = 1.0
        return out


def test_read_idx_and_evaluate(tmp_path):
    rng = np.random.default_rng(0)
    images = np.where(rng.random(20)[:, None, None] > 0.5, 255, 0) * np.ones((20, 28, 28))
    truth = (images.mean(axis=(1, 2)) > 127).astype(np.uint8)
    labels = truth.copy()
    labels[:3] = 7  # three that the stand-in gets wrong
    write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", images)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", labels)
    assert digits.read_idx(tmp_path / "t10k-images-idx3-ubyte.gz").shape == (20, 28, 28)
    result = digits.evaluate_idx(BrightnessRecognizer(), tmp_path, batch_size=7)
    assert (result.correct, result.total) == (17, 20)
    assert result.accuracy == pytest.approx(0.85)
    assert result.confusion.sum() == 20 and result.confusion[7].sum() == 3


def test_idx_errors_name_the_file(tmp_path):
    with pytest.raises(ValueError, match="t10k-images"):
        digits.find_idx_pair(tmp_path)
    bad = tmp_path / "t10k-images-idx3-ubyte"
    bad.write_bytes(
        bytes([0, 0, 8, 3]) + (10).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2 + b"\0" * 100
    )
    with pytest.raises(ValueError, match="truncated"):
        digits.read_idx(bad)
    (tmp_path / "x.idx").write_bytes(b"hello")
    with pytest.raises(ValueError, match="not an IDX"):
        digits.read_idx(tmp_path / "x.idx")


# ---------------------------------------------------------------------- recognizer (TF)
@pytest.fixture(scope="module")
def tiny_recognizer():
    """A tiny untrained model whose output is a fixed function of the input (deterministic)."""
    from visionagent.core import backend

    keras = backend.keras()
    keras.utils.set_random_seed(1)
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    return digits.DigitRecognizer(model, unsure_below=0.99)


def test_recognizer_one_trace_for_any_number_of_boxes(tiny_recognizer):
    tiny_recognizer.warm_up()
    boxes = [bar(), paper(), bar(left=20, right=60), bar(150, 150, 10, 10, 140, 40)]
    for n in (1, 3, 4):
        result = tiny_recognizer.recognize(boxes[:n])
        assert len(result.boxes) == n
    assert tiny_recognizer._probabilities.experimental_get_tracing_count() == 1
    # the batch answer equals one box at a time
    together = tiny_recognizer.recognize(boxes)
    for i, box in enumerate(boxes):
        alone = tiny_recognizer.recognize([box]).boxes[0]
        np.testing.assert_allclose(together.boxes[i].probabilities, alone.probabilities, atol=1e-5)


def test_recognizer_reports_empty_boxes_and_unsure(tiny_recognizer):
    result = tiny_recognizer.recognize([bar(), paper(), bar()], method="naive")
    empty = result.boxes[1]
    assert empty.empty and empty.digit is None and not empty.probabilities.any()
    assert empty.to_dict(file="b.png") == {
        "file": "b.png",
        "digit": None,
        "confidence": None,
        "probabilities": None,
    }
    full = result.boxes[0]
    assert not full.empty and full.digit == int(full.probabilities.argmax())
    assert full.probabilities.sum() == pytest.approx(1.0, abs=1e-4)
    assert full.unsure == (full.confidence < 0.99)
    assert result.code == f"{full.digit}{result.boxes[2].digit}"
    assert result.method == "naive"


def test_recognizer_rejects_wrong_input_shape():
    from visionagent.core import backend

    keras = backend.keras()
    model = keras.Sequential(
        [keras.Input((32, 32, 3)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    with pytest.raises(ValueError, match="28×28×1"):
        digits.DigitRecognizer(model)


# ------------------------------------------------------------------- the shipped model
@pytest.mark.slow
def test_shipped_model_records_its_test_accuracy_and_reads_mnist(mnist_test_dir):
    from visionagent.core.registry import ModelRegistry
    from visionagent.paths import models_dir

    registry = ModelRegistry([models_dir()])
    if "digits_cnn" not in registry.names("digits"):
        pytest.skip("models/digits_cnn.keras is not trained yet")
    info = registry.info("digits_cnn")
    acc = info.metric("accuracy")
    assert acc["dataset"] == "MNIST test set (10,000)" and acc["value"] >= 0.993
    assert info.preprocessing == "mnist" and info.input_shape == [28, 28, 1]
    recognizer, _ = digits.load_recognizer("digits_cnn", registry)
    images = digits.read_idx(mnist_test_dir / "t10k-images-idx3-ubyte.gz")[:500]
    labels = digits.read_idx(mnist_test_dir / "t10k-labels-idx1-ubyte.gz")[:500]
    predicted = recognizer.probabilities(images / 255.0).argmax(axis=1)
    assert (predicted == labels).mean() >= 0.98


# ------------------------------------------------------------ the shipped model's recipe
def test_digit_warp_augmentation_keeps_digits_recognisable():
    from visionagent.core import training

    x, _ = training.load_mnist_10k()
    batch = (x[:32].astype(np.float32) / 255.0)[..., None]
    aug = training.Augmentation(
        rotation_deg=10.0, shift=2 / 28, zoom=0.08, shear=0.1, elastic=1.0, thickness=True
    )
    assert aug.enabled
    out = np.asarray(training.make_augmenter(aug, seed=3)(batch))
    assert out.shape == batch.shape and out.dtype == np.float32
    assert 0.0 <= out.min() and out.max() <= 1.0
    assert not np.allclose(out, batch)
    # small changes: ink mass (thicker or thinner strokes) within 0.5–1.8×, centre of mass within 4
    # px
    for before, after in zip(batch[..., 0], out[..., 0], strict=True):
        assert 0.5 < after.sum() / before.sum() < 1.8
        assert (
            np.hypot(*np.subtract(digits.center_of_mass(after), digits.center_of_mass(before)))
            < 4.0
        )
    no_warp = training.Augmentation(elastic=1.0)  # elastic alone: a gentle, local change
    gentle = np.asarray(training.make_augmenter(no_warp, seed=3)(batch))
    assert np.abs(gentle - batch).mean() < np.abs(out - batch).mean()


@pytest.mark.slow
def test_train_script_builds_one_averaged_model(tmp_path, capsys):
    import importlib.util

    from visionagent.core.registry import ModelRegistry
    from visionagent.paths import install_root

    spec = importlib.util.spec_from_file_location(
        "train_digits_model", install_root() / "scripts" / "train_digits_model.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "tiny_digits.keras"
    assert (
        script.main(["--members", "2", "--epochs", "1", "--limit", "400", "--out", str(out)]) == 0
    )
    assert "saved" in capsys.readouterr().out
    model, info = ModelRegistry([tmp_path]).load("tiny_digits")
    assert (
        info.task == "digits" and info.preprocessing == "mnist" and info.input_shape == [28, 28, 1]
    )
    assert [layer.name for layer in model.layers][-1] == "mean_probability"
    assert len(info.meta["members"]) == 2 and info.meta["provenance"]["seed"] == 123
    assert "scripts/train_digits_model.py" in info.provenance["command"]
    recognizer = digits.DigitRecognizer(model)
    assert recognizer.probabilities(np.zeros((3, 28, 28))).sum(axis=1) == pytest.approx(
        [1, 1, 1], abs=1e-4
    )

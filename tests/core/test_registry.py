"""Registry scanning without TensorFlow: shipped and user folders, shadowing, metadata."""

from __future__ import annotations

import json
import zipfile

from visionagent.core.registry import ModelRegistry, write_metadata


def _fake_model(folder, name, task="digits", classes=10, accuracy=None):
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / f"{name}.keras", "w") as zf:
        zf.writestr("config.json", "{}")
    meta = {
        "task": task,
        "class_names": [str(i) for i in range(classes)],
        "input_shape": [28, 28, 1],
        "preprocessing": "mnist",
        "metrics": []
        if accuracy is None
        else [{"name": "accuracy", "value": accuracy, "dataset": "MNIST test set (10,000)"}],
        "provenance": {},
    }
    write_metadata(folder / f"{name}.keras", meta)


def test_finds_models_by_task_and_user_shadows_shipped(tmp_path):
    shipped, user = tmp_path / "shipped", tmp_path / "user"
    _fake_model(shipped, "digits_cnn", accuracy=0.9935)
    _fake_model(shipped, "imagenet", task="imagenet", classes=1000)
    _fake_model(user, "digits_cnn", accuracy=0.95)
    _fake_model(user, "mine")
    registry = ModelRegistry([shipped, user], user_folders=[user])
    assert sorted(registry.names("digits")) == ["digits_cnn", "mine"]
    assert registry.names("imagenet") == ["imagenet"]
    assert registry.info("digits_cnn").user is True
    assert "95.00%" in registry.info("digits_cnn").display_name()


def test_refresh_sees_new_models(tmp_path):
    registry = ModelRegistry([tmp_path])
    assert registry.names() == []
    _fake_model(tmp_path, "late")
    registry.refresh()
    assert registry.names() == ["late"]


def test_metadata_is_utf8_json(tmp_path):
    _fake_model(tmp_path, "m")
    text = (tmp_path / "m.json").read_text(encoding="utf-8")
    assert json.loads(text)["task"] == "digits"

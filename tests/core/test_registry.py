"""Registry scanning without TensorFlow: shipped and user folders, shadowing, metadata."""

from __future__ import annotations

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visionagent.core.registry import ModelError, ModelRegistry, read_info, write_metadata


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


# ------------------------------------------------------ issue 12: malformed metadata, per file
BROKEN = {
    "input_shape is 5": {"input_shape": 5},
    "input_shape is null": {"input_shape": None},
    "input_shape of strings": {"input_shape": ["28", "28", "1"]},
    "input_shape with 0": {"input_shape": [0, 28, 1]},
    "input_shape of 5 numbers": {"input_shape": [1, 2, 3, 4, 5]},
    "metrics is a number": {"metrics": 3},
    "metrics are strings": {"metrics": ["accuracy", "loss"]},
    "metric value is text": {"metrics": [{"name": "accuracy", "value": "high", "dataset": "x"}]},
    "metric dataset is a list": {"metrics": [{"name": "a", "value": 0.5, "dataset": [1]}]},
    "provenance is a string": {"provenance": "me"},
    "class_names are numbers": {"class_names": list(range(10))},
    "preprocessing unknown": {"preprocessing": "magic"},
    "task is a list": {"task": ["digits"]},
    "class_ids too short": {"class_ids": ["a"]},
    "outputs unknown": {"outputs": "maybe"},
    "display_name is a dict": {"display_name": {"en": "x"}},
}


@pytest.mark.parametrize("change", list(BROKEN.values()), ids=list(BROKEN))
def test_malformed_metadata_is_a_model_error_for_that_file_only(tmp_path, change):
    _fake_model(tmp_path, "good")
    _fake_model(tmp_path, "bad")
    meta = json.loads((tmp_path / "bad.json").read_text())
    meta.update(change)
    (tmp_path / "bad.json").write_text(json.dumps(meta))
    registry = ModelRegistry([tmp_path])
    assert registry.names() == ["good"]
    [problem] = registry.problems()
    assert problem.path == tmp_path / "bad.json" and "bad.json" in problem.message()
    with pytest.raises(ModelError):
        read_info(tmp_path / "bad.keras")


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, '{"task": ' + "9" * 5000 + "}", b"\xff\xfe{", "NaN", ""],
    ids=["nesting 100000 deep", "5000-digit number", "invalid UTF-8", "NaN", "empty"],
)
def test_json_that_breaks_the_parser_is_a_model_error(tmp_path, text):
    _fake_model(tmp_path, "bad")
    path = tmp_path / "bad.json"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    with pytest.raises(ModelError, match="bad.json"):
        read_info(tmp_path / "bad.keras")


def test_special_metadata_files_and_zip_bombs_are_refused(tmp_path):
    import os

    from tests.robustness.families import _zip_claiming

    _fake_model(tmp_path, "pipe")
    (tmp_path / "pipe.json").unlink()
    os.mkfifo(tmp_path / "pipe.json")  # reading it would wait forever
    _fake_model(tmp_path, "bomb")
    _zip_claiming(tmp_path / "bomb.keras", 3 << 30, 2)  # claims 6 GB unpacked
    registry = ModelRegistry([tmp_path])
    messages = sorted(p.message() for p in registry.problems())
    assert registry.names() == []
    assert "not a regular file" in messages[1] and "pipe.json" in messages[1]
    assert "unpacks to more than" in messages[0] and "bomb.keras" in messages[0]


def test_a_folder_that_cannot_be_listed_is_a_problem_not_a_crash(tmp_path):
    _fake_model(tmp_path / "ok", "good")
    registry = ModelRegistry([tmp_path / ("x" * 300), tmp_path / "ok"])
    assert registry.names() == ["good"]
    assert "cannot be read" in registry.problems()[0].message()


def test_metadata_is_written_atomically_without_nan(tmp_path):
    meta = {"task": "digits", "metrics": [{"name": "val_accuracy", "value": float("nan")}]}
    write_metadata(tmp_path / "m.keras", meta)
    assert json.loads((tmp_path / "m.json").read_text())["metrics"][0]["value"] is None
    assert [p.name for p in tmp_path.iterdir()] == ["m.json"]  # no temporary file left


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    key=st.sampled_from(["task", "class_names", "input_shape", "preprocessing", "metrics",
                         "provenance", "class_ids", "wnids", "outputs", "display_name"]),
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                     max_size=3),
        max_leaves=8,
    ),
)  # fmt: skip
@pytest.mark.slow
def test_any_metadata_value_gives_info_or_model_error(tmp_path, key, value):
    _fake_model(tmp_path, "m")
    meta = json.loads((tmp_path / "m.json").read_text())
    meta[key] = value
    (tmp_path / "m.json").write_text(json.dumps(meta))
    try:
        info = read_info(tmp_path / "m.keras")
    except ModelError as exc:
        assert "m.json" in exc.message()
        return
    assert info.input_shape and all(isinstance(s, int) for s in info.input_shape)
    assert all(isinstance(n, str) for n in info.class_names)
    info.display_name()  # what the model picker shows must not raise

"""Lessons: every shipped lesson is valid and usable; bad files give one clear line; saving
round-trips."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from visionagent.core import lessons
from visionagent.core.lessons import LessonError


def test_at_least_eight_shipped_lessons_all_valid_and_bilingual():
    found = lessons.shipped()
    assert len(found) >= 8
    assert len({x.id for x in found}) == len(found)
    for lesson in found:
        assert lesson.title and lesson.title_ko and lesson.tab in lessons.TABS
        assert lesson.steps and all(s.text and s.text_ko for s in lesson.steps)
        assert any(s.question and s.question_ko for s in lesson.steps), lesson.id
        for step in lesson.steps:
            assert bool(step.answer) == bool(step.answer_ko), lesson.id
        assert all(n in lessons.state_keys(lesson.tab) or "." in n or n for n in lesson.hide)


def test_the_chapter_is_covered():
    ids = {x.id for x in lessons.shipped()}
    assert {
        "example-8-1",
        "padding-stride",
        "pooling",
        "lenet5",
        "cnn-vs-mlp",
        "postal-codes",
        "augmentation",
        "transfer-learning",
    } <= ids


def test_shipped_states_apply_to_the_real_configs():
    from visionagent.core.filters import FILTER_FIELDS, example_8_1_layer
    from visionagent.core.filters.kernels import PRESETS
    from visionagent.core.registry import ModelRegistry
    from visionagent.core.training import TRAIN_FIELDS, defaults_for

    registry = ModelRegistry.default()
    hidden_ok = {f.key for f in TRAIN_FIELDS} | {f.key for f in FILTER_FIELDS}
    for lesson in lessons.shipped():
        state = lesson.state
        if lesson.tab == "training":
            config = lessons.apply_state(
                defaults_for(state.get("dataset", "mnist-10k")), state, "training"
            )
            for key in set(state) & {f.key for f in TRAIN_FIELDS}:
                from visionagent.core.fields import get_value

                assert get_value(config, key) == state[key], (lesson.id, key)
        if lesson.tab == "filters":
            layer = lessons.apply_state(example_8_1_layer(), state, "filters")
            assert layer.stride == state.get("stride", layer.stride)
            kernel = state.get("kernel")
            assert kernel is None or kernel in PRESETS or isinstance(kernel, list)
        if "photo" in state and state["photo"] != "example-8-1":
            assert lesson.photo_path().is_file(), lesson.id
        if "model" in state:
            assert state["model"] in registry.names(), lesson.id
        for name in (*lesson.hide, *lesson.lock):
            assert name in hidden_ok or name in lessons.state_keys(lesson.tab), (lesson.id, name)


GOOD = {
    "version": 1,
    "id": "tiny",
    "title": "Tiny",
    "title_ko": "작은 수업",
    "tab": "filters",
    "state": {"stride": 2, "padding": "same", "kernel": "sobel_x"},
    "steps": [{"text": "Look.", "text_ko": "보세요."}],
}


def _write(tmp_path: Path, value, name="lesson.json") -> Path:
    path = tmp_path / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def _changed(**changes):
    data = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if value is ...:
            data.pop(key)
        else:
            data[key] = value
    return data


def test_a_good_lesson_loads(tmp_path):
    lesson = lessons.load(_write(tmp_path, GOOD))
    assert lesson.state == {"stride": 2, "padding": "same", "kernel": "sobel_x"}
    assert lesson.steps[0].in_language("ko")["text"] == "보세요."
    assert lesson.title_in("ko") == "작은 수업" and lesson.title_in("en") == "Tiny"


BAD = {
    "not JSON": ("{ this is not json", "not valid JSON (line 1"),
    "a list": ([GOOD], "a JSON object"),
    "newer version": (_changed(version=2), "newer VisionAgent"),
    "version as text": (_changed(version="1"), "version must be a whole number"),
    "no version": (_changed(version=...), "version must be a whole number"),
    "unknown tab": (_changed(tab="music"), 'unknown tab "music"'),
    "unknown top key": (_changed(colour="red"), "unknown key 'colour'"),
    "unknown state key": (_changed(state={"pool_sise": 2}), "unknown state key 'pool_sise'"),
    "training key on filters": (_changed(state={"epochs": 3}), "unknown state key 'epochs'"),
    "number as text": (_changed(state={"stride": "2"}), "state.stride must be a whole number"),
    "bool for a number": (_changed(state={"stride": True}), "state.stride must be a whole number"),
    "out of range": (_changed(state={"stride": 9}), "between 1 and 4"),
    "bad choice": (_changed(state={"activation": "swish"}), "state.activation"),
    "bad kernel": (_changed(state={"kernel": [[1, 2], [3]]}), "state.kernel must be"),
    "unknown preset": (_changed(state={"kernel": "blurry"}), "state.kernel must be"),
    "unknown photo": (_changed(state={"photo": "unicorn"}), "neither a shipped sample"),
    "bad id": (_changed(id="My Lesson"), "id must be"),
    "no steps": (_changed(steps=[]), "steps must be a non-empty list"),
    "step without Korean": (_changed(steps=[{"text": "Look."}]), "step 1: text_ko is missing"),
    "half a question": (
        _changed(steps=[{"text": "a", "text_ko": "b", "question": "Why?"}]),
        "needs both question and question_ko",
    ),
    "hide not a list": (_changed(hide="stride"), "hide must be a list of control names"),
    "title a number": (_changed(title=5), "title must be text"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_lessons_give_one_clear_line_naming_the_file(tmp_path, case):
    value, problem = BAD[case]
    path = _write(tmp_path, value)
    with pytest.raises(LessonError) as caught:
        lessons.load(path)
    message = str(caught.value)
    assert message.startswith(f"Lesson file {path}: ") and problem in message, message
    assert "\n" not in message


def test_a_training_lesson_checks_training_fields(tmp_path):
    data = _changed(tab="training", state={"epochs": 0})
    with pytest.raises(LessonError, match="state.epochs"):
        lessons.load(_write(tmp_path, data))
    data = _changed(tab="training", state={"augmentation.flip": 1})
    with pytest.raises(LessonError, match="augmentation.flip must be true or false"):
        lessons.load(_write(tmp_path, data))
    data = _changed(tab="training", state={"dropout": None, "limit": None, "epochs": 3})
    assert lessons.load(_write(tmp_path, data)).state["epochs"] == 3


def test_huge_files_fifos_folders_and_missing_files_are_refused(tmp_path):
    huge = _write(tmp_path, _changed(**{"x-padding": "a" * (lessons.MAX_BYTES + 10)}), "huge.json")
    with pytest.raises(LessonError, match="at most 256 KB"):
        lessons.load(huge)
    with pytest.raises(LessonError, match="not a regular file"):
        lessons.load(tmp_path)
    with pytest.raises(LessonError, match="cannot be read"):
        lessons.load(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(LessonError, match="not UTF-8"):
        lessons.load(binary)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        with pytest.raises(LessonError, match="not a regular file"):
            lessons.load(fifo)  # returns at once: a FIFO is never opened


def test_a_photo_next_to_the_lesson_travels_with_it(tmp_path):
    import cv2
    import numpy as np

    cv2.imwrite(str(tmp_path / "leaf.png"), np.zeros((8, 8, 3), np.uint8))
    lesson = lessons.load(_write(tmp_path, _changed(state={"photo": "leaf.png"})))
    assert lesson.photo_path() == tmp_path.resolve() / "leaf.png"
    with pytest.raises(LessonError, match="neither a shipped sample"):
        lessons.load(_write(tmp_path, _changed(state={"photo": "notes.txt"})))


def test_save_as_lesson_round_trips_a_training_state(tmp_path):
    from visionagent.core import atomic
    from visionagent.core.training import defaults_for

    config = defaults_for("mnist-10k")
    config.epochs, config.optimizer = 7, "sgd"
    config.augmentation.rotation_deg = 15.0
    state = lessons.state_of(config, "training", dataset="mnist-10k")
    lesson = lessons.make_lesson(
        "training",
        state,
        "My run",
        "나의 학습",
        steps=[
            {
                "text": "Press Start.",
                "text_ko": "시작을 누르세요.",
                "question": "Why?",
                "question_ko": "왜 그럴까요?",
            }
        ],
        hide=["multi_gpu"],
        lock=["arch"],
    )
    path = lessons.save(lesson, tmp_path / "my-run")
    assert path.name == "my-run.json" and not atomic.leftovers(tmp_path)
    again = lessons.load(path)
    assert again.state == lesson.state and again.steps == lesson.steps
    assert (again.id, again.hide, again.lock) == ("my-run", ("multi_gpu",), ("arch",))
    restored = lessons.apply_state(defaults_for("mnist-10k"), again.state, "training")
    assert restored == config


def test_save_refuses_a_bad_state_and_writes_nothing(tmp_path):
    with pytest.raises(LessonError, match="unknown state key 'wobble'"):
        lessons.make_lesson("filters", {"wobble": 1}, "Bad")
    lesson = lessons.make_lesson("filters", {"stride": 2}, "Good")
    bad = lessons.Lesson(**{**lesson.__dict__, "state": {"stride": 99}})
    with pytest.raises(LessonError, match="between 1 and 4"):
        lessons.save(bad, tmp_path / "bad.json")
    assert not list(tmp_path.iterdir())


def test_find_by_id_or_path(tmp_path):
    assert lessons.find("pooling").tab == "filters"
    assert lessons.find(str(_write(tmp_path, GOOD))).id == "tiny"
    with pytest.raises(LessonError, match="no shipped lesson has this id"):
        lessons.find("no-such-lesson")

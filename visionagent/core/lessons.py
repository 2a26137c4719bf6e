"""Lessons: small versioned JSON files that open a tab in a given state with numbered steps.

A teacher hands one file to thirty PCs: it names the tab, sets its controls (by the same keys as
the field tables :data:`~visionagent.core.training.TRAIN_FIELDS` and
:data:`~visionagent.core.filters.FILTER_FIELDS`, plus a few per tab), may hide or lock
controls, and carries steps with questions in English and Korean. The schema is in
``docs/lessons.md``; :func:`load` checks every part of it and answers a bad file with one
:class:`LessonError` line naming the file and the problem. Nothing in a lesson is executed.

Shipped lessons live in ``resources/lessons`` (:func:`shipped`); :func:`save` writes the state of
a tab as a new lesson (File ▸ Save as lesson…), atomically.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visionagent import paths
from visionagent.core import atomic
from visionagent.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

VERSION = 1
MAX_BYTES = 256 * 1024
MAX_STEPS = 50
MAX_TEXT = 4000
TABS = ("digits", "photos", "filters", "training", "inspect")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
NAME_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")
SUFFIX = ".json"
TOP_KEYS = {
    "version",
    "id",
    "title",
    "title_ko",
    "summary",
    "summary_ko",
    "chapter",
    "tab",
    "state",
    "hide",
    "lock",
    "steps",
}
STEP_KEYS = ("text", "text_ko", "question", "question_ko", "answer", "answer_ko")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")


class LessonError(ValueError):
    """A lesson file that cannot be used: which file, and what is wrong with it."""

    def __init__(self, source: Path | str, problem: str):
        self.path = Path(source)
        self.problem = problem
        super().__init__(
            translate("LessonError", "Lesson file {file}: {problem}").format(
                file=str(source), problem=problem
            )
        )


# ------------------------------------------------------------------------- the value types
def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def _int_in(low: int, high: int):
    def check(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    return check


def _number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _one_of(*choices: Any):
    def check(value: Any) -> bool:
        return value in choices

    return check


def _name(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


def _kernel(value: Any) -> bool:
    """A preset name or a square matrix (1×1 … 15×15) of finite numbers."""
    if isinstance(value, str):
        from visionagent.core.filters.kernels import PRESETS

        return value in PRESETS or value == "example-8-1"
    if not isinstance(value, list) or not 1 <= len(value) <= 15:
        return False
    return all(
        isinstance(row, list) and len(row) == len(value) and all(_number(v) for v in row)
        for row in value
    )


# Keys every tab understands, and each tab's own keys beside its field table:
# key -> (check, English description of the expected value for the error message).
COMMON_KEYS = {
    "language": (_one_of(*LANGUAGES), QT_TRANSLATE_NOOP("LessonError", "en or ko")),
    "page": (_name, QT_TRANSLATE_NOOP("LessonError", "a page name")),
}
TAB_KEYS: dict[str, dict[str, tuple[Any, str]]] = {
    "digits": {
        "model": (_name, QT_TRANSLATE_NOOP("LessonError", "a model name")),
        "preprocessing": (
            _one_of("mnist", "naive"),
            QT_TRANSLATE_NOOP("LessonError", "mnist or naive"),
        ),
        "boxes": (_int_in(1, 10), QT_TRANSLATE_NOOP("LessonError", "a whole number from 1 to 10")),
        "pen": (_int_in(2, 40), QT_TRANSLATE_NOOP("LessonError", "a whole number from 2 to 40")),
        "live": (_one_of(True, False), QT_TRANSLATE_NOOP("LessonError", "true or false")),
    },
    "photos": {
        "model": (_name, QT_TRANSLATE_NOOP("LessonError", "a model name")),
        "photo": (_name, QT_TRANSLATE_NOOP("LessonError", "a sample id or an image file")),
        "top": (_int_in(1, 20), QT_TRANSLATE_NOOP("LessonError", "a whole number from 1 to 20")),
        "gradcam": (_one_of(True, False), QT_TRANSLATE_NOOP("LessonError", "true or false")),
        "mode": (
            _one_of("breeds", "imagenet"),
            QT_TRANSLATE_NOOP("LessonError", "breeds or imagenet"),
        ),
        "threshold": (
            lambda v: _number(v) and 0 <= v <= 1,
            QT_TRANSLATE_NOOP("LessonError", "a number from 0 to 1"),
        ),
    },
    "filters": {
        "photo": (
            _name,
            QT_TRANSLATE_NOOP("LessonError", "a sample id, example-8-1, or an image file"),
        ),
        "kernel": (
            _kernel,
            QT_TRANSLATE_NOOP("LessonError", "a preset name or a square list of number rows"),
        ),
        "kernel_size": (
            _int_in(1, 15),
            QT_TRANSLATE_NOOP("LessonError", "a whole number from 1 to 15"),
        ),
        "sigma": (
            lambda v: _number(v) and 0 < v <= 20,
            QT_TRANSLATE_NOOP("LessonError", "a number above 0 (at most 20)"),
        ),
        "bias": (_number, QT_TRANSLATE_NOOP("LessonError", "a number")),
        "filters": (_int_in(1, 8), QT_TRANSLATE_NOOP("LessonError", "a whole number from 1 to 8")),
        "gray": (_one_of(True, False), QT_TRANSLATE_NOOP("LessonError", "true or false")),
    },
    "training": {
        "dataset": (
            _name,
            QT_TRANSLATE_NOOP(
                "LessonError", "mnist-10k, mnist, fashion-mnist, cifar10 or an image folder"
            ),
        ),
        "model": (_name, QT_TRANSLATE_NOOP("LessonError", "a model name")),
    },
    "inspect": {
        "model": (_name, QT_TRANSLATE_NOOP("LessonError", "a model name")),
        "photo": (_name, QT_TRANSLATE_NOOP("LessonError", "a sample id or an image file")),
        "layer": (_name, QT_TRANSLATE_NOOP("LessonError", "a layer name")),
        "member": (_int_in(1, 64), QT_TRANSLATE_NOOP("LessonError", "a member number from 1")),
        "input": (
            _one_of("drawing", "photo", "dataset"),
            QT_TRANSLATE_NOOP("LessonError", "drawing, photo or dataset"),
        ),
        "dataset": (_name, QT_TRANSLATE_NOOP("LessonError", "a data set name or folder")),
        "sample": (
            _int_in(0, 1_000_000),
            QT_TRANSLATE_NOOP("LessonError", "a sample number from 0"),
        ),
        "scale": (
            _one_of("map", "layer", "global"),
            QT_TRANSLATE_NOOP("LessonError", "map, layer or global"),
        ),
        "epoch": (_int_in(1, 100_000), QT_TRANSLATE_NOOP("LessonError", "an epoch number")),
    },
}


def field_table(tab: str):
    """The field table whose keys a tab's state may use (training, filters), else ()."""
    if tab == "training":
        from visionagent.core.training import TRAIN_FIELDS

        return TRAIN_FIELDS
    if tab == "filters":
        from visionagent.core.filters import FILTER_FIELDS

        return FILTER_FIELDS
    return ()


def state_keys(tab: str) -> list[str]:
    """Every key a lesson's ``state`` may set for ``tab``."""
    return [f.key for f in field_table(tab)] + list(TAB_KEYS[tab]) + list(COMMON_KEYS)


# ------------------------------------------------------------------------------ the lesson
@dataclass(frozen=True)
class Step:
    text: str
    text_ko: str
    question: str = ""
    question_ko: str = ""
    answer: str = ""
    answer_ko: str = ""

    def in_language(self, language: str) -> dict[str, str]:
        """``{"text", "question", "answer"}`` in ``language`` (English where Korean is blank)."""
        korean = language == "ko"
        return {
            key: (getattr(self, key + "_ko") if korean else "") or getattr(self, key)
            for key in ("text", "question", "answer")
        }


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    title_ko: str
    tab: str
    state: dict[str, Any]
    steps: tuple[Step, ...]
    hide: tuple[str, ...] = ()
    lock: tuple[str, ...] = ()
    summary: str = ""
    summary_ko: str = ""
    chapter: str = ""
    version: int = VERSION
    path: Path | None = field(default=None, compare=False)

    def title_in(self, language: str) -> str:
        return (self.title_ko if language == "ko" else "") or self.title

    def summary_in(self, language: str) -> str:
        return (self.summary_ko if language == "ko" else "") or self.summary

    def photo_path(self) -> Path | None:
        """The picture ``state["photo"]`` names: a shipped sample, or a file (relative paths
        from the lesson's folder); None when the state names none or names example 8-1."""
        photo = self.state.get("photo")
        if not photo or photo == "example-8-1":
            return None
        return resolve_photo(photo, self.path)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the file (the same schema :func:`load` reads)."""
        out: dict[str, Any] = {"version": self.version, "id": self.id, "title": self.title}
        out["title_ko"] = self.title_ko
        for key in ("summary", "summary_ko", "chapter"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        out["tab"] = self.tab
        out["state"] = dict(self.state)
        if self.hide:
            out["hide"] = list(self.hide)
        if self.lock:
            out["lock"] = list(self.lock)
        out["steps"] = [
            {k: getattr(step, k) for k in STEP_KEYS if getattr(step, k)} for step in self.steps
        ]
        return out


def resolve_photo(photo: str, lesson_path: Path | None = None) -> Path | None:
    """A sample id → its shipped file; otherwise a path (relative to the lesson's folder)."""
    from visionagent.core.samples import SAMPLES

    for sample in SAMPLES:
        if sample.id == photo:
            return sample.path
    path = Path(photo).expanduser()
    if not path.is_absolute() and lesson_path is not None:
        path = lesson_path.parent / path
    return path


# ------------------------------------------------------------------------------ validation
def _problem(source, text: str, **values) -> LessonError:
    """``text`` is already translated (a literal in ``translate()``, so the tools find it)."""
    return LessonError(source, text.format(**values))


def _check_text(source, data: Mapping[str, Any], key: str, required: bool, where: str = "") -> str:
    value = data.get(key, "")
    if required and not value:
        return _fail(
            source,
            translate("LessonError", "{where}{key} is missing or empty."),
            key=key,
            where=where,
        )
    if not isinstance(value, str):
        return _fail(
            source, translate("LessonError", "{where}{key} must be text."), key=key, where=where
        )
    if len(value) > MAX_TEXT:
        return _fail(
            source,
            translate("LessonError", "{where}{key} is longer than {limit} characters."),
            key=key,
            where=where,
            limit=MAX_TEXT,
        )
    return value


def _fail(source, text: str, **values):
    raise _problem(source, text, **values)


def _check_names(source, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(v, str) and NAME_PATTERN.match(v) for v in value
    ):
        _fail(
            source,
            translate(
                "LessonError",
                "{key} must be a list of control names (letters, digits, _ . -), e.g. "
                '["optimizer", "augmentation.flip"].',
            ),
            key=key,
        )
    if len(value) > 100:
        _fail(source, translate("LessonError", "{key} lists more than 100 controls."), key=key)
    return tuple(value)


def _check_field(source, spec, value: Any) -> Any:
    """A field-table value: the field's own type first (no "5" for 5, no true for 1), then its
    range and choices."""
    special = (
        spec.special is not None
        and value == spec.special[0]
        and type(value) is type(spec.special[0])
    )
    if not special:
        wrong = (
            (spec.kind == "int" and (type(value) is not int))
            or (spec.kind == "float" and not _number(value))
            or (spec.kind == "bool" and not isinstance(value, bool))
            or (spec.kind == "text" and not isinstance(value, str))
        )
        if wrong:
            expected = {
                "int": QT_TRANSLATE_NOOP("LessonError", "a whole number"),
                "float": QT_TRANSLATE_NOOP("LessonError", "a number"),
                "bool": QT_TRANSLATE_NOOP("LessonError", "true or false"),
            }
            _fail(
                source,
                translate("LessonError", "state.{key} must be {expected}, not {value}."),
                key=spec.key,
                expected=translate(
                    "LessonError", expected.get(spec.kind, QT_TRANSLATE_NOOP("LessonError", "text"))
                ),
                value=json.dumps(value, ensure_ascii=False)[:60],
            )
    try:
        return spec.validate(value)
    except ValueError as exc:
        raise _problem(
            source, translate("LessonError", "state.{key}: {error}"), key=spec.key, error=str(exc)
        ) from None


def check_state(source, tab: str, state: Any, lesson_path: Path | None = None) -> dict[str, Any]:
    """``state`` validated for ``tab``: known keys, values of the right type and range."""
    if not isinstance(state, dict):
        _fail(source, translate("LessonError", "state must be an object of control settings."))
    fields = {f.key: f for f in field_table(tab)}
    extra = {**TAB_KEYS[tab], **COMMON_KEYS}
    out: dict[str, Any] = {}
    for key, value in state.items():
        if key in fields:
            out[key] = _check_field(source, fields[key], value)
            continue
        if key not in extra:
            _fail(
                source,
                translate(
                    "LessonError", "unknown state key {key!r} for the {tab} tab (known: {known})."
                ),
                key=key,
                tab=tab,
                known=", ".join(state_keys(tab)),
            )
        check, expected = extra[key]
        if not check(value):
            _fail(
                source,
                translate("LessonError", "state.{key} must be {expected}, not {value}."),
                key=key,
                expected=translate("LessonError", expected),
                value=json.dumps(value, ensure_ascii=False)[:60],
            )
        out[key] = value
    photo = out.get("photo")
    if photo and photo != "example-8-1":
        path = resolve_photo(photo, lesson_path)
        from visionagent.core.samples import SAMPLES

        if photo not in {s.id for s in SAMPLES} and (
            path is None or path.suffix.lower() not in IMAGE_SUFFIXES
        ):
            _fail(
                source,
                translate(
                    "LessonError",
                    "state.photo {photo!r} is neither a shipped sample ({ids}) nor an image file.",
                ),
                photo=photo,
                ids=", ".join(s.id for s in SAMPLES),
            )
    if photo == "example-8-1" and tab != "filters":
        _fail(
            source,
            translate("LessonError", "state.photo example-8-1 exists only in the filters tab."),
        )
    return out


def parse(data: Any, source: Path | str = "<lesson>", path: Path | None = None) -> Lesson:
    """A :class:`Lesson` from the decoded JSON ``data``; :class:`LessonError` when invalid."""
    if not isinstance(data, dict):
        _fail(
            source,
            translate("LessonError", "a lesson is a JSON object {{…}}, not a {kind}."),
            kind=type(data).__name__,
        )
    version = data.get("version")
    if type(version) is not int:
        _fail(
            source,
            translate(
                "LessonError",
                "version must be a whole number (this VisionAgent reads version {v}).",
            ),
            v=VERSION,
        )
    if version > VERSION:
        _fail(
            source,
            translate(
                "LessonError",
                "it was made by a newer VisionAgent (lesson version {version}; this one reads "
                "version {v}). Update VisionAgent.",
            ),
            version=version,
            v=VERSION,
        )
    if version < 1:
        _fail(
            source,
            translate("LessonError", "version {version} does not exist (the first is 1)."),
            version=version,
        )
    unknown = sorted(k for k in data if k not in TOP_KEYS and not str(k).startswith("x-"))
    if unknown:
        _fail(
            source,
            translate(
                "LessonError",
                "unknown key {key!r} (keys: {known}; notes of your own may start with x-).",
            ),
            key=unknown[0],
            known=", ".join(sorted(TOP_KEYS)),
        )
    lesson_id = data.get("id")
    if not isinstance(lesson_id, str) or not ID_PATTERN.match(lesson_id):
        _fail(
            source,
            translate(
                "LessonError",
                'id must be lower-case letters, digits and dashes, e.g. "padding-stride".',
            ),
        )
    tab = data.get("tab")
    if tab not in TABS:
        _fail(
            source,
            translate("LessonError", "unknown tab {tab} (choose one of {tabs})."),
            tab=json.dumps(tab, ensure_ascii=False)[:40],
            tabs=", ".join(TABS),
        )
    steps_data = data.get("steps", [])
    if not isinstance(steps_data, list) or not steps_data:
        _fail(source, translate("LessonError", "steps must be a non-empty list of steps."))
    if len(steps_data) > MAX_STEPS:
        _fail(
            source, translate("LessonError", "a lesson has at most {limit} steps."), limit=MAX_STEPS
        )
    steps = []
    for number, item in enumerate(steps_data, start=1):
        where = translate("LessonError", "step {number}: ").format(number=number)
        if not isinstance(item, dict):
            _fail(
                source,
                translate("LessonError", "{where}a step is an object with text and text_ko."),
                where=where,
            )
        extra = sorted(k for k in item if k not in STEP_KEYS and not str(k).startswith("x-"))
        if extra:
            _fail(
                source,
                translate("LessonError", "{where}unknown key {key!r}."),
                where=where,
                key=extra[0],
            )
        values = {
            key: _check_text(source, item, key, key in ("text", "text_ko"), where)
            for key in STEP_KEYS
        }
        if bool(values["question"]) != bool(values["question_ko"]):
            _fail(
                source,
                translate("LessonError", "{where}a question needs both question and question_ko."),
                where=where,
            )
        steps.append(Step(**values))
    return Lesson(
        id=lesson_id,
        title=_check_text(source, data, "title", True),
        title_ko=_check_text(source, data, "title_ko", True),
        tab=tab,
        state=check_state(source, tab, data.get("state", {}), path),
        steps=tuple(steps),
        hide=_check_names(source, data, "hide"),
        lock=_check_names(source, data, "lock"),
        summary=_check_text(source, data, "summary", False),
        summary_ko=_check_text(source, data, "summary_ko", False),
        chapter=_check_text(source, data, "chapter", False),
        version=version,
        path=path,
    )


def read_bytes(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit``; :class:`LessonError` otherwise."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _problem(
            path,
            translate("LessonError", "it cannot be read ({error})."),
            error=exc.strerror or exc,
        ) from exc
    if not stat.S_ISREG(info.st_mode):
        _fail(path, translate("LessonError", "it is not a regular file."))
    if info.st_size > limit:
        _fail(
            path,
            translate("LessonError", "it is {size} KB; a lesson is at most {limit} KB."),
            size=info.st_size // 1024,
            limit=limit // 1024,
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise _problem(
            path,
            translate("LessonError", "it cannot be read ({error})."),
            error=exc.strerror or exc,
        ) from exc
    if len(data) > limit:
        _fail(path, translate("LessonError", "it is larger than {limit} KB."), limit=limit // 1024)
    return data


def load(path: Path | str) -> Lesson:
    """Read and check a lesson file (see the module notes)."""
    path = Path(path).expanduser()
    raw = read_bytes(path)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        _fail(path, translate("LessonError", "it is not UTF-8 text."))
    except json.JSONDecodeError as exc:
        _fail(
            path,
            translate(
                "LessonError", "it is not valid JSON (line {line}, column {column}: {error})."
            ),
            line=exc.lineno,
            column=exc.colno,
            error=exc.msg,
        )
    return parse(data, path, path.resolve())


# ------------------------------------------------------------------------------ shipped ones
def lessons_dir() -> Path:
    return paths.resource("lessons")


def shipped() -> list[Lesson]:
    """The lessons in ``resources/lessons``, in file-name order (they are numbered)."""
    folder = lessons_dir()
    return [load(p) for p in sorted(folder.glob("*" + SUFFIX))] if folder.is_dir() else []


def listing() -> list[dict[str, str]]:
    """``[{"id", "title", "title_ko", "path"}]`` of the shipped lessons."""
    return [
        {"id": x.id, "title": x.title, "title_ko": x.title_ko, "path": str(x.path)}
        for x in shipped()
    ]


def find(name: str) -> Lesson:
    """A lesson by file path, or a shipped lesson by id (``visionagent --lesson``)."""
    path = Path(name).expanduser()
    if path.suffix.lower() == SUFFIX or path.exists():
        return load(path)
    for candidate in shipped():
        if candidate.id == name:
            return candidate
    _fail(
        name,
        translate(
            "LessonError", "no such file, and no shipped lesson has this id (shipped: {ids})."
        ),
        ids=", ".join(x.id for x in shipped()),
    )
    raise AssertionError  # unreachable: _fail raises


# ------------------------------------------------------------------------------ saving
def _plain(value: Any) -> Any:
    """NumPy scalars and arrays, tuples → JSON values."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def state_of(config: Any, tab: str, **extra: Any) -> dict[str, Any]:
    """A lesson state from a config dataclass (TrainConfig, filters Layer) by its field table,
    plus the tab's own keys given in ``extra`` (``dataset=…``, ``photo=…``)."""
    from visionagent.core.fields import get_value

    state = {f.key: _plain(get_value(config, f.key)) for f in field_table(tab)}
    state.update({k: _plain(v) for k, v in extra.items() if v is not None})
    return state


def apply_state(config: Any, state: Mapping[str, Any], tab: str) -> Any:
    """A copy of ``config`` with the state's field-table values (other keys are the tab's)."""
    from visionagent.core.fields import apply_values

    keys = {f.key for f in field_table(tab)}
    return apply_values(config, {k: v for k, v in state.items() if k in keys})


def make_lesson(
    tab: str,
    state: Mapping[str, Any],
    title: str,
    title_ko: str = "",
    steps: Iterable[Step | Mapping[str, str]] = (),
    hide: Iterable[str] = (),
    lock: Iterable[str] = (),
    lesson_id: str | None = None,
    summary: str = "",
    summary_ko: str = "",
) -> Lesson:
    """A checked lesson from a tab's state (the GUI's Save as lesson… fills in the rest)."""
    step_list = [
        s if isinstance(s, Step) else Step(**{k: s.get(k, "") for k in STEP_KEYS}) for s in steps
    ]
    if not step_list:
        step_list = [
            Step(
                translate("Lessons", "Look at the settings and try the tab."),
                "설정을 살펴보고 탭을 직접 사용해 보세요.",
            )
        ]
    slug = lesson_id or re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:64] or "my-lesson"
    data = {
        "version": VERSION,
        "id": slug,
        "title": title,
        "title_ko": title_ko or title,
        "summary": summary,
        "summary_ko": summary_ko,
        "tab": tab,
        "state": {k: _plain(v) for k, v in state.items()},
        "hide": list(hide),
        "lock": list(lock),
        "steps": [{k: getattr(s, k) for k in STEP_KEYS} for s in step_list],
    }
    return parse(data, "<new lesson>")


def save(lesson: Lesson, path: Path | str) -> Path:
    """Write ``lesson`` to ``path`` (``.json`` added when missing), atomically; re-checked."""
    path = Path(path).expanduser()
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    data = lesson.to_dict()
    parse(json.loads(json.dumps(data)), path, path)  # what we write must load again
    atomic.write_json(path, data)
    return path

"""Find, validate and load models: ``NAME.keras`` plus ``NAME.json`` metadata.

The metadata JSON holds at least ``task`` (one of :data:`TASKS`), ``class_names``,
``input_shape``, ``preprocessing``, ``metrics`` (each with the data set it was measured on) and
``provenance``. Class names are JSON, never pickle. Models load with ``safe_mode=True``.

Problems come back as :class:`ModelError` with the file, what is wrong and what to do, so the GUI
and the CLI can show the same friendly message while the rest of the app keeps working.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visionagent.core import userfiles
from visionagent.i18n import dataset_label, model_label, percent, translate

TASKS = ("digits", "breeds", "imagenet", "classifier")
REQUIRED_KEYS = ("task", "class_names", "input_shape", "preprocessing")
# How a model wants its input (see core.digits, core.breeds, core.training): a new id goes here.
PREPROCESSINGS = ("mnist", "scale01", "efficientnet_lite")
OUTPUTS = ("probabilities", "logits")  # what the last layer gives (metadata "outputs")
MAX_METADATA_BYTES = 16 << 20
MAX_MODEL_BYTES = 4 << 30  # what a .keras zip may unpack to
MAX_ZIP_MEMBERS = 10_000
MAX_CLASSES = 100_000
MAX_TEXT = 100_000
MAX_SIDE = 100_000  # an input side larger than this is not an image model


class ModelError(Exception):
    """A model that cannot be used: which file, what is wrong, what to do."""

    def __init__(self, path: Path | str, problem: str, remedy: str):
        self.path = Path(path)
        self.problem = problem
        self.remedy = remedy
        super().__init__(self.message())

    def message(self) -> str:
        return translate("ModelError", "Model file {file}: {problem} {remedy}").format(
            file=str(self.path), problem=self.problem, remedy=self.remedy
        )


@dataclass
class ModelInfo:
    name: str
    keras_path: Path
    json_path: Path
    task: str
    class_names: list[str]
    input_shape: list[int]
    preprocessing: str
    metrics: list[dict[str, Any]] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    user: bool = False
    outputs: str | None = None  # "probabilities" or "logits", known once the model is loaded

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def metric(self, name: str = "accuracy") -> dict[str, Any] | None:
        """The first recorded metric called ``name`` (with its data set), if any."""
        for entry in self.metrics:
            if entry.get("name") == name:
                return entry
        return None

    def label(self) -> str:
        """The model's name for people, in the UI language (``display_name`` of its JSON)."""
        return model_label(str(self.meta.get("display_name") or self.name))

    def display_name(self) -> str:
        label = self.label()
        acc = self.metric("accuracy")
        if acc and acc.get("value") is not None:
            return translate("ModelInfo", "{model} — {accuracy} ({dataset})").format(
                model=label,
                accuracy=percent(float(acc["value"]), 2),
                dataset=dataset_label(str(acc.get("dataset", "?"))),
            )
        return label


def _fix_hint() -> str:
    return translate(
        "ModelError", "Replace or delete the file, or retrain the model in the Training tab."
    )


def _field_error(json_path: Path, name: str, why: str) -> ModelError:
    return ModelError(
        json_path,
        translate("ModelError", "the metadata field {field} is wrong: {why}").format(
            field=name, why=why
        ),
        _fix_hint(),
    )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)) and math.isfinite(
        value
    )


def _text_list(value: Any, limit: int = MAX_CLASSES) -> bool:
    return (
        isinstance(value, list)
        and 0 < len(value) <= limit
        and all(isinstance(v, str) and len(v) <= MAX_TEXT for v in value)
    )


def validate_metadata(meta: Any, json_path: Path | str) -> dict[str, Any]:
    """Check the metadata schema; returns it with ``metrics`` in list form, else ModelError.

    Required: ``task`` (one of :data:`TASKS`), ``class_names`` (a non-empty list of strings),
    ``input_shape`` (1 to 4 positive integers), ``preprocessing`` (one of
    :data:`PREPROCESSINGS`). Optional but typed when present: ``metrics`` (objects with a
    string ``name``, a finite number or null ``value`` and a string ``dataset``),
    ``provenance`` (an object), ``outputs`` (``"logits"`` or ``"probabilities"``), the
    per-class lists ``class_ids``/``wnids`` (as long as ``class_names``), and the texts
    ``display_name``, ``architecture``, ``backbone``, ``feature_layer``. Other keys are kept
    as they are.
    """
    json_path = Path(json_path)
    if not isinstance(meta, dict):
        raise ModelError(
            json_path, translate("ModelError", "the metadata must be a JSON object."), _fix_hint()
        )
    missing = [key for key in REQUIRED_KEYS if key not in meta]
    if missing:
        raise ModelError(
            json_path,
            translate("ModelError", "the metadata lacks the keys: {keys}.").format(
                keys=", ".join(missing)
            ),
            _fix_hint(),
        )
    task = meta["task"]
    if not isinstance(task, str) or task not in TASKS:
        raise ModelError(
            json_path,
            translate("ModelError", "unknown task {task!r} (expected one of {tasks}).").format(
                task=task if isinstance(task, str) else type(task).__name__, tasks=", ".join(TASKS)
            ),
            _fix_hint(),
        )
    names = meta["class_names"]
    if not _text_list(names):
        raise ModelError(
            json_path,
            translate("ModelError", "class_names must be a non-empty list of strings."),
            _fix_hint(),
        )
    shape = meta["input_shape"]
    if not (
        isinstance(shape, list)
        and 1 <= len(shape) <= 4
        and all(_is_int(s) and 0 < s <= MAX_SIDE for s in shape)
    ):
        raise _field_error(
            json_path,
            "input_shape",
            translate("ModelError", "it must be a list of 1 to 4 positive whole numbers."),
        )
    prep = meta["preprocessing"]
    if not isinstance(prep, str) or prep not in PREPROCESSINGS:
        raise _field_error(
            json_path,
            "preprocessing",
            translate("ModelError", "it must be one of {names}.").format(
                names=", ".join(PREPROCESSINGS)
            ),
        )
    metrics = meta.get("metrics", [])
    if isinstance(metrics, dict):  # tolerate {"accuracy": {...}} style
        metrics = [
            {**(v if isinstance(v, dict) else {"value": v}), "name": k} for k, v in metrics.items()
        ]
    if not isinstance(metrics, list) or len(metrics) > MAX_CLASSES:
        raise _field_error(
            json_path, "metrics", translate("ModelError", "it must be a list of objects.")
        )
    for entry in metrics:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and len(entry["name"]) <= MAX_TEXT
            and (entry.get("value") is None or _is_number(entry.get("value")))
            and isinstance(entry.get("dataset", ""), str)
            and len(entry.get("dataset", "")) <= MAX_TEXT
        ):
            raise _field_error(
                json_path,
                "metrics",
                translate(
                    "ModelError",
                    "each entry needs a text name, a finite number value and a text dataset.",
                ),
            )
    if not isinstance(meta.get("provenance", {}), dict):
        raise _field_error(
            json_path, "provenance", translate("ModelError", "it must be a JSON object.")
        )
    if meta.get("outputs", "probabilities") not in OUTPUTS:
        raise _field_error(
            json_path,
            "outputs",
            translate("ModelError", "it must be one of {names}.").format(names=", ".join(OUTPUTS)),
        )
    for key in ("class_ids", "wnids"):
        if key in meta and not (_text_list(meta[key]) and len(meta[key]) == len(names)):
            raise _field_error(
                json_path,
                key,
                translate(
                    "ModelError", "it must be a list of {count} strings, one per class."
                ).format(count=len(names)),
            )
    for key in ("display_name", "architecture", "backbone", "feature_layer"):
        if key in meta and not (isinstance(meta[key], str) and len(meta[key]) <= MAX_TEXT):
            raise _field_error(json_path, key, translate("ModelError", "it must be a text."))
    return {**meta, "metrics": metrics}


# ------------------------------------------------------------------ interrupted saves
PENDING_SUFFIX = ".json.pending"


def pending_metadata_path(keras_path: Path | str) -> Path:
    """``.NAME.json.pending``: a save's new JSON, complete, until its model is in place."""
    keras_path = Path(keras_path)
    return keras_path.with_name(f".{keras_path.stem}{PENDING_SUFFIX}")


def file_sha256(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def finish_interrupted_save(keras_path: Path | str) -> str | None:
    """Complete or undo a save that was killed between replacing ``NAME.keras`` and its JSON.

    A save writes the new JSON as :func:`pending_metadata_path` (with the new model's SHA-256)
    before it replaces the model, then moves it over ``NAME.json``. When a pending file is
    found, the model in place decides: it is the new one → the pending JSON becomes
    ``NAME.json`` (roll forward); it is the old one → the pending file is dropped (the old pair
    is intact). Returns ``"forward"``, ``"back"`` or None (nothing to do or not writable).
    """
    keras_path = Path(keras_path)
    pending = pending_metadata_path(keras_path)
    if not pending.is_file():
        return None
    try:
        meta = json.loads(userfiles.read_regular(pending, MAX_METADATA_BYTES).decode("utf-8"))
        wanted = meta.get("keras_sha256") if isinstance(meta, dict) else None
        forward = isinstance(wanted, str) and keras_path.is_file()
        forward = forward and file_sha256(keras_path) == wanted
        if forward:
            os.replace(pending, keras_path.with_suffix(".json"))
        else:
            pending.unlink()
    except (OSError, ValueError, userfiles.FileProblem):
        return None  # a read-only folder: the pair in place is used as it is
    return "forward" if forward else "back"


def _read_metadata(json_path: Path) -> Any:
    """The parsed JSON of ``json_path`` (a regular file, bounded); ModelError otherwise."""
    try:
        data = userfiles.read_regular(json_path, MAX_METADATA_BYTES)
    except userfiles.FileProblem as problem:
        if problem.reason == userfiles.MISSING:
            raise ModelError(
                json_path,
                translate(
                    "ModelError", "the metadata file (.json with the class names) is missing."
                ),
                translate("ModelError", "Put NAME.json beside NAME.keras, or retrain the model."),
            ) from problem
        raise ModelError(json_path, _file_problem_text(problem), _fix_hint()) from problem
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is one
        error = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise ModelError(
            json_path,
            translate("ModelError", "the metadata is not valid JSON ({error}).").format(
                error=error
            ),
            _fix_hint(),
        ) from exc


def _file_problem_text(problem: userfiles.FileProblem) -> str:
    if problem.reason == userfiles.SPECIAL:
        return translate(
            "ModelError",
            "it is not a regular file (a pipe, a device or a socket), so it is not read.",
        )
    if problem.reason == userfiles.FOLDER:
        return translate("ModelError", "it is a folder, not a file.")
    if problem.reason == userfiles.TOO_LARGE:
        return translate("ModelError", "the file is too large.")
    return translate("ModelError", "the file cannot be read ({error}).").format(
        error=problem.detail
    )


def _check_keras_file(keras_path: Path) -> None:
    """A regular zip file whose members unpack to a bounded size (no zip bombs)."""
    try:
        userfiles.check_regular(keras_path)
    except userfiles.FileProblem as problem:
        if problem.reason == userfiles.MISSING:
            raise ModelError(
                keras_path, translate("ModelError", "the .keras file is missing."), _fix_hint()
            ) from problem
        raise ModelError(keras_path, _file_problem_text(problem), _fix_hint()) from problem
    not_a_model = ModelError(
        keras_path,
        translate("ModelError", "the file is not a valid Keras model (corrupt or truncated)."),
        _fix_hint(),
    )
    try:
        with zipfile.ZipFile(keras_path) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError) as exc:
        raise not_a_model from exc
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_MODEL_BYTES:
        raise ModelError(
            keras_path,
            translate("ModelError", "the file unpacks to more than {size} GB.").format(
                size=MAX_MODEL_BYTES >> 30
            ),
            _fix_hint(),
        )


def read_info(keras_path: Path, user: bool = False) -> ModelInfo:
    """Validate the files of one model without importing TensorFlow."""
    keras_path = Path(keras_path)
    json_path = keras_path.with_suffix(".json")
    _check_keras_file(keras_path)
    meta = validate_metadata(_read_metadata(json_path), json_path)
    return ModelInfo(
        name=keras_path.stem,
        keras_path=keras_path,
        json_path=json_path,
        task=meta["task"],
        class_names=list(meta["class_names"]),
        input_shape=list(meta["input_shape"]),
        preprocessing=meta["preprocessing"],
        metrics=list(meta["metrics"]),
        provenance=dict(meta.get("provenance", {})),
        meta=meta,
        user=user,
    )


class ModelRegistry:
    """Models found in a list of folders; later folders (the user's) may shadow shipped names."""

    def __init__(self, folders: Iterable[Path | str], user_folders: Iterable[Path | str] = ()):
        self.folders = [Path(f) for f in folders]
        self.user_folders = {Path(f) for f in user_folders}
        self._infos: dict[str, ModelInfo] = {}
        self._problems: list[ModelError] = []
        self._cache: dict[str, Any] = {}
        self._lock = threading.RLock()
        self.refresh()

    @classmethod
    def for_model(cls, spec: str | None) -> tuple[ModelRegistry, str | None]:
        """``(registry, name)`` for a model given by registry name or by the path of its
        ``.keras`` file (the CLI's ``--model``): a path adds its folder to the shipped models, so
        a model just written by ``visionagent train --out`` is used as it is."""
        if spec and (spec.endswith(".keras") or Path(spec).expanduser().is_file()):
            from visionagent import paths

            path = Path(spec).expanduser().resolve()
            return cls([paths.models_dir(), path.parent], user_folders=[path.parent]), path.stem
        return cls.default(), spec or None

    @classmethod
    def default(cls) -> ModelRegistry:
        from visionagent import paths

        return cls(paths.model_dirs(), user_folders=[paths.user_models_dir()])

    def refresh(self) -> None:
        """Scan the folders again (after a model was trained or copied in)."""
        infos: dict[str, ModelInfo] = {}
        problems: list[ModelError] = []
        for folder in self.folders:
            try:
                if not folder.is_dir():
                    continue
                with os.scandir(folder) as entries:
                    stems = {
                        Path(e.name).stem
                        for e in entries
                        if e.name.endswith((".keras", ".json")) and not e.name.startswith(".")
                    }
            except OSError as exc:  # a folder we may not list: its models are not there
                problems.append(
                    ModelError(
                        folder,
                        translate(
                            "ModelError", "the models folder cannot be read ({error})."
                        ).format(error=exc.strerror or type(exc).__name__),
                        translate("ModelError", "Check the folder's permissions."),
                    )
                )
                continue
            for stem in sorted(stems):
                finish_interrupted_save(folder / f"{stem}.keras")
                try:
                    infos[stem] = read_info(
                        folder / f"{stem}.keras", user=folder in self.user_folders
                    )
                except ModelError as exc:
                    problems.append(exc)
        with self._lock:
            self._infos = infos
            self._problems = problems
            self._cache = {k: v for k, v in self._cache.items() if k in infos}

    def problems(self) -> list[ModelError]:
        return list(self._problems)

    def names(self, task: str | None = None) -> list[str]:
        return [n for n, i in self._infos.items() if task is None or i.task == task]

    def _user_folder_hint(self) -> Path:
        if self.user_folders:
            return sorted(self.user_folders)[0]
        return self.folders[-1] if self.folders else Path(".")

    def infos(self, task: str | None = None) -> list[ModelInfo]:
        return [i for i in self._infos.values() if task is None or i.task == task]

    def info(self, name: str) -> ModelInfo:
        try:
            return self._infos[name]
        except KeyError:
            for problem in self._problems:
                if problem.path.stem == name:
                    raise problem from None
            known = ", ".join(sorted(self._infos)) or "-"
            raise ModelError(
                name,
                translate("ModelError", "no model of this name was found."),
                translate(
                    "ModelError",
                    "Known models: {names}. Give one of these names, or the path of a .keras "
                    "file (with its .json beside it); your own models live in {folder}.",
                ).format(names=known, folder=str(self._user_folder_hint())),
            ) from None

    def load(self, name: str):
        """Load (once, cached) and return ``(keras_model, info)``; raises :class:`ModelError`."""
        info = self.info(name)
        with self._lock:
            if name in self._cache:
                return self._cache[name], info
            from visionagent.core import backend

            keras = backend.keras()
            try:
                model = keras.models.load_model(info.keras_path, safe_mode=True, compile=False)
            except Exception as exc:
                raise ModelError(
                    info.keras_path,
                    translate("ModelError", "Keras could not load it ({error}).").format(
                        error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
                    ),
                    _fix_hint(),
                ) from exc
            _check_loaded(model, info)
            self._cache[name] = model
            return model, info


def _check_loaded(model, info: ModelInfo) -> None:
    """The loaded model agrees with its metadata and has finite weights; records ``outputs``."""
    from visionagent.core import outputs

    count = model.outputs[0].shape[-1] if getattr(model, "outputs", None) else None
    if count is not None and int(count) != info.num_classes:
        raise ModelError(
            info.json_path,
            translate(
                "ModelError",
                "the model has {outputs} outputs but the metadata names {names} classes.",
            ).format(outputs=int(count), names=info.num_classes),
            translate("ModelError", "Use the .json that was saved with this model."),
        )
    shape = [int(s) if s is not None else None for s in model.inputs[0].shape[1:]]
    declared = list(info.input_shape)
    if len(shape) != len(declared) or any(
        s is not None and s != d for s, d in zip(shape, declared, strict=False)
    ):
        raise ModelError(
            info.json_path,
            translate(
                "ModelError",
                "the model takes inputs of shape {shape}, the metadata says {declared}.",
            ).format(shape=shape, declared=declared),
            translate("ModelError", "Use the .json that was saved with this model."),
        )
    if not outputs.weights_are_finite(model):
        raise ModelError(
            info.keras_path,
            translate(
                "ModelError",
                "its weights contain NaN or infinite values (a training run that diverged?).",
            ),
            _fix_hint(),
        )
    info.outputs = outputs.output_kind(model, info.meta.get("outputs"))


def write_metadata(path: Path | str, meta: dict[str, Any]) -> Path:
    """Write ``meta`` atomically as the ``.json`` beside a ``.keras`` file (UTF-8, readable).

    NaN and infinities (a metric of a run that diverged) are written as null: they are not JSON.
    """
    from visionagent.core import atomic
    from visionagent.core.outputs import json_safe

    json_path = Path(path).with_suffix(".json")
    atomic.write_json(json_path, json_safe(meta))
    return json_path

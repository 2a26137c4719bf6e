"""Find, validate and load models: ``NAME.keras`` plus ``NAME.json`` metadata.

The metadata JSON holds at least ``task`` (one of :data:`TASKS`), ``class_names``,
``input_shape``, ``preprocessing``, ``metrics`` (each with the data set it was measured on) and
``provenance``. Class names are JSON, never pickle. Models load with ``safe_mode=True``.

Problems come back as :class:`ModelError` with the file, what is wrong and what to do, so the GUI
and the CLI can show the same friendly message while the rest of the app keeps working.
"""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visionagent.i18n import dataset_label, percent, translate

TASKS = ("digits", "breeds", "imagenet", "classifier")
REQUIRED_KEYS = ("task", "class_names", "input_shape", "preprocessing")


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

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    def metric(self, name: str = "accuracy") -> dict[str, Any] | None:
        """The first recorded metric called ``name`` (with its data set), if any."""
        for entry in self.metrics:
            if entry.get("name") == name:
                return entry
        return None

    def display_name(self) -> str:
        label = self.meta.get("display_name") or self.name
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


def read_info(keras_path: Path, user: bool = False) -> ModelInfo:
    """Validate the files of one model without importing TensorFlow."""
    keras_path = Path(keras_path)
    json_path = keras_path.with_suffix(".json")
    if not keras_path.is_file():
        raise ModelError(
            keras_path, translate("ModelError", "the .keras file is missing."), _fix_hint()
        )
    if not json_path.is_file():
        raise ModelError(
            json_path,
            translate("ModelError", "the metadata file (.json with the class names) is missing."),
            translate("ModelError", "Put NAME.json beside NAME.keras, or retrain the model."),
        )
    if not zipfile.is_zipfile(keras_path):
        raise ModelError(
            keras_path,
            translate("ModelError", "the file is not a valid Keras model (corrupt or truncated)."),
            _fix_hint(),
        )
    try:
        meta = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(
            json_path,
            translate("ModelError", "the metadata is not valid JSON ({error}).").format(error=exc),
            _fix_hint(),
        ) from exc
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
    if meta["task"] not in TASKS:
        raise ModelError(
            json_path,
            translate("ModelError", "unknown task {task!r} (expected one of {tasks}).").format(
                task=meta["task"], tasks=", ".join(TASKS)
            ),
            _fix_hint(),
        )
    names = meta["class_names"]
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise ModelError(
            json_path,
            translate("ModelError", "class_names must be a non-empty list of strings."),
            _fix_hint(),
        )
    metrics = meta.get("metrics", [])
    if isinstance(metrics, dict):  # tolerate {"accuracy": {...}} style
        metrics = [
            dict(name=k, **(v if isinstance(v, dict) else {"value": v})) for k, v in metrics.items()
        ]
    return ModelInfo(
        name=keras_path.stem,
        keras_path=keras_path,
        json_path=json_path,
        task=meta["task"],
        class_names=list(names),
        input_shape=list(meta["input_shape"]),
        preprocessing=str(meta["preprocessing"]),
        metrics=list(metrics),
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
    def default(cls) -> ModelRegistry:
        from visionagent import paths

        return cls(paths.model_dirs(), user_folders=[paths.user_models_dir()])

    def refresh(self) -> None:
        """Scan the folders again (after a model was trained or copied in)."""
        infos: dict[str, ModelInfo] = {}
        problems: list[ModelError] = []
        for folder in self.folders:
            if not folder.is_dir():
                continue
            stems = {p.stem for p in folder.glob("*.keras")} | {
                p.stem for p in folder.glob("*.json")
            }
            for stem in sorted(stems):
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

    def infos(self, task: str | None = None) -> list[ModelInfo]:
        return [i for i in self._infos.values() if task is None or i.task == task]

    def info(self, name: str) -> ModelInfo:
        try:
            return self._infos[name]
        except KeyError:
            for problem in self._problems:
                if problem.path.stem == name:
                    raise problem from None
            raise ModelError(
                name,
                translate("ModelError", "no model of this name was found."),
                translate("ModelError", "Check the models folder (File ▸ Open models folder)."),
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
            outputs = model.outputs[0].shape[-1] if model.outputs else None
            if outputs is not None and int(outputs) != info.num_classes:
                raise ModelError(
                    info.json_path,
                    translate(
                        "ModelError",
                        "the model has {outputs} outputs but the metadata names {names} classes.",
                    ).format(outputs=int(outputs), names=info.num_classes),
                    translate("ModelError", "Use the .json that was saved with this model."),
                )
            self._cache[name] = model
            return model, info


def write_metadata(path: Path | str, meta: dict[str, Any]) -> Path:
    """Write ``meta`` as the ``.json`` beside a ``.keras`` file (UTF-8, readable)."""
    json_path = Path(path).with_suffix(".json")
    json_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return json_path

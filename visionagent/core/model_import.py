"""Your own model in: check a ``.keras`` (or legacy ``.h5``) file, guess what it is, copy it in.

Two steps, so the GUI can ask in between::

    found = inspect_file("my_cnn.keras")            # refuses code, infers what it can
    found.task, found.class_names, found.preprocessing  # guesses for the dialog
    info = import_model(found, name="my_cnn", class_names=[...])  # NAME.keras + NAME.json

Nothing in a model file is executed: the architecture (``config.json`` of a ``.keras`` zip, the
``model_config`` attribute of an ``.h5``) is read as JSON first and refused when it holds a
``Lambda`` layer (Python code) or objects that are not Keras's own (custom layers, functions);
then Keras loads it with ``safe_mode=True`` as a second guard. The copy goes atomically into the
user models folder (:func:`visionagent.paths.user_models_dir`), where the registry lists it in
every tab.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from visionagent import paths
from visionagent.core import atomic
from visionagent.core.registry import TASKS, ModelError, ModelInfo, read_info
from visionagent.i18n import QT_TRANSLATE_NOOP, translate

MAX_BYTES = 2 << 30  # a model file larger than 2 GB is not a classroom model
MAX_CONFIG_BYTES = 64 << 20
PREPROCESSINGS = {
    "mnist": QT_TRANSLATE_NOOP(
        "ModelImport", "handwritten digits: 28×28 grey, white ink on black, values 0–1"
    ),
    "scale01": QT_TRANSLATE_NOOP("ModelImport", "pictures with pixel values 0–1 (divided by 255)"),
    "efficientnet_lite": QT_TRANSLATE_NOOP(
        "ModelImport", "pictures with pixel values 0–255 (the model normalises them itself)"
    ),
}
SAFE_MODULE = re.compile(r"^keras(\.|$)")
NAME_OK = re.compile(r"[^A-Za-z0-9_.-]+")


def _refuse(path: Path, problem: str, remedy: str | None = None) -> ModelError:
    return ModelError(
        path,
        problem,
        remedy
        or translate(
            "ModelImport",
            "Save the model with standard Keras layers only (model.save('name.keras')) and try "
            "again.",
        ),
    )


@dataclass
class Inspection:
    """What :func:`inspect_file` found: the loaded model and guesses for the rest."""

    path: Path
    model: Any
    kind: str  # "keras" or "h5"
    input_shape: list[int]
    num_classes: int
    task: str  # guess: digits, imagenet, classifier
    preprocessing: str  # guess, one of PREPROCESSINGS
    class_names: list[str]
    parameters: int
    outputs_probabilities: bool
    notes: list[str] = field(default_factory=list)

    def metadata(
        self,
        task: str | None = None,
        class_names: list[str] | None = None,
        preprocessing: str | None = None,
        display_name: str | None = None,
    ) -> dict[str, Any]:
        """The registry JSON for this model, with the caller's answers over the guesses."""
        task = task or self.task
        names = [str(n) for n in (class_names or self.class_names)]
        preprocessing = preprocessing or self.preprocessing
        if task not in TASKS:
            raise _refuse(
                self.path,
                translate("ModelImport", "unknown task {task!r} (choose one of {tasks}).").format(
                    task=task, tasks=", ".join(TASKS)
                ),
            )
        if preprocessing not in PREPROCESSINGS:
            raise _refuse(
                self.path,
                translate(
                    "ModelImport", "unknown preprocessing {name!r} (choose one of {names})."
                ).format(name=preprocessing, names=", ".join(PREPROCESSINGS)),
            )
        if len(names) != self.num_classes or len(set(names)) != len(names) or "" in names:
            raise _refuse(
                self.path,
                translate(
                    "ModelImport",
                    "the model has {count} outputs, so it needs {count} different class names "
                    "(got {given}).",
                ).format(count=self.num_classes, given=len(names)),
                translate("ModelImport", "Give one name per output, in the model's order."),
            )
        if task == "digits" and (self.input_shape != [28, 28, 1] or preprocessing != "mnist"):
            raise _refuse(
                self.path,
                translate(
                    "ModelImport",
                    "a digits model takes 28×28×1 MNIST-style inputs; this one takes {shape}.",
                ).format(shape="×".join(map(str, self.input_shape))),
                translate("ModelImport", "Import it as a classifier instead."),
            )
        meta: dict[str, Any] = {
            "task": task,
            "class_names": names,
            "input_shape": list(self.input_shape),
            "preprocessing": preprocessing,
            "display_name": display_name or self.path.stem,
            "metrics": [],
            "parameters": int(self.parameters),
            "outputs": "probabilities" if self.outputs_probabilities else "logits",
            "provenance": {
                "imported_from": str(self.path),
                "imported_on": datetime.date.today().isoformat(),
                "original_format": self.kind,
                "sha256": _sha256(self.path),
                "trained_by": "elsewhere (imported with File ▸ Open model…)",
            },
        }
        if task == "imagenet" and self.num_classes == 1000:
            shipped = _shipped_imagenet_meta()
            if shipped.get("wnids"):
                meta["wnids"] = shipped["wnids"]
        return meta

    def info(self, name: str | None = None, **answers) -> ModelInfo:
        """A registry :class:`ModelInfo` for the file where it is (nothing written)."""
        meta = self.metadata(**answers)
        return ModelInfo(
            name=name or self.path.stem,
            keras_path=self.path,
            json_path=self.path.with_suffix(".json"),
            task=meta["task"],
            class_names=meta["class_names"],
            input_shape=meta["input_shape"],
            preprocessing=meta["preprocessing"],
            provenance=meta["provenance"],
            meta=meta,
            user=True,
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _shipped_imagenet_meta() -> dict[str, Any]:
    path = paths.models_dir() / "imagenet_efficientnet_lite0.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# ---------------------------------------------------------------------- reading the config
def _read_config(path: Path) -> tuple[str, dict[str, Any]]:
    """``(kind, architecture JSON)`` of a model file, without loading anything."""
    if not path.is_file():
        raise _refuse(
            path,
            translate("ModelImport", "this is not a regular file."),
            translate("ModelImport", "Choose a .keras model file."),
        )
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refuse(
            path,
            translate(
                "ModelImport", "the file is {size} MB, larger than a model can be here."
            ).format(size=size >> 20),
            translate("ModelImport", "Choose a .keras model file."),
        )
    with open(path, "rb") as handle:
        head = handle.read(8)
    not_a_model = translate(
        "ModelImport", "this is not a Keras model (.keras zip or legacy .h5 file)."
    )
    if head.startswith(b"PK"):
        try:
            with zipfile.ZipFile(path) as archive:
                member = archive.getinfo("config.json")
                if member.file_size > MAX_CONFIG_BYTES:
                    raise _refuse(path, translate("ModelImport", "its config.json is too large."))
                config = json.loads(archive.read(member).decode("utf-8"))
        except KeyError:
            raise _refuse(
                path,
                translate("ModelImport", "the zip file has no config.json: not a .keras model."),
            ) from None
        except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, OSError) as exc:
            raise _refuse(
                path,
                translate(
                    "ModelImport", "the file is damaged or not a .keras model ({error})."
                ).format(error=str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__),
            ) from exc
        return "keras", config
    if head == b"\x89HDF\r\n\x1a\n":
        import h5py

        try:
            with h5py.File(path, "r") as handle:
                raw = handle.attrs.get("model_config")
        except OSError as exc:
            raise _refuse(path, not_a_model) from exc
        if raw is None:
            raise _refuse(
                path,
                translate("ModelImport", "this .h5 file holds only weights, not a whole model."),
                translate("ModelImport", "Save the whole model with model.save('name.keras')."),
            )
        if isinstance(raw, bytes):
            raw = raw.decode("utf-8")
        try:
            return "h5", json.loads(raw)
        except ValueError as exc:
            raise _refuse(path, not_a_model) from exc
    raise _refuse(path, not_a_model, translate("ModelImport", "Choose a .keras model file."))


def unsafe_parts(config: Any) -> list[str]:
    """Lambda layers, Python functions and non-Keras classes named in an architecture config.

    ``.keras`` configs name each object's module (``keras.layers``) and registered name
    (``Mine>MyLayer`` for a custom class); legacy ``.h5`` configs give only class names, which
    must then be Keras layers.
    """
    found: list[str] = []

    def walk(value: Any, in_layers: bool = False) -> None:
        if isinstance(value, dict):
            class_name = value.get("class_name")
            if isinstance(class_name, str):
                module = value.get("module")
                registered = value.get("registered_name")
                name = (
                    (value.get("config") or {}).get("name")
                    if isinstance(value.get("config"), dict)
                    else None
                )
                if class_name in ("Lambda", "TFOpLambda", "SlicingOpLambda"):
                    found.append(f"Lambda {name or ''}".strip())
                elif class_name == "function" or class_name.startswith("__lambda__"):
                    found.append("Python function")
                elif isinstance(module, str) and module and not SAFE_MODULE.match(module):
                    found.append(f"{module}.{class_name}")
                elif isinstance(registered, str) and ">" in registered:
                    found.append(registered)
                elif in_layers and module is None and not _keras_layer(class_name):
                    found.append(class_name)
            for key, item in value.items():
                walk(item, in_layers=key == "layers")
        elif isinstance(value, list):
            for item in value:
                walk(item, in_layers=in_layers)

    walk(config)
    return found


def _keras_layer(class_name: str) -> bool:
    from visionagent.core import backend

    keras = backend.keras()
    return class_name in ("Sequential", "Functional", "Model") or hasattr(keras.layers, class_name)


# ---------------------------------------------------------------------- inspection
def _load(path: Path, kind: str):
    from visionagent.core import backend

    keras = backend.keras()
    try:
        return keras.models.load_model(path, safe_mode=True, compile=False)
    except Exception as exc:
        text = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise _refuse(
            path,
            translate("ModelImport", "Keras could not load it safely ({error}).").format(
                error=text
            ),
        ) from exc


def _guess(shape: list[int], classes: int, has_normalisation: bool) -> tuple[str, str]:
    if shape == [28, 28, 1] and classes == 10:
        return "digits", "mnist"
    preprocessing = "efficientnet_lite" if has_normalisation else "scale01"
    if shape[-1] == 3 and classes == 1000:
        return "imagenet", preprocessing
    return "classifier", preprocessing


def _normalises_itself(model) -> bool:
    """True when the first weighted layers are preceded by Rescaling/Normalization."""
    for layer in model.layers[:4]:
        if type(layer).__name__ in ("Rescaling", "Normalization"):
            return True
    return False


def inspect_file(path: Path | str) -> Inspection:
    """Check a model file and load it safely; :class:`ModelError` names the file and problem."""
    path = Path(path).expanduser()
    kind, config = _read_config(path)
    unsafe = unsafe_parts(config)
    if unsafe:
        raise _refuse(
            path,
            translate(
                "ModelImport",
                "it contains code or custom objects ({parts}), and VisionAgent never runs code "
                "from a model file.",
            ).format(parts=", ".join(sorted(set(unsafe))[:5])),
            translate(
                "ModelImport",
                "Rebuild the model with standard Keras layers (no Lambda layers, no custom "
                "classes) and save it again.",
            ),
        )
    model = _load(path, kind)
    if len(model.inputs) != 1 or len(model.outputs) != 1:
        raise _refuse(
            path,
            translate(
                "ModelImport",
                "it has {inputs} inputs and {outputs} outputs; VisionAgent needs one picture in "
                "and one list of class scores out.",
            ).format(inputs=len(model.inputs), outputs=len(model.outputs)),
        )
    in_shape = list(model.inputs[0].shape[1:])
    out_shape = list(model.outputs[0].shape[1:])
    if len(in_shape) != 3 or any(d is None for d in in_shape) or in_shape[-1] not in (1, 3):
        raise _refuse(
            path,
            translate(
                "ModelImport",
                "it takes inputs of shape {shape}; VisionAgent needs pictures of a fixed size "
                "(height × width × 1 or 3).",
            ).format(shape="×".join("?" if d is None else str(d) for d in in_shape)),
        )
    if len(out_shape) != 1 or not out_shape[0] or out_shape[0] < 2:
        raise _refuse(
            path,
            translate(
                "ModelImport",
                "its output has shape {shape}; VisionAgent needs one score per class "
                "(at least 2 classes).",
            ).format(shape="×".join("?" if d is None else str(d) for d in out_shape)),
        )
    shape = [int(d) for d in in_shape]
    classes = int(out_shape[0])
    task, preprocessing = _guess(shape, classes, _normalises_itself(model))
    if task == "digits":
        names = [str(d) for d in range(10)]
    elif task == "imagenet":
        names = list(_shipped_imagenet_meta().get("class_names") or [])
        names = names if len(names) == classes else [f"class {i}" for i in range(classes)]
    else:
        names = [
            translate("ModelImport", "class {number}").format(number=i) for i in range(classes)
        ]
    from visionagent.core.export.script import outputs_probabilities

    inspection = Inspection(
        path=path,
        model=model,
        kind=kind,
        input_shape=shape,
        num_classes=classes,
        task=task,
        preprocessing=preprocessing,
        class_names=names,
        parameters=int(model.count_params()),
        outputs_probabilities=outputs_probabilities(model),
    )
    if not inspection.outputs_probabilities:
        inspection.notes.append(
            translate(
                "ModelImport",
                "The model outputs scores (logits), not probabilities; VisionAgent applies "
                "softmax where it shows probabilities.",
            )
        )
    return inspection


def safe_name(text: str) -> str:
    """A file name for the registry from any text (letters, digits, ``_ . -``)."""
    name = NAME_OK.sub("_", text.strip()).strip("._-")
    return name[:64] or "my_model"


def import_model(
    source: Inspection | Path | str,
    name: str | None = None,
    task: str | None = None,
    class_names: list[str] | None = None,
    preprocessing: str | None = None,
    display_name: str | None = None,
    folder: Path | str | None = None,
    overwrite: bool = False,
) -> ModelInfo:
    """Copy the model into the user models folder as ``NAME.keras`` + ``NAME.json``.

    Answers given here (task, class names, preprocessing) replace the guesses. A ``.keras`` is
    copied byte for byte; an ``.h5`` is saved as ``.keras``. Returns the registry's view of the
    new files; an existing model of the same name is replaced only with ``overwrite``.
    """
    found = source if isinstance(source, Inspection) else inspect_file(source)
    name = safe_name(name or found.path.stem)
    folder = Path(folder) if folder is not None else paths.user_models_dir()
    keras_path = folder / f"{name}.keras"
    if not overwrite and (keras_path.exists() or keras_path.with_suffix(".json").exists()):
        raise _refuse(
            keras_path,
            translate(
                "ModelImport", "a model called {name} is already in your models folder."
            ).format(name=name),
            translate("ModelImport", "Choose another name, or replace it."),
        )
    meta = found.metadata(task, class_names, preprocessing, display_name or name)
    with atomic.replacing(keras_path) as tmp:
        if found.kind == "keras":
            shutil.copyfile(found.path, tmp)
        else:
            found.model.save(tmp)
    atomic.write_json(keras_path.with_suffix(".json"), meta)
    return read_info(keras_path, user=True)

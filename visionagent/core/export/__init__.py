"""Export a model for use outside VisionAgent, and say how faithful the copy is.

Formats (:data:`FORMATS`):

``tflite``
    TFLite / LiteRT float32, for phones and small boards.
``tflite-int8``
    Full-integer post-training quantisation (about 4× smaller), calibrated on the model's own
    training data (:mod:`visionagent.core.export.data`).
``saved-model``
    A TensorFlow SavedModel folder (``model.export``), for TensorFlow Serving or TF.js tools.
``script``
    A readable Keras program that rebuilds the network and trains it again with the run's
    settings (:mod:`visionagent.core.export.script`), for Colab.

Every file is written atomically and then checked: the exported model runs on sample inputs
and its answers are compared with Keras (agreement = the same top class; the largest
difference of a probability). The :class:`ExportReport` carries the size and those figures for
the CLI and the GUI. A job function: pass a :class:`~visionagent.core.jobs.TaskState` to cancel.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core import atomic
from visionagent.core.jobs import TaskState
from visionagent.i18n import QT_TRANSLATE_NOOP, translate

FORMATS = ("tflite", "tflite-int8", "saved-model", "script")
FORMAT_LABELS = {
    "tflite": QT_TRANSLATE_NOOP("Export", "TFLite (float)"),
    "tflite-int8": QT_TRANSLATE_NOOP("Export", "TFLite INT8 (quantised)"),
    "saved-model": QT_TRANSLATE_NOOP("Export", "TensorFlow SavedModel"),
    "script": QT_TRANSLATE_NOOP("Export", "Keras program (Colab)"),
}
SUFFIXES = {"tflite": ".tflite", "tflite-int8": ".tflite", "saved-model": "", "script": ".py"}


class ExportError(ValueError):
    """An export that cannot be made: the destination or model, and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(
            translate("Export", "Export to {file}: {problem}").format(
                file=str(self.path), problem=problem
            )
        )


@dataclass
class ExportReport:
    """What was written and how closely it matches the Keras model."""

    format: str
    path: Path
    size_bytes: int
    keras_size_bytes: int | None = None
    checked: int = 0  # sample inputs run through the exported model
    agreement: float | None = None  # fraction with the same top class as Keras
    max_prob_diff: float | None = None  # largest |probability difference| over all classes
    keras_accuracy: float | None = None  # on the check samples, when their labels are known
    export_accuracy: float | None = None
    samples: str = ""  # where the check (and calibration) inputs came from
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["path"] = str(self.path)
        return out

    def lines(self) -> list[str]:
        """The report in a few readable lines (UI language)."""
        size = translate("Export", "{format}: {path} ({size})").format(
            format=translate("Export", FORMAT_LABELS[self.format]),
            path=str(self.path),
            size=human_size(self.size_bytes),
        )
        if self.keras_size_bytes:
            size += " " + translate("Export", "— {percent:.0f}% of the .keras file").format(
                percent=100.0 * self.size_bytes / self.keras_size_bytes
            )
        out = [size]
        if self.checked and self.agreement is not None:
            text = translate(
                "Export", "same answer as Keras on {agree} of {count} samples ({percent:.1f}%)"
            ).format(
                agree=int(round(self.agreement * self.checked)),
                count=self.checked,
                percent=100.0 * self.agreement,
            )
            if self.max_prob_diff is not None:
                text += translate("Export", "; largest probability difference {diff:.2g}").format(
                    diff=self.max_prob_diff
                )
            out.append(text)
        if self.keras_accuracy is not None and self.export_accuracy is not None:
            out.append(
                translate(
                    "Export", "accuracy on those samples: Keras {keras:.1f}%, export {export:.1f}%"
                ).format(keras=100 * self.keras_accuracy, export=100 * self.export_accuracy)
            )
        if self.samples:
            out.append(translate("Export", "samples: {source}").format(source=self.samples))
        out.extend(self.notes)
        return out


def human_size(size: int) -> str:
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# ---------------------------------------------------------------------------------- loading
def load_for_export(spec: str):
    """``(model, info)`` for a registry name or a ``.keras`` path (with or without its JSON)."""
    from visionagent.core.registry import ModelError, ModelRegistry

    path = Path(spec).expanduser()
    if spec.endswith(".keras") or path.is_file():
        if not path.is_file():
            raise ModelError(
                path,
                translate("ModelError", "the .keras file is missing."),
                translate("Export", "Give a registry model name or the path of a .keras file."),
            )
        if not path.with_suffix(".json").is_file():
            from visionagent.core import model_import

            inspection = model_import.inspect_file(path)
            return inspection.model, inspection.info()
        return ModelRegistry([path.parent]).load(path.stem)
    return ModelRegistry.default().load(spec)


def default_path(info, fmt: str, folder: Path | str) -> Path:
    """``folder/NAME.tflite``, ``NAME-int8.tflite``, ``NAME_saved_model``, ``NAME.py``."""
    name = {
        "tflite": f"{info.name}.tflite",
        "tflite-int8": f"{info.name}-int8.tflite",
        "saved-model": f"{info.name}_saved_model",
        "script": f"{info.name}.py",
    }[fmt]
    return Path(folder) / name


def _destination(info, fmt: str, out: Path | str) -> Path:
    if isinstance(out, str) and out.endswith(("/", os.sep)):  # "exports/": a folder, made here
        Path(out).expanduser().mkdir(parents=True, exist_ok=True)
    out = Path(out).expanduser()
    if fmt == "saved-model":
        if out.is_dir() and not (out / "saved_model.pb").is_file():
            return default_path(info, fmt, out)  # inside a chosen folder, never over it
        if out.exists() and not out.is_dir():
            raise ExportError(out, translate("Export", "a file of this name is in the way."))
        return out
    if out.is_dir():
        return default_path(info, fmt, out)
    if not out.suffix:
        out = out.with_suffix(SUFFIXES[fmt])
    return out


# ---------------------------------------------------------------------------------- checking
def _probabilities(y: np.ndarray) -> np.ndarray:
    y = np.asarray(y, dtype=np.float64).reshape(len(y), -1)
    if (y >= -1e-6).all() and np.allclose(y.sum(axis=1), 1.0, atol=2e-2):
        return y
    e = np.exp(y - y.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def keras_outputs(model, x: np.ndarray, batch: int = 100) -> np.ndarray:
    return np.concatenate(
        [np.asarray(model(x[i : i + batch], training=False)) for i in range(0, len(x), batch)]
    )


def _compare(report: ExportReport, keras_y, export_y, labels) -> None:
    kp, ep = _probabilities(keras_y), _probabilities(export_y)
    report.checked = len(kp)
    report.agreement = float(np.mean(kp.argmax(1) == ep.argmax(1)))
    report.max_prob_diff = float(np.abs(kp - ep).max())
    if labels is not None and len(labels) == len(kp):
        report.keras_accuracy = float(np.mean(kp.argmax(1) == labels))
        report.export_accuracy = float(np.mean(ep.argmax(1) == labels))


@contextlib.contextmanager
def _replacing_folder(destination: Path) -> Iterator[Path]:
    """Like :func:`atomic.replacing` for a folder: build it beside, then swap it in."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    old = None
    try:
        yield tmp
        if destination.exists():
            old = destination.with_name(f".{destination.name}.old-{os.getpid()}")
            os.replace(destination, old)
        os.replace(tmp, destination)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not destination.exists():
            os.replace(old, destination)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------------------- export
def export_model(
    model,
    info,
    fmt: str,
    out: Path | str,
    state: TaskState | None = None,
    check_count: int = 500,
    calibration_count: int = 200,
) -> ExportReport:
    """Write ``model`` (described by the registry ``info``) as ``fmt`` to ``out`` and check it.

    ``out`` is a file (or, for ``saved-model``, a folder) path; an existing folder receives a
    file named after the model. Raises :class:`ExportError` (or ``SamplesUnavailable``, a
    ``ValueError``) with one clear line.
    """
    from visionagent.core.export import data, script, tflite

    if fmt not in FORMATS:
        raise ExportError(
            out,
            translate("Export", "unknown format {format!r} (choose one of {formats}).").format(
                format=fmt, formats=", ".join(FORMATS)
            ),
        )
    state = state or TaskState()
    destination = _destination(info, fmt, out)
    keras_size = info.keras_path.stat().st_size if info.keras_path.is_file() else None
    shape = tuple(int(s) for s in model.inputs[0].shape[1:])
    state.progress(0.05, translate("Export", "preparing sample inputs"))

    if fmt == "script":
        text = script.generate(model, info)
        try:
            compile(text, str(destination), "exec")
        except SyntaxError as exc:  # a bug of ours, not the user's: say it plainly
            raise ExportError(
                destination,
                translate("Export", "the generated program does not compile ({error}).").format(
                    error=exc
                ),
            ) from exc
        atomic.write_text(destination, text)
        report = ExportReport(fmt, destination, destination.stat().st_size, keras_size)
        report.notes.append(
            translate(
                "Export",
                "Python program of {lines} lines; run it with --quick first for a short check.",
            ).format(lines=text.count("\n"))
        )
        state.progress(1.0)
        return report

    try:
        samples = data.samples_for(info, shape, calibration_count, check_count)
        check_x, labels, source = samples.check, samples.labels, samples.source
    except data.SamplesUnavailable as exc:
        if fmt == "tflite-int8":
            raise ExportError(destination, str(exc)) from exc
        check_x = data.random_inputs(shape, 64, data.value_max(info))
        labels, samples = None, None
        source = translate("Export", "64 random inputs (the model's data is not here)")
    state.check()
    state.progress(0.2, translate("Export", "converting"))
    if fmt in ("tflite", "tflite-int8"):
        int8 = fmt == "tflite-int8"
        with atomic.replacing(destination, suffix=".tflite") as tmp:
            tflite.convert(model, tmp, int8=int8, calibration=samples.calibration if int8 else None)
            state.check()
            state.progress(0.7, translate("Export", "checking the exported file"))
            export_y = tflite.run(tmp, check_x)
        size = destination.stat().st_size
    else:
        with _replacing_folder(destination) as tmp:
            model.export(str(tmp), format="tf_saved_model", verbose=False)
            state.check()
            state.progress(0.7, translate("Export", "checking the exported model"))
            export_y = _run_saved_model(tmp, check_x)
        size = _folder_size(destination)
    report = ExportReport(fmt, destination, size, keras_size, samples=source)
    _compare(report, keras_outputs(model, check_x), export_y, labels)
    if fmt == "tflite-int8":
        quant = tflite.input_quantisation(destination)
        if quant is not None:
            report.notes.append(
                translate(
                    "Export",
                    "int8 input and output: input = round(x / {scale:.6g}) + {zero} for x in "
                    "the model's float range.",
                ).format(scale=quant[0], zero=quant[1])
            )
        if samples is not None and not samples.own_data:
            report.notes.append(
                translate("Export", "Calibrated on stand-in data: check the answers.")
            )
    state.progress(1.0)
    return report


def _run_saved_model(folder: Path, x: np.ndarray, batch: int = 100) -> np.ndarray:
    from visionagent.core import backend

    tf = backend.tf()
    loaded = tf.saved_model.load(str(folder))
    serve = loaded.signatures.get("serving_default") if hasattr(loaded, "signatures") else None
    outputs = []
    for i in range(0, len(x), batch):
        chunk = tf.constant(x[i : i + batch])
        if hasattr(loaded, "serve"):
            y = loaded.serve(chunk)
        else:
            y = next(iter(serve(chunk).values()))
        outputs.append(np.asarray(y))
    return np.concatenate(outputs)


def export(spec: str, fmt: str, out: Path | str, state: TaskState | None = None) -> ExportReport:
    """Load the model ``spec`` (registry name or ``.keras`` path) and :func:`export_model` it."""
    model, info = load_for_export(spec)
    return export_model(model, info, fmt, out, state=state)

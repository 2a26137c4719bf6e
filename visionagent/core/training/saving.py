"""Saving a run: ``NAME.keras``, ``NAME.json`` and the epoch snapshots ``NAME.epochs.npz``.

Every file is written to a temporary file in the destination folder and moved over the old one
(:mod:`visionagent.core.atomic`): first the model, at once its JSON, then the snapshots (the JSON
names them by the save's id, so stale snapshots are recognised). An interrupted save leaves the
previous model and its JSON as they were. Once every new file is complete, SIGINT and SIGTERM wait
(in the main thread) until the JSON has followed the model, so that Ctrl-C can never split the
pair. The new JSON is complete on disk (``.NAME.json.pending``, with the new model's SHA-256)
before the model moves, so a SIGKILL or a power cut between the two moves is finished by the
registry's next scan (:func:`visionagent.core.registry.finish_interrupted_save`): the pair in
place always belongs together.

The snapshots file holds one float32 array per weight and whole epoch (``e003_w0012``: epoch 3,
weight 12 in ``model.get_weights()`` order) and the save's id, which the JSON names too; it is read
with ``allow_pickle=False`` (:func:`load_snapshot`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core import atomic
from visionagent.core.registry import file_sha256, pending_metadata_path
from visionagent.core.training.result import TrainResult
from visionagent.i18n import translate

SNAPSHOT_SUFFIX = ".epochs.npz"
SNAPSHOT_KEY = re.compile(r"^e(\d{3,})_w(\d{4,})$")
PAUSE_ENV = "VISIONAGENT_TEST_SAVE_PAUSE"  # tests only: pause at this stage of a save
STAGES = ("writing", "files-written", "model-replaced", "saved")


class SnapshotError(ValueError):
    """Epoch snapshots that cannot be used (missing, damaged, of another model)."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        super().__init__(
            translate("Training", "Cannot use the epoch snapshots {file}: {problem}").format(
                file=str(path), problem=problem
            )
        )


def snapshot_path(keras_path: Path | str) -> Path:
    """``NAME.epochs.npz`` beside ``NAME.keras``."""
    keras_path = Path(keras_path)
    return keras_path.with_name(keras_path.stem + SNAPSHOT_SUFFIX)


def _cannot_save(path: Path, problem: str) -> ValueError:
    return ValueError(
        translate("Training", "Cannot save the model to {path}: {problem}").format(
            path=str(path), problem=problem
        )
    )


def check_output_path(out: Path | str | None) -> Path:
    """The ``.keras`` path a run will be saved to, checked before any training.

    Creates the folder when needed and makes sure a file can be created in it; ``ValueError``
    with one clear line otherwise (empty, a folder, an unwritable or special location).
    """
    text = "" if out is None else str(out).strip()
    if not text:
        raise ValueError(translate("Training", "Give the file to save the model to (NAME.keras)."))
    path = Path(text).expanduser()
    if path.is_dir():
        raise _cannot_save(
            path, translate("Training", "it is a folder; give a file name ending in .keras.")
        )
    if path.suffix != ".keras":
        path = path.with_suffix(".keras")
    for other in (path, path.with_suffix(".json"), snapshot_path(path)):
        if other.exists() and not other.is_file():
            raise _cannot_save(
                path,
                translate("Training", "{file} exists and is not a regular file.").format(
                    file=str(other)
                ),
            )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".check", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise _cannot_save(
            path,
            translate("Training", "the folder {folder} is not writable ({error}).").format(
                folder=str(folder), error=exc.strerror or type(exc).__name__
            ),
        ) from exc
    return path


class _DeferredSignals:
    """From :meth:`start` to the end of the ``with`` block, SIGINT and SIGTERM are held back and
    delivered afterwards (main thread only; elsewhere signals do not reach Python code)."""

    def __init__(self):
        self.pending: list[int] = []
        self._old: dict[int, Any] = {}

    def start(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for sig in (signal.SIGINT, signal.SIGTERM):
            old = signal.getsignal(sig)
            self._old[sig] = signal.SIG_DFL if old is None else old
            signal.signal(sig, lambda number, _frame: self.pending.append(number))

    def __enter__(self) -> _DeferredSignals:
        return self

    def __exit__(self, *exc) -> None:
        for sig, handler in self._old.items():
            signal.signal(sig, handler)
        self._old.clear()
        pending, self.pending = self.pending, []
        for sig in dict.fromkeys(pending):
            signal.raise_signal(sig)


def _stage(name: str, deferral: _DeferredSignals) -> None:
    """Test hook: with ``$VISIONAGENT_TEST_SAVE_PAUSE`` = ``name``, say so on stderr and wait
    (up to a minute, or until a held-back signal arrives) for the test to signal the process."""
    if os.environ.get(PAUSE_ENV) != name:
        return
    print(f"visionagent-save-stage {name}", file=sys.stderr, flush=True)
    deadline = time.monotonic() + 60.0
    while time.monotonic() < deadline and not deferral.pending:
        time.sleep(0.02)


def _write_snapshots(path: Path, snapshots, save_id: str) -> None:
    arrays = {"save_id": np.array(save_id)}
    for epoch, weights in snapshots:
        for i, weight in enumerate(weights):
            arrays[f"e{epoch:03d}_w{i:04d}"] = np.asarray(weight, dtype=np.float32)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


def _settle_pending(model_replaced: bool, pending: Path, out: Path) -> None:
    """After the model move: the pending JSON becomes ``NAME.json``; after a failure it goes."""
    if model_replaced:
        os.replace(pending, out.with_suffix(".json"))
        atomic.fsync_folder(out.parent)
    else:
        with contextlib.suppress(OSError):
            pending.unlink()


def save_result(result: TrainResult, out: Path | str) -> Path:
    """Write ``out`` (.keras), the metadata ``.json`` beside it and, when the run kept them, the
    epoch snapshots ``NAME.epochs.npz``; returns the .keras path.

    ``ValueError`` for a run whose loss became NaN (its weights are useless) or an unusable
    destination; the previous files are then untouched.
    """
    if result.diverged is not None:
        epoch, batch = result.diverged
        raise ValueError(
            translate(
                "Training",
                "This run diverged (the loss became NaN in epoch {epoch}, batch {batch}); its "
                "weights are useless and are not saved. Try a smaller learning rate.",
            ).format(epoch=epoch, batch=batch)
        )
    out = check_output_path(out)
    meta = result.metadata()
    npz = snapshot_path(out)
    save_id = uuid.uuid4().hex
    if result.snapshots:
        meta["epoch_snapshots"] = {"file": npz.name, "epochs": len(result.snapshots), "id": save_id}
    json.dumps(meta, allow_nan=False)  # a NaN is refused before anything is written
    pending = pending_metadata_path(out)
    deferral = _DeferredSignals()
    with deferral, contextlib.ExitStack() as stack:
        # The exits run in reverse order: the model replaces the old one first, the pending JSON
        # (written before, with the new model's SHA-256) follows it, then the snapshots (which
        # the JSON names by the save's id). A kill between the two moves is finished by the
        # registry's next scan (registry.finish_interrupted_save).
        npz_tmp = stack.enter_context(atomic.replacing(npz)) if result.snapshots else None
        stack.push(lambda kind, *_: _settle_pending(kind is None, pending, out))
        stack.push(lambda kind, *_: None if kind else _stage("model-replaced", deferral))
        model_tmp = stack.enter_context(atomic.replacing(out))
        _stage("writing", deferral)
        result.model.save(model_tmp)
        if npz_tmp is not None:
            _write_snapshots(npz_tmp, result.snapshots, save_id)
        meta["keras_sha256"] = file_sha256(model_tmp)
        text = json.dumps(meta, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        atomic.write_text(pending, text)
        _stage("files-written", deferral)
        deferral.start()
    if not result.snapshots:
        with contextlib.suppress(OSError):
            npz.unlink()  # an older save's snapshots would not match this model
    _stage("saved", deferral)
    return out


# ------------------------------------------------------------------------------- snapshots
def _snapshot_source(info_or_path) -> tuple[Path, str | None]:
    """``(npz path, expected save id)`` from a ModelInfo, a .keras/.json path or a .npz path."""
    meta = getattr(info_or_path, "meta", None)
    if meta is not None:
        folder, where = Path(info_or_path.keras_path).parent, Path(info_or_path.json_path)
    else:
        path = Path(info_or_path)
        if path.name.endswith(".npz"):
            return path, None
        where = path.with_suffix(".json")
        folder = path.parent
        try:
            meta = json.loads(where.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SnapshotError(
                where, translate("Training", "the model's JSON cannot be read.")
            ) from exc
    entry = meta.get("epoch_snapshots") if isinstance(meta, dict) else None
    name = entry.get("file") if isinstance(entry, dict) else None
    if not isinstance(name, str) or not name or Path(name).name != name:
        raise SnapshotError(
            where, translate("Training", "this model was saved without epoch snapshots.")
        )
    save_id = entry.get("id")
    return folder / name, save_id if isinstance(save_id, str) else None


def _epoch_keys(files: list[str]) -> dict[int, list[tuple[int, str]]]:
    epochs: dict[int, list[tuple[int, str]]] = {}
    for key in files:
        match = SNAPSHOT_KEY.match(key)
        if match:
            epochs.setdefault(int(match.group(1)), []).append((int(match.group(2)), key))
    return epochs


def snapshot_epochs_of(info_or_path) -> list[int]:
    """The epochs whose weights were saved with a model (empty without snapshots)."""
    try:
        path, _ = _snapshot_source(info_or_path)
        with np.load(path, allow_pickle=False) as archive:
            return sorted(_epoch_keys(list(archive.files)))
    except (SnapshotError, OSError, ValueError, zipfile.BadZipFile, EOFError):
        return []


def load_snapshot(info_or_path, epoch: int, model):
    """Set the weights ``model`` had after ``epoch`` (counted from 1); returns ``model``.

    ``info_or_path``: the registry's ModelInfo, the model's ``.keras``/``.json`` path, or the
    ``.epochs.npz`` itself. :class:`SnapshotError` names the file when it is missing, damaged,
    from another save, lacks that epoch, or does not fit ``model``.
    """
    path, save_id = _snapshot_source(info_or_path)
    try:
        with np.load(path, allow_pickle=False) as archive:
            files = list(archive.files)
            if save_id is not None:
                stored = str(archive["save_id"]) if "save_id" in files else None
                if stored != save_id:
                    raise SnapshotError(
                        path,
                        translate("Training", "it belongs to another save of this model name."),
                    )
            epochs = _epoch_keys(files)
            if int(epoch) not in epochs:
                raise SnapshotError(
                    path,
                    translate("Training", "it has no epoch {epoch} (it has {epochs}).").format(
                        epoch=epoch, epochs=", ".join(str(e) for e in sorted(epochs)) or "none"
                    ),
                )
            weights = [archive[key] for _, key in sorted(epochs[int(epoch)])]
    except FileNotFoundError as exc:
        raise SnapshotError(path, translate("Training", "the file is missing.")) from exc
    except (OSError, ValueError, zipfile.BadZipFile, EOFError, KeyError) as exc:
        if isinstance(exc, SnapshotError):
            raise
        raise SnapshotError(
            path,
            translate("Training", "the file is damaged ({error}).").format(
                error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            ),
        ) from exc
    expected = [tuple(w.shape) for w in model.weights]
    if [tuple(w.shape) for w in weights] != expected:
        raise SnapshotError(
            path, translate("Training", "its weights do not fit this model's layers.")
        )
    model.set_weights(weights)
    return model

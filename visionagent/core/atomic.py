"""Atomic file writes: a killed process leaves the old file or the new one, never half of one.

Everything is written to a temporary file in the destination's folder (same file system), flushed
and fsync'ed, then moved over the destination with ``os.replace``; the folder is fsync'ed too
where the platform allows it. Every save in the app (models, metadata, lessons, CSV, exports)
goes through here.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _set_mode(tmp: Path, destination: Path) -> None:
    """Give the new file the old one's permissions, or the usual ones (mkstemp makes 0600)."""
    try:
        mode = destination.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def replacing(destination: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on success it replaces ``destination``.

    Write the new content to the yielded path (any writer: ``model.save(tmp)``, ``cv2.imwrite``);
    when the block raises, the temporary file is removed and ``destination`` is untouched.
    ``suffix`` defaults to the destination's (Keras insists on ``.keras``).
    """
    destination = Path(destination)
    folder = destination.parent
    folder.mkdir(parents=True, exist_ok=True)
    suffix = destination.suffix if suffix is None else suffix
    fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=f".tmp{suffix}", dir=folder)
    os.close(fd)
    tmp = Path(name)
    _set_mode(tmp, destination)
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, destination)
        fsync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(destination: Path | str, data: bytes) -> Path:
    with replacing(destination) as tmp:
        tmp.write_bytes(data)
    return Path(destination)


def write_text(destination: Path | str, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes(destination, text.encode(encoding))


def write_json(destination: Path | str, value: Any) -> Path:
    """``value`` as readable UTF-8 JSON (NaN and infinity refused: they are not JSON)."""
    text = json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    return write_text(destination, text)


def leftovers(folder: Path | str) -> list[Path]:
    """Temporary files that interrupted writes left in ``folder`` (``.NAME.xxxx.tmp.SUFFIX``)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and ".tmp" in p.name)

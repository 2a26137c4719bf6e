"""Read a file the user gave us, safely: a regular file only, never more than a limit.

A FIFO blocks the reader forever, ``/dev/zero`` never ends and its ``st_size`` is 0, a socket or
a device is not data at all. :func:`read_regular` refuses anything that is not a regular file
before reading a byte (and checks again on the open descriptor, so a file swapped for a pipe in
between is refused too), then reads at most ``limit + 1`` bytes, so a file that grows while it is
read cannot exhaust memory. Problems come back as :class:`FileProblem` with a reason code the
callers turn into their own clear message (images, model metadata, settings).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

MISSING = "missing"  # no such file (or a parent is not a folder)
FOLDER = "folder"  # a folder where a file was expected
SPECIAL = "special"  # a FIFO, a socket, a device: not a regular file
TOO_LARGE = "too_large"  # more than the caller's limit
UNREADABLE = "unreadable"  # permission denied, name too long, symlink loop, I/O error…


class FileProblem(Exception):
    """Why a file cannot be read: ``reason`` (one of the codes above) and the OS's words."""

    def __init__(self, path: Path | str, reason: str, detail: str = ""):
        self.path = Path(path) if not isinstance(path, Path) else path
        self.reason = reason
        self.detail = detail
        super().__init__(f"{path}: {reason}{f' ({detail})' if detail else ''}")


def _problem(path: Path | str, exc: OSError) -> FileProblem:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileProblem(path, MISSING, exc.strerror or "")
    if exc.errno == errno.EISDIR:
        return FileProblem(path, FOLDER, exc.strerror or "")
    return FileProblem(path, UNREADABLE, exc.strerror or type(exc).__name__)


def check_regular(path: Path | str) -> os.stat_result:
    """``os.stat`` of ``path`` when it is a regular file (symlinks followed); else FileProblem."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _problem(path, exc) from exc
    except ValueError as exc:  # a NUL character in the name
        raise FileProblem(path, UNREADABLE, str(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(path, FOLDER)
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(path, SPECIAL)
    return info


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them (else TOO_LARGE)."""
    info = check_regular(path)
    if info.st_size > limit:
        raise FileProblem(path, TOO_LARGE)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _problem(path, exc) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe since the stat above
            raise FileProblem(path, SPECIAL)
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise _problem(path, exc) from exc
    finally:
        os.close(fd)
    if total > limit:
        raise FileProblem(path, TOO_LARGE)
    return b"".join(chunks)

"""Where VisionAgent's messages go: the log file keeps everything, the console only ours.

:func:`setup` sends Python logging (and ``warnings``, TensorFlow's and Keras's included) to a
rotating ``visionagent.log`` in the user's log folder; when that file cannot be written (the log
folder is a file, read-only, full) it logs to stderr instead and the app goes on. A CLI run
without ``--verbose`` also wraps itself in :func:`quiet_native_stderr`: what C and C++ libraries
print on file descriptor 2 (absl/TensorFlow start-up lines, OpenCV warnings, libjpeg/libpng)
goes to ``native-stderr.log`` beside it, while VisionAgent's own lines still reach the console.
No Qt here: the GUI routes Qt's messages into the same logging (``visionagent.app``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

LOG_NAME = "visionagent.log"
NATIVE_NAME = "native-stderr.log"
NATIVE_MAX_BYTES = 1_000_000
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path | None:
    """The log folder, or None when no writable folder can be found at all."""
    from visionagent import paths

    try:
        return paths.log_dir()
    except OSError:
        return None


def setup(verbose: bool = False) -> Path | None:
    """Log to the rotating file (once per process); returns its path, None if on stderr only.

    ``verbose`` also shows every record (INFO and up) on stderr; otherwise the console gets only
    what the app prints itself. Logging never raises: a record that cannot be written is dropped.
    """
    logging.raiseExceptions = False  # a full disk must not print tracebacks on every record
    logging.captureWarnings(True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path = None
    existing = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    if existing:
        path = Path(existing[0].baseFilename)
    else:
        early = _Collect()  # what finding the folder says (a fallback) goes to the file too
        root.addHandler(early)
        try:
            folder = log_dir()
        finally:
            root.removeHandler(early)
        try:
            if folder is None:
                raise OSError("no writable log folder")
            handler = logging.handlers.RotatingFileHandler(
                folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError as exc:
            _console_handler(root, logging.WARNING)
            logging.getLogger("visionagent").warning(
                "the log file cannot be written (%s); logging to the console", exc
            )
        else:
            handler.setFormatter(logging.Formatter(_FORMAT))
            root.addHandler(handler)
            path = Path(handler.baseFilename)
        for record in early.records:
            root.handle(record)
    if verbose:
        _console_handler(root, logging.INFO)
    return path


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _console_handler(root: logging.Logger, level: int) -> None:
    for handler in root.handlers:
        if getattr(handler, "_visionagent_console", False):
            handler.setLevel(min(handler.level, level))
            return
    handler = logging.StreamHandler()  # sys.stderr at the time of each record
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler._visionagent_console = True
    root.addHandler(handler)


def quiet_libraries() -> None:
    """Ask TensorFlow, absl and OpenCV to keep start-up chatter to themselves.

    Environment variables only work before those libraries are imported, so call this first.
    """
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    os.environ.setdefault("ABSL_MIN_LOG_LEVEL", "3")
    if "cv2" in sys.modules:
        with contextlib.suppress(Exception):
            sys.modules["cv2"].setLogLevel(2)  # ERROR
    for module in ("tensorflow", "keras", "absl", "h5py", "google"):
        warnings.filterwarnings("ignore", module=module)


@contextlib.contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Send file descriptor 2 to ``native-stderr.log`` while ``sys.stderr`` stays the console.

    Only for the process's own console (``sys.stderr`` is the original one, on fd 2); otherwise
    (a test capturing output, a windowed build) nothing is changed.
    """
    try:
        real = sys.stderr is sys.__stderr__ and sys.stderr.fileno() == 2
    except (AttributeError, OSError, ValueError):
        real = False
    folder = log_dir() if real else None
    sink = None
    if folder is not None:
        path = folder / NATIVE_NAME
        try:
            if path.is_file() and path.stat().st_size > NATIVE_MAX_BYTES:
                path.unlink()
            sink = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError:
            sink = None
    if sink is None:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    console = io.TextIOWrapper(
        os.fdopen(os.dup(saved), "wb", buffering=0),
        encoding=sys.stderr.encoding or "utf-8",
        errors="backslashreplace",
        line_buffering=True,
    )
    previous = sys.stderr
    os.dup2(sink, 2)
    os.close(sink)
    sys.stderr = console
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            console.flush()
        os.dup2(saved, 2)
        os.close(saved)
        sys.stderr = previous
        with contextlib.suppress(Exception):
            console.close()

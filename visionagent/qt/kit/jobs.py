"""Run core jobs off the GUI thread and report back through signals.

A job is a plain function ``fn(state, *args)`` taking a :class:`~visionagent.core.jobs.TaskState`.
:class:`TaskRunner` keeps one job per owner: starting a new one cancels the old, whose late
results are ignored. What the job hands over with ``state.emit_partial(value)`` arrives as the
``partial`` signal (superqt's ``yielded``, Orange's ``set_partial_result``); ``stop()`` lets the
job finish early and keeps its result, ``cancel()`` discards it. Signals carry plain data only;
slots run in the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, QThread, pyqtSignal

from visionagent.core.images import ImageError
from visionagent.core.jobs import Cancelled, TaskState
from visionagent.core.registry import ModelError
from visionagent.i18n import translate

log = logging.getLogger(__name__)


def friendly_message(exc: BaseException) -> str:
    """A short message for people; details go to the log."""
    if isinstance(exc, (ModelError, ImageError, ValueError, FileNotFoundError)):
        return str(exc)
    if (
        isinstance(exc, MemoryError)
        or "OOM" in type(exc).__name__
        or "ResourceExhausted" in type(exc).__name__
    ):
        return translate(
            "Errors", "Not enough memory for this job. Try a smaller batch size or image."
        )
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return translate(
        "Errors", "Something went wrong ({kind}: {text}). The details are in the log file."
    ).format(kind=type(exc).__name__, text=text[:300])


class _JobThread(QThread):
    succeeded = pyqtSignal(object)
    failed = pyqtSignal(str, str)
    was_cancelled = pyqtSignal()
    progressed = pyqtSignal(float, str)
    partial_ready = pyqtSignal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple, parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.args = args
        self.state = TaskState(progress=self.progressed.emit, partial=self.partial_ready.emit)

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self.fn(self.state, *self.args)
        except Cancelled:
            self.was_cancelled.emit()
        except Exception as exc:
            log.exception("job %s failed", getattr(self.fn, "__name__", self.fn))
            self.failed.emit(friendly_message(exc), traceback.format_exc())
        else:
            if self.state.discarded:
                self.was_cancelled.emit()
            else:  # also after stop(): the job returned what it had
                self.succeeded.emit(result)


class TaskRunner(QObject):
    """One background job at a time for its owner; the newest job's signals win."""

    finished = pyqtSignal(object)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()
    progress = pyqtSignal(float, str)
    partial = pyqtSignal(object)
    busy_changed = pyqtSignal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._current: _JobThread | None = None
        self._threads: list[_JobThread] = []
        self._closed = False  # after shutdown() no job starts (a late signal must not start one)

    @property
    def busy(self) -> bool:
        return self._current is not None and self._current.isRunning()

    @property
    def state(self) -> TaskState | None:
        return self._current.state if self._current is not None else None

    def start(self, fn: Callable[..., Any], *args: Any) -> TaskState:
        """Cancel the running job (if any) and start ``fn(state, *args)``.

        After :meth:`shutdown` nothing starts: the returned state is already cancelled.
        """
        self.cancel()
        if self._closed:
            state = TaskState()
            state.cancel()
            return state
        thread = _JobThread(fn, args, self)
        self._current = thread
        self._threads.append(thread)
        # Bound methods, not lambdas: Qt drops these connections when the runner is deleted, so a
        # late queued signal never reaches a deleted owner. The slots find the thread by sender().
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.was_cancelled.connect(self._on_cancelled)
        thread.progressed.connect(self._on_progress)
        thread.partial_ready.connect(self._on_partial)
        thread.finished.connect(self._reap)
        thread.start()
        self.busy_changed.emit(True)
        return thread.state

    def cancel(self) -> None:
        """Abandon the running job: it winds down and its result is discarded."""
        if self._current is not None:
            self._current.state.cancel()

    def stop(self) -> None:
        """Ask the running job to finish early; what it returns still arrives as ``finished``."""
        if self._current is not None:
            self._current.state.stop()

    def _on_succeeded(self, result: Any) -> None:
        self._on_done(self.sender(), "ok", result)

    def _on_failed(self, message: str, _details: str) -> None:
        self._on_done(self.sender(), "failed", message)

    def _on_cancelled(self) -> None:
        self._on_done(self.sender(), "cancelled", None)

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.sender() is self._current:
            self.progress.emit(fraction, message)

    def _on_partial(self, value: Any) -> None:
        if self.sender() is self._current and not self._current.state.discarded:
            self.partial.emit(value)

    def _on_done(self, thread, outcome: str, payload: Any) -> None:
        if thread is None or thread is not self._current:
            return  # a replaced job: its answer is stale
        self._current = None
        self.busy_changed.emit(False)
        if outcome == "ok":
            self.finished.emit(payload)
        elif outcome == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()

    def _reap(self) -> None:
        thread = self.sender()
        if thread in self._threads:
            self._threads.remove(thread)
            thread.deleteLater()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel every job and wait for its thread; True when all stopped in time.

        The runner then refuses new jobs (the window or tab is closing).
        """
        self._closed = True
        for thread in list(self._threads):
            thread.state.cancel()
        ok = True
        for thread in list(self._threads):
            ok = thread.wait(timeout_ms) and ok
        return ok

    def running_threads(self) -> list[QThread]:
        return [t for t in self._threads if t.isRunning()]

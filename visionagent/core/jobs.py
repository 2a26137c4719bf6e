"""Long jobs as plain functions taking a :class:`TaskState` (stop flag, progress, partial results).

The GUI runs them in worker threads (:class:`visionagent.qt.kit.jobs.TaskRunner`) and the CLI
calls them directly; both see the same code. A job

- checks ``state.cancelled`` (or calls ``state.check()``, which raises :class:`Cancelled`) often
  enough to stop within a fraction of a second;
- reports ``state.progress(fraction, message)``;
- hands over results as it goes with ``state.emit_partial(value)`` (a folder's rows, a training
  run's epochs), which the GUI receives as the runner's ``partial`` signal in its own thread.

Two ways to end a job early: ``stop()`` asks it to finish and return what it has (the result is
kept: a stopped training run can still be saved), ``cancel()`` abandons it (the result is
discarded: a newer job replaced it, or the window closes). Both set ``cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Cancelled(Exception):
    """Raised inside a job when its state was asked to stop."""


class TaskState:
    """Shared between a job and whoever runs it: ``stop()``/``cancel()`` ask, the job checks."""

    def __init__(
        self,
        progress: Callable[[float, str], None] | None = None,
        partial: Callable[[Any], None] | None = None,
    ):
        self._stop = threading.Event()
        self._discard = threading.Event()
        self._progress = progress
        self._partial = partial

    def stop(self) -> None:
        """Ask the job to end soon and return what it has computed so far (kept)."""
        self._stop.set()

    def cancel(self) -> None:
        """Ask the job to end soon; whatever it returns is discarded."""
        self._discard.set()
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        """True once ``stop()`` or ``cancel()`` was called: the job should wind down."""
        return self._stop.is_set()

    @property
    def discarded(self) -> bool:
        """True when ``cancel()`` was called: the job's result will not be used."""
        return self._discard.is_set()

    @property
    def event(self) -> threading.Event:
        return self._stop

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled()

    def progress(self, fraction: float, message: str = "") -> None:
        if self._progress is not None:
            self._progress(float(fraction), message)

    def emit_partial(self, value: Any) -> None:
        """Hand a piece of the result to whoever runs the job (plain data only)."""
        if self._partial is not None:
            self._partial(value)

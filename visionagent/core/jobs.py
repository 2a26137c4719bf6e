"""Long jobs as plain functions that take a :class:`TaskState` (cancel flag and progress).

The GUI runs them in worker threads and the CLI calls them directly; both see the same code.
"""
from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job when its state was asked to stop."""


class TaskState:
    """Shared between a job and whoever runs it: ``cancel()`` asks, the job checks."""

    def __init__(self, progress: Callable[[float, str], None] | None = None):
        self._cancel = threading.Event()
        self._progress = progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def event(self) -> threading.Event:
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, fraction: float, message: str = "") -> None:
        if self._progress is not None:
            self._progress(float(fraction), message)

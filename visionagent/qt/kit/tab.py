"""The base of every tab: the shared context, its job runners, a status line and the contract
the main window relies on (open a path, say what it can open, shut down, lesson state).

A tab is a small room: it builds its pages (which only emit signals), starts jobs, and shows
results. It never guesses at another tab; the main window asks every tab the same questions.
"""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QThread, pyqtSignal
from PyQt6.QtWidgets import QLabel, QSizePolicy, QWidget

from visionagent.qt.context import AppContext
from visionagent.qt.kit.jobs import TaskRunner

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#a85d00"


class StatusLine(QLabel):
    """One line that tells what is going on; errors in red, warnings in amber."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.level = "info"

    def show_info(self, text: str) -> None:
        self._show(text, "info", "")

    def show_warning(self, text: str) -> None:
        self._show(text, "warning", f"color: {WARNING_COLOUR};")

    def show_error(self, text: str) -> None:
        self._show(text, "error", f"color: {ERROR_COLOUR};")

    def _show(self, text: str, level: str, style: str) -> None:
        self.level = level
        self.setStyleSheet(style)
        self.setText(text)


class Tab(QWidget):
    """Base class of the tabs. Subclasses call :meth:`runner` for each kind of job they run."""

    #: emitted when the tab's model (or its choice) changes: ``(task, name)``
    model_in_use = pyqtSignal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._runners: list[TaskRunner] = []

    # ------------------------------------------------------------------ jobs
    def runner(self) -> TaskRunner:
        """A new job runner owned by this tab (stopped by :meth:`shutdown`)."""
        runner = TaskRunner(self)
        self._runners.append(runner)
        return runner

    def runners(self) -> list[TaskRunner]:
        return list(self._runners)

    def running_threads(self) -> list[QThread]:
        return [thread for runner in self._runners for thread in runner.running_threads()]

    def jobs_running(self) -> bool:
        return any(runner.busy for runner in self._runners)

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """Cancel every job of this tab and wait for its threads; True when all ended in time."""
        for runner in self._runners:
            runner.cancel()
        return all([runner.shutdown(timeout_ms) for runner in self._runners])

    # ------------------------------------------------------------------ files
    def can_open(self, path: str) -> bool:
        """Whether :meth:`open_path` would take ``path`` (the main window routes files by it)."""
        return False

    def open_path(self, path: str) -> bool:
        """Open a file or folder given from outside (menu, drop on the window, command line)."""
        return False

    # ------------------------------------------------------------------ layout
    def main_controls(self) -> list[QWidget]:
        """The controls a first-time user needs at once (Recognize, Open, Start/Stop…).

        They must be visible without scrolling on a 1024×768 screen (a test checks it).
        """
        return []

    # ------------------------------------------------------------------ lessons
    def lesson_state(self) -> dict[str, Any]:
        """The tab's set-up as plain JSON values (what File ▸ Save as lesson… writes)."""
        return {}

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        """Put the tab into ``state``; returns one line per key it could not use."""
        return [f"{key}: not used by this tab" for key in state]

    def lesson_controls(self) -> dict[str, QWidget]:
        """Controls a lesson may hide or lock, by name."""
        return {}

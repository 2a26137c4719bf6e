"""Lesson and model files dropped anywhere on the window reach the window.

Some tabs take drops themselves (an :class:`~visionagent.qt.kit.image_input.ImageInput` over the
whole tab), so a lesson dropped on them would be offered to the tab as a picture. This filter,
installed on the application, sees drags before any widget does and hands files with the given
suffixes to ``window.open_path``; every other drag goes on to the widget under the mouse.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QEvent, QObject
from PyQt6.QtWidgets import QApplication, QWidget

_DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class WindowDrops(QObject):
    """Routes dropped files ending in ``suffixes`` to ``window.open_path``."""

    def __init__(self, window: QWidget, suffixes: tuple[str, ...]):
        super().__init__(window)
        self.window = window
        self.suffixes = tuple(s.lower() for s in suffixes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._uninstall)

    def _uninstall(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def path_in(self, event) -> str | None:
        """The one local file of ours the drag carries, else None."""
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return None
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if len(files) == 1 and Path(files[0]).suffix.lower() in self.suffixes:
            return files[0]
        return None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() not in _DRAGS or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:
            return False
        path = self.path_in(event)
        if path is None:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            self.window.open_path(path)
        return True

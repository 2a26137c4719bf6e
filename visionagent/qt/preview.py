"""Run one tab alone in its own window, for a quick look while working on it.

Each tab module ends with ``run_tab_alone(TabClass)``, the way Orange3's widgets end with
``WidgetPreview(...).run()``: the same application set-up as the full app, TensorFlow loaded in the
background, the tab's background work shut down on close.
"""

from __future__ import annotations

import sys

from PyQt6.QtWidgets import QWidget

from visionagent.core import backend
from visionagent.qt.context import AppContext
from visionagent.qt.workers import TaskRunner


def _load_tensorflow(state):
    return backend.load()


def run_tab_alone(
    tab_class: type[QWidget], size: tuple[int, int] = (1200, 800), path: str | None = None
) -> int:
    """Show ``tab_class(context)`` in a window; ``path`` (or argv[1]) is opened when the tab takes
    files."""
    from visionagent.app import create_application

    app = create_application(sys.argv[:1])
    context = AppContext()
    tab = tab_class(context)
    tab.resize(*size)
    tab.setWindowTitle(f"VisionAgent — {tab_class.__name__}")
    tab.show()
    loader = TaskRunner()
    loader.finished.connect(context.tf_ready.emit)
    loader.start(_load_tensorflow)
    path = path or (sys.argv[1] if len(sys.argv) > 1 else None)
    if path and hasattr(tab, "open_path"):
        tab.open_path(path)
    code = app.exec()
    if hasattr(tab, "shutdown"):
        tab.shutdown()
    loader.shutdown()
    return code

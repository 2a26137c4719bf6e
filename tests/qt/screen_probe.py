"""Run by test_screen_fit in a fresh process on an offscreen screen of a given size.

Opens the real main window (English), shows every tab, and prints one JSON object: the screen's
free area, the window's frame, and for each tab the main controls that are not fully visible
without scrolling (hidden, outside the window, or cut by a scroll area's viewport).
"""

from __future__ import annotations

import json
import sys

from PyQt6.QtCore import QRect
from PyQt6.QtWidgets import QAbstractScrollArea


def _clipped(widget, window) -> str | None:
    if not widget.isVisible():
        return "hidden"
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    if not window.rect().contains(rect):
        return f"outside the window ({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            view = QRect(port.mapTo(window, port.rect().topLeft()), port.size())
            if not view.contains(rect):
                return "needs scrolling"
        parent = parent.parentWidget()
    return None


def main() -> int:
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="en")
    window = MainWindow(load_tensorflow=False)
    window.show()
    app.processEvents()
    report = {
        "available": list(window.screen().availableGeometry().getRect()),
        "frame": list(window.frameGeometry().getRect()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "tabs": {},
    }
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):
            app.processEvents()
        tab = window.tabs.widget(index)
        problems = {}
        for control in tab.main_controls():
            why = _clipped(control, window)
            if why:
                problems[control.objectName() or type(control).__name__] = why
        report["tabs"][type(tab).__name__] = {
            "controls": len(tab.main_controls()),
            "problems": problems,
        }
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

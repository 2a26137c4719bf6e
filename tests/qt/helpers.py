"""What several GUI test modules do the same way: draw a stroke on the kit's canvas with real
mouse events, and make the Training tab alone on a context."""

from __future__ import annotations

import math

from PyQt6.QtCore import QPoint, Qt


def draw(qtbot, canvas, points, box: int = 0, pen: int | None = None) -> None:
    """One stroke through ``points`` (box coordinates 0..1) in box ``box`` with real mouse
    events, densified to about 25 moves per box width as a hand would give them."""
    if pen is not None:
        canvas.set_pen_width(pen)
    rect = canvas.box_rect(box)

    def at(p):
        return QPoint(
            round(rect.left() + p[0] * rect.width()), round(rect.top() + p[1] * rect.height())
        )

    dense = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        steps = max(1, int(math.dist(a, b) * 25))
        dense += [
            (a[0] + (b[0] - a[0]) * t / steps, a[1] + (b[1] - a[1]) * t / steps)
            for t in range(1, steps + 1)
        ]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(dense[0]))
    for p in dense[1:]:
        qtbot.mouseMove(canvas, at(p))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(dense[-1]))


def training_tab(qtbot, app_context):
    """The Training tab alone on a context (TensorFlow not ready yet), shown at 1280×760."""
    from visionagent.qt.tabs.training import TrainingTab

    tab = TrainingTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    return tab


def finish_training_tab(tab) -> None:
    """Stop the tab's work and check that no thread is left."""
    assert tab.shutdown(30_000)
    assert not tab.running_threads()


def make_ready(tab, tf_backend):
    """The tab with TensorFlow ready, on the bundled digits, leaving the Digits tab's choice."""
    tab.context.tf_ready.emit(tf_backend)
    tab.form.set_dataset("mnist-10k")
    tab.results.use_check.setChecked(False)
    return tab

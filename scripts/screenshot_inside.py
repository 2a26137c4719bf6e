"""Screenshots of the real main window on the Inside tab: a drawn digit through the shipped
digits ensemble (a cell of the fourth convolution traced to its receptive fields) and a sample
photo through the ImageNet model.

Run under a display, e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_inside.py
(or QT_QPA_PLATFORM=offscreen). Writes docs/screenshots/inside.png and inside_imagenet.png at
1366×768 and prints how long each view took.
"""

from __future__ import annotations

import sys

from screens import OUT, REPO, wait

SEVEN = [(0.25, 0.22), (0.75, 0.22), (0.45, 0.85)]
BAR = [(0.38, 0.55), (0.66, 0.53)]


def draw(canvas, points, pen=14):
    """One stroke with real mouse events through ``points`` (box coordinates 0..1)."""
    from PyQt6.QtCore import QPoint, Qt
    from PyQt6.QtTest import QTest

    canvas.set_pen_width(pen)
    rect = canvas.box_rect(0)
    dense = []
    for a, b in zip(points, points[1:], strict=False):
        dense += [(a[0] + (b[0] - a[0]) * t / 12, a[1] + (b[1] - a[1]) * t / 12) for t in range(13)]
    at = [
        QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))
        for x, y in dense
    ]
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, none, at[0])
    for point in at[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, none, at[-1])


def trace(app, tab, layer, k, row, col):
    tab.strip.select_layer(layer)
    tab._layer_chosen(layer)
    tab.select_cell(k, row, col)
    wait(app, 10, lambda: tab.settled())
    wait(app, 0.5)


def main() -> int:
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language=sys.argv[1] if len(sys.argv) > 1 else "en")
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    tab = window.inside_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 240, tab.settled):
        print("the digits model did not load:", tab.status_label.text(), flush=True)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if len(sys.argv) < 2 or sys.argv[1] == "en" else f"_{sys.argv[1]}"
    draw(tab.panel.canvas, SEVEN)
    draw(tab.panel.canvas, BAR, pen=12)
    wait(app, 60, lambda: tab.settled() and tab.input_pane.cam_view.has_image())
    print("digits:", tab.status_label.text(), flush=True)
    trace(app, tab, "member_1/conv2d_3", 9, 4, 3)
    window.grab().save(str(OUT / f"inside{suffix}.png"))

    tab.choose_model("imagenet_efficientnet_lite0")
    tab.open_path(str(REPO / "resources" / "samples" / "bullmastiff.jpg"))
    wait(app, 240, lambda: tab.settled() and tab._loaded.name.startswith("imagenet"))
    wait(app, 30, tab.input_pane.cam_view.has_image)
    print("imagenet:", tab.status_label.text(), flush=True)
    tab.maps_pane.set_scale("map")
    trace(app, tab, "block3a_project_conv", 4, 14, 12)
    window.grab().save(str(OUT / f"inside_imagenet{suffix}.png"))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

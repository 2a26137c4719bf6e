"""Screenshots of the real main window on the Digits tab with a recognized postal code.

Run under a display, e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_digits.py
Writes docs/screenshots/digits.png (MNIST-style preprocessing) and digits_naive.png (the
textbook's straight resize of the same drawing).
"""

from __future__ import annotations

import math
import sys

from screens import REPO, wait

# A handwritten-looking "06236": strokes in box coordinates (0..1); drawn small, big, off-centre
ZERO = [
    (0.5 + 0.2 * math.sin(2 * math.pi * k / 30), 0.52 - 0.3 * math.cos(2 * math.pi * k / 30))
    for k in range(32)
]
SIX = [
    (0.64, 0.14),
    (0.5, 0.26),
    (0.4, 0.44),
    (0.36, 0.62),
    (0.4, 0.78),
    (0.52, 0.85),
    (0.63, 0.78),
    (0.65, 0.64),
    (0.55, 0.56),
    (0.43, 0.6),
    (0.38, 0.7),
]
TWO = [
    (0.3, 0.3),
    (0.38, 0.18),
    (0.52, 0.14),
    (0.64, 0.22),
    (0.65, 0.36),
    (0.55, 0.52),
    (0.4, 0.68),
    (0.28, 0.82),
    (0.45, 0.8),
    (0.62, 0.8),
    (0.74, 0.82),
]
THREE = [
    (0.3, 0.22),
    (0.46, 0.13),
    (0.62, 0.18),
    (0.64, 0.33),
    (0.5, 0.45),
    (0.42, 0.47),
    (0.56, 0.5),
    (0.67, 0.62),
    (0.64, 0.77),
    (0.5, 0.85),
    (0.32, 0.8),
]


def shrink(points, scale, dx, dy):
    return [(0.5 + (x - 0.5) * scale + dx, 0.5 + (y - 0.5) * scale + dy) for x, y in points]


STROKES = [  # (box, points, pen width in screen pixels)
    (0, ZERO, 14),
    (1, shrink(SIX, 0.6, -0.15, 0.12), 10),
    (2, TWO, 18),
    (3, shrink(THREE, 0.75, 0.1, -0.05), 12),
    (4, shrink(SIX, 0.9, 0.05, 0.0), 16),
]


def main() -> int:
    from PyQt6.QtCore import QPoint, Qt
    from PyQt6.QtTest import QTest

    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="en")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    tab = window.digits_tab
    window.tabs.setCurrentWidget(tab)
    ready = []
    tab.model_ready.connect(ready.append)
    if not wait(app, 180, lambda: bool(ready)):
        print("the digits model did not load", flush=True)
        return 1
    wait(app, 0.5)
    canvas = tab.canvas
    for box, points, pen in STROKES:  # real mouse events, as a user draws
        canvas.set_pen_width(pen)
        rect = canvas.box_rect(box)
        at = [
            QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))
            for x, y in points
        ]
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[0])
        for point in at[1:]:
            QTest.mouseMove(canvas, point)
        QTest.mouseRelease(
            canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at[-1]
        )
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for method, name in (("mnist", "digits.png"), ("naive", "digits_naive.png")):
        results = []
        tab.recognized.connect(results.append)
        tab.method_combo.setCurrentIndex(tab.method_combo.findData(method))
        tab.recognize()
        wait(app, 60, lambda r=results: bool(r))
        tab.recognized.disconnect(results.append)
        wait(app, 0.5)
        print(f"{method}: code {results[-1].code if results else '?'}", flush=True)
        window.grab().save(str(out / name))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

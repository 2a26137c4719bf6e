"""Screenshots of the real main window on the Digits tab with a recognized postal code.

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_digits.py
Writes docs/screenshots/digits.png (MNIST-style preprocessing) and digits_naive.png (the
textbook's straight resize of the same drawing); with the argument ``ko``, ko_digits.png only.
"""

from __future__ import annotations

import math
import sys

from screens import draw, finish, language_argument, save, start, wait

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


def draw_postal_code(canvas) -> None:
    """Write "06236" into the five boxes with real mouse strokes."""
    for box, points, pen in STROKES:
        draw(canvas, box, points, pen, steps=2)


def read_with(app, tab, method: str):
    """Choose the preprocessing ``method`` and read the boxes; returns the Recognition."""
    results = []
    tab.recognized.connect(results.append)
    tab.method_combo.setCurrentIndex(tab.method_combo.findData(method))
    tab.recognize()
    wait(app, 60, lambda: bool(results) and not tab.jobs_running())
    tab.recognized.disconnect(results.append)
    wait(app, 0.5)
    return results[-1] if results else None


def main() -> int:
    language = language_argument()
    app, window = start(language)
    tab = window.digits_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 240, lambda: tab.loader.ready):
        print("the digits model did not load", flush=True)
        return finish(app, window, 1)
    wait(app, 0.5)
    draw_postal_code(tab.canvas)
    shots = (("mnist", "digits.png"), ("naive", "digits_naive.png"))
    if language != "en":
        shots = (("mnist", f"{language}_digits.png"),)
    for method, name in shots:
        result = read_with(app, tab, method)
        save(window, name, f"({method}: code {result.code if result else '?'})")
    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

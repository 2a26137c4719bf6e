"""Shared set-up of the screenshot scripts (scripts/screenshot_*.py).

Importing it puts the repository on ``sys.path`` and points ``VISIONAGENT_HOME`` at a fresh
temporary folder, so every screenshot starts from default settings and leaves the user's alone.

The scripts show the real main window filling a classroom projector's screen. Run them on a
virtual X screen of that size::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_digits.py

Without a display they fall back to Qt's offscreen platform with a 1366×768 screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
SAMPLES = REPO / "resources" / "samples"
SCREEN = (1366, 768)
LIMIT = 400_000  # bytes: a bigger PNG is made smaller (see :func:`save`)
sys.path.insert(0, str(REPO))
os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-shots-")


def _offscreen_screen(width: int, height: int) -> None:
    """Qt's offscreen platform with one screen of ``width``×``height`` at 96 dpi."""
    screen = Path(tempfile.mkdtemp(prefix="visionagent-screen-")) / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "projector",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def language_argument() -> str:
    """The UI language asked on the command line ("en" when none)."""
    return sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "en"


def start(language: str = "en"):
    """The application and its real main window, filling the screen; returns ``(app, window)``."""
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        _offscreen_screen(*SCREEN)
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language=language)
    window = MainWindow()
    window.show()
    # No window manager on a virtual X screen: "maximised" is the screen's free area.
    window.setGeometry(window.screen().availableGeometry())
    if not wait(app, 240, lambda: window.context.is_tf_ready):
        print("TensorFlow did not load:", window.tf_label.text(), file=sys.stderr, flush=True)
    wait(app, 0.5)
    OUT.mkdir(parents=True, exist_ok=True)
    return app, window


def wait(app, seconds: float, until=lambda: False) -> bool:
    """Process events for up to ``seconds`` or until ``until()`` is true; returns ``until()``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return until()


def save(widget, name: str, note: str = "") -> Path:
    """Grab ``widget`` (the main window or a dialog) into docs/screenshots/``name``.

    A PNG over :data:`LIMIT` (photos in it) goes through pngquant when it is installed (Debian:
    ``apt-get install pngquant``; 256 dithered colours, only when the quality stays high), then,
    still too big, through Pillow's lossless ``optimize``.
    """
    path = OUT / name
    widget.grab().save(str(path))
    how = ""
    pngquant = shutil.which("pngquant")
    if path.stat().st_size > LIMIT and pngquant:
        smaller = path.with_suffix(".quant.png")
        command = [pngquant, "--quality=70-100", "--speed=1", "--force", "--output", str(smaller)]
        if subprocess.run([*command, str(path)], check=False).returncode == 0:
            smaller.replace(path)
            how = "pngquant"
        smaller.unlink(missing_ok=True)
    if path.stat().st_size > LIMIT:
        from PIL import Image

        with Image.open(path) as image:
            image.load()
        image.save(path, optimize=True)
        how = "optimised"
    size, kb = widget.size(), path.stat().st_size / 1000
    text = f"{name}: {size.width()}×{size.height()}, {kb:.0f} KB {how} {note}"
    print(" ".join(text.split()), flush=True)
    return path


def draw(canvas, box: int, points, pen: int = 14, steps: int = 8) -> None:
    """One stroke with real mouse events through ``points`` (box coordinates 0..1)."""
    from PyQt6.QtCore import QPoint, Qt
    from PyQt6.QtTest import QTest

    canvas.set_pen_width(pen)
    rect = canvas.box_rect(box)
    dense = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        dense += [
            (a[0] + (b[0] - a[0]) * t / steps, a[1] + (b[1] - a[1]) * t / steps)
            for t in range(1, steps + 1)
        ]
    at = [
        QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))
        for x, y in dense
    ]
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, none, at[0])
    for point in at[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, none, at[-1])


def finish(app, window, code: int = 0) -> int:
    """Close the window as a user would, stop every job, and delete the window while the
    application still exists (left to the interpreter's exit, the order of destruction of Qt's
    objects sometimes ends in a segmentation fault). Returns ``code``."""
    from PyQt6.QtCore import QCoreApplication, QEvent

    window.close()
    wait(app, 0.2)
    window.shutdown()  # a job that a late signal started after the close
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return code

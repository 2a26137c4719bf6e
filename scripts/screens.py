"""Shared set-up of the screenshot scripts (scripts/screenshot_*.py).

Importing it puts the repository on ``sys.path`` and points ``VISIONAGENT_HOME`` at a fresh
temporary folder, so every screenshot starts from default settings and leaves the user's alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"
sys.path.insert(0, str(REPO))
os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-shots-")


def wait(app, seconds: float, until=lambda: False) -> bool:
    """Process events for up to ``seconds`` or until ``until()`` is true; returns ``until()``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return until()

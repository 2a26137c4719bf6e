"""The window fits classroom screens: on 1024×768 and 1366×768 every tab's main controls
(Recognize, Open/samples, the kernel editor, Start/Stop) are visible without scrolling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
@pytest.mark.parametrize("width,height", [(1024, 768), (1366, 768), (1280, 720)])
def test_window_and_main_controls_fit_the_screen(tmp_path, width, height):
    screen = tmp_path / "screen.json"
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
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        VISIONAGENT_HOME=str(tmp_path / "home"),
    )
    out = subprocess.run(
        [sys.executable, str(HERE / "screen_probe.py")],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout.strip().splitlines()[-1])
    x, y, w, h = report["frame"]
    ax, ay, aw, ah = report["available"]
    assert w <= aw and h <= ah, report
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, report
    assert report["minimum"][0] < 1000, report
    assert len(report["tabs"]) == 5
    for name, tab in report["tabs"].items():
        assert tab["controls"] > 0, f"{name} names no main controls"
        assert not tab["problems"], f"{name} at {width}×{height}: {tab['problems']}"

"""The Inside tab with the shipped ImageNet model, as a user meets it: how long until the maps and
Grad-CAM of a photo are on screen, and whether the window ever stops answering meanwhile.

A 10 ms heartbeat timer runs in the GUI thread; the longest gap between two beats is the
longest time the window could not repaint or take a click (the model work runs in workers).
Also timed: switching the shown layer (the feature-map grid is coloured in the GUI thread).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inside_tab.py [--model NAME]

Last line: ``load_s=… view_ms=… job_ms=… longest_gap_ms=… slowest_layer_ms=…`` (medians over the
sample photos for the views; the maximum for gaps and layer switches).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["CUDA_VISIBLE_DEVICES"] = ""
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-bench-")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
PHOTOS = ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png", "rocket.jpg", "coffee.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="imagenet_efficientnet_lite0")
    args = parser.parse_args()

    from PyQt6.QtCore import QTimer

    from visionagent.app import create_application
    from visionagent.core import backend
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.inside import InsideTab

    app = create_application(["bench"], language="en")
    context = AppContext()
    tab = InsideTab(context)
    tab.resize(1000, 660)
    tab.show()
    context.tf_ready.emit(backend.load())
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(10)

    def wait(seconds: float, until) -> bool:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if until():
                return True
            time.sleep(0.002)
        return until()

    wait(120, tab.settled)
    started = time.perf_counter()
    tab.choose_model(args.model)
    tab.open_path(str(REPO / "resources" / "samples" / PHOTOS[0]))
    if not wait(300, lambda: tab.settled() and tab._loaded.name == args.model):
        print("the model did not load:", tab.status_label.text())
        return 1
    load_s = time.perf_counter() - started
    views, jobs = [], []
    gaps.clear()
    for photo in PHOTOS:
        started = time.perf_counter()
        tab.open_path(str(REPO / "resources" / "samples" / photo))
        wait(60, lambda: tab.settled() and tab.input_pane.cam_view.has_image())
        views.append(time.perf_counter() - started)
        jobs.append(tab._view.seconds)
        print(f"{photo}: maps and Grad-CAM on screen after {1000 * views[-1]:.0f} ms")
    switches = []
    for row in tab._view.inspection.layers:
        if row.maps is not None:
            started = time.perf_counter()
            tab.strip.select_layer(row.path)
            tab._layer_chosen(row.path)
            app.processEvents()
            switches.append((time.perf_counter() - started, row.path))
    slowest = max(switches)
    print(f"slowest layer switch: {slowest[1]} ({1000 * slowest[0]:.0f} ms)")
    tab.shutdown()
    print(
        f"load_s={load_s:.1f} view_ms={1000 * statistics.median(views):.0f} "
        f"job_ms={1000 * statistics.median(jobs):.0f} longest_gap_ms={1000 * max(gaps):.0f} "
        f"slowest_layer_ms={1000 * slowest[0]:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long the Photos tab's ``shutdown()`` (what closing the window calls) takes while its model
is still loading.

First one whole load is timed; then each trial builds a fresh tab (a fresh registry, so the model
is read from disk again), starts loading, waits a fraction of the whole load's time and times
``shutdown()``. A load that checks its :class:`~visionagent.core.jobs.TaskState` between its
steps (reading the file, building the recognizer, warming up) ends after the step it is in; one
that does not makes the window wait for the rest of the load.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/photos_shutdown.py [--fractions 0.1 0.5 0.9]
        [--tab MODULE:CLASS]   (another tab class, e.g. the old Dog breeds tab saved elsewhere)

Prints one line per trial and last ``load_s=… shutdown_ms=[…] worst_ms=…``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["CUDA_VISIBLE_DEVICES"] = ""
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ["VISIONAGENT_HOME"] = tempfile.mkdtemp(prefix="visionagent-bench-")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _tab_class(spec: str):
    import importlib

    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


def _loading(tab) -> bool:
    from visionagent.qt.kit.jobs import TaskRunner

    return any(runner.busy for runner in tab.findChildren(TaskRunner))


def _wait(app, seconds: float, until=lambda: False) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.01)
    return until()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fractions", type=float, nargs="+", default=[0.1, 0.3, 0.5, 0.7, 0.9])
    parser.add_argument("--tab", default="visionagent.qt.tabs.photos:PhotosTab")
    args = parser.parse_args()

    from visionagent.app import create_application
    from visionagent.core import backend
    from visionagent.qt.context import AppContext

    app = create_application(["bench"], language="en")
    info = backend.load()
    tab_class = _tab_class(args.tab)
    print(f"tab: {tab_class.__module__}.{tab_class.__name__}", flush=True)

    # A whole load first, for reference.
    context = AppContext()
    tab = tab_class(context)
    started = time.perf_counter()
    context.tf_ready.emit(info)
    _wait(app, 5, lambda: _loading(tab))
    _wait(app, 300, lambda: not _loading(tab))
    load_s = time.perf_counter() - started
    tab.shutdown()
    tab.deleteLater()
    print(f"whole load: {load_s:.1f} s", flush=True)

    figures = []
    for fraction in args.fractions:
        delay = fraction * load_s
        context = AppContext()
        tab = tab_class(context)
        context.tf_ready.emit(info)
        _wait(app, 5, lambda t=tab: _loading(t))
        _wait(app, delay)
        still = _loading(tab)
        started = time.perf_counter()
        tab.shutdown()
        ms = 1000 * (time.perf_counter() - started)
        figures.append(round(ms))
        print(f"shutdown {delay:.1f} s into the load (still loading: {still}): {ms:.0f} ms")
        tab.deleteLater()
        app.processEvents()
    print(f"load_s={load_s:.1f} shutdown_ms={figures} worst_ms={max(figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up benchmark: time to window shown, to TensorFlow ready, and a bare ``import tensorflow``.

Median of N fresh processes each. The app is started exactly as a user starts it
(``python -m visionagent``, or a packaged executable with ``--exe``) with
``VISIONAGENT_STARTUP_PROBE=1``, which makes it print a line when the window is shown and when
TensorFlow is ready, then quit. Times are measured here, from process launch.

    python bench/startup.py [--runs 5] [--exe dist/VisionAgent/VisionAgent]

Last line: ``window_s=… tf_ready_s=… tf_import_s=… ratio=…`` (ratio = window_s / tf_import_s).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def time_app(command: list[str], home: str) -> tuple[float, float]:
    env = dict(
        os.environ, VISIONAGENT_STARTUP_PROBE="1", VISIONAGENT_HOME=home, PYTHONUNBUFFERED="1"
    )
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    window = ready = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("probe window_shown") and window is None:
            window = time.perf_counter() - started
        elif line.startswith("probe tf_ready"):
            ready = time.perf_counter() - started
            break
    proc.wait(timeout=300)
    if window is None or ready is None:
        raise RuntimeError(f"{command} did not report start-up (exit code {proc.returncode})")
    return window, ready


def time_tf_import() -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import tensorflow"],
        check=True,
        env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--exe", help="a packaged VisionAgent executable instead of python -m visionagent"
    )
    args = parser.parse_args()
    command = [args.exe] if args.exe else [sys.executable, "-m", "visionagent"]
    windows, readies, imports = [], [], []
    with tempfile.TemporaryDirectory() as home:
        time_app(
            command, home
        )  # one unmeasured run: first-time caches (fonts, .pyc) are not start-up
        for run in range(args.runs):
            window, ready = time_app(command, home)
            tf_import = time_tf_import()
            windows.append(window)
            readies.append(ready)
            imports.append(tf_import)
            print(
                f"run {run + 1}: window {window:.2f} s, TensorFlow ready {ready:.2f} s, import "
                f"tensorflow {tf_import:.2f} s",
                flush=True,
            )
    w, r, i = (statistics.median(v) for v in (windows, readies, imports))
    print(f"command: {' '.join(command)}")
    print(f"window_s={w:.3f} tf_ready_s={r:.3f} tf_import_s={i:.3f} ratio={w / i:.3f}")


if __name__ == "__main__":
    main()

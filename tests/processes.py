"""Run Python (usually ``-m visionagent …``) in a fresh process, as a user's shell would: offscreen
Qt, from the repository, output captured as text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOCALE_OVERRIDES = ("LC_ALL", "LC_MESSAGES", "LANGUAGE")  # drop them to let LANG decide


def run_python(
    *args: str,
    home: Path | str | None = None,
    timeout: float = 240,
    drop: tuple[str, ...] = (),
    **env: str,
) -> subprocess.CompletedProcess:
    """``python ARGS`` with ``env`` added to this environment (less the names in ``drop``) and,
    when given, ``home`` as VISIONAGENT_HOME."""
    environ = {k: v for k, v in os.environ.items() if k not in drop}
    environ["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        environ["VISIONAGENT_HOME"] = str(home)
    environ.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
    )

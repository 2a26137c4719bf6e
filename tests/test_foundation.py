"""Entry point, lazy TensorFlow and the core/Qt split."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: int = 240, **env) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_importing_the_app_does_not_import_tensorflow():
    code = (
        "import sys, visionagent.app, visionagent.qt.main_window, visionagent.cli;"
        "print('tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    out = _run("-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


def test_core_never_imports_qt():
    core = REPO / "visionagent" / "core"
    modules = [f"visionagent.core.{p.stem}" for p in core.glob("*.py") if p.stem != "__init__"]
    code = "import sys, importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += (
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PyQt6', 'pyqtgraph', 'PySide6')]\n"
        "print(bad)"
    )
    out = _run("-c", code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_version_and_help():
    from visionagent import __version__

    out = _run("-m", "visionagent", "--version")
    assert out.returncode == 0 and __version__ in out.stdout
    out = _run("-m", "visionagent", "--help")
    assert out.returncode == 0
    for word in ("self-test", "--lang", "digits", "breed", "train"):
        assert word in out.stdout


def test_self_test_visits_every_tab(tmp_path):
    out = _run(
        "-m",
        "visionagent",
        "--lang",
        "en",
        "self-test",
        timeout=400,
        VISIONAGENT_HOME=str(tmp_path),
    )
    assert out.returncode == 0, out.stdout + out.stderr
    for tab in ("Digits", "Dog breeds", "Filters", "Training"):
        assert tab in out.stdout
    assert "ready" in out.stdout and "self-test passed" in out.stdout


@pytest.mark.parametrize("bad", [["--lang", "fr"], ["no-such-command"]])
def test_bad_arguments_give_usage_not_traceback(bad):
    out = _run("-m", "visionagent", *bad)
    assert out.returncode == 2
    assert "usage:" in out.stderr and "Traceback" not in out.stderr

"""Entry point, lazy TensorFlow and the core/Qt split."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import processes

REPO = Path(__file__).resolve().parents[1]


_run = processes.run_python


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


@pytest.mark.slow
def test_version_and_help():
    from visionagent import __version__

    out = _run("-m", "visionagent", "--version")
    assert out.returncode == 0 and __version__ in out.stdout
    out = _run("-m", "visionagent", "--help")
    assert out.returncode == 0
    for word in ("self-test", "--lang", "--verbose", "digits", "breed", "train"):
        assert word in out.stdout


@pytest.mark.slow
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
    for tab in ("Digits", "Photos", "Filters", "Training"):
        assert tab in out.stdout
    assert "ready" in out.stdout and "self-test passed" in out.stdout


@pytest.mark.parametrize("bad", [["--lang", "fr"], ["no-such-command"]])
def test_bad_arguments_give_usage_not_traceback(bad):
    out = _run("-m", "visionagent", *bad)
    assert out.returncode == 2
    assert "usage:" in out.stderr and "Traceback" not in out.stderr


# ------------------------------------------------------------ issue 12: settings and start-up
def _payload_home(tmp_path) -> tuple[Path, Path]:
    from tests.robustness.families import payload_line

    home, marker = tmp_path / "home", tmp_path / "PWNED"
    home.mkdir()
    (home / "settings.ini").write_bytes(
        b"[ui]\nlanguage=en\n[window]\ngeometry=" + payload_line(marker) + b"\ntab=2\n"
    )
    return home, marker


def test_the_settings_payload_is_live_for_plain_qsettings(tmp_path):
    """The crafted file does run code through QSettings alone: the guard below is needed."""
    home, marker = _payload_home(tmp_path)
    code = (
        "import sys\nfrom PyQt6.QtCore import QSettings\n"
        "QSettings(sys.argv[1], QSettings.Format.IniFormat).contains('window/tab')"
    )
    _run("-c", code, str(home / "settings.ini"))
    assert marker.exists()


def test_settings_never_unpickle(tmp_path, monkeypatch):
    from visionagent import settings

    home, marker = _payload_home(tmp_path)
    monkeypatch.setenv("VISIONAGENT_HOME", str(home))
    assert settings.get("window/geometry") == b""
    assert settings.get("window/tab") == 2 and settings.get("ui/language") == "en"
    settings.set("window/geometry", b"\x01\x02geometry")
    assert settings.get("window/geometry") == b"\x01\x02geometry"
    assert not marker.exists()
    text = (home / "settings.ini").read_text()
    assert "@Variant" not in text and "PyQt_PyObject" not in text


@pytest.mark.parametrize(
    ("key", "stored", "default"),
    [
        ("window/tab", "1000000000000", 0),
        ("window/tab", "abc", 0),
        ("digits/boxes", "-3", 5),
        ("digits/pen_width", "1e9", 12),
        ("digits/live", "perhaps", False),
        ("ui/language", "klingon", ""),
        ("files/recent", "42", []),
        ("window/geometry", "%%%not base64", b""),
        ("filters/layer", '{"weights": [[[[1]]]], "bias": [0], "stride": 1000000000000}', ""),
        ("filters/numbers", "[" * 10_000, ""),
    ],
)
def test_a_bad_value_gives_the_default(tmp_path, monkeypatch, key, stored, default):
    from PyQt6.QtCore import QSettings

    from visionagent import settings

    monkeypatch.setenv("VISIONAGENT_HOME", str(tmp_path))
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue(key, stored)
    store.sync()
    del store
    assert settings.get(key) == default


def test_binary_garbage_and_bad_encodings_give_defaults(tmp_path, monkeypatch):
    from visionagent import settings

    monkeypatch.setenv("VISIONAGENT_HOME", str(tmp_path))
    for data in (bytes(range(256)) * 20, b"[window\ntab=\xff\xfe\0\n[digits]\nboxes=\xc3("):
        (tmp_path / "settings.ini").write_bytes(data)
        assert {key: settings.get(key) for key in settings.KEYS} == {
            key: spec.default for key, spec in settings.KEYS.items()
        }


def test_an_unwritable_log_file_means_logging_to_stderr(tmp_path):
    (tmp_path / "logs" / "visionagent.log").mkdir(parents=True)  # cannot be opened as a file
    out = _run(
        "-c",
        "from visionagent import logs; import logging; print(logs.setup());"
        "logging.getLogger('x').warning('still heard')",
        VISIONAGENT_HOME=str(tmp_path),
    )
    assert out.returncode == 0 and out.stdout.strip() == "None"
    assert "cannot be written" in out.stderr and "still heard" in out.stderr

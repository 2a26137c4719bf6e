"""The generated bad-input suite (tests/robustness/families.py): every case clear, none hangs.

The same cases give the figures of ``python tests/robustness/report.py``. The whole-program
runs (``cli`` family) are slow: many bad paths share one run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness import families
from tests.robustness.harness import GOOD


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bad-inputs")


def _assert_clear(case) -> None:
    result = case.check()
    for outcome in result if isinstance(result, list) else [result]:
        assert outcome.verdict in GOOD, f"{case.name}: {outcome.verdict}: {outcome.detail}"


def test_images(folder):
    cases = families.image_cases(folder / "images")
    assert len(cases) >= 40
    for case in cases:
        _assert_clear(case)


@pytest.mark.slow
def test_special_files_neither_hang_nor_fill_memory(folder):
    for case in families.special_file_cases(folder / "special"):
        _assert_clear(case)


def test_model_metadata(folder):
    cases = families.metadata_cases(folder / "metadata")
    assert len(cases) >= 100
    for case in cases:
        _assert_clear(case)


@pytest.mark.slow
def test_settings(folder, user_home, monkeypatch):
    monkeypatch.setenv("VISIONAGENT_HOME", str(user_home))  # the cases move it: put it back
    for case in families.settings_cases(folder / "settings"):
        _assert_clear(case)


@pytest.mark.slow
@pytest.mark.parametrize("name", families.CLI_CASES)
def test_cli(folder, name):
    cases = {case.name: case for case in _cli_cases(folder)}
    assert sorted(cases) == sorted(families.CLI_CASES)
    _assert_clear(cases[name])


_cache: dict = {}


def _cli_cases(folder: Path):
    if "cli" not in _cache:
        _cache["cli"] = families.cli_cases(folder / "cli")
    return _cache["cli"]

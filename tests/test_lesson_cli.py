"""``visionagent --lesson FILE``: every shipped lesson opens in the self-test; bad files and
misuse get one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import processes
from visionagent.core import lessons

REPO = Path(__file__).resolve().parents[1]


def run(args, home, timeout=600):
    return processes.run_python("-m", "visionagent", *args, home=home, timeout=timeout)


@pytest.mark.slow
def test_every_shipped_lesson_passes_the_self_test(tmp_path):
    shipped = lessons.shipped()
    assert len(shipped) >= 8
    args = [item for lesson in shipped for item in ("--lesson", str(lesson.path))]
    out = run([*args, "self-test"], tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    for lesson in shipped:
        assert f"lesson {lesson.id}: opened in the {lesson.tab} tab, step 1 of" in out.stdout
    assert "self-test passed" in out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.slow
def test_a_bad_lesson_fails_the_self_test_in_one_line(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps({"version": 1, "id": "broken", "tab": "nowhere"}), "utf-8")
    out = run(["--lesson", str(bad), "--lesson", "no-such-lesson", "self-test"], tmp_path, 120)
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 2, out.stderr
    assert str(bad) in lines[0] and "unknown tab" in lines[0]
    assert "no-such-lesson" in lines[1] and "postal-codes" in lines[1]  # the ids are listed
    assert "self-test failed" in out.stdout


def test_lesson_goes_with_the_app_not_with_other_commands(tmp_path):
    out = run(["--lesson", "postal-codes", "lessons"], tmp_path, 120)
    assert out.returncode == 2
    assert "--lesson opens the desktop app" in out.stderr and "Traceback" not in out.stderr

"""`visionagent lessons`: the shipped lessons on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from visionagent import cli


def test_lessons_json_lists_at_least_eight(capsys):
    assert cli.main(["lessons", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 8
    assert all(set(row) == {"id", "title", "title_ko", "path"} for row in rows)
    assert all(Path(row["path"]).is_file() for row in rows)
    assert rows[0]["id"] == "example-8-1" and rows[0]["title_ko"].startswith("예시 8-1")


def test_lessons_plain_lists_one_line_each(capsys):
    assert cli.main(["lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 8 and lines[0].split()[:2] == ["example-8-1", "filters"]

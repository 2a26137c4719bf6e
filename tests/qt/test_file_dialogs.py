"""The one open-file dialog: where it starts, and what it remembers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PyQt6.QtWidgets import QFileDialog

from visionagent import settings
from visionagent.qt.kit.files import open_file_dialog, start_folder


@pytest.mark.parametrize(
    "saved",
    ["/" + "x" * 300, "/no/such/folder", "relative/nowhere", ""],
    ids=["name too long", "missing", "relative", "empty"],
)
def test_an_unusable_last_folder_falls_back(saved, tmp_path):
    settings.set("files/last_dir", saved)
    assert start_folder() == str(Path.home())
    assert start_folder(tmp_path) == str(tmp_path)


def test_a_file_as_last_folder_falls_back(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    settings.set("files/last_dir", str(a_file))
    assert start_folder(tmp_path / "lessons") == str(tmp_path / "lessons")


def test_the_dialog_starts_in_the_last_folder_and_remembers_the_next(monkeypatch, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    settings.set("files/last_dir", str(first))
    asked = []

    def fake(parent, title, start, name_filter):
        asked.append(start)
        return str(second / "model.keras"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    assert open_file_dialog(None, "Open", "*.keras") == str(second / "model.keras")
    assert asked == [str(first)] and settings.get("files/last_dir") == str(second)
    assert open_file_dialog(None, "Open", "*.keras", remember=False)
    assert asked[-1] == str(second) and settings.get("files/last_dir") == str(second)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert open_file_dialog(None, "Open", "*.keras") is None

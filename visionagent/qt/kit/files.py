"""The one way the app asks for a file to open: the dialog starts in the last folder used (else a
fallback, else the home folder) and remembers the folder of the file chosen."""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtWidgets import QFileDialog, QWidget

from visionagent import settings


def start_folder(fallback: Path | str | None = None) -> str:
    """The last folder used when it still exists, else ``fallback``, else the home folder."""
    last = settings.get("files/last_dir")
    try:
        usable = bool(last) and Path(last).is_dir()
    except (OSError, ValueError):  # a name too long for the file system, from an edited file
        usable = False
    return last if usable else str(fallback if fallback is not None else Path.home())


def remember_folder(path: Path | str) -> None:
    """Start the next dialog in the folder of ``path``."""
    settings.set("files/last_dir", str(Path(path).parent))


def open_file_dialog(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    fallback: Path | str | None = None,
    remember: bool = True,
) -> str | None:
    """Ask for one file to open; None when cancelled. ``remember=False`` leaves the folder to the
    caller (to remember only once the file proved readable)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(fallback), name_filter)
    if not path:
        return None
    if remember:
        remember_folder(path)
    return path

"""The one place that finds shipped folders (models/, resources/) and the user's folders.

Frozen builds (PyInstaller) keep data files under ``sys._MEIPASS``. Everything writable goes to
per-user folders, never beside the executable. ``VISIONAGENT_HOME`` overrides the user folder
(tests and portable installs use it).
"""

from __future__ import annotations

import getpass
import logging
import os
import sys
import tempfile
from pathlib import Path

from visionagent import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"))


def install_root() -> Path:
    """Folder that holds ``models/`` and ``resources/`` (the repository root, or the bundle)."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    return install_root() / "models"


def resources_dir() -> Path:
    return install_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _usable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return path.is_dir() and os.access(path, os.W_OK | os.X_OK)


def user_data_dir() -> Path:
    """Writable per-user folder: ``VISIONAGENT_HOME``, else ``<data>/VisionAgent/VisionAgent``.

    ``<data>`` is platformdirs' user data folder (roaming on Windows), so the path is the one
    Qt's ``AppDataLocation`` gave earlier versions (``~/.local/share/VisionAgent/VisionAgent``,
    ``%APPDATA%\\VisionAgent\\VisionAgent``, ``~/Library/Application Support/VisionAgent/
    VisionAgent``) and nothing needs to move; it is found without Qt, so the core, the CLI and
    the GUI use the same folder. A folder that cannot be created or written (a read-only home)
    falls back to one in the temporary folder, with a warning in the log, so the app starts.
    """
    override = os.environ.get("VISIONAGENT_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(roaming=True)) / ORG_NAME / APP_NAME
    if not _usable(path):
        fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_name()}"
        log.warning("the user folder %s cannot be written; using %s", path, fallback)
        path = fallback
        path.mkdir(parents=True, exist_ok=True)
    return path


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment
        return "user"


def _subfolder(name: str) -> Path:
    """``user_data_dir()/name``, or a fresh folder in the temporary folder if that fails."""
    path = user_data_dir() / name
    if _usable(path):
        return path
    fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_name()}" / name
    log.warning("%s cannot be used; using %s", path, fallback)
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback


def user_models_dir() -> Path:
    return _subfolder("models")


def log_dir() -> Path:
    return _subfolder("logs")


def model_dirs() -> list[Path]:
    """Where the registry looks: shipped models first, then the user's own."""
    return [models_dir(), user_models_dir()]


def shared_dataset(name: str) -> Path | None:
    """``../shared/datasets/<name>`` beside the checkout, when present (evaluation only)."""
    candidate = install_root().parent / "shared" / "datasets" / name
    return candidate if candidate.is_dir() else None

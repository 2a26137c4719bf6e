"""The one place that finds shipped folders (models/, resources/) and the user's folders.

Frozen builds (PyInstaller) keep data files under ``sys._MEIPASS``. Everything writable goes to
per-user folders, never beside the executable. ``VISIONAGENT_HOME`` overrides the user folder
(tests and portable installs use it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from visionagent import APP_NAME, ORG_NAME


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


def user_data_dir() -> Path:
    """Writable per-user folder (QStandardPaths AppDataLocation unless overridden)."""
    override = os.environ.get("VISIONAGENT_HOME")
    if override:
        path = Path(override)
    else:
        try:
            from PyQt6.QtCore import QCoreApplication, QStandardPaths

            QCoreApplication.setOrganizationName(ORG_NAME)
            QCoreApplication.setApplicationName(APP_NAME)
            location = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppDataLocation
            )
            path = Path(location) if location else Path.home() / ".visionagent"
        except ImportError:  # core-only installs
            path = Path.home() / ".visionagent"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_models_dir() -> Path:
    path = user_data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def model_dirs() -> list[Path]:
    """Where the registry looks: shipped models first, then the user's own."""
    return [models_dir(), user_models_dir()]


def shared_dataset(name: str) -> Path | None:
    """``../shared/datasets/<name>`` beside the checkout, when present (evaluation only)."""
    candidate = install_root().parent / "shared" / "datasets" / name
    return candidate if candidate.is_dir() else None

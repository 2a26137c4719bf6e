"""Typed, versioned access to the user's settings (QSettings, "group/key" names).

Settings live in an INI file in the user data folder so tests and portable installs can point
``VISIONAGENT_HOME`` elsewhere. ``SETTINGS_VERSION`` increases when keys change meaning;
:func:`migrate` brings older files forward.
"""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QSettings

from visionagent import paths

SETTINGS_VERSION = 1

# key -> (type, default). One table so every key has one type and one default.
KEYS: dict[str, tuple[type, Any]] = {
    "meta/version": (int, SETTINGS_VERSION),
    "window/geometry": (bytes, b""),
    "window/state": (bytes, b""),
    "window/tab": (int, 0),
    "ui/language": (str, ""),
    "files/recent": (list, []),
    "files/last_dir": (str, ""),
    "digits/boxes": (int, 5),
    "digits/pen_width": (int, 12),
    "digits/model": (str, "digits_cnn"),
    "digits/live": (bool, False),
    "digits/mnist_preprocessing": (bool, True),
    "breeds/model": (str, ""),
    "breeds/gradcam": (bool, False),
    "filters/image": (str, ""),
    "filters/preset": (str, "sobel_x"),
    "filters/layer": (str, ""),  # JSON of the pictures-mode layer (kernels, stride, pooling…)
    "filters/numbers": (str, ""),  # JSON of the numbers-mode input and layer
    "filters/gray": (bool, False),
    "filters/page": (int, 0),
    "filters/splitter": (bytes, b""),
    "training/dataset": (str, "mnist-10k"),
    "training/arch": (str, "lenet5"),
    "training/folder": (str, ""),
}


def qsettings() -> QSettings:
    return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def get(key: str, store: QSettings | None = None) -> Any:
    kind, default = KEYS[key]
    store = store or qsettings()
    if not store.contains(key):
        return default
    if kind is bytes:
        value = store.value(key)
        return bytes(value) if value is not None else default
    if kind is list:
        value = store.value(key, [])
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    return store.value(key, default, type=kind)


def set(key: str, value: Any, store: QSettings | None = None) -> None:
    if key not in KEYS:
        raise KeyError(f"unknown settings key {key!r}")
    store = store or qsettings()
    store.setValue(key, value)


def migrate(store: QSettings | None = None) -> int:
    """Bring an older settings file to ``SETTINGS_VERSION``; returns the version found."""
    store = store or qsettings()
    found = store.value("meta/version", 0, type=int)
    if found < 1:
        # Version 0 had no version key; nothing was renamed yet.
        pass
    store.setValue("meta/version", SETTINGS_VERSION)
    return found


def remember_recent(path: str, limit: int = 10) -> list[str]:
    recent = [p for p in get("files/recent") if p != path]
    recent.insert(0, path)
    recent = recent[:limit]
    set("files/recent", recent)
    return recent

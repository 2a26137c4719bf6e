"""Typed, versioned, safe access to the user's settings (QSettings INI, "group/key" names).

Settings live in an INI file in the user data folder so tests and portable installs can point
``VISIONAGENT_HOME`` elsewhere. ``SETTINGS_VERSION`` increases when keys change meaning;
:func:`migrate` brings older files forward.

Only plain strings are ever stored: numbers and booleans as text, bytes (window geometry,
splitter state) as base64, lists as JSON. That matters because Qt turns an INI value written as
``@Variant(...)`` into an object through ``QDataStream``, and PyQt unpickles the
``PyQt_PyObject`` kind: a crafted ``settings.ini`` could run code. Qt parses a whole section
when any key of it is read, and every section when it writes, so :func:`qsettings` first checks
the file itself (:func:`unsafe_lines`, a port of Qt's own INI line reader and value unescaper)
and removes every value Qt would not read as plain text, before a ``QSettings`` object touches
the file. A file that is not a regular file or is too large is moved aside.

Every key has one type, one default and a validator (:data:`KEYS`): a value of the wrong type,
out of range or unreadable gives the default, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import logging
import math
import os
import re
import stat
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QSettings

from visionagent import paths
from visionagent.core.confidence import DEFAULT_THRESHOLDS, SETTINGS_KEYS
from visionagent.i18n import LANGUAGES

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2  # 2: bytes as base64 and lists as JSON (1 stored them as Qt variants)
MAX_FILE_BYTES = 4 << 20  # a settings file is a few kB; more is not ours
MAX_TEXT = 4096  # a path or a name
MAX_JSON = 256 << 10  # the Filters tab's layers
MAX_BYTES = 64 << 10  # window geometry and splitter state are a few dozen bytes
MAX_RECENT = 50


@dataclass(frozen=True)
class Key:
    """One setting: its Python type, default and what a stored value must satisfy."""

    kind: type
    default: Any
    check: Callable[[Any], bool] | None = None


def _between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: low <= value <= high


def _one_of(*choices: str) -> Callable[[Any], bool]:
    return lambda value: value in choices


def _json_object(value: str) -> bool:
    """A saved Filters layer: a JSON object of sane numbers (strides and sizes within the UI's)."""
    if not value:
        return True
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and _sane(data)


_LIMITS = {"stride": 16, "pool_size": 16, "pool_stride": 16, "padding": 32}


def _sane(value: Any, key: str = "", depth: int = 0) -> bool:
    """Numbers finite and small, integer fields within :data:`_LIMITS`, arrays not huge."""
    if depth > 8:
        return False
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return len(value) <= MAX_TEXT if isinstance(value, str) else True
    if isinstance(value, (int, float)):
        if not math.isfinite(value) or abs(value) > 1e6:
            return False
        return key not in _LIMITS or (value == int(value) and 0 <= value <= _LIMITS[key])
    if isinstance(value, list):
        return len(value) <= 64 and all(_sane(v, key, depth + 1) for v in value)
    if isinstance(value, dict):
        return len(value) <= 64 and all(_sane(v, str(k), depth + 1) for k, v in value.items())
    return False


# key -> Key(type, default, check). One table so every key has one type, default and range.
KEYS: dict[str, Key] = {
    "meta/version": Key(int, SETTINGS_VERSION, _between(0, 1000)),
    "window/geometry": Key(bytes, b""),
    "window/state": Key(bytes, b""),
    "window/tab": Key(int, 0, _between(0, 32)),
    "ui/language": Key(str, "", _one_of("", *LANGUAGES)),
    "files/recent": Key(list, []),
    "files/last_dir": Key(str, ""),
    "digits/boxes": Key(int, 5, _between(1, 10)),
    "digits/pen_width": Key(int, 12, _between(2, 40)),
    "digits/model": Key(str, "digits_cnn"),
    "digits/live": Key(bool, False),
    "digits/mnist_preprocessing": Key(bool, True),
    "breeds/model": Key(str, ""),
    "breeds/gradcam": Key(bool, False),
    "breeds/mode": Key(str, "breeds", _one_of("breeds", "imagenet")),  # Photos tab: dogs / anything
    "breeds/camera": Key(int, 0, _between(0, 7)),
    "breeds/capture_folder": Key(str, ""),
    "breeds/capture_class": Key(str, ""),
    SETTINGS_KEYS["breeds"]: Key(float, DEFAULT_THRESHOLDS["breeds"], _between(0, 1)),
    SETTINGS_KEYS["imagenet"]: Key(float, DEFAULT_THRESHOLDS["imagenet"], _between(0, 1)),
    "filters/image": Key(str, ""),
    "filters/preset": Key(str, "sobel_x"),
    "filters/layer": Key(str, "", _json_object),  # JSON of the pictures-mode layer
    "filters/numbers": Key(str, "", _json_object),  # JSON of the numbers-mode input and layer
    "filters/gray": Key(bool, False),
    "filters/page": Key(int, 0, _between(0, 8)),
    "filters/splitter": Key(bytes, b""),
    "training/dataset": Key(str, "mnist-10k"),
    "training/arch": Key(str, "lenet5"),
    "training/folder": Key(str, ""),
}


# ----------------------------------------------------------------------------- the INI guard
# Qt's INI reader (qsettings.cpp: readIniLine, iniUnescapedStringList, stringToVariant), ported
# just far enough to know which values Qt would turn into something else than text.
_SPACE = b" \t\n\r"
_SPECIAL = b'\n\r";=\\'
_ESCAPES = {ord(k): v for k, v in zip("abfnrtv\"?'\\", "\a\b\f\n\r\t\v\"?'\\", strict=True)}
_HEX = b"0123456789abcdefABCDEF"


def _ini_lines(data: bytes):
    """``(start, end, equals)`` of each logical line, exactly as Qt's ``readIniLine`` cuts them."""
    size, pos = len(data), 0
    while True:
        equals = -1
        start = pos
        while start < size and data[start] in _SPACE:
            start += 1
        i, in_quotes = start, False
        while i < size:
            ch = data[i]
            while ch not in _SPECIAL:
                i += 1
                if i == size:
                    break
                ch = data[i]
            if i == size:
                break
            i += 1
            if ch == 0x3D:  # '='
                if not in_quotes and equals == -1:
                    equals = i - 1
            elif ch in (0x0A, 0x0D):
                if i == start + 1:
                    start += 1
                elif not in_quotes:
                    i -= 1
                    break
            elif ch == 0x5C:  # backslash: the next character is taken as it is
                if i < size:
                    ch = data[i]
                    i += 1
                    if i < size and (ch, data[i]) in ((0x0A, 0x0D), (0x0D, 0x0A)):
                        i += 1
            elif ch == 0x22:  # '"'
                in_quotes = not in_quotes
            else:  # ';': a comment at the start of a line, else the end of the line
                if i == start + 1:
                    while i < size and data[i] not in (0x0A, 0x0D):
                        i += 1
                    while i < size and data[i] in _SPACE:
                        i += 1
                    start = i
                elif not in_quotes:
                    i -= 1
                    break
        pos = i
        if i - start <= 0:
            return
        yield start, i, equals


def _ini_values(raw: bytes) -> list[str]:
    """The string(s) Qt's ``iniUnescapedStringList`` makes of a raw value (a list has several).

    Like Qt, plain bytes go through one UTF-8 decoder that keeps an unfinished sequence across
    escapes, and escapes append their character directly.
    """
    out: list[str] = []
    current: list[str] = []
    utf8 = codecs.getincrementaldecoder("utf-8")("replace")
    is_list = quoted_value = in_quotes = False
    i, size = 0, len(raw)
    while i < size and raw[i] in b" \t":
        i += 1
    while i < size:
        ch = raw[i]
        if ch == 0x5C:  # backslash
            i += 1
            if i >= size:
                break
            ch = raw[i]
            i += 1
            if ch in _ESCAPES:
                current.append(_ESCAPES[ch])
            elif ch == 0x78:  # \x and hex digits (none: nothing at all)
                if i < size and raw[i] in _HEX:
                    value = 0
                    while i < size and raw[i] in _HEX:
                        value = (value * 16 + int(chr(raw[i]), 16)) & 0xFFFFFFFF
                        i += 1
                    current.append(_char(value))
            elif 0x30 <= ch <= 0x37:  # octal
                value = ch - 0x30
                while i < size and 0x30 <= raw[i] <= 0x37:
                    value = (value * 8 + raw[i] - 0x30) & 0xFFFFFFFF
                    i += 1
                current.append(_char(value))
            elif ch in (0x0A, 0x0D):  # an escaped line break (and its partner) is dropped
                if i < size and raw[i] in (0x0A, 0x0D) and raw[i] != ch:
                    i += 1
            # any other escaped character is dropped, as Qt does
        elif ch == 0x22:  # '"'
            i += 1
            quoted_value = True
            in_quotes = not in_quotes
            if not in_quotes:
                while i < size and raw[i] in b" \t":
                    i += 1
        elif ch == 0x2C and not in_quotes:  # ',' separates list items
            text = "".join(current)
            out.append(text if quoted_value else text.rstrip(" \t"))
            current, is_list, quoted_value = [], True, False
            i += 1
            while i < size and raw[i] in b" \t":
                i += 1
        else:
            j = i + 1
            while j < size and raw[j] not in b'\\",':
                j += 1
            current.append(utf8.decode(raw[i:j]))
            i = j
    current.append(utf8.decode(b"", final=True))
    text = "".join(current)
    out.append(text if quoted_value else text.rstrip(" \t"))
    return out if is_list else [out[-1]]


def _char(value: int) -> str:
    """The character Qt appends for an escape's value (kept to 16 bits, as a QChar is)."""
    value &= 0xFFFF
    return "\ufffd" if 0xD800 <= value <= 0xDFFF else chr(value)


def _unsafe(raw_value: bytes) -> bool:
    """True when Qt would read ``raw_value`` as something other than plain text."""
    if b"@" not in raw_value and not re.search(rb"\\[xX0-7]", raw_value):
        return False  # no "@" can come out of it: the common case, decided without parsing
    return any(v.startswith("@") and not v.startswith("@@") for v in _ini_values(raw_value))


def unsafe_lines(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of the INI lines whose value Qt would not read as plain text.

    Those are ``@Variant(...)`` (a ``QDataStream``: PyQt unpickles its ``PyQt_PyObject`` kind),
    ``@ByteArray(...)``, ``@Rect(...)``, ``@Invalid()``… however they are spelled (quoted,
    escaped, continued on the next line, inside a list).
    """
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    offset = len(data) - len(body)
    found = []
    for start, end, equals in _ini_lines(body):
        if body[start] == 0x5B or equals < 0:  # "[section]" or no value
            continue
        if _unsafe(body[equals + 1 : end]):
            found.append((start + offset, end + offset))
    return found


def clean(data: bytes) -> bytes:
    """``data`` without the lines :func:`unsafe_lines` finds."""
    pieces, last = [], 0
    for start, end in unsafe_lines(data):
        pieces.append(data[last:start])
        last = end
    pieces.append(data[last:])
    return b"".join(pieces)


_lock = threading.Lock()
_checked: dict[str, tuple] = {}  # path -> (inode, size, mtime) of a file known to be safe
_private: Path | None = None  # a settings file of this run only, when the user's is unusable


def settings_path() -> Path:
    return paths.user_data_dir() / "settings.ini"


def _private_file() -> Path:
    global _private
    if _private is None:
        _private = Path(tempfile.mkdtemp(prefix="visionagent-settings-")) / "settings.ini"
    return _private


def _move_aside(path: Path, why: str) -> Path:
    """Rename an unusable settings file to ``settings.ini.bad`` and start afresh there."""
    try:
        os.replace(path, path.with_name(path.name + ".bad"))
        log.warning("settings: %s %s; moved to %s.bad, defaults used", path, why, path.name)
        return path
    except OSError as exc:
        log.warning("settings: %s %s and cannot be moved (%s): settings of this run only", path,
                    why, exc)  # fmt: skip
        return _private_file()


def safe_path() -> Path:
    """The settings file, checked: regular, not too large, no value Qt would not read as text."""
    path = settings_path()
    with _lock:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return path
        except OSError as exc:
            log.warning("settings: %s cannot be used (%s): settings of this run only", path, exc)
            return _private_file()
        if stat.S_ISDIR(info.st_mode) or not stat.S_ISREG(info.st_mode):
            return _move_aside(path, "is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            return _move_aside(path, "is too large")
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
        if _checked.get(str(path)) == stamp:
            return path
        from visionagent.core import userfiles

        try:
            data = userfiles.read_regular(path, MAX_FILE_BYTES)
        except userfiles.FileProblem as problem:
            log.warning("settings: %s cannot be read (%s): settings of this run only", path,
                        problem)  # fmt: skip
            return _private_file()
        bad = unsafe_lines(data)
        if not bad:
            _checked[str(path)] = stamp
            return path
        log.warning("settings: removing %d value(s) Qt would not read as text from %s", len(bad),
                    path)  # fmt: skip
        cleaned = clean(data)
        try:
            from visionagent.core import atomic

            atomic.write_bytes(path, cleaned)
        except OSError as exc:  # a read-only file: use a cleaned copy for this run
            log.warning("settings: cannot rewrite %s (%s): settings of this run only", path, exc)
            private = _private_file()
            private.write_bytes(cleaned)
            return private
        info = os.stat(path)
        _checked[str(path)] = (info.st_ino, info.st_size, info.st_mtime_ns)
        return path


def qsettings() -> QSettings:
    """A QSettings on the checked settings file (see :func:`safe_path`)."""
    return QSettings(str(safe_path()), QSettings.Format.IniFormat)


# ------------------------------------------------------------------------------- get and set
def _parse(key: str, spec: Key, value: Any) -> Any:
    """The stored ``value`` as ``spec.kind``; raises ValueError/TypeError when it is not one."""
    if spec.kind is list:
        if isinstance(value, list):  # written by version 1 as a Qt string list
            items = value
        else:
            items = json.loads(_text(value, MAX_JSON))
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise TypeError("not a list of strings")
        return [i for i in items if 0 < len(i) <= MAX_TEXT][:MAX_RECENT]
    if isinstance(value, list):
        raise TypeError("a list where one value was expected")
    if spec.kind is bytes:
        return base64.b64decode(_text(value, MAX_BYTES * 2), validate=True)
    if spec.kind is bool:
        text = _text(value, 8).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise ValueError("not a boolean")
    if spec.kind is int:
        text = _text(value, 24).strip()
        if not re.fullmatch(r"[+-]?\d{1,18}", text):
            raise ValueError("not a whole number")
        return int(text)
    if spec.kind is float:
        number = float(_text(value, 32).strip())
        if not math.isfinite(number):
            raise ValueError("not a finite number")
        return number
    limit = MAX_JSON if spec.check is _json_object else MAX_TEXT
    text = _text(value, limit)
    if "\x00" in text:
        raise ValueError("a NUL character")
    return text


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{type(value).__name__}, not text")
    if len(value) > limit:
        raise ValueError("too long")
    return value


def get(key: str, store: QSettings | None = None) -> Any:
    """The value of ``key`` as its type; the default when absent, of the wrong type or range."""
    spec = KEYS[key]
    try:
        store = store or qsettings()
        if not store.contains(key):
            return _copy(spec.default)
        value = _parse(key, spec, store.value(key))
        if spec.check is not None and not spec.check(value):
            raise ValueError("out of range")
        return value
    except (ValueError, TypeError, binascii.Error, RecursionError, OverflowError) as exc:
        log.warning("settings: ignoring %s (%s); using the default", key, exc)
        return _copy(spec.default)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _stored(spec: Key, value: Any) -> str:
    """``value`` as the plain text written to the file."""
    if spec.kind is bytes:
        return base64.b64encode(bytes(value)).decode("ascii")
    if spec.kind is list:
        return json.dumps([str(v) for v in value], ensure_ascii=False)
    if spec.kind is bool:
        return "true" if value else "false"
    if spec.kind is int:
        return str(int(value))
    if spec.kind is float:
        return repr(float(value))
    return str(value)


def set(key: str, value: Any, store: QSettings | None = None) -> None:
    if key not in KEYS:
        raise KeyError(f"unknown settings key {key!r}")
    store = store or qsettings()
    store.setValue(key, _stored(KEYS[key], value))
    store.sync()
    if store.status() != QSettings.Status.NoError:
        log.warning("settings: %s could not be saved (%s)", key, store.status().name)


def migrate(store: QSettings | None = None) -> int:
    """Bring an older settings file to ``SETTINGS_VERSION``; returns the version found.

    Version 1 stored bytes and one-item lists as Qt variants: the guard in :func:`safe_path`
    removed those, so the window simply opens at its first size once.
    """
    store = store or qsettings()
    found = get("meta/version", store) if store.contains("meta/version") else 0
    if found != SETTINGS_VERSION:
        set("meta/version", SETTINGS_VERSION, store)
    return found


def remember_recent(path: str, limit: int = 10) -> list[str]:
    recent = [p for p in get("files/recent") if p != path]
    recent.insert(0, path)
    recent = recent[:limit]
    set("files/recent", recent)
    return recent

"""Small text helpers of the Training tab: plural forms, durations, file-safe model names."""

from __future__ import annotations

import re
import time
from pathlib import Path


def plural(text: str, count: int) -> str:
    """``text`` from ``tr("… %n epoch(s) …", "", count)`` with English's "(s)" resolved.

    Qt fills in ``%n``, and a catalogue with plural forms (Korean has none to make) replaces
    the whole text; English has no catalogue, so the "(s)" is settled here.
    """
    return text.replace("(s)", "" if abs(int(count)) == 1 else "s")


def format_duration(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``."""
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def safe_model_name(text: str) -> str:
    """A file-name-safe model name (letters, digits, ``-``, ``_``, ``.``)."""
    name = re.sub(r"[^\w.-]+", "_", text.strip()).strip("._")
    return name[:80] or "model"


def default_model_name(arch: str, dataset: str) -> str:
    """``lenet5_mnist-10k_20250101-120000``: architecture, data set (folder name), time."""
    data = Path(dataset).name
    return safe_model_name(f"{arch}_{data}_{time.strftime('%Y%m%d-%H%M%S')}")

"""The Filters tab's remembered set-up (settings ``filters/*``), read back with care: anything
odd in a saved value is logged and replaced by the default, never shown as an error."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
from PyQt6.QtCore import QByteArray
from PyQt6.QtWidgets import QSplitter

from visionagent import settings
from visionagent.core import filters

log = logging.getLogger(__name__)
MAX_NUMBERS_SIDE = 10


def preset_name() -> str:
    name = settings.get("filters/preset")
    return name if name in filters.PRESETS else "sobel_x"


def pictures_layer(gray: bool) -> filters.Layer:
    """The saved layer of the Pictures page, else the saved preset on every channel."""
    raw = settings.get("filters/layer")
    if raw:
        try:
            return filters.Layer.from_dict(json.loads(raw))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring saved filter layer: %s", exc)
    kernel = filters.preset(preset_name(), 3)[:, :, None, None]
    return filters.Layer(np.repeat(kernel, 1 if gray else 3, axis=2), np.zeros(1, np.float32))


def numbers_state() -> tuple[filters.Layer, np.ndarray | None]:
    """The saved layer and input of the Numbers page (example 8-1's layer when none)."""
    raw = settings.get("filters/numbers")
    if raw:
        try:
            data = json.loads(raw)
            layer = filters.Layer.from_dict(data["layer"])
            x = np.asarray(data["input"], dtype=np.float32)
            if (
                x.ndim != 3
                or x.shape[2] != layer.weights.shape[2]
                or max(x.shape) > MAX_NUMBERS_SIDE
            ):
                raise ValueError("saved numbers input does not match its kernels")
            return layer, x
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring saved numbers-mode state: %s", exc)
    return filters.example_8_1_layer(), None


def layers(gray: bool) -> tuple[dict[str, filters.Layer], np.ndarray | None]:
    """Each page's saved layer, and the Numbers page's saved input (None: example 8-1's)."""
    numbers, numbers_input = numbers_state()
    return {"pictures": pictures_layer(gray), "numbers": numbers}, numbers_input


def picture_file() -> str:
    """The picture file last shown, if it is still there ("" otherwise)."""
    path = settings.get("filters/image")
    return path if path and Path(path).is_file() else ""


def restore_splitter(splitter: QSplitter) -> None:
    state = settings.get("filters/splitter")
    if state:
        splitter.restoreState(QByteArray(state))


def save(layers: dict[str, filters.Layer], numbers_input: np.ndarray, splitter: QSplitter) -> None:
    settings.set("filters/layer", json.dumps(layers["pictures"].to_dict()))
    data = {"layer": layers["numbers"].to_dict(), "input": np.asarray(numbers_input).tolist()}
    settings.set("filters/numbers", json.dumps(data))
    settings.set("filters/splitter", bytes(splitter.saveState()))

"""Lazy TensorFlow: nothing imports it at module import time.

``load()`` imports TensorFlow and Keras once (enabling GPU memory growth before any op) and
returns a :class:`DeviceInfo`. Everything else calls ``tf()`` / ``keras()`` when it needs them.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

_lock = threading.Lock()
_info: DeviceInfo | None = None


@dataclass(frozen=True)
class DeviceInfo:
    tensorflow_version: str
    keras_version: str
    device_kind: str  # "GPU" or "CPU"
    device_name: str  # human readable: GPU name(s) or "CPU"
    gpu_count: int

    def describe(self) -> str:
        return self.device_name if self.device_kind == "GPU" else "CPU"


def is_loaded() -> bool:
    return _info is not None


def load() -> DeviceInfo:
    """Import TensorFlow/Keras (once, thread-safe) and describe the compute device."""
    global _info
    with _lock:
        if _info is not None:
            return _info
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        os.environ.setdefault("KERAS_BACKEND", "tensorflow")
        import tensorflow as tf

        gpus = tf.config.list_physical_devices("GPU")
        for gpu in gpus:
            try:
                tf.config.experimental.set_memory_growth(gpu, True)
            except RuntimeError:  # runtime already initialised elsewhere
                pass
        import keras

        names = []
        for gpu in gpus:
            try:
                details = tf.config.experimental.get_device_details(gpu)
                names.append(details.get("device_name", gpu.name))
            except Exception:
                names.append(gpu.name)
        if names:
            name = names[0] if len(names) == 1 else f"{len(names)} × {names[0]}"
            _info = DeviceInfo(tf.__version__, keras.__version__, "GPU", name, len(names))
        else:
            _info = DeviceInfo(tf.__version__, keras.__version__, "CPU", "CPU", 0)
        return _info


def tf():
    load()
    import tensorflow

    return tensorflow


def keras():
    load()
    import keras as _keras

    return _keras


def versions() -> dict[str, str]:
    """Library versions for the About box; TensorFlow only when it is already loaded."""
    import platform

    import cv2
    import numpy

    out = {
        "Python": platform.python_version(),
        "NumPy": numpy.__version__,
        "OpenCV": cv2.__version__,
    }
    if _info is not None:
        out["TensorFlow"] = _info.tensorflow_version
        out["Keras"] = _info.keras_version
    return out

"""Which model each recognizer tab uses: its saved choice in the settings, else the default.

The Training tab asks before and after "make it the recognizer's model", so that the user is told
which model a tab used and which it uses now (with their accuracies).
"""

from __future__ import annotations

from visionagent import settings
from visionagent.core.breeds import DEFAULT_MODEL as BREEDS_MODEL
from visionagent.core.registry import ModelRegistry
from visionagent.qt.kit.model_picker import short_label

RECOGNIZER_TASKS = ("digits", "breeds")
DEFAULT_MODELS = {"digits": "digits_cnn", "breeds": BREEDS_MODEL}


def recognizer_task(task: str, input_shape) -> str:
    """The recognizer tab's task for a run of ``task``: a colour photo classifier (trained on an
    image folder, e.g. webcam captures, or CIFAR-10) is used by the Photos tab, like breeds."""
    if task == "classifier" and len(input_shape) == 3 and int(input_shape[-1]) == 3:
        return "breeds"
    return task


def model_label(registry: ModelRegistry, name: str) -> tuple[str, float | None]:
    """``(label with accuracy, accuracy or None)`` of the registry model ``name``."""
    for info in registry.infos():
        if info.name == name:
            value = (info.metric("accuracy") or {}).get("value")
            return short_label(info), float(value) if isinstance(value, (int, float)) else None
    return name, None


def model_in_use(registry: ModelRegistry, task: str) -> tuple[str, float | None] | None:
    """``(label, accuracy)`` of the model the ``task``'s tab uses now; None if it has none."""
    if task not in RECOGNIZER_TASKS:
        return None
    name = settings.get(f"{task}/model") or DEFAULT_MODELS[task]
    return model_label(registry, name) if name else None


def make_default(task: str, name: str) -> None:
    """Remember ``name`` as the model of ``task``'s tab (its picker does the same on a switch)."""
    settings.set(f"{task}/model", name)

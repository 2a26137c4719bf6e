"""Runs side by side: what the Training tab's runs table shows of each run, and the hint that a
run's curves give.

A :class:`RunRecord` holds the plain figures of one run, never its model: from its config when it
starts (:func:`record_from_config`), from a finished :class:`~.result.TrainResult`
(:func:`record_from_result`) or from a saved model's JSON (:func:`record_from_metadata`, whose
curves come from the per-epoch ``history`` that :meth:`TrainResult.metadata` records).

:func:`overfitting` finds the pattern of an overfitted run: the validation loss has stayed above
its minimum for ``patience`` epochs while the training loss kept falling. :func:`run_hint` puts
that, or a run whose loss became NaN, into words for people.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from visionagent.core.training.config import TrainConfig, with_recipe
from visionagent.i18n import translate

HISTORY_KEYS = ("loss", "accuracy", "val_loss", "val_accuracy")
PATIENCE = 2  # epochs the validation loss must stay above its minimum
RISE = 0.01  # …and end at least 1% above it (smaller wiggles are noise)
MAX_EPOCHS = 100_000  # a saved history longer than this is not read


@dataclass
class RunRecord:
    """One run's settings and figures (what a row of the runs table shows)."""

    arch: str
    dataset: str = ""
    backbone: str = ""  # transfer learning only
    parameters: int | None = None
    loss: str = "crossentropy"
    optimizer: str = "adam"
    momentum: float | None = None  # as the optimizer used it; None for Adam, Adagrad
    learning_rate: float | None = None
    epochs_planned: int = 0
    history: dict[str, list[float]] = field(default_factory=dict)
    test_accuracy: float | None = None
    seconds: float | None = None
    stopped: bool = False
    diverged: tuple[int, int] | None = None
    name: str = ""  # the saved model's name ("" for a run of this session not saved)
    running: bool = False

    @property
    def epochs(self) -> int:
        """Whole epochs with figures."""
        return len(self.history.get("loss", []))

    @property
    def best_val_accuracy(self) -> float | None:
        values = [v for v in self.history.get("val_accuracy", []) if math.isfinite(v)]
        return max(values) if values else None

    def add_epoch(self, info: dict[str, Any]) -> None:
        """An epoch report of the trainer (a partial epoch, cut short by Stop, is left out)."""
        if isinstance(info.get("seconds"), (int, float)):
            self.seconds = (self.seconds or 0.0) + float(info["seconds"])
        if info.get("partial"):
            return
        for key in HISTORY_KEYS:
            if key in info:
                self.history.setdefault(key, []).append(float(info[key]))

    def hint(self, patience: int = PATIENCE) -> Hint | None:
        return run_hint(self.history, self.diverged, patience)


def record_from_config(config: TrainConfig, parameters: int | None = None) -> RunRecord:
    """The record of a run that is starting (the settings it really uses, program 8-7's recipe
    included)."""
    config = with_recipe(config)
    return RunRecord(
        arch=config.arch,
        dataset=str(config.dataset),
        backbone=config.backbone if config.arch == "transfer" else "",
        parameters=parameters,
        loss=config.loss,
        optimizer=config.optimizer,
        momentum=config.effective_momentum,
        learning_rate=float(config.learning_rate),
        epochs_planned=config.total_epochs,
        running=True,
    )


def record_from_result(result) -> RunRecord:
    """The record of a finished (or stopped, or diverged) run."""
    record = record_from_config(result.config, int(result.model.count_params()))
    return replace(
        record,
        history=clean_history(result.history),
        test_accuracy=result.test_accuracy,
        seconds=float(result.seconds),
        stopped=bool(result.stopped),
        diverged=result.diverged,
        running=False,
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def record_from_metadata(meta: dict[str, Any], name: str) -> RunRecord:
    """The record of a saved model from its JSON (:meth:`TrainResult.metadata`).

    Values of the wrong type are left out rather than trusted; a model saved before histories
    were recorded has no curves (an empty ``history``).
    """
    hyper = meta.get("hyperparameters")
    hyper = hyper if isinstance(hyper, dict) else {}
    provenance = meta.get("provenance")
    provenance = provenance if isinstance(provenance, dict) else {}

    def text(value: Any, default: str = "") -> str:
        return value if isinstance(value, str) else default

    accuracy = None
    for metric in meta.get("metrics") or []:
        if isinstance(metric, dict) and metric.get("name") == "accuracy":
            accuracy = _number(metric.get("value"))
            break
    arch = text(hyper.get("arch")) or text(provenance.get("architecture"))
    parameters = meta.get("parameters")
    epochs = hyper.get("epochs")
    return RunRecord(
        arch=arch,
        dataset=text(hyper.get("dataset")) or text(provenance.get("dataset")),
        backbone=text(meta.get("backbone")) if arch == "transfer" else "",
        parameters=parameters if isinstance(parameters, int) and parameters >= 0 else None,
        loss=text(hyper.get("loss"), "crossentropy"),
        optimizer=text(hyper.get("optimizer"), ""),
        momentum=_number(hyper.get("momentum")),
        learning_rate=_number(hyper.get("learning_rate")),
        epochs_planned=epochs if isinstance(epochs, int) else 0,
        history=clean_history(meta.get("history")),
        test_accuracy=accuracy,
        seconds=_number(meta.get("training_seconds")),
        stopped=meta.get("stopped_early") is True,
        name=name,
    )


def clean_history(history: Any) -> dict[str, list[float]]:
    """The numeric per-epoch lists of a ``fit`` history (from Keras or a JSON file): missing or
    non-finite values become NaN, anything else is left out."""
    if not isinstance(history, dict):
        return {}
    cleaned = {}
    for key, values in history.items():
        if not isinstance(key, str) or not isinstance(values, list) or len(values) > MAX_EPOCHS:
            continue
        numbers = [_number(v) for v in values]
        if all(n is not None or v is None for n, v in zip(numbers, values, strict=True)):
            cleaned[key] = [math.nan if n is None else n for n in numbers]
    return cleaned


def history_to_json(history: dict[str, list[float]]) -> dict[str, list[float | None]]:
    """A ``fit`` history as JSON values (a NaN or infinity becomes null: they are not JSON)."""
    return {
        str(key): [v if math.isfinite(v) else None for v in (float(x) for x in values)]
        for key, values in history.items()
        if isinstance(values, (list, tuple))
    }


# ------------------------------------------------------------------ hints
@dataclass(frozen=True)
class Overfitting:
    """Validation loss lowest at ``best_epoch`` (from 1), higher in each of the
    ``rising_epochs`` epochs since, while the training loss kept falling."""

    best_epoch: int
    rising_epochs: int


@dataclass(frozen=True)
class Hint:
    """What a run's curves tell: ``kind`` is ``"overfitting"`` or ``"diverged"``."""

    kind: str
    text: str
    overfitting: Overfitting | None = None


def overfitting(
    history: dict[str, list[float]], patience: int = PATIENCE, rise: float = RISE
) -> Overfitting | None:
    """The overfitting pattern in a ``fit`` history, or None.

    Found when the validation loss has been above its (last) minimum for at least ``patience``
    epochs, ends more than ``rise`` (relative) above it, and the training loss of the last epoch
    is below its value at that minimum.
    """
    train = list(history.get("loss", []))
    val = list(history.get("val_loss", []))
    count = min(len(train), len(val))
    train, val = train[:count], val[:count]
    if count < patience + 1 or not all(math.isfinite(v) for v in (*train, *val)):
        return None
    lowest = min(val)
    best = max(i for i, v in enumerate(val) if v == lowest)
    rising = count - 1 - best
    if rising < max(1, patience):
        return None
    if val[-1] <= lowest + abs(lowest) * rise or not train[-1] < train[best]:
        return None
    return Overfitting(best_epoch=best + 1, rising_epochs=rising)


def diverged_message(epoch: int, batch: int) -> str:
    """The words for a run whose loss became NaN (the text a save of such a run refuses with)."""
    return translate(
        "Training",
        "This run diverged (the loss became NaN in epoch {epoch}, batch {batch}); its "
        "weights are useless and are not saved. Try a smaller learning rate.",
    ).format(epoch=epoch, batch=batch)


def run_hint(
    history: dict[str, list[float]],
    diverged: tuple[int, int] | None = None,
    patience: int = PATIENCE,
) -> Hint | None:
    """A plain-language hint about a run (diverged, else overfitting), or None when its curves
    look healthy."""
    if diverged is not None:
        return Hint("diverged", diverged_message(*diverged))
    found = overfitting(history, patience)
    if found is None:
        return None
    text = translate(
        "Training",
        "The model is starting to learn the training images by heart (overfitting): the "
        "validation loss has risen for {epochs} epochs since epoch {best} while the training "
        "loss kept falling. Try dropout, augmentation, early stopping or fewer epochs.",
    ).format(epochs=found.rising_epochs, best=found.best_epoch)
    return Hint("overfitting", text, found)

"""The Training tab's jobs: plain functions ``fn(state, …)`` that the tab runs in workers.

They call the core and return (or hand over with ``state.emit_partial``) plain data; none of them
touches a widget.
"""

from __future__ import annotations

from pathlib import Path

from visionagent.core import training
from visionagent.core.export import ExportError, export_model
from visionagent.core.jobs import TaskState


def train(state: TaskState, config: training.TrainConfig) -> training.TrainResult:
    """The run: RunStarted, Batches and EpochEnded arrive as partial results; ``state.stop()``
    ends it early with the model so far, ``state.cancel()`` abandons it."""
    listener = training.PartialListener(state)
    result = training.train(config, listener, state)
    listener.flush()
    return result


def summary(state: TaskState, config: training.TrainConfig):
    """``(rows, total, trainable)`` of the model ``config`` would train (random weights)."""
    return training.model_summary(training.describe_model(config))


def preview(state: TaskState, dataset: str, aug: training.Augmentation, size: int, seed: int):
    """Program 8-5: four augmented batches of eight training images, and their class names."""
    images, labels, names, data_max = training.sample_images(
        dataset, count=8, image_size=min(size, 160), seed=seed
    )
    state.check()
    batches = training.augmentation_preview(images, aug, batches=4, seed=seed, value_max=data_max)
    return batches, [names[int(i)] for i in labels]


def save(state: TaskState, result: training.TrainResult, path: Path) -> Path:
    return training.save_result(result, path)


def export(state: TaskState, registry, name: str, formats: list[str], folder: str):
    """Export the registry model ``name`` in each format into ``folder``.

    Each :class:`ExportReport` (or ``(format, message)`` for one that failed) is handed over as
    it is done; returns how many exports were written.
    """
    model, info = registry.load(name)
    Path(folder).expanduser().mkdir(parents=True, exist_ok=True)
    written = 0
    for fmt in formats:
        state.check()
        try:
            report = export_model(model, info, fmt, Path(folder).expanduser(), state=state)
        except (ExportError, ValueError, OSError) as exc:
            state.emit_partial((fmt, str(exc)))
            continue
        written += 1
        state.emit_partial(report)
    return written

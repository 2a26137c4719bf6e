"""The Keras callbacks of a run: reporting and stopping, best weights, epoch snapshots.

Built lazily (Keras is imported only when a run starts). With the TensorFlow backend callbacks run
in the thread that called ``fit``, so a listener may emit Qt signals from them.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from visionagent.core import backend


def _stopping(state) -> bool:
    return state is not None and state.cancelled


def make_callbacks(
    listener,
    state,
    steps_per_epoch: int,
    batch_size: int,
    epochs: int,
    samples_per_epoch: int | None = None,
):
    """The reporting/stop callback: reports to ``listener``, stops within one batch when
    ``state`` asks, and stops a run whose loss is no longer finite (``.diverged``).

    Keras' batch logs hold the running mean since the epoch began; each report also carries
    ``batch_loss`` and ``batch_accuracy``, the values of that batch alone (recovered from the
    running means, weighted by batch size as Keras weights them), for a per-batch curve without
    a jump at each epoch boundary.
    """
    keras = backend.keras()

    class Reporter(keras.callbacks.Callback):
        """Reports batches and epochs as plain dicts; stops within one batch when asked.

        A stop request also ends the validation pass after its current batch (the TensorFlow
        trainer validates even after a mid-epoch stop); that epoch's report is then marked
        ``partial`` and carries no validation figures. ``diverged`` is ``(epoch, batch)`` of the
        first batch whose loss was NaN or infinite, else None.
        """

        def __init__(self):
            super().__init__()
            self.started = time.perf_counter()
            self.epoch_started = self.started
            self.epoch = 0
            self.samples = 0
            self.diverged: tuple[int, int] | None = None
            self._begun = False

        def on_train_begin(self, logs=None):
            if not self._begun:  # the fine-tuning phase continues the same clock
                self._begun = True
                self.started = time.perf_counter()

        def on_test_batch_end(self, batch, logs=None):
            if _stopping(state) or self.diverged is not None:
                self.model.stop_evaluating = True

        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch
            self.epoch_started = time.perf_counter()
            self._seen = 0
            self._means = {"loss": 0.0, "accuracy": 0.0}

        def on_train_batch_end(self, batch, logs=None):
            loss = float(logs.get("loss", 0.0)) if logs else 0.0
            if listener is not None:
                self._report(batch, logs)
            if not math.isfinite(loss) and self.diverged is None:
                self.diverged = (self.epoch + 1, batch + 1)
                self.model.stop_training = True
            if _stopping(state):  # after the report: a request made in it counts
                self.model.stop_training = True

        def _report(self, batch, logs):
            self.samples += batch_size
            size = (
                batch_size
                if not samples_per_epoch
                else max(1, min(batch_size, samples_per_epoch - self._seen))
            )
            seen = self._seen + size
            single = {}
            for key in ("loss", "accuracy"):
                mean = float(logs.get(key, np.nan)) if logs else np.nan
                single[key] = (seen * mean - self._seen * self._means[key]) / size
                self._means[key] = mean
            self._seen = seen
            now = time.perf_counter()
            done = self.epoch * steps_per_epoch + batch + 1
            total = epochs * steps_per_epoch
            elapsed = now - self.started
            listener.on_batch(
                {
                    "epoch": self.epoch + 1,
                    "epochs": epochs,
                    "batch": batch + 1,
                    "batches": steps_per_epoch,
                    "step": done,
                    "steps": total,
                    "loss": float(logs.get("loss", np.nan)) if logs else np.nan,
                    "accuracy": float(logs.get("accuracy", np.nan)) if logs else np.nan,
                    "batch_loss": single["loss"],
                    "batch_accuracy": single["accuracy"],
                    "samples_per_s": self.samples / elapsed if elapsed > 0 else 0.0,
                    "eta_s": elapsed / done * (total - done) if done else 0.0,
                }
            )

        def on_epoch_end(self, epoch, logs=None):
            if listener is None:
                return
            info: dict[str, Any] = {
                "epoch": epoch + 1,
                "epochs": epochs,
                "seconds": time.perf_counter() - self.epoch_started,
            }
            info.update({k: float(v) for k, v in (logs or {}).items() if np.isscalar(v)})
            if _stopping(state) or self.diverged is not None:
                info = {k: v for k, v in info.items() if not k.startswith("val_")}
                info["partial"] = True
            if self.diverged is not None:
                info["diverged"] = True
            listener.on_epoch(info)

    return Reporter()


class KeepBest:
    """Factory for a callback that remembers the best weights by ``monitor`` and restores them."""

    @staticmethod
    def create(monitor: str, state=None):
        keras = backend.keras()

        class _KeepBest(keras.callbacks.Callback):
            def __init__(self):
                super().__init__()
                self.best = None
                self.best_weights = None
                self.mode = "max" if "acc" in monitor else "min"

            def on_epoch_end(self, epoch, logs=None):
                value = (logs or {}).get(monitor)
                if value is None or _stopping(state) or not math.isfinite(float(value)):
                    return  # a stopped epoch is partial
                better = self.best is None or (
                    value > self.best if self.mode == "max" else value < self.best
                )
                if better:
                    self.best = float(value)
                    self.best_weights = self.model.get_weights()

            def on_train_end(self, logs=None):
                if self.best_weights is not None:
                    self.model.set_weights(self.best_weights)

        return _KeepBest()


class EpochSnapshots:
    """Factory for a callback that keeps a float32 copy of the weights after every whole epoch.

    ``snapshots`` is a list of ``(epoch, weights)`` (epochs counted from 1 across the frozen and
    the fine-tuning phase; an epoch cut short by a stop or a NaN loss is left out).
    """

    @staticmethod
    def create(state=None, reporter=None):
        keras = backend.keras()

        class _EpochSnapshots(keras.callbacks.Callback):
            def __init__(self):
                super().__init__()
                self.snapshots: list[tuple[int, list[np.ndarray]]] = []

            def on_epoch_end(self, epoch, logs=None):
                if _stopping(state) or (reporter is not None and reporter.diverged is not None):
                    return
                weights = [np.asarray(w, dtype=np.float32) for w in self.model.get_weights()]
                self.snapshots.append((epoch + 1, weights))

        return _EpochSnapshots()

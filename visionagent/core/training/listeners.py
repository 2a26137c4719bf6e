"""Who hears a run as it goes: the listener protocol, a throttled listener for GUIs, and one that
reports through :meth:`TaskState.emit_partial` as small typed events.

The trainer calls ``on_start(info)`` before the first batch of each phase (model summary, data
sizes, skipped files), ``on_batch(info)`` after every training batch and ``on_epoch(info)`` after
every epoch, all with plain dicts. :class:`ThrottledListener` groups the batch reports to a few
per second; :class:`PartialListener` turns the three into :class:`RunStarted`, :class:`Batches`
and :class:`EpochEnded`, which a GUI's ``TaskRunner`` delivers as its ``partial`` signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class Listener(Protocol):
    def on_batch(self, info: dict[str, Any]) -> None: ...

    def on_epoch(self, info: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class RunStarted:
    """A phase begins (``info["phase"]``: "train" or "fine-tune"): model, data, device."""

    info: dict[str, Any]


@dataclass(frozen=True)
class Batches:
    """Training batches since the last report, oldest first (one dict per batch)."""

    items: list[dict[str, Any]]


@dataclass(frozen=True)
class EpochEnded:
    """An epoch's figures (``partial`` when a stop cut it short, ``diverged`` when the loss
    became NaN)."""

    info: dict[str, Any]


class ThrottledListener:
    """Groups batch reports: ``on_batches(list)`` at most every ``interval`` s, epochs at once.

    For a GUI, which wants a handful of updates per second whatever the batch rate. The last
    pending batches are always delivered before an epoch report and at the end.
    """

    def __init__(
        self,
        on_batches: Callable[[list[dict[str, Any]]], None],
        on_epoch: Callable[[dict[str, Any]], None],
        on_start: Callable[[dict[str, Any]], None] | None = None,
        interval: float = 0.05,
    ):
        self._on_batches = on_batches
        self._on_epoch = on_epoch
        self._on_start = on_start
        self.interval = float(interval)
        self._pending: list[dict[str, Any]] = []
        self._last = float("-inf")

    def on_start(self, info: dict[str, Any]) -> None:
        if self._pending:  # the frozen phase's last batches before the fine-tuning starts
            self.flush()
        if self._on_start is not None:
            self._on_start(info)

    def on_batch(self, info: dict[str, Any]) -> None:
        self._pending.append(info)
        now = time.monotonic()
        if now - self._last >= self.interval:
            self.flush(now)

    def on_epoch(self, info: dict[str, Any]) -> None:
        self.flush()
        self._on_epoch(info)

    def flush(self, now: float | None = None) -> None:
        if self._pending:
            pending, self._pending = self._pending, []
            self._on_batches(pending)
        self._last = time.monotonic() if now is None else now


class PartialListener(ThrottledListener):
    """Reports a run through ``state.emit_partial`` as :class:`RunStarted`, :class:`Batches`
    (throttled to one every ``interval`` s) and :class:`EpochEnded` events."""

    def __init__(self, state, interval: float = 0.05):
        emit = state.emit_partial
        super().__init__(
            lambda items: emit(Batches(items)),
            lambda info: emit(EpochEnded(info)),
            lambda info: emit(RunStarted(info)),
            interval=interval,
        )

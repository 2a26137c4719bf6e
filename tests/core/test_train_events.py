"""A run reported through TaskState.emit_partial as typed events, and stop() versus cancel()."""

from __future__ import annotations

import pytest

from visionagent.core import training as tr
from visionagent.core.jobs import Cancelled, TaskState


def test_partial_listener_turns_reports_into_throttled_events():
    events = []
    listener = tr.PartialListener(TaskState(partial=events.append), interval=3600)
    listener.on_start({"phase": "train"})
    for i in range(5):
        listener.on_batch({"batch": i + 1})
    listener.on_epoch({"epoch": 1})
    assert [type(e).__name__ for e in events] == ["RunStarted", "Batches", "Batches", "EpochEnded"]
    assert events[0] == tr.RunStarted({"phase": "train"})
    assert [len(e.items) for e in events[1:3]] == [1, 4]  # the first at once, the rest grouped
    assert events[-1].info == {"epoch": 1}


@pytest.fixture(scope="module")
def digits():
    data = tr.load_dataset("mnist-10k", limit=600, validation_split=0.1)
    data.x_test = data.y_test = None
    return data


@pytest.mark.slow
def test_a_run_reports_start_batches_and_epochs_as_partial_results(digits):
    events = []
    state = TaskState(partial=events.append)
    config = tr.TrainConfig(epochs=2, batch_size=90)
    result = tr.train(config, tr.PartialListener(state), state, data=digits)
    assert isinstance(events[0], tr.RunStarted)
    info = events[0].info
    assert info["parameters"] == 61_706 and info["train_samples"] == 540
    assert info["skipped_count"] == 0 and info["snapshots"] is True
    batches = [item for e in events if isinstance(e, tr.Batches) for item in e.items]
    assert [b["step"] for b in batches] == list(range(1, 13))  # 6 batches × 2 epochs, in order
    epochs = [e.info for e in events if isinstance(e, tr.EpochEnded)]
    assert [e["epoch"] for e in epochs] == [1, 2] and "val_accuracy" in epochs[-1]
    assert isinstance(events[-1], tr.EpochEnded)  # every batch arrived before the last epoch
    assert not result.stopped and result.test_accuracy is not None


@pytest.mark.slow
def test_stop_keeps_the_result_and_cancel_discards_it(digits):
    def run(ask):
        state = TaskState()

        def on_partial(event):
            if isinstance(event, tr.Batches) and event.items[-1]["step"] >= 3:
                ask(state)

        state._partial = on_partial
        config = tr.TrainConfig(epochs=50, batch_size=30)
        return tr.train(config, tr.PartialListener(state, interval=0), state, data=digits)

    stopped = run(TaskState.stop)
    assert stopped.stopped and len(stopped.history["loss"]) == 1
    assert stopped.test_accuracy is None  # no evaluation after a stop
    with pytest.raises(Cancelled):
        run(TaskState.cancel)

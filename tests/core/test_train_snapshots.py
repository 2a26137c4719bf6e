"""Epoch snapshots: the weights after every epoch, kept in memory, saved beside the model and set
back into a model, epoch by epoch (for the inspector's epoch replay)."""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest

from visionagent.core import training as tr
from visionagent.core.jobs import TaskState
from visionagent.core.registry import ModelRegistry


@pytest.fixture(scope="module")
def digits():
    """300 bundled digits (270 to train, 30 to validate), without the long test set."""
    data = tr.load_dataset("mnist-10k", limit=300, validation_split=0.1)
    data.x_test = data.y_test = None
    return data


@pytest.fixture(scope="module")
def run(digits):
    """Three epochs of LeNet-5, the last weights kept (no best-weights restore)."""
    config = tr.TrainConfig(epochs=3, limit=300, batch_size=100, restore_best=False)
    return tr.train(config, data=digits)


@pytest.fixture(scope="module")
def saved(run, tmp_path_factory):
    out = tr.save_result(run, tmp_path_factory.mktemp("snap") / "lenet.keras")
    return out


@pytest.mark.slow
def test_every_whole_epoch_is_kept_and_the_last_is_the_final_model(run):
    assert [epoch for epoch, _ in run.snapshots] == [1, 2, 3]
    first, last = run.snapshots[0][1], run.snapshots[-1][1]
    assert all(w.dtype == np.float32 for w in first)
    assert [w.shape for w in first] == [tuple(w.shape) for w in run.model.weights]
    assert not np.allclose(first[0], last[0])  # training changed the first kernels
    for kept, final in zip(last, run.model.get_weights(), strict=True):
        np.testing.assert_array_equal(kept, final)


@pytest.mark.slow
def test_snapshots_are_saved_beside_the_model_and_set_back_epoch_by_epoch(run, saved):
    meta = json.loads(saved.with_suffix(".json").read_text())
    entry = meta["epoch_snapshots"]
    assert entry["file"] == "lenet.epochs.npz" and entry["epochs"] == 3
    assert tr.snapshot_epochs_of(saved) == [1, 2, 3]
    registry = ModelRegistry([saved.parent])
    model, info = registry.load("lenet")
    tr.load_snapshot(info, 1, model)  # from the registry's ModelInfo
    for got, kept in zip(model.get_weights(), run.snapshots[0][1], strict=True):
        np.testing.assert_array_equal(got, kept)
    tr.load_snapshot(saved, 2, model)  # from the .keras path
    np.testing.assert_array_equal(model.get_weights()[0], run.snapshots[1][1][0])
    tr.load_snapshot(tr.snapshot_path(saved), 3, model)  # from the .npz itself
    np.testing.assert_array_equal(model.get_weights()[-1], run.snapshots[2][1][-1])


@pytest.mark.slow
def test_bad_snapshot_files_give_one_clear_error(run, saved, tmp_path):
    registry = ModelRegistry([saved.parent])
    model, _ = registry.load("lenet")
    with pytest.raises(tr.SnapshotError, match="no epoch 7 .it has 1, 2, 3"):
        tr.load_snapshot(saved, 7, model)
    # a copy of the model without its snapshots file, then with a damaged one
    copy = tmp_path / "copy.keras"
    copy.write_bytes(saved.read_bytes())
    meta = json.loads(saved.with_suffix(".json").read_text())
    meta["epoch_snapshots"]["file"] = "copy.epochs.npz"
    copy.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(tr.SnapshotError, match="copy.epochs.npz: the file is missing"):
        tr.load_snapshot(copy, 1, model)
    (tmp_path / "copy.epochs.npz").write_bytes(tr.snapshot_path(saved).read_bytes()[:500])
    with pytest.raises(tr.SnapshotError, match="damaged"):
        tr.load_snapshot(copy, 1, model)
    # another save's snapshots under the same name are recognised by the save id
    meta["epoch_snapshots"]["id"] = "0" * 32
    copy.with_suffix(".json").write_text(json.dumps(meta))
    (tmp_path / "copy.epochs.npz").write_bytes(tr.snapshot_path(saved).read_bytes())
    with pytest.raises(tr.SnapshotError, match="another save"):
        tr.load_snapshot(copy, 1, model)
    # a path outside the model's folder is not followed
    meta["epoch_snapshots"]["file"] = "../lenet.epochs.npz"
    copy.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(tr.SnapshotError, match="without epoch snapshots"):
        tr.load_snapshot(copy, 1, model)
    with pytest.raises(tr.SnapshotError, match="do not fit"):
        tr.load_snapshot(tr.snapshot_path(saved), 1, tr.build_model("cnn-v2", (28, 28, 1), 10))


class _Payload:
    def __reduce__(self):
        import pathlib

        return (pathlib.Path.touch, (pathlib.Path(self.marker),))


def test_a_pickle_inside_a_snapshots_file_is_never_run(tmp_path, tf_backend):
    marker = tmp_path / "pickle-ran"
    payload = _Payload()
    payload.marker = str(marker)
    evil = tmp_path / "evil.epochs.npz"
    np.savez(evil, e001_w0000=np.array([payload], dtype=object))  # stored as a pickle
    assert pickle.dumps(payload)  # a real payload
    model = tr.build_model("lenet5", (28, 28, 1), 10)
    with pytest.raises(tr.SnapshotError, match="damaged"):
        tr.load_snapshot(evil, 1, model)
    assert not marker.exists()


@pytest.mark.slow
def test_no_snapshots_for_large_models_or_when_switched_off(digits, tmp_path):
    small = tr.TrainConfig(epochs=1, batch_size=100, snapshot_max_parameters=60_000)
    result = tr.train(small, data=digits)  # LeNet-5 has 61,706 parameters: over the limit
    assert result.snapshots == []
    out = tr.save_result(result, tmp_path / "big.keras")
    assert "epoch_snapshots" not in json.loads(out.with_suffix(".json").read_text())
    assert not tr.snapshot_path(out).exists()
    with pytest.raises(tr.SnapshotError, match="without epoch snapshots"):
        tr.load_snapshot(out, 1, result.model)
    off = tr.train(tr.TrainConfig(epochs=1, batch_size=100, snapshot_epochs=False), data=digits)
    assert off.snapshots == []


@pytest.mark.slow
def test_a_stopped_epoch_is_not_kept(digits):
    state = TaskState()

    class StopInSecondEpoch:
        def on_batch(self, info):
            if info["epoch"] == 2 and info["batch"] == 2:
                state.stop()

        def on_epoch(self, info):
            pass

    config = tr.TrainConfig(epochs=4, batch_size=50)
    result = tr.train(config, listener=StopInSecondEpoch(), state=state, data=digits)
    assert result.stopped and [epoch for epoch, _ in result.snapshots] == [1]

"""Saving a run: atomic files (a save interrupted at any stage leaves the previous model), checks
of the destination before training, no saving a diverged run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from visionagent.core import atomic
from visionagent.core import registry as registry_module
from visionagent.core import training as tr
from visionagent.core.registry import ModelRegistry
from visionagent.core.training import saving

REPO = Path(__file__).resolve().parents[2]


def tiny_result(seed: int = 0, classes: int = 10, snapshots: bool = True) -> tr.TrainResult:
    """A TrainResult around a tiny untrained digits model (nothing is fitted)."""
    keras = tr.backend.keras()
    keras.utils.set_random_seed(seed)
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(3, 3, name="conv"),
            keras.layers.Flatten(),
            keras.layers.Dense(classes, activation="softmax"),
        ]
    )
    names = [str(i) for i in range(classes)]
    data = tr.ArrayData(
        "mnist-10k",
        np.zeros((4, 28, 28, 1), np.float32),
        np.zeros(4, np.int64),
        None,
        None,
        None,
        None,
        names,
        "digits",
        "mnist",
    )
    kept = [(1, model.get_weights())] if snapshots else []
    return tr.TrainResult(
        model, tr.TrainConfig(), data, {"loss": [1.0]}, 1.0, "CPU", False, snapshots=kept
    )


def files_of(out: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in (out, out.with_suffix(".json"), tr.snapshot_path(out))
        if p.exists()
    }


@pytest.fixture
def saved_before(tmp_path, tf_backend):
    """A previous model (3 classes) saved at tmp_path/models/m.keras, and its bytes."""
    out = tmp_path / "models" / "m.keras"
    tr.save_result(tiny_result(seed=1, classes=3), out)
    return out, files_of(out)


def _assert_previous_model_intact(out: Path, before: dict[str, bytes]) -> None:
    assert files_of(out) == before
    model, info = ModelRegistry([out.parent]).load(out.stem)
    assert info.num_classes == 3 and int(model.outputs[0].shape[-1]) == 3


def test_save_writes_model_json_and_snapshots_atomically(tmp_path, tf_backend):
    result = tiny_result()
    out = tr.save_result(result, tmp_path / "new" / "digits")  # suffix added, folder made
    assert out == tmp_path / "new" / "digits.keras"
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["epoch_snapshots"]["file"] == "digits.epochs.npz"
    assert meta["epoch_snapshots"]["epochs"] == 1
    assert meta["hyperparameters"]["loss"] == "crossentropy"
    assert "momentum" in meta["hyperparameters"]
    with np.load(tr.snapshot_path(out), allow_pickle=False) as archive:
        keys = sorted(k for k in archive.files if k != "save_id")
        assert keys == ["e001_w0000", "e001_w0001", "e001_w0002", "e001_w0003"]
        assert all(archive[k].dtype == np.float32 for k in keys)
    assert atomic.leftovers(out.parent) == []
    model, info = ModelRegistry([out.parent]).load("digits")
    assert info.task == "digits" and model.count_params() == result.model.count_params()


@pytest.mark.parametrize("stage", ["writing", "files-written"])
def test_an_interrupt_while_saving_leaves_the_previous_model(
    saved_before, monkeypatch, stage, tf_backend
):
    out, before = saved_before

    def interrupt(name, deferral):
        if name == stage:
            raise KeyboardInterrupt

    monkeypatch.setattr(saving, "_stage", interrupt)
    with pytest.raises(KeyboardInterrupt):
        tr.save_result(tiny_result(seed=2), out)
    _assert_previous_model_intact(out, before)
    assert atomic.leftovers(out.parent) == []


def test_a_failing_model_write_leaves_the_previous_model(saved_before, tf_backend):
    out, before = saved_before
    result = tiny_result(seed=2)

    def broken_save(path, *args, **kwargs):
        Path(path).write_bytes(b"half a model")
        raise OSError(28, "No space left on device")

    result.model.save = broken_save
    with pytest.raises(OSError):
        tr.save_result(result, out)
    _assert_previous_model_intact(out, before)
    assert atomic.leftovers(out.parent) == []


def test_a_save_without_snapshots_removes_an_older_saves_file(saved_before, tf_backend):
    out, _ = saved_before
    assert tr.snapshot_path(out).is_file()
    tr.save_result(tiny_result(seed=2, snapshots=False), out)
    assert not tr.snapshot_path(out).exists()
    assert "epoch_snapshots" not in json.loads(out.with_suffix(".json").read_text())


def test_a_diverged_run_cannot_be_saved(tmp_path, tf_backend):
    result = tiny_result()
    result.diverged = (1, 3)
    with pytest.raises(ValueError, match="diverged.*epoch 1, batch 3"):
        tr.save_result(result, tmp_path / "nan.keras")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda tmp: "", "Give the file"),
        (lambda tmp: "   ", "Give the file"),
        (lambda tmp: str(tmp), "it is a folder"),
        (lambda tmp: "/proc/visionagent-test.keras", "not writable"),
        (lambda tmp: str(tmp / "a_file" / "m.keras"), "not writable"),
        (lambda tmp: str(tmp / "m.keras"), None),
    ],
)
def test_output_path_is_checked_before_training(tmp_path, make, words):
    (tmp_path / "a_file").write_text("x")
    target = make(tmp_path)
    if words is None:
        assert tr.check_output_path(target) == tmp_path / "m.keras"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]  # the probe is gone
        return
    with pytest.raises(ValueError, match=words) as caught:
        tr.check_output_path(target)
    assert "\n" not in str(caught.value)


def test_a_folder_in_the_way_of_the_json_is_refused_before_training(tmp_path):
    (tmp_path / "m.json").mkdir()
    with pytest.raises(ValueError, match="not a regular file"):
        tr.check_output_path(tmp_path / "m.keras")


# ------------------------------------------------------------- killed in another process
SAVER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_train_saving import tiny_result
    from visionagent.core import training
    training.save_result(tiny_result(seed=2), sys.argv[1])
    print("done", flush=True)
    """
)


def _save_and_signal(out: Path, stage: str, signum: int) -> subprocess.CompletedProcess:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", **{saving.PAUSE_ENV: stage})
    proc = subprocess.Popen(
        [sys.executable, "-c", SAVER.format(tests=str(Path(__file__).parent)), str(out)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stderr:  # wait until the save pauses at the stage
            if line.strip() == f"visionagent-save-stage {stage}":
                break
        else:
            raise AssertionError(f"the save never reached {stage}: {proc.wait()}")
        proc.send_signal(signum)
        out_text, err_text = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out_text, err_text)


KILLS = [
    ("writing", signal.SIGKILL, "old"),
    ("files-written", signal.SIGKILL, "old"),
    ("model-replaced", signal.SIGKILL, "rolled forward"),
    ("saved", signal.SIGKILL, "new"),
    ("writing", signal.SIGINT, "old"),
    ("files-written", signal.SIGINT, "old"),
    ("model-replaced", signal.SIGINT, "new"),  # held back until the JSON has followed
    ("files-written", signal.SIGTERM, "old"),
    ("model-replaced", signal.SIGTERM, "new"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "stage, signum, outcome", KILLS, ids=[f"{k[1].name}-{k[0]}" for k in KILLS]
)
def test_a_process_killed_at_any_stage_of_saving_leaves_a_loadable_model(
    saved_before, stage, signum, outcome
):
    out, before = saved_before
    finished = _save_and_signal(out, stage, signum)
    assert finished.returncode != 0 and "done" not in finished.stdout  # it never got past
    registry = ModelRegistry([out.parent])
    if outcome == "old":
        _assert_previous_model_intact(out, before)
    elif outcome == "new":
        model, info = registry.load(out.stem)
        assert int(model.outputs[0].shape[-1]) == info.num_classes == 10  # the new pair
        meta = json.loads(out.with_suffix(".json").read_text())
        assert meta["epoch_snapshots"]["epochs"] == 1
    else:  # SIGKILL between the two moves: the registry's scan finished the save
        assert out.read_bytes() != before["m.keras"]
        assert not registry_module.pending_metadata_path(out).exists()
        model, info = registry.load(out.stem)
        assert int(model.outputs[0].shape[-1]) == info.num_classes == 10  # the new pair
    if signum == signal.SIGINT or outcome == "new" and signum != signal.SIGKILL:
        assert atomic.leftovers(out.parent) == []  # KeyboardInterrupt cleans up its temp files


def test_a_stale_pending_json_is_dropped_when_the_model_was_not_replaced(saved_before):
    """Killed after the pending JSON was written but before the model moved: the old pair stays."""
    out, before = saved_before
    pending = registry_module.pending_metadata_path(out)
    pending.write_text(json.dumps({"keras_sha256": "0" * 64, "task": "digits"}))
    assert registry_module.finish_interrupted_save(out) == "back"
    assert not pending.exists()
    _assert_previous_model_intact(out, before)

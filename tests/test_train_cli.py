"""`visionagent train`: the Training tab's core on the command line."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from visionagent import cli

sys.path.insert(0, str(Path(__file__).parent / "core"))
from test_training import write_shapes

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_train_lenet5_prints_one_line_per_epoch_and_writes_keras_and_json(
    tmp_path, capsys, tf_backend
):
    out = tmp_path / "lenet.keras"
    code = cli.main(
        [
            "train",
            "--dataset",
            "mnist-10k",
            "--arch",
            "lenet5",
            "--epochs",
            "2",
            "--limit",
            "600",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    epochs = [line for line in lines if line.startswith("epoch ")]
    assert [line.split()[1] for line in epochs] == ["1/2", "2/2"]
    assert all("val_accuracy=" in line for line in epochs)
    assert "parameters 61706" in lines
    meta = json.loads(out.with_suffix(".json").read_text())
    assert out.is_file()
    assert meta["class_names"] == [str(d) for d in range(10)]
    assert meta["parameters"] == 61_706
    assert meta["task"] == "digits" and meta["hyperparameters"]["epochs"] == 2
    assert meta["hyperparameters"]["limit"] == 600
    assert meta["hyperparameters"]["loss"] == "crossentropy"
    assert meta["epoch_snapshots"] == {
        "file": "lenet.epochs.npz",
        "epochs": 2,
        "id": meta["epoch_snapshots"]["id"],
    }
    assert "weights of 2 epochs kept in" in "\n".join(lines)


@pytest.mark.slow
def test_train_transfer_on_an_image_folder(tmp_path, capsys, tf_backend):
    root = write_shapes(tmp_path / "shapes", classes=("circles", "squares"), per_class=5)
    out = tmp_path / "shapes.keras"
    code = cli.main(
        [
            "train",
            "--dataset",
            str(root),
            "--arch",
            "transfer",
            "--weights",
            "none",
            "--image-size",
            "48",
            "--epochs",
            "1",
            "--batch-size",
            "4",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["task"] == "classifier" and meta["class_names"] == ["circles", "squares"]
    assert meta["input_shape"] == [48, 48, 3] and meta["hyperparameters"]["validation_split"] == 0.2
    assert "validation split (20%, seed 123)" in capsys.readouterr().out


def test_train_with_a_bad_folder_explains_and_exits_2(tmp_path, capsys, tf_backend):
    (tmp_path / "one_class").mkdir()
    code = cli.main(["train", "--dataset", str(tmp_path), "--out", str(tmp_path / "x.keras")])
    assert code == 2
    assert "at least two" in capsys.readouterr().err
    assert not (tmp_path / "x.keras").exists()


# ------------------------------------------------------------------ options → TrainConfig
def config_of(*argv):
    from visionagent.commands.train import config_from_args

    args = cli.build_parser().parse_args(["train", *argv])
    return config_from_args(args)


@pytest.mark.parametrize("dataset", ["mnist-10k", "mnist", "fashion-mnist", "cifar10", "FOLDER"])
def test_the_cli_starts_from_the_same_defaults_as_the_training_tab(tmp_path, dataset):
    from visionagent.core import training

    if dataset == "FOLDER":
        dataset = str(write_shapes(tmp_path / "shapes", per_class=1))
    config = config_of("--dataset", dataset, "--out", str(tmp_path / "x.keras"))
    assert config == training.defaults_for(dataset)


def test_the_cli_defaults_to_mnist_10k(tmp_path):
    from visionagent.core import training

    assert config_of("--out", "x.keras") == training.defaults_for("mnist-10k")


def test_only_the_options_given_change_the_defaults(tmp_path):
    from visionagent.core import training

    config = config_of("--dataset", "cifar10", "--out", "x.keras", "--epochs", "3", "--no-flip")
    expected = training.defaults_for("cifar10")
    assert config.epochs == 3 and config.arch == expected.arch == "cifar-cnn"
    assert config.augmentation.rotation_deg == expected.augmentation.rotation_deg == 20.0
    assert not config.augmentation.flip and expected.augmentation.flip


def test_the_old_options_still_work(tmp_path):
    config = config_of(
        "--dataset", "mnist-10k", "--out", "x.keras", "--arch", "cnn-v2", "--lr", "0.01",
        "--augment", "--early-stopping", "3", "--validation-split", "0.3", "--limit", "100",
        "--lr-schedule", "cosine", "--multi-gpu", "--optimizer", "sgd", "--dropout", "0.3",
    )  # fmt: skip
    assert (config.arch, config.learning_rate, config.limit) == ("cnn-v2", 0.01, 100)
    assert config.augmentation.thickness and config.augmentation.rotation_deg == 12.0  # digits
    assert config.early_stopping and config.patience == 3 and config.validation_split == 0.3
    assert config.lr_schedule == "cosine" and config.multi_gpu and config.dropout == 0.3
    assert config.effective_momentum == 0.9  # SGD's textbook momentum unless --momentum
    folder = str(write_shapes(tmp_path / "shapes", per_class=1))
    transfer = config_of(
        "--dataset", folder, "--out", "x.keras", "--weights", "none", "--fine-tune", "2",
        "--fine-tune-layers", "7", "--image-size", "64", "--early-stopping", "0", "--no-augment",
    )  # fmt: skip
    assert transfer.backbone_weights is None and transfer.fine_tune_epochs == 2
    assert transfer.fine_tune_layers == 7 and transfer.image_size == 64
    assert not transfer.early_stopping and not transfer.augmentation.enabled
    assert config_of("--out", "x.keras", "--early-stopping").patience == 5  # the data set's
    new = config_of("--out", "x", "--optimizer", "sgd", "--momentum", "0", "--loss", "focal")
    assert new.effective_momentum == 0.0 and new.loss == "focal"


@pytest.fixture
def no_training(monkeypatch):
    """Fail the test if the command gets as far as training."""
    from visionagent.core import training

    def must_not_train(*args, **kwargs):
        raise AssertionError("training started although the options were bad")

    monkeypatch.setattr(training, "train", must_not_train)


@pytest.mark.parametrize(
    "option, words",
    [
        (["--lr", "nan"], "--lr must be a finite number"),
        (["--lr", "inf"], "--lr must be a finite number"),
        (["--lr", "0"], "--lr must be between"),
        (["--lr", "-0.01"], "--lr must be between"),
        (["--limit", "0"], "--limit must be between 1"),
        (["--limit", "-5"], "--limit must be between 1"),
        (["--validation-split", "1.5"], "--validation-split must be between 0 and 0.9"),
        (["--validation-split", "-0.1"], "--validation-split must be between 0 and 0.9"),
        (["--momentum", "1.5"], "--momentum must be between"),
        (["--early-stopping", "-3"], "--early-stopping must be 0 or more"),
        (["--arch", "transfer", "--weights", "/no/such/weights.h5"], "does not exist"),
    ],
)
def test_bad_options_are_refused_before_training(tmp_path, capsys, no_training, option, words):
    out = tmp_path / "x.keras"
    code = cli.main(["train", "--out", str(out), *option])
    err = capsys.readouterr().err
    assert code == 2 and words in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "make_out, words",
    [
        (lambda tmp: "", "Give the file"),
        (lambda tmp: str(tmp), "it is a folder"),
        (lambda tmp: "/proc/visionagent.keras", "is not writable"),
        (lambda tmp: str(tmp / "file.txt" / "m.keras"), "is not writable"),
    ],
)
def test_a_bad_out_is_refused_before_training(tmp_path, capsys, no_training, make_out, words):
    (tmp_path / "file.txt").write_text("x")
    code = cli.main(["train", "--out", make_out(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_run_whose_loss_becomes_nan_says_so_and_saves_nothing(
    tmp_path, capsys, monkeypatch, tf_backend
):
    from visionagent.core.training import DIGIT_NAMES, ArrayData, trainer

    x = np.random.default_rng(0).random((64, 28, 28, 1)).astype(np.float32)
    x[5, 3, 3, 0] = np.nan  # one bad pixel poisons the weights within a few batches
    data = ArrayData(
        "mnist-10k", x, np.arange(64) % 10, None, None, None, None, DIGIT_NAMES, "digits", "mnist"
    )
    monkeypatch.setattr(trainer, "load_dataset", lambda *a, **k: data)
    out = tmp_path / "nan.keras"
    code = cli.main(["train", "--out", str(out), "--epochs", "3", "--batch-size", "32"])
    captured = capsys.readouterr()
    assert code == 1
    assert re.search(r"^the loss became NaN in epoch \d, batch \d+: the run diverged", captured.err)
    assert "Traceback" not in captured.err and "saved" not in captured.out
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_loss_and_momentum_are_recorded_in_the_json(tmp_path, capsys, tf_backend):
    out = tmp_path / "mse.keras"
    code = cli.main(
        ["train", "--out", str(out), "--limit", "300", "--epochs", "1", "--loss", "mse",
         "--optimizer", "sgd", "--momentum", "0", "--lr", "0.05", "--no-snapshots"]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["hyperparameters"]["loss"] == "mse"
    assert meta["hyperparameters"]["momentum"] == 0.0
    assert meta["hyperparameters"]["optimizer"] == "sgd"
    assert "epoch_snapshots" not in meta and not (tmp_path / "mse.epochs.npz").exists()


# ------------------------------------------------------------------ Ctrl-C
def _interrupt_training(out: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", VISIONAGENT_HOME=str(home))
    argv = [sys.executable, "-m", "visionagent", "train", "--epochs", "500", "--limit", "2000"]
    proc = subprocess.Popen(
        [*argv, "--batch-size", "32", "--out", str(out)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for line in proc.stdout:  # the first epoch line: training is under way
            if line.startswith("epoch 1/500"):
                break
        else:
            raise AssertionError(f"no epoch line: {proc.wait()} {proc.stderr.read()}")
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr)


@pytest.mark.slow
def test_ctrl_c_prints_one_line_and_exits_130(tmp_path):
    out = tmp_path / "new.keras"
    finished = _interrupt_training(out, tmp_path / "home")
    assert finished.returncode == 130
    assert finished.stderr.strip().splitlines()[-1] == "stopped; nothing was saved"
    assert "Traceback" not in finished.stderr and "KeyboardInterrupt" not in finished.stderr
    assert not out.exists()


@pytest.mark.slow
def test_ctrl_c_leaves_the_previous_model_unchanged(tmp_path, make_tiny_digits_model):
    out = make_tiny_digits_model(tmp_path)
    before = (out.read_bytes(), out.with_suffix(".json").read_bytes())
    finished = _interrupt_training(out, tmp_path / "home")
    assert finished.returncode == 130
    assert finished.stderr.strip().splitlines()[-1] == (
        f"stopped; the previous model at {out} is unchanged"
    )
    assert (out.read_bytes(), out.with_suffix(".json").read_bytes()) == before


# ------------------------------------------------------------------ unreadable images
@pytest.mark.slow
def test_unreadable_images_of_a_folder_are_named_and_skipped(tmp_path, capsys, tf_backend):
    root = write_shapes(tmp_path / "shapes", classes=("circles", "squares"), per_class=4)
    (root / "circles" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    (root / "squares" / "empty.jpg").write_bytes(b"")
    out = tmp_path / "shapes.keras"
    code = cli.main(
        ["train", "--dataset", str(root), "--arch", "lenet5", "--image-size", "32",
         "--epochs", "1", "--batch-size", "4", "--out", str(out)]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "skipped 2 unreadable images; training on" in captured.err
    assert "broken.png" in captured.err and "empty.jpg" in captured.err
    assert "Traceback" not in captured.err
    assert json.loads(out.with_suffix(".json").read_text())["skipped_files"] == 2

"""`visionagent train`: the Training tab's core on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from visionagent import cli

sys.path.insert(0, str(Path(__file__).parent / "core"))
from test_training import write_shapes


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

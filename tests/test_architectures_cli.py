"""`visionagent architectures`: the gallery on the command line; `train --arch mlp --loss mse`."""

from __future__ import annotations

import json

import pytest

from visionagent import cli


def line_numbers(line: str) -> list[int]:
    return [int(word.replace(",", "")) for word in line.split() if word.replace(",", "").isdigit()]


def test_json_lists_the_gallery_with_keras_counts(capsys):
    assert cli.main(["architectures", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 12
    counts = {row["name"]: row["parameters"] for row in rows}
    assert counts["vgg16"] == 138_357_544 and counts["resnet50"] == 25_636_712
    assert counts["densenet121"] == 8_062_504 and counts["xception"] == 22_910_480
    assert counts["lenet5"] == 61_706
    lenet = next(row for row in rows if row["name"] == "lenet5")
    assert lenet["input_shape"] == [28, 28, 1] and lenet["year"] == 1998
    assert lenet["trainable_here"] is True and lenet["idea"]


def test_the_plain_list_has_one_line_per_network(capsys):
    from visionagent.core import gallery

    assert cli.main(["architectures"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(gallery.ENTRIES)
    vgg = next(line for line in lines if line.startswith("vgg16 "))
    assert "138,357,544" in vgg and "--arch mini-vgg" in vgg


def test_one_network_prints_its_layer_table(capsys, tf_backend):
    assert cli.main(["architectures", "lenet5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LeNet-5 (1998): ")
    assert "61,706 parameters" in out and "416,520 multiplications" in out
    conv = next(line for line in out.splitlines() if "28×28×6" in line)  # the first convolution
    assert line_numbers(conv)[-2:] == [156, 117_600]


@pytest.mark.slow
def test_a_trainer_architecture_as_json(capsys, tf_backend):
    from visionagent.core.training import build_model

    code = cli.main(["architectures", "mini-resnet", "--input-shape", "32x32x3", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["input_shape"] == [32, 32, 3]
    assert data["parameters"] == build_model("mini-resnet", (32, 32, 3), 10).count_params()
    assert sum(row["parameters"] for row in data["layers"]) == data["parameters"]
    assert sum(row["kind"] == "merge" for row in data["layers"]) == 9  # the skip additions


@pytest.mark.parametrize(
    "argv, words",
    [
        (["architectures", "vgg17"], "Unknown architecture 'vgg17'"),
        (["architectures", "mini-resnet", "--input-shape", "32x32"], "--input-shape"),
    ],
)
def test_bad_names_and_shapes_exit_2_with_one_line(capsys, argv, words):
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert words in captured.err and len(captured.err.strip().splitlines()) == 1
    assert "Traceback" not in captured.err


@pytest.mark.slow
def test_train_an_mlp_with_mse_records_the_loss(tmp_path, capsys, tf_backend):
    out = tmp_path / "m.keras"
    argv = ["train", "--dataset", "mnist-10k", "--arch", "mlp", "--loss", "mse", "--epochs", "1"]
    assert cli.main([*argv, "--out", str(out)]) == 0, capsys.readouterr().err
    lines = capsys.readouterr().out.splitlines()
    assert "parameters 407050" in lines
    meta = json.loads(out.with_suffix(".json").read_text())
    assert meta["hyperparameters"]["loss"] == "mse"
    assert meta["hyperparameters"]["arch"] == "mlp" and meta["parameters"] == 407_050
    assert out.is_file()

"""`visionagent inspect`: one PNG grid of feature maps per layer and the layer table as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from visionagent import cli

REPO = Path(__file__).resolve().parents[1]
CONVS = ("conv", "conv_1x1", "depthwise_conv")


@pytest.fixture
def one_png(tmp_path) -> Path:
    """A dark "1" written on white paper."""
    page = np.full((140, 100), 255, np.uint8)
    cv2.line(page, (50, 20), (50, 120), 0, 11)
    path = tmp_path / "one.png"
    cv2.imwrite(str(path), page)
    return path


def _inspect(capsys, *args) -> tuple[int, dict | None, str]:
    code = cli.main(["inspect", *[str(a) for a in args]])
    captured = capsys.readouterr()
    data = json.loads(captured.out) if code == 0 and "--json" in args else None
    return code, data, captured.err


def _maps(report: dict, out: Path) -> list[dict]:
    rows = [row for row in report["layers"] if row["kind"] in CONVS and row["maps"]]
    for row in rows:
        picture = cv2.imread(str(out / row["maps"]))
        assert picture is not None and picture.shape[2] == 3, row["maps"]
    return rows


@pytest.mark.slow
def test_text_table_bad_inputs_and_one_line_errors(
    tmp_path, capsys, one_png, make_tiny_digits_model
):
    model = make_tiny_digits_model(tmp_path)
    out = tmp_path / "maps"
    code = cli.main(["inspect", str(one_png), "--model", str(model), "--out", str(out)])
    text = capsys.readouterr().out
    assert code == 0
    assert "conv_a" in text and "receptive field" in text and "Prediction:" in text
    assert (out / "input.png").is_file() and len(list(out.glob("*_conv_a.png"))) == 1

    cases = [
        (tmp_path / "missing.png", "--model", str(model)),
        (one_png, "--model", "no_such_model"),
        (one_png, "--model", str(model), "--layer", "nothing"),
        (one_png, "--model", str(model), "--member", "0"),
        (one_png, "--model", str(model), "--epoch", "1"),  # saved without snapshots
    ]
    for image, *options in cases:
        code, _, err = _inspect(capsys, image, *options, "--out", tmp_path / "bad", "--json")
        assert code == 2, options
        assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "bad").exists()  # nothing written on failure
    file = tmp_path / "file"
    file.write_text("x")
    code, _, err = _inspect(capsys, one_png, "--model", model, "--out", file)
    assert code == 2 and "not a folder" in err


@pytest.mark.slow
def test_the_shipped_digits_ensemble(tmp_path, capsys, one_png, tf_backend):
    out = tmp_path / "D"
    code, report, _ = _inspect(capsys, "--json", "--model", "digits_cnn", "--out", out, one_png)
    assert code == 0
    assert report["model"] == "digits_cnn" and report["member"] == "member_1"
    assert len(report["members"]) == 3 and "1 of 3" in report["note"]
    convs = _maps(report, out)
    assert len(convs) >= 4
    assert [row["receptive_field"] for row in convs] == [3, 5, 10, 14]
    assert report["prediction"]["class"] == "1"
    assert report["input"]["shape"] == [28, 28, 1] and (out / "input.png").is_file()


@pytest.mark.slow
def test_the_shipped_imagenet_model_on_a_photo(tmp_path, capsys, tf_backend):
    out = tmp_path / "E"
    photo = REPO / "resources" / "samples" / "bullmastiff.jpg"
    code, report, _ = _inspect(
        capsys,
        "--json",
        "--model",
        "imagenet_efficientnet_lite0",
        "--out",
        out,
        "--size",
        "128",
        "--gradcam",
        photo,
    )
    assert code == 0
    convs = _maps(report, out)
    assert len(convs) >= 10 and {row["kind"] for row in convs} == set(CONVS)
    assert "mastiff" in report["prediction"]["class"]
    assert report["gradcam"]["layer"] == "top_activation"
    assert cv2.imread(str(out / "gradcam.png")).shape[:2] == cv2.imread(str(photo)).shape[:2]
    assert max(cv2.imread(str(out / convs[0]["maps"])).shape) <= 128


@pytest.mark.slow
def test_a_lenet5_trained_on_the_command_line(tmp_path, capsys, one_png, tf_backend):
    model = tmp_path / "x.keras"
    code = cli.main(
        ["train", "--arch", "lenet5", "--epochs", "1", "--limit", "500", "--out", str(model)]
    )
    capsys.readouterr()
    assert code == 0
    out = tmp_path / "L"
    code, report, _ = _inspect(capsys, "--json", "--model", model, "--out", out, one_png)
    assert code == 0
    convs = [row for row in report["layers"] if row["kind"] == "conv"]
    assert [row["receptive_field"] for row in convs] == [5, 14, 32]
    assert [row["jump"] for row in convs] == [1, 2, 4]
    assert convs[0]["multiplications"] == 117_600 and convs[0]["formula"] == "28×28×25×6"
    assert all((out / row["maps"]).is_file() for row in convs)
    first = convs[0]["name"]
    code, replay, _ = _inspect(
        capsys, "--json", "--model", model, "--out", out, "--epoch", "1", "--layer", first, one_png
    )
    assert code == 0 and replay["epoch"] == 1
    assert [row["name"] for row in replay["layers"]] == [first]

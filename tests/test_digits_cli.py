"""``visionagent digits``: images of any size and polarity, --json, errors, --evaluate-mnist."""

from __future__ import annotations

import gzip
import json
import re

import cv2
import numpy as np
import pytest

from visionagent import cli
from visionagent.core.registry import ModelRegistry
from visionagent.core.training import load_mnist_10k
from visionagent.paths import models_dir

pytestmark = pytest.mark.slow  # each test runs the CLI in a new process


@pytest.fixture(scope="module")
def shipped():
    if "digits_cnn" not in ModelRegistry([models_dir()]).names("digits"):
        pytest.skip("models/digits_cnn.keras is not trained yet (scripts/train_digits_model.py)")


@pytest.fixture(scope="module")
def bundled():
    x, y = load_mnist_10k()
    return x[:200], y[:200]


def run(capsys, *argv):
    code = cli.main(["digits", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def digit_files(tmp_path, bundled, picks=(0, 1, 2)):
    """Bundled digits saved as big dark-on-light PNGs (and one light-on-dark), as users would."""
    x, y = bundled
    files, labels = [], []
    for n, i in enumerate(picks):
        big = cv2.resize(x[i], (140, 140), interpolation=cv2.INTER_CUBIC)
        if n % 2 == 0:
            big = 255 - big  # dark ink on white paper
        path = tmp_path / f"digit_{n}.png"
        cv2.imwrite(str(path), big)
        files.append(str(path))
        labels.append(int(y[i]))
    return files, labels


def test_plain_output_one_line_per_file(tmp_path, capsys, shipped, bundled):
    files, labels = digit_files(tmp_path, bundled)
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((90, 60), 255, np.uint8))
    code, out, err = run(capsys, *files, str(blank))
    assert code == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 4
    for line, path, label in zip(lines, files, labels, strict=False):
        assert re.fullmatch(re.escape(path) + rf": {label} \(\d+\.\d%\)( unsure)?", line)
    assert lines[3] == f"{blank}: empty"


def test_json_output_and_unreadable_files(tmp_path, capsys, shipped, bundled):
    files, labels = digit_files(tmp_path, bundled, picks=(3, 4))
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.zeros((50, 50), np.uint8))
    code, out, err = run(
        capsys, "--json", files[0], str(broken), str(tmp_path / "missing.png"), files[1], str(blank)
    )
    assert code == 1
    assert "broken.png" in err and "missing.png" in err
    records = json.loads(out)
    assert [r["file"] for r in records] == [files[0], files[1], str(blank)]
    for record, label in zip(records, labels, strict=False):
        assert set(record) == {"file", "digit", "confidence", "probabilities"}
        assert record["digit"] == label
        assert len(record["probabilities"]) == 10 and sum(record["probabilities"]) == pytest.approx(
            1.0, abs=1e-3
        )
        assert record["confidence"] == pytest.approx(max(record["probabilities"]), abs=1e-5)
    assert records[2]["digit"] is None


def test_evaluate_mnist_on_idx_files(tmp_path, capsys, shipped, bundled):
    x, y = bundled
    for name, array in (
        ("t10k-images-idx3-ubyte.gz", x),
        ("t10k-labels-idx1-ubyte.gz", y.astype(np.uint8)),
    ):
        header = bytes([0, 0, 8, array.ndim]) + b"".join(
            int(d).to_bytes(4, "big") for d in array.shape
        )
        with gzip.open(tmp_path / name, "wb") as fh:
            fh.write(header + array.astype(np.uint8).tobytes())
    code, out, err = run(capsys, "--evaluate-mnist", str(tmp_path))
    assert code == 0, err
    last = out.strip().splitlines()[-1]
    match = re.fullmatch(r"accuracy (\d+\.\d\d)%", last)
    assert match and float(match.group(1)) >= 95.0
    assert "/200 correct" in out


def test_errors_are_messages_not_tracebacks(tmp_path, capsys, shipped):
    code, _, err = run(capsys, "--evaluate-mnist", str(tmp_path))
    assert code == 2 and "t10k-images-idx3-ubyte.gz" in err
    code, _, err = run(capsys, "--model", "no_such_model", "x.png")
    assert code == 2 and "no_such_model" in err
    code, _, err = run(capsys)
    assert code == 2 and "IMAGE" in err


@pytest.mark.slow
def test_shipped_model_on_the_mnist_test_set(capsys, shipped, mnist_test_dir):
    code, out, err = run(capsys, "--evaluate-mnist", str(mnist_test_dir))
    assert code == 0, err
    percent = float(re.fullmatch(r"accuracy (\d+\.\d\d)%", out.strip().splitlines()[-1]).group(1))
    assert percent >= 99.3
    assert "/10000 correct" in out


# -------------------------------------------------------------------------------- issue 12
def _tiny(folder, name: str, weights=None) -> None:
    """A tiny digits model in ``folder`` (its weights replaced by ``weights(w)`` if given)."""
    from visionagent.core import backend
    from visionagent.core.registry import write_metadata

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    if weights is not None:
        model.set_weights([weights(w) for w in model.get_weights()])
    folder.mkdir(parents=True, exist_ok=True)
    model.save(folder / f"{name}.keras")
    write_metadata(
        folder / f"{name}.keras",
        {
            "task": "digits",
            "class_names": [str(i) for i in range(10)],
            "input_shape": [28, 28, 1],
            "preprocessing": "mnist",
        },
    )


def test_a_model_of_nan_weights_gives_one_line_and_no_digit(
    tmp_path, capsys, monkeypatch, tf_backend
):
    monkeypatch.setenv("VISIONAGENT_HOME", str(tmp_path / "home"))
    _tiny(tmp_path / "home" / "models", "diverged", lambda w: np.full_like(w, np.nan))
    image = tmp_path / "d.png"
    cv2.imwrite(str(image), np.eye(40, dtype=np.uint8) * 255)
    code, out, err = run(capsys, "--model", "diverged", "--json", str(image))
    assert code == 2 and out == ""
    [line] = err.strip().splitlines()
    assert "diverged.keras" in line and "NaN" in line


@pytest.mark.slow
def test_a_broken_user_model_does_not_stop_the_default_one(
    tmp_path, capsys, monkeypatch, shipped, bundled
):
    home = tmp_path / "home"
    monkeypatch.setenv("VISIONAGENT_HOME", str(home))
    (home / "models").mkdir(parents=True)
    (home / "models" / "mine.keras").write_bytes(b"PK\x05\x06" + b"\0" * 18)
    meta = {"task": "digits", "class_names": ["0"], "input_shape": 5, "preprocessing": "mnist"}
    (home / "models" / "mine.json").write_text(json.dumps(meta))
    files, labels = digit_files(tmp_path, bundled, picks=(0,))
    code, out, err = run(capsys, files[0])
    assert code == 0 and err == "" and out.startswith(files[0])


def test_a_model_given_by_its_keras_path_is_used(tmp_path, capsys, bundled, make_tiny_digits_model):
    """`digits --model PATH.keras` takes the file `train --out` just wrote (issue 17, item 10)."""
    (tmp_path / "elsewhere").mkdir()
    path = make_tiny_digits_model(tmp_path / "elsewhere")
    image = tmp_path / "seven.png"
    cv2.imwrite(str(image), 255 - bundled[0][0])
    code = cli.main(["digits", "--model", str(path), "--json", str(image)])
    out, err = capsys.readouterr()
    assert code == 0, err
    record = json.loads(out)[0]
    assert record["file"] == str(image) and record["digit"] in range(10)
    code = cli.main(["digits", "--model", str(tmp_path / "missing.keras"), str(image)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "missing" in err

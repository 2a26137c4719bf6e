"""`visionagent export`: the export core on the command line."""

from __future__ import annotations

import json

import pytest

from visionagent import cli


@pytest.mark.slow
def test_export_tflite_prints_size_and_agreement(tmp_path, capsys, make_tiny_digits_model):
    path = make_tiny_digits_model(tmp_path)
    code = cli.main(["export", str(path), "--format", "tflite", "--out", f"{tmp_path / 'out'}/"])
    assert code == 0, capsys.readouterr().err
    lines = capsys.readouterr().out.splitlines()
    written = tmp_path / "out" / "tiny_digits.tflite"
    assert written.is_file()
    assert lines[0].startswith("TFLite (float): ") and str(written) in lines[0]
    assert "KB" in lines[0] and any("same answer as Keras on" in line for line in lines)


def test_export_json_report(tmp_path, capsys, make_tiny_digits_model):
    path = make_tiny_digits_model(tmp_path)
    out = tmp_path / "tiny.py"
    assert cli.main(["export", str(path), "--format", "script", "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "script" and report["path"] == str(out)
    assert report["size_bytes"] == out.stat().st_size


def test_export_of_an_unknown_model_is_one_line_and_exit_2(tmp_path, capsys, tf_backend):
    code = cli.main(["export", "no_such_model", "--format", "tflite", "--out", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no_such_model" in err and "Traceback" not in err


def test_export_of_a_junk_file_is_one_line_and_exit_2(tmp_path, capsys, tf_backend):
    junk = tmp_path / "junk.keras"
    junk.write_bytes(b"not a model at all")
    code = cli.main(["export", str(junk), "--format", "tflite", "--out", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "junk.keras" in err


def test_export_refuses_an_unknown_format(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["export", "digits_cnn", "--format", "onnx", "--out", "x"])
    assert caught.value.code == 2

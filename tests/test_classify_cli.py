"""``visionagent classify``: top-k of the 1000 ImageNet classes for photos and folders."""

from __future__ import annotations

import json
import re

import cv2
import numpy as np
import pytest

from visionagent import paths

SAMPLES = paths.resources_dir() / "samples"
HANGUL = re.compile(r"[\uac00-\ud7a3]")
CAT_WNIDS = {"n02123045", "n02123159", "n02123394", "n02123597", "n02124075"}


def _noise(path):
    rng = np.random.default_rng(0)
    cv2.imwrite(str(path), rng.integers(0, 256, (240, 320, 3), dtype=np.uint8))
    return path


@pytest.mark.slow
def test_json_for_photos_and_a_folder_with_a_broken_file(tmp_path, capsys):
    from visionagent.cli import main

    folder = tmp_path / "사진"
    folder.mkdir()
    (folder / "coffee.png").write_bytes((SAMPLES / "coffee.png").read_bytes())
    (folder / "broken.jpg").write_bytes(b"\xff\xd8 not really a jpeg")
    code = main(["classify", str(SAMPLES / "chelsea.png"), str(folder), "--top", "3", "--json"])
    captured = capsys.readouterr()
    assert code == 1
    errors = [line for line in captured.err.splitlines() if "broken.jpg" in line]
    assert len(errors) == 1
    records = json.loads(captured.out)
    assert [r["file"] for r in records] == [
        str(SAMPLES / "chelsea.png"),
        str(folder / "coffee.png"),
    ]
    for record in records:
        assert set(record) >= {"file", "top"}
        assert len(record["top"]) == 3
        for guess in record["top"]:
            assert set(guess) == {"wnid", "name", "name_ko", "probability"}
            assert HANGUL.search(guess["name_ko"]), guess
        probabilities = [g["probability"] for g in record["top"]]
        assert probabilities == sorted(probabilities, reverse=True) and probabilities[0] <= 1.0
    assert records[0]["top"][0]["wnid"] in CAT_WNIDS
    assert (
        records[1]["top"][0]["name"] == "espresso"
        and records[1]["top"][0]["name_ko"] == "에스프레소"
    )


@pytest.mark.slow
def test_korean_text_the_fast_model_and_not_sure(tmp_path, capsys):
    from visionagent.cli import main

    noise = _noise(tmp_path / "noise.png")
    try:
        code = main(
            [
                "--lang",
                "ko",
                "classify",
                str(SAMPLES / "coffee.png"),
                str(noise),
                "--top",
                "2",
                "--model",
                "imagenet_efficientnet_lite0",
            ]
        )
    finally:  # --lang ko installs Korean translators for the process: back to English
        from PyQt6.QtCore import QCoreApplication

        from visionagent.qt.translator import install_translator

        if QCoreApplication.instance() is not None:
            install_translator(QCoreApplication.instance(), "en")
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{SAMPLES / 'coffee.png'}: 에스프레소")
    assert "1. 에스프레소" in lines[1] and "(n07920052)" in lines[1]
    noise_line = next(line for line in lines if line.startswith(str(noise)))
    # Random noise is nothing ImageNet names: the answer is "not sure — maybe X or Y".
    assert "Not sure" in noise_line or "확실하지" in noise_line
    assert main(["classify", str(noise), "--top", "0"]) == 2

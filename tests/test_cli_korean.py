"""The command line in Korean: ``--help`` of every command, argparse's own words, the train output.

Help texts are checked with the Korean UI test's ``english_words`` (its allow-list of proper nouns,
code names and units), once what a command line must keep as typed is removed: the options and
their metavars, choices, command names and quoted code.
"""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import types
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests import processes
from visionagent import cli

sys.path.insert(0, str(Path(__file__).parent / "qt"))
from test_korean_ui import english_words

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "i18n" / "visionagent_ko.ts"
COMMANDS = ("self-test", *cli.COMMAND_MODULES)
# Values a user types as they are (option values, tasks) and the names of the standard streams.
TYPED = {"visionagent", "imagenet", "none", "breeds", "stderr", "TFLite"}


def run_cli(*args: str, lang: str = "C.UTF-8", home: Path, **env) -> subprocess.CompletedProcess:
    return processes.run_python(
        "-m",
        "visionagent",
        *args,
        home=home,
        timeout=120,
        drop=processes.LOCALE_OVERRIDES,
        LANG=lang,
        COLUMNS="80",
        **env,
    )


def english_left(help_text: str) -> list[str]:
    """English words of a help text, once what is typed as it is has been taken out: the usage
    lines, the options and positionals in the left column, choices, command and data-set names,
    metavars, file names and quoted code."""
    from visionagent.core.export import FORMATS
    from visionagent.core.training import DATASETS

    text = re.sub(r"^(?:usage|사용법):.*?\n\n", "", help_text, flags=re.S)
    text = re.sub(r"^  +[\w-]+(?=  |$)", " ", text, flags=re.M)  # a positional's name
    text = re.sub(r"\{[^{}]*\}", " ", text)  # choices {en,ko}, JSON keys {"file", …}
    for name in sorted((*COMMANDS, *DATASETS, *FORMATS), key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)  # quoted code
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)  # options
    text = re.sub(r"(?<![A-Za-z])[A-Z][A-Z_|]*[A-Z](?![A-Za-z])", " ", text)  # IMAGE, NAME|PATH
    text = re.sub(r"(?<![A-Za-z])HxWxC(?![A-Za-z])", " ", text)
    text = re.sub(r"[\w-]*\.[A-Za-z][\w.]*", " ", text)  # file names (gradcam.png, .json)
    return [word for word in english_words(text, set()) if word not in TYPED]


def test_requested_language_is_found_before_the_parser_exists():
    assert cli.requested_language(["--lang", "ko", "train"]) == "ko"
    assert cli.requested_language(["--lang=ko", "--help"]) == "ko"
    assert cli.requested_language(["--lan", "ko"]) == "ko"  # as argparse abbreviates
    assert cli.requested_language(["--lang", "xx"]) is None  # argparse says what is wrong
    assert cli.requested_language(["--lang"]) is None
    assert cli.requested_language(["digits", "--", "--lang", "ko"]) is None
    assert cli.requested_language(["--lesson", "x.json", "--verbose"]) is None


@pytest.mark.slow
def test_main_help_in_korean(tmp_path):
    out = run_cli("--lang", "ko", "--help", home=tmp_path)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("사용법: visionagent [-h]")
    for heading in ("위치 인수:", "옵션:"):
        assert f"\n{heading}\n" in text
    assert "합성곱 신경망을 직접 써 보며 배웁니다" in text
    assert "이 도움말을 보여 주고 끝냅니다" in text
    assert "모델을 학습하고(에포크마다 한 줄)" in text
    assert english_left(text) == [], text


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_in_korean(tmp_path, command):
    out = run_cli("--lang", "ko", command, "--help", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"사용법: visionagent {command} [-h]")
    assert "\n옵션:\n" in out.stdout
    assert english_left(out.stdout) == [], out.stdout
    for line in out.stdout.splitlines():  # wrapped by the columns Hangul takes on a terminal
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        assert width <= 80 or width == len(line), line


@pytest.mark.slow
def test_train_help_uses_the_field_table_translations(tmp_path):
    out = run_cli("--lang", "ko", "train", "--help", home=tmp_path)
    text = " ".join(out.stdout.split())
    assert "학습 샘플 중 처음 N개만 씁니다(빠른 실행). (1–10000000); 기본값: 전체" in text
    assert "--dataset DATASET mnist-10k | mnist | fashion-mnist | cifar10 | DIR" in text
    assert "Use only the first" not in text


@pytest.mark.slow
def test_argparse_errors_in_korean(tmp_path):
    out = run_cli("--lang", "ko", "train", home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.splitlines()[-1] == "visionagent train: 오류: 다음 인수가 필요합니다: --out"
    out = run_cli("--lang=ko", "--lang", "fr", home=tmp_path)
    assert out.returncode == 2
    assert "오류: 인수 --lang: 잘못된 선택: 'fr'" in out.stderr


@pytest.mark.slow
def test_english_help_unchanged(tmp_path):
    out = run_cli("--help", lang="en_US.UTF-8", home=tmp_path)
    lines = out.stdout.splitlines()
    assert lines[0] == "usage: visionagent [-h] [--version] [--lang {en,ko}] [--verbose]"
    assert "positional arguments:" in lines and "options:" in lines
    assert "  -h, --help      show this help message and exit" in lines
    assert "  --version       show program's version number and exit" in lines
    assert "    train         train a model (one line per epoch) and save .keras + .json" in lines
    out = run_cli("--lang", "en", "train", "--help", lang="ko_KR.UTF-8", home=tmp_path)
    lines = out.stdout.splitlines()
    assert lines[0].startswith("usage: visionagent train [-h] [--dataset DATASET] --out OUT")
    assert "  --limit LIMIT         Use only the first N training samples (a quick run)." in lines
    assert "                        (1–10000000); default: all" in lines
    out = run_cli("train", lang="en_US.UTF-8", home=tmp_path)
    assert out.stderr.splitlines()[-1] == (
        "visionagent train: error: the following arguments are required: --out"
    )


@pytest.mark.slow
def test_language_without_lang_follows_the_saved_choice_then_the_system(tmp_path):
    assert run_cli("--help", lang="ko_KR.UTF-8", home=tmp_path).stdout.startswith("사용법:")
    (tmp_path / "settings.ini").write_text("[ui]\nlanguage=en\n", encoding="utf-8")
    assert run_cli("--help", lang="ko_KR.UTF-8", home=tmp_path).stdout.startswith("usage:")


@pytest.mark.slow
def test_the_desktop_app_gets_its_own_application_after_korean_parsing(tmp_path):
    """The QCoreApplication made for the translators gives way to the GUI's QApplication."""
    code = (
        "import sys; from visionagent import app, cli\n"
        "def gui(language, lessons):\n"
        "    from PyQt6.QtWidgets import QLabel\n"
        "    from visionagent.i18n import translate\n"
        "    qapp = app.create_application(language=language)\n"
        "    label = QLabel(translate('MainWindow', '&File'))\n"
        "    print(type(qapp).__name__, label.text())\n"
        "    return 0\n"
        "app.run_gui = gui\n"
        "sys.exit(cli.main(['--lang', 'ko']))\n"
    )
    out = processes.run_python("-c", code, home=tmp_path, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["QApplication", "파일(&F)"]


def test_argparse_translations_keep_their_placeholders():
    root = ElementTree.parse(TS).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "Argparse")
    words = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    assert set(words) == set(cli.ARGPARSE_WORDS)
    pattern = re.compile(r"%\(\w+\)[sr]|%[sr]|\n")
    for source, translation in words.items():
        assert sorted(pattern.findall(source)) == sorted(pattern.findall(translation)), source


# ------------------------------------------------------------------------------ train's output
def _fake_keras(load_data):
    return types.SimpleNamespace(
        datasets=types.SimpleNamespace(cifar10=types.SimpleNamespace(load_data=load_data))
    )


def _offline_cifar10():
    print("Downloading data from https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz")
    raise OSError("URL fetch failure: Name or service not known")


def test_keras_download_messages_go_to_the_log(monkeypatch, capsys, caplog):
    from visionagent.core import backend
    from visionagent.core.training import datasets

    monkeypatch.setattr(backend, "keras", lambda: _fake_keras(_offline_cifar10))
    with caplog.at_level(logging.INFO), pytest.raises(datasets.DatasetUnavailable) as error:
        datasets.load_dataset("cifar10")
    assert capsys.readouterr().out == ""
    assert "keras: Downloading data from https://www.cs.toronto.edu" in caplog.text
    assert "cifar-10-batches-py-target_archive (163 MB) and its extracted folder" in str(
        error.value
    )


@pytest.mark.slow
def test_offline_cifar10_message_in_korean(tmp_path):
    code = (
        "import types\n"
        "from visionagent import cli\n"
        "from visionagent.core import backend\n"
        "from visionagent.core.training import datasets\n"
        "def load_data():\n"
        "    print('Downloading data from https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz')\n"
        "    raise OSError('URL fetch failure: Name or service not known')\n"
        "cifar10 = types.SimpleNamespace(load_data=load_data)\n"
        "keras = types.SimpleNamespace(datasets=types.SimpleNamespace(cifar10=cifar10))\n"
        "backend.keras = lambda: keras\n"
        "cli._cli_translations('ko')\n"
        "try:\n"
        "    datasets.load_dataset('cifar10')\n"
        "except datasets.DatasetUnavailable as exc:\n"
        "    print('ERROR', exc)\n"
    )
    out = processes.run_python("-c", code, home=tmp_path, timeout=None)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ERROR 데이터셋 cifar10이(가) 이 컴퓨터에 없습니다"), out.stdout
    assert "Downloading" not in out.stdout
    assert "cifar-10-batches-py-target_archive (163 MB)과(와) 압축을 푼 폴더" in out.stdout
    assert "extracted" not in out.stdout


@pytest.mark.slow
def test_korean_train_output_names_the_data_set_in_korean(tmp_path):
    out = run_cli(
        "--lang",
        "ko",
        "train",
        "--dataset",
        "mnist-10k",
        "--arch",
        "lenet5",
        "--epochs",
        "1",
        "--limit",
        "300",
        "--out",
        str(tmp_path / "lenet.keras"),
        home=tmp_path,
        TF_CPP_MIN_LOG_LEVEL="2",
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    accuracy = next(line for line in lines if "테스트 정확도" in line)
    assert accuracy.startswith("MNIST 테스트 세트(10,000개)에서 테스트 정확도 "), accuracy
    assert f"에포크 1개의 가중치를 {tmp_path / 'lenet.epochs.npz'}에 보관함" in lines
    assert not any("test set" in line or "epoch(s)" in line for line in lines), lines


@pytest.mark.slow
def test_english_train_output_says_one_epoch(tmp_path, capsys, tf_backend):
    out = tmp_path / "lenet.keras"
    argv = ["--lang", "en", "train", "--arch", "lenet5", "--epochs", "1", "--limit", "300"]
    assert cli.main([*argv, "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"weights of 1 epoch kept in {tmp_path / 'lenet.epochs.npz'}" in lines
    assert any(
        re.fullmatch(r"test accuracy [\d.]+% on MNIST test set \(10,000\)", x) for x in lines
    )

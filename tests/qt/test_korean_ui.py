"""The Korean user interface: no English left in any tab, a complete catalogue, --lang ko.

The walker collects every text a person can see or hear (labels, buttons, tooltips, placeholders,
combo items, tab and header texts, menus, pyqtgraph axis labels, legends and text items, accessible
descriptions) and fails on English: a text equal to an English source message, or any English
word left once the short, explicit allow-list below (proper nouns, code names, units) and the
names that come from data files (model names, file names) are removed.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PyQt6.QtCore import QCoreApplication, Qt, QTranslator
from PyQt6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests import processes
from tests.qt import helpers
from visionagent import paths, settings
from visionagent.qt.translator import install_translator

pytestmark = pytest.mark.slow  # every test walks the real window or runs the app in Korean

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "visionagent_ko.ts"
QM = TS.with_suffix(".qm")

# Proper nouns, code names and units that stay as they are in Korean text. Keep this short.
ALLOWED_WORDS = {
    # names of software, models, data sets, methods, optimizers and languages
    "VisionAgent",
    "TensorFlow",
    "Keras",
    "Qt",
    "PyQt",
    "NumPy",
    "OpenCV",
    "ImageNet",
    "EfficientNet",
    "LeNet",
    "MNIST",
    "Fashion",
    "CIFAR",
    "Stanford",
    "Dogs",
    "Grad",
    "CAM",
    "ReLU",
    "Sobel",
    "Scharr",
    "Prewitt",
    "Laplacian",
    "Gaussian",
    "Glorot",
    "SGD",
    "Adam",
    "RMSprop",
    "Adagrad",
    "WordNet",
    "Chihuahua",
    "English",
    "foolbox",  # the Python package whose 20 labelled ImageNet photos measure the models
    "NVIDIA",
    "nvidia",
    "smi",  # nvidia-smi, the driver's command
    "keras",  # the .keras file extension
    "Alt",
    # network names and abbreviations the textbook keeps in English
    "MLP",
    "VGG",
    "Xception",
    "MSE",
    # Keras layer types and their default layer names, as the model summary lists them
    "Dense",
    "Flatten",
    "Dropout",
    "dense",
    "flatten",
    "dropout",
    # abbreviations, formats, keys, math functions
    "CNN",
    "GPU",
    "CPU",
    "RGB",
    "CSV",
    "JPEG",
    "PNG",
    "BMP",
    "WebP",
    "TIFF",
    "GIF",
    "IDX",
    "JSON",
    "Ctrl",
    "Shift",
    "Enter",
    "Page",
    "Up",
    "Down",
    "tanh",
    # Keras argument values shown as such (padding='valid' / 'same')
    "valid",
    "same",
    # units
    "px",
    "ms",
    "MB",
    "GB",
}
ALLOWED_PHRASES = ("leaky ReLU", "scikit-image", "focal loss")
# A token with a digit, an underscore, a dot inside, a slash, a backslash or a bar is a file name,
# a path, an identifier or a pattern (dcb|abcd|cba); CamelCase words are code names (Conv2D,
# BatchNormalization); a word right before "(" or "[" is a function or an array (max(0, s),
# x[:,:,0]).
IDENTIFIER = re.compile(
    r"[\w.\-/\\|]*(?:\d|_|\w\.\w|/|\\|\|)[\w.\-/\\|]*|\b[A-Za-z]*[a-z][A-Z]\w*|\b[A-Za-z]+(?=[(\[])"
)
WORD = re.compile(r"[A-Za-z]{3,}")


def _catalogue() -> list[tuple[str, str, str]]:
    root = ElementTree.parse(TS).getroot()
    return [
        (
            context.findtext("name"),
            message.findtext("source"),
            # a plural message keeps its (one Korean) form in <numerusform>
            message.findtext("translation/numerusform") or message.findtext("translation") or "",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _source_patterns() -> list[re.Pattern]:
    """English sources (that Korean changes) as patterns: ``{name}`` matches any text."""
    patterns = []
    for _context, source, translation in _catalogue():
        if source == translation or not WORD.search(source):
            continue
        parts = re.split(r"\{[^{}]*\}", source.replace("&", ""))
        patterns.append(re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.S))
    return patterns


def clean(text: str) -> str:
    """What a person reads: no HTML tags or entities, no mnemonic ampersands."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_words(text: str, data_names: set[str]) -> list[str]:
    """English words left in ``text`` once data names, identifiers and allowed words are removed."""
    for name in sorted(data_names, key=len, reverse=True):
        text = text.replace(name, "_")  # (a data name inside a path leaves an identifier)
    for phrase in ALLOWED_PHRASES:
        text = text.replace(phrase, " ")
    text = IDENTIFIER.sub(" ", text)
    return [w for w in WORD.findall(text) if w not in ALLOWED_WORDS]


# ----------------------------------------------------------------------------- the walker
def _item_view_texts(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    rows = model.rowCount()
    try:
        columns = model.columnCount()
    except TypeError:  # a list model: one column (its columnCount() is private in PyQt6)
        columns = 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in range(min(count, 200)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield "header", value
    for row in range(min(rows, 200)):
        for column in range(min(columns, 20)):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "cell", value


def _graphics_texts(widget: QWidget):
    """pyqtgraph: axis labels, titles, legends and text items of a plot or graphics view."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover
        return
    if not isinstance(widget, pg.GraphicsView):
        return
    scene = widget.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, pg.AxisItem) and item.isVisible() and item.label.isVisible():
            yield "axis label", item.labelText + (" " + item.labelUnits if item.labelUnits else "")
        elif isinstance(item, pg.LabelItem):
            yield "label item", item.text
        elif isinstance(item, pg.TextItem):
            yield "text item", item.toPlainText()
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield "legend", label.text


def _is_combo_popup(view: QAbstractItemView) -> bool:
    parent = view.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def widget_texts(widget: QWidget):
    """``(kind, text)`` for every text ``widget`` shows itself (not its children)."""
    yield "tooltip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "what's this", widget.whatsThis()
    yield "accessible", widget.accessibleDescription()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.isReadOnly() and not isinstance(widget.parent(), QAbstractSpinBox):
            yield "read-only field", widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "placeholder", widget.placeholderText()
        yield "text", widget.toPlainText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
            tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield "combo tooltip", tip
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        yield "spin prefix", widget.prefix()
        yield "spin suffix", widget.suffix()
        yield "special value", widget.specialValueText()
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield "progress", widget.text()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QAbstractItemView) and not _is_combo_popup(widget):
        yield from _item_view_texts(widget)
    if isinstance(widget, QMenu):
        yield "menu", widget.title()
    for action in widget.actions():
        yield "action", action.text()
        if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            yield "action tooltip", action.toolTip()
        if action.menu() is not None:
            yield "submenu", action.menu().title()
            for sub in action.menu().actions():
                yield "submenu action", sub.text()
    yield from _graphics_texts(widget)
    for attribute in ("message", "hint"):  # custom-painted widgets (bar chart, photo view)
        getter = getattr(widget, attribute, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                yield attribute, value


def walk(root: QWidget):
    """``(path, kind, text)`` for ``root`` and every widget below it, hidden pages included."""
    for widget in [root, *root.findChildren(QWidget)]:
        path = (
            f"{type(widget).__name__}({widget.objectName()})"
            if widget.objectName()
            else type(widget).__name__
        )
        for kind, text in widget_texts(widget):
            text = clean(text or "")
            if text:
                yield path, kind, text


def layer_names(root: QWidget) -> set[str]:
    """Layer names of the models on show (data, like file names): layer strips and summaries."""
    from visionagent.qt.kit.layer_strip import LayerStrip
    from visionagent.qt.tabs.training.views import ModelSummaryTable

    names = set()
    for strip in root.findChildren(LayerStrip):
        for path in strip.paths():
            names |= {path, path.rsplit("/", 1)[-1]}
    for summary in root.findChildren(ModelSummaryTable):  # the Training tab's layer list
        table = summary.table
        names |= {table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0)}
    return names


def english_left(root: QWidget, data_names: set[str]) -> list[str]:
    patterns = _source_patterns()
    data_names = data_names | layer_names(root)
    problems = []
    for path, kind, text in walk(root):
        words = english_words(text, data_names)
        if words or (text not in data_names and any(p.match(text) for p in patterns)):
            problems.append(
                f"{path} {kind}: {text!r} (English: {', '.join(words) or 'source text'})"
            )
    return sorted(set(problems))


def data_names(window) -> set[str]:
    """Names from data files (model display names, their data sets, sample file names)."""
    names = set()
    for info in window.context.registry.infos():
        names.add(info.name)
        names.add(info.display_name())
        names.add(str(info.meta.get("display_name") or ""))
        for metric in info.metrics:
            names.add(str(metric.get("dataset", "")))
    names |= {p.name for p in paths.resource("samples").iterdir()}
    names |= {p.stem for p in paths.resource("samples").iterdir()}
    names.discard("")
    return names


# ---------------------------------------------------------------------------- fixtures
@pytest.fixture
def korean(qapp, user_home):
    """The application in Korean for one test; English and the saved choice come back after."""
    saved = settings.get("ui/language")
    assert install_translator(qapp, "ko"), "resources/i18n/visionagent_ko.qm did not load"
    qapp.setProperty("visionagent_language", "ko")
    yield qapp
    install_translator(qapp, "en")
    qapp.setProperty("visionagent_language", "en")
    settings.set("ui/language", saved)


@pytest.fixture
def korean_window(korean, qtbot, app_context):
    from visionagent.qt.main_window import MainWindow

    window = MainWindow(context=app_context)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


# ------------------------------------------------------------------------------- tests
def test_catalogue_is_complete_and_compiled(qapp):
    """No unfinished message; the committed .qm answers every message of the .ts as written."""
    messages = _catalogue()
    unfinished = [(c, s) for c, s, t in messages if not t.strip()]
    root = ElementTree.parse(TS).getroot()
    unfinished += [
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert not unfinished, f"{len(unfinished)} unfinished messages, e.g. {unfinished[:5]}"
    install_translator(qapp, "en")  # none of ours: only the .qm under test answers
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    try:  # (QTranslator.translate itself only takes ASCII in PyQt6)
        stale = [
            (c, s)
            for c, s, t in messages
            if (
                QCoreApplication.translate(c, s, None, 1) != t.replace("%n", "1")
                if "%n" in s
                else QCoreApplication.translate(c, s) != t
            )
        ]
    finally:
        qapp.removeTranslator(translator)
    assert not stale, f".qm is older than the .ts (run scripts/build_translations.py): {stale[:5]}"


def test_placeholders_survive_translation():
    bad = [
        (c, s, t)
        for c, s, t in _catalogue()
        if sorted(re.findall(r"\{[^{}]*\}", s)) != sorted(re.findall(r"\{[^{}]*\}", t))
    ]
    assert not bad, bad[:5]


def test_every_message_in_the_code_is_in_the_catalogue(tmp_path):
    """pylupdate6 finds nothing new in visionagent/: every tr()/translate() text has Korean."""
    pylupdate = Path(sys.executable).with_name("pylupdate6")
    if not pylupdate.exists():
        pytest.skip("pylupdate6 is not installed next to this Python")
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    subprocess.run(
        [
            str(pylupdate),
            "--no-obsolete",
            "--no-summary",
            "--ts",
            str(copy),
            str(REPO / "visionagent"),
        ],
        check=True,
        capture_output=True,
    )
    root = ElementTree.parse(copy).getroot()
    new = [
        f"[{c.findtext('name')}] {m.findtext('source')}"
        for c in root.iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert not new, (
        "untranslated messages (run scripts/build_translations.py and translate them):\n"
        + "\n".join(new)
    )


def test_allow_list_filters_only_what_it_should():
    assert english_words("모델 불러오는 중…", set()) == []
    assert english_words("TensorFlow 2.21 준비됨 · CPU", set()) == []
    assert english_words("mnist-10k.npz, cnn-v2-bn, keras.layers.Conv2D", set()) == []
    assert english_words("Loading the model…", set()) == ["Loading", "the", "model"]
    assert english_words("Digits CNN 불러오는 중", {"Digits CNN"}) == []
    assert english_words("/home/me/models/Digits CNN.keras", {"Digits CNN"}) == []
    assert (
        english_words("BatchNormalization, max(0, s), (dcb|abcd|cba), maxpool[:,:,0]", set()) == []
    )
    assert english_words("Images 폴더", set()) == ["Images"]


def test_every_tab_is_korean_before_and_after_tensorflow(korean_window, qtbot):
    window = korean_window
    names = data_names(window)
    assert window.windowTitle() == "VisionAgent"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "숫자 인식(&D)",
        "사진(&P)",
        "필터(&F)",
        "네트워크 속(&I)",
        "학습(&T)",
    ]
    assert [action.text() for action in window.tab_actions] == [
        "숫자 인식",
        "사진",
        "필터",
        "네트워크 속",
        "학습",
    ]  # View menu
    problems = english_left(window, names)
    if not window.context.is_tf_ready:
        with qtbot.waitSignal(window.context.tf_ready, timeout=180_000):
            pass
    qtbot.waitUntil(lambda: window.breeds_tab.is_ready, timeout=120_000)
    for index in range(window.tabs.count()):  # visit every tab so lazily built pages exist
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    problems += english_left(window, data_names(window))
    problems = sorted(set(problems))
    assert not problems, f"{len(problems)} English texts in the Korean UI:\n" + "\n".join(problems)


def test_tabs_in_use_stay_korean(korean_window, qtbot):
    """Results, not only empty forms: a read digit, every filter option, a finished training run."""
    window = korean_window
    qtbot.waitUntil(lambda: window.context.is_tf_ready, timeout=180_000)
    problems = []

    digits = window.digits_tab
    window.tabs.setCurrentWidget(digits)
    qtbot.waitUntil(lambda: digits.recognize_button.isEnabled(), timeout=60_000)
    helpers.draw(qtbot, digits.canvas, [(0.5, 0.15 + 0.07 * i) for i in range(11)])
    with qtbot.waitSignal(digits.recognized, timeout=60_000):
        qtbot.mouseClick(digits.recognize_button, Qt.MouseButton.LeftButton)
    problems += english_left(digits, data_names(window))

    filters = window.filters_tab
    window.tabs.setCurrentWidget(filters)
    for page in range(filters.pages.count()):
        filters.pages.setCurrentIndex(page)
        for combo in (
            filters.activation_combo,
            filters.pool_combo,
            filters.padding_combo,
            filters.border_combo,
        ):
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                filters.update_now()
                problems += english_left(filters, data_names(window))

    tab = window.training_tab
    window.tabs.setCurrentWidget(tab)
    tab.epochs_spin.setValue(1)
    tab.limit_spin.setValue(300)
    tab.batch_spin.setValue(50)
    with qtbot.waitSignal(tab.run_finished, timeout=120_000):
        qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    problems += english_left(tab, data_names(window) | {tab.result.evaluation_name})
    problems = sorted(set(problems))
    assert not problems, f"{len(problems)} English texts in the Korean UI:\n" + "\n".join(problems)


def test_breed_names_in_korean(korean_window, qtbot):
    window = korean_window
    tab = window.breeds_tab
    qtbot.waitUntil(lambda: tab.is_ready, timeout=240_000)
    window.tabs.setCurrentWidget(tab)
    assert tab.open_path(str(paths.resource("samples", "bullmastiff.jpg")))
    qtbot.waitUntil(lambda: tab.current_result is not None and not tab._runner.busy, timeout=60_000)
    labels = [label for label, _value in tab.bar_chart.bars()]
    assert labels and tab.verdict_label.text().startswith(labels[0])
    assert "불마스티프" in labels, labels
    assert all(not english_words(label, set()) for label in labels), labels
    assert english_left(tab, data_names(window)) == []


def test_language_menu_switches_and_remembers(korean_window, qtbot):
    window = korean_window
    assert window.language_actions["ko"].isChecked()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "보기(&V)")
    language_menu = next(a.menu() for a in view_menu.actions() if a.menu() is not None)
    assert language_menu.title() == "언어(&L)"
    english = window.language_actions["en"]
    assert english in language_menu.actions()
    with qtbot.waitSignal(window.language_change_requested) as blocker:
        english.trigger()
    assert blocker.args == ["en"]
    assert settings.get("ui/language") == "en"
    prompts = [
        box
        for box in window.findChildren(QMessageBox)
        if box.isVisible() and box.windowTitle() == "언어"
    ]
    assert prompts and "다시 시작" in prompts[0].text()
    prompts[0].close()
    from visionagent.app import resolve_language

    assert resolve_language(None) == "en"
    window.language_actions["ko"].trigger()
    assert settings.get("ui/language") == "ko"
    assert resolve_language(None) == "ko"
    assert resolve_language("en") == "en"  # --lang wins over the saved choice


def test_system_locale_decides_by_default(monkeypatch):
    from visionagent.i18n import system_language

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    assert system_language() == "ko"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert system_language() == "en"
    monkeypatch.setenv("LC_ALL", "ko_KR.UTF-8")
    assert system_language() == "ko"


def test_cli_self_test_in_korean(tmp_path):
    out = processes.run_python(
        "-m", "visionagent", "--lang", "ko", "self-test", home=tmp_path, timeout=400
    )
    assert out.returncode == 0, out.stdout + out.stderr
    for index, tab in enumerate(("숫자 인식", "사진", "필터", "네트워크 속", "학습"), start=1):
        assert f"탭 {index}: {tab}\n" in out.stdout
    assert "준비됨" in out.stdout and "자체 점검 통과" in out.stdout


def test_cli_messages_follow_lang(tmp_path):
    """Subcommands print core messages in the --lang language (the Qt translators stay alive)."""
    missing = str(tmp_path / "없는 파일.png")
    out = processes.run_python(
        "-m", "visionagent", "--lang", "ko", "digits", missing, home=tmp_path, timeout=120
    )
    assert out.returncode == 1
    assert "파일을 읽을 수 없습니다" in out.stdout + out.stderr, out.stdout + out.stderr


def test_about_dialog_in_korean(korean_window):
    from visionagent import about
    from visionagent.i18n import translate

    text = korean_window.about_text()
    assert "데이터와 가중치" in text and "합성곱 신경망" in text
    for what, source, _licence in about.SOURCES:
        assert translate("About", what) != what and translate("About", source) != source
        assert html.escape(translate("About", what)) in text


@pytest.mark.parametrize(("lang", "expected"), [("ko_KR.UTF-8", "ko"), ("en_US.UTF-8", "en")])
def test_a_fresh_start_follows_the_system_locale(tmp_path, lang, expected):
    code = (
        "from visionagent.app import create_application; from visionagent.i18n import translate;"
        "app = create_application(); print(app.property('visionagent_language'), "
        "translate('MainWindow', '&File'))"
    )
    out = processes.run_python(
        "-c", code, home=tmp_path, timeout=60, drop=processes.LOCALE_OVERRIDES, LANG=lang
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [expected, "파일(&F)" if expected == "ko" else "&File"]

"""Lessons in the window: File ▸ Open lesson…, drops, the side panel, hidden and locked controls,
the language, File ▸ Save as lesson… and clear messages for bad files."""

from __future__ import annotations

import json

import pytest
from PyQt6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PyQt6.QtGui import QDragEnterEvent, QDropEvent
from PyQt6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from visionagent import settings
from visionagent.core import lessons

POSTAL = lessons.lessons_dir() / "06-postal-codes.json"


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    """The real main window (TensorFlow not loaded) with a user folder of this module only;
    one window for the module keeps the fast tests fast."""
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VISIONAGENT_HOME", str(tmp_path_factory.mktemp("lessons-home")))
        create_application()
        window = MainWindow(load_tensorflow=False)
        window.show()
        yield window
        window.shutdown()
        window.close()
        window.deleteLater()


@pytest.fixture(autouse=True)
def _fresh(window):
    """Each test starts without a lesson, a message box or a dialog left by the one before."""
    yield
    lessons_ = window.lessons
    lessons_.close_lesson()
    for box in (lessons_.error_box, lessons_.save_box):
        if box is not None:
            box.close()
    lessons_.error_box = lessons_.save_box = None
    for box in visible_boxes(window):
        box.close()


def write_lesson(folder, **changes) -> str:
    data = {
        "version": 1,
        "id": "test-lesson",
        "title": "A test lesson",
        "title_ko": "시험 수업",
        "tab": "digits",
        "state": {"boxes": 2},
        "steps": [{"text": "Draw.", "text_ko": "그리세요."}],
    }
    data.update(changes)
    path = folder / f"{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def drop(target, path) -> None:
    """Drag ``path`` over ``target`` and drop it (what a file manager sends)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(QPoint(20, 20), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(
        target, QDropEvent(QPointF(20, 20), *args, Qt.KeyboardModifier.NoModifier)
    )


def file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]


def visible_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


@pytest.mark.slow
def test_open_lesson_from_the_menu_sets_the_tab_shows_steps_and_locks(window, qtbot, monkeypatch):
    digits = window.digits_tab
    window.tabs.setCurrentWidget(window.filters_tab)
    digits.boxes_spin.setValue(3)
    digits.method_combo.setCurrentIndex(digits.method_combo.findData("mnist"))
    digits.live_check.setChecked(False)
    assert "Open &lesson…" in file_menu_texts(window)
    assert "Save as l&esson…" in file_menu_texts(window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(POSTAL), ""))
    )
    window.lessons.open_action.trigger()

    lesson = lessons.load(POSTAL)
    assert window.tabs.currentWidget() is digits
    assert digits.boxes_spin.value() == 5
    assert digits.method == "naive"
    assert digits.live_check.isChecked()
    assert digits.model_combo.current_name() == "digits_cnn"
    assert not digits.boxes_spin.isEnabled()  # "lock": ["boxes"]
    assert digits.method_combo.isEnabled()

    panel = window.lessons.panel
    assert panel.isVisible()
    assert panel.title_label.text() == lesson.title
    assert panel.counter_label.text() == "Step 1 of 4"
    assert panel.text_label.text() == lesson.steps[0].text
    assert lesson.steps[0].question in panel.question_label.text()
    assert not panel.previous_button.isEnabled()
    assert not panel.notes_label.isVisible()  # every key was used

    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.counter_label.text() == "Step 2 of 4"
    assert panel.text_label.text() == lesson.steps[1].text
    assert not panel.answer_label.isVisible()
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    assert panel.answer_label.isVisible()
    assert panel.answer_label.text() == lesson.steps[1].answer
    for _ in range(5):
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.counter_label.text() == "Step 4 of 4" and not panel.next_button.isEnabled()
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.counter_label.text() == "Step 3 of 4"

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert digits.boxes_spin.isEnabled()
    assert window.lessons.lesson is None


def test_a_dropped_lesson_hides_and_locks_and_lists_what_the_tab_cannot_use(
    window, qtbot, tmp_path
):
    digits = window.digits_tab
    path = write_lesson(
        tmp_path,
        state={"boxes": 2, "page": "draw"},
        hide=["live", "preprocessing"],
        lock=["model", "no_such_control"],
    )
    drop(window, path)

    assert window.lessons.error_box is None, window.lessons.error_box.text()
    assert window.lessons.lesson is not None and window.tabs.currentWidget() is digits
    assert digits.boxes_spin.value() == 2
    assert digits.live_check.isHidden() and digits.method_combo.isHidden()
    assert not digits.model_combo.isEnabled()
    assert "Locked by the lesson." in digits.model_combo.toolTip()
    notes = window.lessons.panel.notes()
    assert window.lessons.panel.notes_label.isVisible()
    assert "page" in notes and "no_such_control" in notes

    # the tab manages its controls meanwhile: the lesson's hide and lock hold
    digits.model_combo.setEnabled(True)
    digits.live_check.show()
    qtbot.waitUntil(lambda: not digits.model_combo.isEnabled() and digits.live_check.isHidden())

    window.lessons.panel.close()  # the dock's own ×
    assert window.lessons.lesson is None
    assert not digits.live_check.isHidden() and not digits.method_combo.isHidden()
    assert digits.model_combo.isEnabled()  # what the tab asked for last
    assert "Locked by the lesson." not in digits.model_combo.toolTip()


def test_a_lesson_dropped_on_a_tab_that_takes_pictures_reaches_the_window(window, tmp_path):
    tab = window.filters_tab  # an ImageInput takes drops over the whole tab
    window.tabs.setCurrentWidget(tab)
    drop(tab, write_lesson(tmp_path, id="dropped-on-a-tab", state={"boxes": 4}))
    assert window.lessons.lesson is not None and window.lessons.lesson.id == "dropped-on-a-tab"
    assert window.tabs.currentWidget() is window.digits_tab
    assert window.digits_tab.boxes_spin.value() == 4


def test_a_form_row_is_hidden_with_its_label(qtbot):
    from visionagent.qt.lessons.guard import ControlGuard

    form = QWidget()
    layout = QFormLayout(form)
    spin = QSpinBox()
    layout.addRow("Stride", spin)
    qtbot.addWidget(form)
    form.show()
    label = layout.labelForField(spin)
    guard = ControlGuard()
    assert guard.apply({"stride": spin}, hide=["stride"], lock=[]) == []
    assert spin.isHidden() and label.isHidden()
    guard.release()
    assert not spin.isHidden() and not label.isHidden()


def test_a_lesson_in_another_language_is_saved_for_the_next_start(window, tmp_path, request):
    saved = settings.get("ui/language")  # later tests (the CLI's) start in the saved language
    request.addfinalizer(lambda: settings.set("ui/language", saved))
    current = QApplication.instance().property("visionagent_language") or "en"
    other = "ko" if current == "en" else "en"
    window.lessons.open_file(write_lesson(tmp_path, state={"language": other}))
    assert settings.get("ui/language") == other
    assert window.language_actions[other].isChecked()
    texts = [b.text() for b in visible_boxes(window)]
    assert any("next start" in t or "다음" in t for t in texts), texts
    assert window.lessons.panel.isVisible()


def test_save_as_lesson_round_trips(window, qtbot, tmp_path, monkeypatch):
    digits = window.digits_tab
    window.tabs.setCurrentWidget(digits)
    digits.boxes_spin.setValue(7)
    digits.method_combo.setCurrentIndex(digits.method_combo.findData("naive"))
    digits.live_check.setChecked(False)
    target = tmp_path / "out" / "seven.json"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    window.lessons.save_action.trigger()
    dialog = window.lessons.save_box
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.title_edit.text()  # prefilled
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.title_edit.clear()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()  # a title is needed
    qtbot.keyClicks(dialog.title_edit, "Seven boxes")
    dialog.steps_edit.clear()
    qtbot.keyClicks(dialog.steps_edit, "Write seven digits.")
    qtbot.keyClick(dialog.steps_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.steps_edit, "? How many are read correctly?")
    qtbot.keyClick(dialog.steps_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.steps_edit, "Switch to MNIST-style.")
    combo = dialog.control_combos["boxes"]
    combo.setCurrentIndex(combo.findData("lock"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert target.is_file()

    saved = lessons.load(target)
    assert saved.tab == "digits" and saved.title == "Seven boxes"
    assert saved.state["boxes"] == 7 and saved.state["preprocessing"] == "naive"
    assert saved.state["live"] is False and saved.state["model"] == "digits_cnn"
    assert [s.text for s in saved.steps] == ["Write seven digits.", "Switch to MNIST-style."]
    assert saved.steps[0].question == "How many are read correctly?"
    assert saved.lock == ("boxes",) and saved.hide == ()

    digits.boxes_spin.setValue(2)
    digits.method_combo.setCurrentIndex(digits.method_combo.findData("mnist"))
    digits.live_check.setChecked(True)
    window.tabs.setCurrentWidget(window.training_tab)
    assert window.lessons.open_file(target)
    assert window.tabs.currentWidget() is digits
    now = digits.lesson_state()
    assert {k: now[k] for k in saved.state} == saved.state
    assert not digits.boxes_spin.isEnabled()
    assert window.lessons.panel.text_label.text() == "Write seven digits."

    # saving again while the lesson is open starts from it
    window.lessons.save_action.trigger()
    again = window.lessons.save_box
    assert again.title_edit.text() == "Seven boxes"
    assert again.control_combos["boxes"].currentData() == "lock"
    assert "? How many are read correctly?" in again.steps_edit.toPlainText()
    again.reject()


def test_saving_an_open_lesson_unchanged_keeps_both_languages(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "copy.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    original = lessons.load(POSTAL)
    assert window.lessons.open_file(POSTAL)
    dialog = window.lessons.save_dialog()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = lessons.load(target)
    assert saved.steps == original.steps  # Korean and English texts, questions, answers
    assert (saved.id, saved.title, saved.title_ko) == (
        original.id,
        original.title,
        original.title_ko,
    )
    assert saved.summary_ko == original.summary_ko
    assert saved.lock == original.lock
    # the lesson's own settings are kept; the rest of the tab's state is written as it is now
    assert {key: saved.state[key] for key in original.state} == original.state


def test_a_bad_lesson_file_gets_a_message_naming_it(window, tmp_path):
    (tmp_path / "not-json.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "no-id.json").write_text('{"version": 1}', encoding="utf-8")
    cases = [
        (str(tmp_path / "not-json.json"), "not valid JSON"),
        (str(tmp_path / "no-id.json"), "id must be"),
        (write_lesson(tmp_path, id="typo", state={"bxoes": 3}), "unknown state key 'bxoes'"),
        (write_lesson(tmp_path, id="future", version=9), "newer VisionAgent"),
        (str(tmp_path / "missing.json"), "cannot be read"),
    ]
    for path, problem in cases:
        assert not window.open_path(path)
        box = window.lessons.error_box
        assert box is not None and box.isVisible()
        assert path in box.text() and problem in box.text(), box.text()
        assert "Traceback" not in box.text()
        assert not window.lessons.panel.isVisible() and window.lessons.lesson is None
        box.close()


@pytest.mark.slow
def test_every_shipped_lesson_opens_its_tab(window):
    from visionagent.qt.lessons import check_lessons

    for lesson in lessons.shipped():
        assert window.lessons.open_lesson(lesson), lesson.id
        assert window.tabs.currentWidget() is window.lessons.tab_for(lesson.tab)
        assert window.lessons.panel.counter_label.text().startswith("Step 1 of")
        assert window.lessons.error_box is None
    lines: list[str] = []
    paths = [str(lesson.path) for lesson in lessons.shipped()]
    assert check_lessons(window.lessons, paths, lines.append, lines.append), lines


def test_a_lesson_for_a_tab_this_window_lacks_is_refused_clearly(window, tmp_path, monkeypatch):
    from visionagent.qt.lessons import controller

    monkeypatch.setitem(controller.LESSON_TABS, "photos", ("NoSuchTab",))
    path = write_lesson(tmp_path, tab="photos", state={})
    assert not window.lessons.open_file(path)
    assert "photos" in window.lessons.error_box.text()
    assert "test-lesson.json" in window.lessons.error_box.text()

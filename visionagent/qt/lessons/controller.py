"""Opening and saving lessons in the main window.

:class:`LessonController` owns File ▸ Open lesson… and File ▸ Save as lesson…, the side panel
and the guard that hides and locks controls. It talks to tabs only through the :class:`Tab`
hooks (``lesson_state``, ``apply_lesson_state``, ``lesson_controls``); a tab that does not
implement them yet reports every key as not used, and the panel lists those keys. A lesson's
``language`` is saved for the next start, as View ▸ Language does. :func:`check_lessons` is
what ``visionagent --lesson FILE self-test`` runs.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QObject, Qt, pyqtSignal
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from visionagent.core import lessons
from visionagent.core.lessons import Lesson, LessonError
from visionagent.i18n import LANGUAGES, translate, without_mnemonic
from visionagent.qt.kit.files import open_file_dialog, remember_folder, start_folder
from visionagent.qt.kit.tab import Tab
from visionagent.qt.lessons.drops import WindowDrops
from visionagent.qt.lessons.guard import ControlGuard
from visionagent.qt.lessons.panel import LessonPanel
from visionagent.qt.lessons.save_dialog import SaveLessonDialog

log = logging.getLogger(__name__)

# Which tab class plays which lesson tab, by class name, so this module never imports a tab. A
# tab may also say it itself with a ``lesson_id`` class attribute.
LESSON_TABS = {
    "digits": ("DigitsTab",),
    "photos": ("PhotosTab", "BreedsTab"),
    "filters": ("FiltersTab",),
    "training": ("TrainingTab",),
    "inspect": ("InsideTab", "InspectTab"),
}


def lesson_tab_id(tab: Any) -> str | None:
    """The lesson ``tab`` id of a tab widget (``digits``, ``photos``…), None when it has none."""
    explicit = getattr(type(tab), "lesson_id", None)
    if isinstance(explicit, str) and explicit in LESSON_TABS:
        return explicit
    for cls in type(tab).__mro__:
        for tab_id, names in LESSON_TABS.items():
            if cls.__name__ in names:
                return tab_id
    return None


def implements_lessons(tab: Any) -> bool:
    """True when the tab has its own ``apply_lesson_state`` (not the base class's)."""
    return getattr(type(tab), "apply_lesson_state", None) is not Tab.apply_lesson_state


def ui_language() -> str:
    app = QApplication.instance()
    return (app.property("visionagent_language") if app is not None else None) or "en"


class LessonController(QObject):
    """Lessons in ``window`` (a main window with ``tabs``, ``change_language`` and a status bar).

    ``opened(lesson)`` after a lesson was applied, ``closed()`` when it ends.
    """

    opened = pyqtSignal(object)
    closed = pyqtSignal()

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.lesson: Lesson | None = None
        self.tab: Tab | None = None
        self.state_problems: list[str] = []
        self.control_problems: list[str] = []
        self.apply_error = ""
        self.error_box: QMessageBox | None = None
        self.save_box: SaveLessonDialog | None = None
        self.guard = ControlGuard(self)
        self.panel = LessonPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.close_requested.connect(self.close_lesson)
        from visionagent.qt.dialogs.model_importer import SUFFIXES as MODEL_SUFFIXES

        self.drops = WindowDrops(window, (lessons.SUFFIX, *MODEL_SUFFIXES))

        self.open_action = QAction(translate("LessonController", "Open &lesson…"), self)
        self.open_action.setToolTip(
            translate("LessonController", "Open a lesson file a teacher gave you")
        )
        self.open_action.triggered.connect(self.open_dialog)
        self.save_action = QAction(translate("LessonController", "Save as l&esson…"), self)
        self.save_action.setToolTip(
            translate(
                "LessonController",
                "Write the current tab's settings and your steps as a lesson file",
            )
        )
        self.save_action.triggered.connect(self.save_dialog)

    # ------------------------------------------------------------------ tabs
    def tab_for(self, tab_id: str) -> Tab | None:
        """The window's tab that plays lesson tab ``tab_id``."""
        for tab in self.window.tab_widgets():
            if lesson_tab_id(tab) == tab_id:
                return tab
        return None

    @property
    def notes(self) -> list[str]:
        return self.state_problems + self.control_problems

    # ------------------------------------------------------------------ opening
    @staticmethod
    def can_open(path: str) -> bool:
        """Whether ``path`` looks like a lesson (a ``.json`` file; the rest is checked on load)."""
        return Path(path).suffix.lower() == lessons.SUFFIX

    def open_dialog(self) -> None:
        path = open_file_dialog(
            self.window,
            translate("LessonController", "Open lesson"),
            translate("LessonController", "Lessons ({patterns})").format(
                patterns="*" + lessons.SUFFIX
            ),
            fallback=lessons.lessons_dir(),
        )
        if path:
            self.open_file(path)

    def open_file(self, name: str | Path) -> bool:
        """Open a lesson file (or a shipped lesson by id); a bad one gets a clear message."""
        try:
            lesson = lessons.find(str(name))
        except LessonError as exc:
            self.show_error(str(exc))
            return False
        return self.open_lesson(lesson)

    def open_lesson(self, lesson: Lesson, save_language: bool = True) -> bool:
        """Switch to the lesson's tab, apply its state, hide and lock, show the steps."""
        tab = self.tab_for(lesson.tab)
        if tab is None:
            where = lesson.path or lesson.id
            self.show_error(
                str(
                    LessonError(
                        where,
                        translate(
                            "LessonController",
                            "it needs the {tab} tab, which this window does not have.",
                        ).format(tab=lesson.tab),
                    )
                )
            )
            return False
        self.close_lesson()
        self.window.tabs.setCurrentWidget(tab)
        state = dict(lesson.state)
        language = state.pop("language", None)
        photo = state.get("photo")
        if isinstance(photo, str) and photo != "example-8-1":
            if not any(s.id == photo for s in _samples()):
                state["photo"] = str(lesson.photo_path())  # relative to the lesson's folder
        self.apply_error = ""
        try:
            self.state_problems = list(tab.apply_lesson_state(state)) if state else []
        except Exception as exc:  # a tab's bug must not take the window down
            log.exception("the %s tab could not apply lesson %s", lesson.tab, lesson.id)
            self.apply_error = f"{type(exc).__name__}: {exc}"
            self.state_problems = [
                translate(
                    "LessonController", "the tab could not apply the settings ({error})."
                ).format(error=self.apply_error)
            ]
        missing = self.guard.apply(tab.lesson_controls(), lesson.hide, lesson.lock)
        self.control_problems = [
            translate("LessonController", "{name}: no such control to hide or lock").format(
                name=name
            )
            for name in missing
        ]
        self.lesson, self.tab = lesson, tab
        current = ui_language()
        self.panel.set_lesson(lesson, current, self.notes)
        self.panel.show()
        self.panel.raise_()
        log.info("lesson %s opened (%s) in the %s tab", lesson.id, lesson.path, lesson.tab)
        for line in self.notes:
            log.info("lesson %s: %s", lesson.id, line)
        if language and language != current:
            if save_language:
                self._switch_language(language)
            else:
                log.info("lesson %s asks for language %s (not saved)", lesson.id, language)
        self.window.statusBar().showMessage(
            translate("LessonController", "Lesson opened: {title}").format(
                title=lesson.title_in(current)
            ),
            5000,
        )
        self.opened.emit(lesson)
        return True

    def _switch_language(self, code: str) -> None:
        """Save the lesson's language for the next start (the window says so)."""
        action = getattr(self.window, "language_actions", {}).get(code)
        if action is not None:
            action.setChecked(True)
        self.window.change_language(code)
        self.window.statusBar().showMessage(
            translate(
                "LessonController", "The lesson is in {language}: it is used from the next start."
            ).format(language=LANGUAGES.get(code, code)),
            10000,
        )

    def close_lesson(self) -> None:
        """End the lesson: the hidden and locked controls come back, the panel goes."""
        self.guard.release()
        had = self.lesson is not None
        self.lesson, self.tab = None, None
        self.state_problems, self.control_problems = [], []
        self.panel.clear()
        self.panel.hide()
        if had:
            self.closed.emit()

    def show_error(self, text: str, title: str | None = None) -> None:
        """One clear message (never a traceback); the window goes on."""
        log.warning("%s", text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title or translate("LessonController", "Lesson not opened"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.error_box = box
        box.open()

    # ------------------------------------------------------------------ saving
    def save_dialog(self) -> SaveLessonDialog | None:
        """Ask for a title and steps for the current tab's state (the dialog is returned)."""
        tab = self.window.tabs.currentWidget()
        tab_id = lesson_tab_id(tab)
        tab_name = without_mnemonic(self.window.tabs.tabText(self.window.tabs.currentIndex()))
        if tab_id is None:
            self.show_error(
                translate("LessonController", "The {tab} tab cannot be saved as a lesson.").format(
                    tab=tab_name
                ),
                translate("LessonController", "Lesson not saved"),
            )
            return None
        known = set(lessons.state_keys(tab_id))
        state, dropped = {}, []
        for key, value in tab.lesson_state().items():
            if key not in known:
                dropped.append(key)
            elif value is not None:  # no model chosen: the lesson keeps the student's
                state[key] = value
        dialog = SaveLessonDialog(
            tab_id,
            tab_name,
            state,
            sorted(tab.lesson_controls()),
            dropped,
            ui_language(),
            prefill=self.lesson,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._save(dialog))
        self.save_box = dialog
        dialog.open()
        return dialog

    def _save(self, dialog: SaveLessonDialog) -> Path | None:
        lesson = dialog.lesson()
        if lesson is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("LessonController", "Save lesson"),
            str(Path(start_folder()) / f"{lesson.id}{lessons.SUFFIX}"),
            translate("LessonController", "Lessons ({patterns})").format(
                patterns="*" + lessons.SUFFIX
            ),
        )
        if not path:
            return None
        try:
            written = lessons.save(lesson, path)
        except (LessonError, OSError) as exc:
            text = str(exc) if isinstance(exc, LessonError) else f"{path}: {exc.strerror or exc}"
            self.show_error(text, translate("LessonController", "Lesson not saved"))
            return None
        remember_folder(written)
        self.window.statusBar().showMessage(
            translate("LessonController", "Lesson saved: {file}").format(file=str(written)), 8000
        )
        log.info("lesson saved to %s", written)
        return written


def _samples():
    from visionagent.core.samples import SAMPLES

    return SAMPLES


def unreadable_lessons(names: Iterable[str], warn: Callable[[str], None] | None = None) -> int:
    """How many of ``names`` cannot be read as lessons (each one said in one line)."""
    warn = warn or (lambda text: print(text, file=sys.stderr, flush=True))
    bad = 0
    for name in names:
        try:
            lessons.find(name)
        except LessonError as exc:
            warn(str(exc))
            bad += 1
    return bad


def check_lessons(
    controller: LessonController,
    names: Iterable[str],
    echo: Callable[[str], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> bool:
    """Open each lesson in turn (``visionagent --lesson FILE self-test``); True when all opened.

    A lesson fails when it cannot be read, its tab is missing, the tab raises, a tab that
    implements the lesson hooks refuses one of its settings, or a hidden/locked control is not.
    Settings of tabs without the hooks yet are listed, not counted as failures.
    """
    echo = echo or (lambda text: print(text, flush=True))
    warn = warn or (lambda text: print(text, file=sys.stderr, flush=True))
    ok = True
    for name in names:
        try:
            lesson = lessons.find(name)
        except LessonError as exc:
            warn(str(exc))
            ok = False
            continue
        tab = controller.tab_for(lesson.tab)
        if tab is None:
            warn(
                str(
                    LessonError(
                        lesson.path or name,
                        translate(
                            "LessonController",
                            "it needs the {tab} tab, which this window does not have.",
                        ).format(tab=lesson.tab),
                    )
                )
            )
            ok = False
            continue
        controller.open_lesson(lesson, save_language=False)
        panel = controller.panel
        echo(
            translate(
                "LessonController",
                "lesson {id}: opened in the {tab} tab, step {number} of {count} shown",
            ).format(id=lesson.id, tab=lesson.tab, number=panel.step + 1, count=panel.step_count)
        )
        strict = implements_lessons(tab)
        for line in controller.state_problems:
            (warn if strict else echo)(
                translate("LessonController", "lesson {id}: not used: {line}").format(
                    id=lesson.id, line=line
                )
            )
        for line in controller.control_problems:
            echo(
                translate("LessonController", "lesson {id}: {line}").format(id=lesson.id, line=line)
            )
        controls = tab.lesson_controls()
        wrong = [n for n in controller.guard.hidden if not controls[n].isHidden()]
        wrong += [n for n in controller.guard.locked if controls[n].isEnabled()]
        if wrong:
            warn(
                translate(
                    "LessonController", "lesson {id}: still shown or changeable: {names}"
                ).format(id=lesson.id, names=", ".join(wrong))
            )
        if controller.apply_error or wrong or (strict and controller.state_problems):
            ok = False
    return ok

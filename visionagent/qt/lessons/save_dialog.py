"""File ▸ Save as lesson…: a title, the steps, and which controls to hide or lock.

The state comes from the tab (``Tab.lesson_state``); the teacher only writes the words. Steps are
typed one per line; a line starting with ``?`` is the question of the step above and one starting
with ``=`` its answer. The texts go into both languages of the file (a Korean teacher writes
Korean, which the panel then shows in both).
"""

from __future__ import annotations

import json
from typing import Any

from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import lessons
from visionagent.core.lessons import Lesson, LessonError, Step
from visionagent.qt.kit.tab import ERROR_COLOUR, WARNING_COLOUR

SHOW, LOCK, HIDE = "show", "lock", "hide"


def steps_from_text(text: str) -> list[Step]:
    """Steps from the dialog's text: one per line, ``?`` question and ``=`` answer lines."""
    found: list[dict[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line[0] in "?=" and found:
            key = "question" if line[0] == "?" else "answer"
            value = line[1:].strip()
            found[-1][key] = f"{found[-1][key]} {value}".strip() if found[-1].get(key) else value
        else:
            found.append({"text": line.lstrip("?=").strip(), "question": "", "answer": ""})
    return [
        Step(s["text"], s["text"], s["question"], s["question"], s["answer"], s["answer"])
        for s in found
        if s["text"]
    ]


def text_from_steps(steps, language: str) -> str:
    """The dialog's text for ``steps`` (the inverse of :func:`steps_from_text`)."""
    lines = []
    for step in steps:
        texts = step.in_language(language)
        lines.append(texts["text"].replace("\n", " "))
        if texts["question"]:
            lines.append("? " + texts["question"].replace("\n", " "))
        if texts["answer"]:
            lines.append("= " + texts["answer"].replace("\n", " "))
    return "\n".join(lines)


class SaveLessonDialog(QDialog):
    """Asks for a title and steps; :meth:`lesson` builds the checked lesson."""

    def __init__(
        self,
        tab_id: str,
        tab_name: str,
        state: dict[str, Any],
        controls: list[str],
        dropped: list[str],
        language: str,
        prefill: Lesson | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as lesson"))
        self.tab_id = tab_id
        self.state = dict(state)
        self.language = language
        self._lesson: Lesson | None = None
        self._source: Lesson | None = None  # the open lesson the fields started from
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What the students will do"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.steps_edit = QPlainTextEdit()
        self.steps_edit.setPlaceholderText(
            self.tr(
                "One step per line.\n? a question for the step above\n= its answer (shown on "
                "request)"
            )
        )
        self.steps_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Steps"), self.steps_edit)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "One step per line; a line starting with ? is the question of the step above, one "
                "starting with = its answer. The texts are used for both languages."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.state_label = QLabel(
            self.tr("Settings saved from the {tab} tab: {settings}").format(
                tab=tab_name,
                settings=", ".join(
                    f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in self.state.items()
                )
                or self.tr("none (this tab does not describe its settings yet)"),
            )
        )
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.dropped_label = QLabel(
            self.tr("Not saved (the lesson format has no such setting): {keys}").format(
                keys=", ".join(dropped)
            )
        )
        self.dropped_label.setWordWrap(True)
        self.dropped_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.dropped_label.setVisible(bool(dropped))
        layout.addWidget(self.dropped_label)

        self.control_combos: dict[str, QComboBox] = {}
        if controls:
            box = QGroupBox(self.tr("Controls during the lesson"))
            grid = QGridLayout()
            for index, name in enumerate(controls):
                combo = QComboBox()
                combo.addItem(self.tr("shown"), SHOW)
                combo.addItem(self.tr("locked"), LOCK)
                combo.addItem(self.tr("hidden"), HIDE)
                combo.setObjectName(f"control:{name}")
                self.control_combos[name] = combo
                row, column = divmod(index, 2)
                grid.addWidget(QLabel(name), row, 2 * column)
                grid.addWidget(combo, row, 2 * column + 1)
            inner = QWidget()
            inner.setLayout(grid)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(inner)
            scroll.setMaximumHeight(220)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(scroll)
            layout.addWidget(box)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._prefill(tab_name, prefill)
        self.resize(560, 520)

    def _prefill(self, tab_name: str, prefill: Lesson | None) -> None:
        if prefill is not None and prefill.tab == self.tab_id:
            self._source = prefill
            self.title_edit.setText(prefill.title_in(self.language))
            self.steps_edit.setPlainText(text_from_steps(prefill.steps, self.language))
            for name in prefill.lock:
                self.set_control(name, LOCK)
            for name in prefill.hide:
                self.set_control(name, HIDE)
        else:
            self.title_edit.setText(self.tr("My lesson: {tab}").format(tab=tab_name))
            self.steps_edit.setPlainText(
                self.tr("Look at the settings.\n? What do you expect to see?\nTry it.")
            )
        self.title_edit.selectAll()

    def set_control(self, name: str, mode: str) -> None:
        combo = self.control_combos.get(name)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(mode))

    def controls_in(self, mode: str) -> list[str]:
        return [name for name, combo in self.control_combos.items() if combo.currentData() == mode]

    # ------------------------------------------------------------------ result
    def build(self) -> Lesson:
        """The lesson from the fields; :class:`LessonError` when something is missing or wrong."""
        title = self.title_edit.text().strip()
        if not title:
            raise LessonError(self.tr("the new lesson"), self.tr("the title is empty."))
        steps = steps_from_text(self.steps_edit.toPlainText())
        if not steps:
            raise LessonError(self.tr("the new lesson"), self.tr("write at least one step."))
        source, extra = self._source, {}
        title_en = title_ko = title
        if source is not None:  # what the teacher left as it was keeps both languages
            if title == source.title_in(self.language):
                title_en, title_ko = source.title, source.title_ko
                extra = {
                    "lesson_id": source.id,
                    "summary": source.summary,
                    "summary_ko": source.summary_ko,
                }
            if self.steps_edit.toPlainText() == text_from_steps(source.steps, self.language):
                steps = list(source.steps)
        return lessons.make_lesson(
            self.tab_id,
            self.state,
            title_en,
            title_ko,
            steps=steps,
            hide=self.controls_in(HIDE),
            lock=self.controls_in(LOCK),
            **extra,
        )

    def lesson(self) -> Lesson | None:
        """The lesson built when the dialog was accepted."""
        return self._lesson

    def accept(self) -> None:
        try:
            self._lesson = self.build()
        except LessonError as exc:
            self.error_label.setText(exc.problem)
            self.error_label.show()
            return
        super().accept()

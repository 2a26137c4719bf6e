"""The lesson's side panel: title, numbered steps with questions, what the tab could not use.

It only shows and asks: ``close_requested`` when the student closes the lesson (the button or
the dock's ×); the controller gives the hidden and locked controls back.
"""

from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from visionagent.core.lessons import Lesson
from visionagent.qt.kit.tab import WARNING_COLOUR


def _wrapping_label(object_name: str, selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LessonPanel(QDockWidget):
    """A dock that walks through a lesson's steps (texts in ``language``: ``en`` or ``ko``)."""

    close_requested = pyqtSignal()
    step_changed = pyqtSignal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LessonPanel")
        self.setWindowTitle(self.tr("Lesson"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.lesson: Lesson | None = None
        self.language = "en"
        self.step = 0
        self._build()

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title_label = _wrapping_label("lessonTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.summary_label = _wrapping_label("lessonSummary")
        self.chapter_label = _wrapping_label("lessonChapter")
        self.counter_label = QLabel()
        counter_font = self.counter_label.font()
        counter_font.setBold(True)
        self.counter_label.setFont(counter_font)
        self.text_label = _wrapping_label("stepText")
        self.question_label = _wrapping_label("stepQuestion")
        question_font = self.question_label.font()
        question_font.setItalic(True)
        self.question_label.setFont(question_font)
        self.answer_button = QPushButton(self.tr("Show the answer"))
        self.answer_label = _wrapping_label("stepAnswer")
        self.notes_label = _wrapping_label("lessonNotes")
        self.notes_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        for widget in (
            self.title_label,
            self.summary_label,
            self.chapter_label,
            self.counter_label,
            self.text_label,
            self.question_label,
            self.answer_button,
            self.answer_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.notes_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.close_button = QPushButton(self.tr("Close lesson"))
        self.close_button.setToolTip(
            self.tr("End the lesson: hidden and locked controls come back.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        outer_widget = QWidget()
        outer = QVBoxLayout(outer_widget)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        outer.addWidget(self.close_button)
        self.setWidget(outer_widget)
        self.setMinimumWidth(260)

        self.previous_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.step + 1))
        self.answer_button.clicked.connect(self._show_answer)
        self.close_button.clicked.connect(self.close_requested.emit)

    # ------------------------------------------------------------------ content
    def set_lesson(self, lesson: Lesson, language: str, notes: list[str]) -> None:
        """Show ``lesson`` from its first step; ``notes`` are lines about what was not used."""
        self.lesson = lesson
        self.language = language
        self.title_label.setText(lesson.title_in(language))
        summary = lesson.summary_in(language)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self.chapter_label.setText(
            self.tr("Textbook: {chapter}").format(chapter=lesson.chapter) if lesson.chapter else ""
        )
        self.chapter_label.setVisible(bool(lesson.chapter))
        self.set_notes(notes)
        self.show_step(0)

    def set_notes(self, notes: list[str]) -> None:
        if notes:
            self.notes_label.setText(
                self.tr("Not used by this tab:") + "".join(f"\n• {line}" for line in notes)
            )
        else:
            self.notes_label.clear()
        self.notes_label.setVisible(bool(notes))

    def notes(self) -> str:
        return self.notes_label.text()

    @property
    def step_count(self) -> int:
        return len(self.lesson.steps) if self.lesson else 0

    def show_step(self, index: int) -> None:
        """Show step ``index`` (0-based, clamped), its question, and the answer hidden."""
        if self.lesson is None:
            return
        self.step = max(0, min(self.step_count - 1, index))
        texts = self.lesson.steps[self.step].in_language(self.language)
        self.counter_label.setText(
            self.tr("Step {number} of {count}").format(number=self.step + 1, count=self.step_count)
        )
        self.text_label.setText(texts["text"])
        self.question_label.setText(
            self.tr("Question: {question}").format(question=texts["question"])
            if texts["question"]
            else ""
        )
        self.question_label.setVisible(bool(texts["question"]))
        self.answer_label.setText(texts["answer"])
        self.answer_label.hide()
        self.answer_button.setVisible(bool(texts["answer"]))
        self.previous_button.setEnabled(self.step > 0)
        self.next_button.setEnabled(self.step < self.step_count - 1)
        self.step_changed.emit(self.step)

    def _show_answer(self) -> None:
        self.answer_label.show()
        self.answer_button.hide()

    def clear(self) -> None:
        """Forget the lesson (closing the dock then ends nothing more)."""
        self.lesson = None

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        """The dock's own × ends the lesson too."""
        super().closeEvent(event)
        if self.lesson is not None:
            self.close_requested.emit()

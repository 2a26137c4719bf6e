"""File ▸ Open model…: what was found in a model file, and the questions only a person can answer.

The core (:func:`visionagent.core.model_import.inspect_file`) has checked the file and guessed
the task, the class names and the preprocessing; this dialog shows the guesses and lets the
student correct them. :meth:`ImportModelDialog.answers` gives what ``import_model`` needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from visionagent.core.model_import import PREPROCESSINGS, Inspection, safe_name
from visionagent.core.registry import TASKS, ModelError, ModelRegistry
from visionagent.i18n import QT_TRANSLATE_NOOP, translate
from visionagent.qt.kit.tab import ERROR_COLOUR, WARNING_COLOUR

TASK_LABELS = {
    "digits": QT_TRANSLATE_NOOP("ImportModelDialog", "handwritten digits (the Digits tab)"),
    "breeds": QT_TRANSLATE_NOOP("ImportModelDialog", "dog breeds (the photo tab)"),
    "imagenet": QT_TRANSLATE_NOOP("ImportModelDialog", "photos, the 1000 ImageNet classes"),
    "classifier": QT_TRANSLATE_NOOP("ImportModelDialog", "pictures, classes of your own"),
}


def free_name(wanted: str, taken: set[str]) -> str:
    """``wanted`` made a safe file name, with ``_2``, ``_3``… when the name is taken."""
    base = safe_name(wanted)
    name, number = base, 2
    while name in taken:
        name = f"{base}_{number}"
        number += 1
    return name


class ImportModelDialog(QDialog):
    """Shows an :class:`Inspection` and asks for the name, task, class names, preprocessing."""

    def __init__(self, found: Inspection, registry: ModelRegistry, parent: QWidget | None = None):
        super().__init__(parent)
        self.found = found
        self.registry = registry
        self.setWindowTitle(self.tr("Import a model"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The model was checked: it contains no code and Keras loads it safely. Confirm or "
                "correct what VisionAgent guessed; the model is then copied into your models "
                "folder and appears in every tab that can use it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        facts = QFormLayout()
        shape = "×".join(str(d) for d in found.input_shape)
        self.file_label = QLabel(str(found.path))
        self.file_label.setWordWrap(True)
        self.shape_label = QLabel(shape)
        self.classes_label = QLabel(str(found.num_classes))
        output = (
            self.tr("probabilities (softmax)")
            if found.outputs_probabilities
            else self.tr("scores (logits)")
        )
        facts.addRow(self.tr("File"), self.file_label)
        facts.addRow(self.tr("Input"), self.shape_label)
        facts.addRow(self.tr("Classes"), self.classes_label)
        facts.addRow(self.tr("Parameters"), QLabel(f"{found.parameters:,}"))
        facts.addRow(self.tr("Output"), QLabel(output))
        layout.addLayout(facts)
        if found.notes:
            notes = QLabel("\n".join(found.notes))
            notes.setWordWrap(True)
            notes.setStyleSheet(f"color: {WARNING_COLOUR};")
            layout.addWidget(notes)

        form = QFormLayout()
        self.name_edit = QLineEdit(free_name(found.path.stem, set(registry.names())))
        self.name_edit.setToolTip(
            self.tr("The file name in your models folder (letters, digits, _ . -)")
        )
        form.addRow(self.tr("Name"), self.name_edit)
        self.task_combo = QComboBox()
        for task in TASKS:
            self.task_combo.addItem(
                translate("ImportModelDialog", TASK_LABELS.get(task, task)), task
            )
        self.task_combo.setCurrentIndex(max(0, self.task_combo.findData(found.task)))
        form.addRow(self.tr("Task"), self.task_combo)
        self.preprocessing_combo = QComboBox()
        for key, text in PREPROCESSINGS.items():
            self.preprocessing_combo.addItem(translate("ModelImport", text), key)
        self.preprocessing_combo.setCurrentIndex(
            max(0, self.preprocessing_combo.findData(found.preprocessing))
        )
        form.addRow(self.tr("Input values"), self.preprocessing_combo)
        self.classes_edit = QPlainTextEdit("\n".join(found.class_names))
        self.classes_edit.setTabChangesFocus(True)
        self.classes_edit.setToolTip(
            self.tr(
                "One name per line, in the order of the model's outputs ({count} lines)"
            ).format(count=found.num_classes)
        )
        form.addRow(self.tr("Class names"), self.classes_edit)
        layout.addLayout(form)
        self.replace_check = QCheckBox(self.tr("Replace my model of the same name"))
        self.replace_check.hide()
        layout.addWidget(self.replace_check)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.task_combo.currentIndexChanged.connect(self._on_task_changed)
        self.name_edit.textChanged.connect(lambda _text: self.replace_check.hide())
        self.resize(520, 560)

    # ------------------------------------------------------------------ answers
    @property
    def name(self) -> str:
        return safe_name(self.name_edit.text())

    @property
    def task(self) -> str:
        return self.task_combo.currentData()

    @property
    def preprocessing(self) -> str:
        return self.preprocessing_combo.currentData()

    def class_names(self) -> list[str]:
        return [
            line.strip() for line in self.classes_edit.toPlainText().splitlines() if line.strip()
        ]

    def answers(self) -> dict[str, Any]:
        """Keyword arguments for :func:`~visionagent.core.model_import.import_model`."""
        return {
            "name": self.name,
            "task": self.task,
            "class_names": self.class_names(),
            "preprocessing": self.preprocessing,
            "overwrite": self.replace_check.isChecked(),
        }

    def _on_task_changed(self, _index: int) -> None:
        if self.task == "digits" and self.found.num_classes == 10:
            self.classes_edit.setPlainText("\n".join(str(d) for d in range(10)))
            self.preprocessing_combo.setCurrentIndex(self.preprocessing_combo.findData("mnist"))

    def _user_folder(self) -> Path | None:
        return next(iter(sorted(self.registry.user_folders)), None)

    def problem(self) -> str:
        """Why the answers cannot be used yet ("" when they can)."""
        name = self.name
        info = self.registry.info(name) if name in self.registry.names() else None
        if info is not None and not info.user:
            return self.tr(
                "A model shipped with VisionAgent is called {name}; choose another name."
            ).format(name=name)
        folder = self._user_folder()
        exists = folder is not None and (
            (folder / f"{name}.keras").exists() or (folder / f"{name}.json").exists()
        )
        if exists and not self.replace_check.isChecked():
            self.replace_check.show()
            return self.tr(
                "You already have a model called {name}. Choose another name, or tick Replace."
            ).format(name=name)
        try:
            self.found.metadata(self.task, self.class_names(), self.preprocessing)
        except ModelError as exc:
            return f"{exc.problem} {exc.remedy}"
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

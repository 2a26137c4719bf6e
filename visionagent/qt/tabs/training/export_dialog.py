"""Export… : one of your saved models as TFLite (float, INT8), a SavedModel or a Keras program.

The dialog only asks (model, formats, folder) and shows: the tab runs
:func:`visionagent.core.export.export_model` in a worker and hands each
:class:`~visionagent.core.export.ExportReport` back, whose size and agreement with Keras are
listed as they arrive.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QUrl, pyqtSignal
from PyQt6.QtGui import QDesktopServices
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from visionagent import paths
from visionagent.core.export import FORMAT_LABELS, FORMATS, ExportReport
from visionagent.core.registry import ModelRegistry
from visionagent.i18n import translate
from visionagent.qt.kit.image_input import open_folder_dialog
from visionagent.qt.kit.model_picker import short_label

CHECKED = ("tflite", "tflite-int8")


class ExportDialog(QDialog):
    """``export_requested(model, formats, folder)``; ``cancel_requested`` while exporting."""

    export_requested = pyqtSignal(str, list, str)
    cancel_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a model"))
        self.busy = False
        self.wanted = 0
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.model_combo = QComboBox()
        form.addRow(self.tr("Model"), self.model_combo)
        self.format_checks: dict[str, QCheckBox] = {}
        formats = QVBoxLayout()
        for fmt in FORMATS:
            check = QCheckBox(translate("Export", FORMAT_LABELS[fmt]))
            check.setChecked(fmt in CHECKED)
            formats.addWidget(check)
            self.format_checks[fmt] = check
        form.addRow(self.tr("Formats"), formats)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(paths.user_data_dir() / "exports"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form.addRow(self.tr("Folder"), folder_row)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(
            self.tr(
                "Each export is checked after writing: its size, and how often it gives the "
                "same answer as the Keras model on sample inputs."
            )
        )
        layout.addWidget(self.report_view, 1)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self._on_export)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.close)
        self.browse_button.clicked.connect(self._browse)
        self.resize(620, 460)

    def follow(self, runner) -> None:
        """Show what the tab's export ``runner`` reports (its reports, end and failure)."""
        self.cancel_requested.connect(runner.cancel)
        runner.partial.connect(self.add_item)
        runner.finished.connect(self.finish)
        runner.failed.connect(self.fail)

    # ------------------------------------------------------------------ asked
    def set_models(self, registry: ModelRegistry, selected: str | None) -> None:
        """The user's saved models; ``selected`` (the last run's, once saved) first chosen."""
        infos = [info for info in registry.infos() if info.user]
        self.model_combo.clear()
        for info in infos:
            self.model_combo.addItem(short_label(info), info.name)
        if not infos:
            self.model_combo.addItem(self.tr("No saved model yet: save a run first"), None)
        index = self.model_combo.findData(selected) if selected else -1
        self.model_combo.setCurrentIndex(max(0, index))
        self._update_buttons()

    def formats(self) -> list[str]:
        return [fmt for fmt, check in self.format_checks.items() if check.isChecked()]

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def _browse(self) -> None:
        folder = open_folder_dialog(self, self.tr("Export into this folder"))
        if folder:
            self.folder_edit.setText(folder)

    def _on_export(self) -> None:
        name = self.model_combo.currentData()
        if not name or not self.formats() or not self.folder():
            self.report_view.appendPlainText(
                self.tr("Choose a model, at least one format and a folder.")
            )
            return
        self.wanted = len(self.formats())
        self.export_requested.emit(name, self.formats(), self.folder())

    def open_folder(self) -> None:
        folder = Path(self.folder())
        if folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ shown
    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.progress.setRange(0, 0)
            self.report_view.appendPlainText(
                self.tr("Exporting {model}…").format(model=self.model_combo.currentText())
            )
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self.busy and bool(self.model_combo.currentData()))
        self.model_combo.setEnabled(not self.busy)
        for check in self.format_checks.values():
            check.setEnabled(not self.busy)

    def add_item(self, item: ExportReport | tuple[str, str]) -> None:
        """One export done: its report, or ``(format, message)`` when it failed."""
        if isinstance(item, ExportReport):
            self.report_view.appendPlainText("\n".join(item.lines()) + "\n")
        else:
            self.add_problem(item[1])

    def add_problem(self, message: str) -> None:
        self.report_view.appendPlainText(message + "\n")

    def fail(self, message: str) -> None:
        self.add_problem(message)
        self.set_busy(False)

    def finish(self, written: int) -> None:
        self.set_busy(False)
        self.report_view.appendPlainText(
            self.tr("{done} of {wanted} exports written.").format(done=written, wanted=self.wanted)
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.busy:
            self.cancel_requested.emit()
        super().closeEvent(event)

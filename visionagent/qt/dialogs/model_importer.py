"""Your own model in: File ▸ Open model… and ``.keras``/``.h5`` files dropped on the window.

The file is checked and loaded safely in a worker (:func:`~visionagent.core.model_import.
inspect_file`; it may import TensorFlow), the :class:`ImportModelDialog` asks what could not be
guessed, and the copy into the user models folder runs in a worker too. The registry is then
rescanned (``AppContext.refresh_models``), so every model list shows the new model, and the
pickers of its task switch to it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PyQt6.QtCore import QObject
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QMainWindow, QMessageBox

from visionagent.core import model_import
from visionagent.i18n import translate
from visionagent.qt.context import AppContext
from visionagent.qt.dialogs.import_model import ImportModelDialog
from visionagent.qt.kit.files import open_file_dialog
from visionagent.qt.kit.jobs import TaskRunner

log = logging.getLogger(__name__)
SUFFIXES = (".keras", ".h5", ".hdf5")


def _inspect(state, path):
    return model_import.inspect_file(path)


def _import(state, found, folder, answers):
    return model_import.import_model(found, folder=folder, **answers)


class ModelImporter(QObject):
    """Opens a model file, asks with :class:`ImportModelDialog`, imports it."""

    def __init__(self, window: QMainWindow, context: AppContext):
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialog: ImportModelDialog | None = None
        self.error_box: QMessageBox | None = None
        self.imported: list[str] = []
        self._inspecting = TaskRunner(self)
        self._inspecting.finished.connect(self._on_inspected)
        self._inspecting.failed.connect(self.show_error)
        self._importing = TaskRunner(self)
        self._importing.finished.connect(self._on_imported)
        self._importing.failed.connect(self.show_error)
        self.open_action = QAction(translate("ModelImporter", "Open mo&del…"), self)
        self.open_action.setToolTip(
            translate("ModelImporter", "Bring in a Keras model trained elsewhere (.keras or .h5)")
        )
        self.open_action.triggered.connect(self.open_dialog)

    @staticmethod
    def can_open(path: str) -> bool:
        return Path(path).suffix.lower() in SUFFIXES

    @property
    def busy(self) -> bool:
        return self._inspecting.busy or self._importing.busy

    def open_dialog(self) -> None:
        path = open_file_dialog(
            self.window,
            translate("ModelImporter", "Open model"),
            translate("ModelImporter", "Keras models ({patterns})").format(
                patterns=" ".join("*" + s for s in SUFFIXES)
            ),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Check ``path`` in the background; the dialog follows (or a clear message)."""
        self.window.statusBar().showMessage(
            translate("ModelImporter", "Checking the model {file}…").format(file=Path(path).name)
        )
        self._inspecting.start(_inspect, path)
        return True

    def _on_inspected(self, found: model_import.Inspection) -> None:
        self.window.statusBar().clearMessage()
        dialog = ImportModelDialog(found, self.context.registry, self.window)
        dialog.accepted.connect(lambda: self._start_import(dialog))
        self.dialog = dialog
        dialog.open()

    def _start_import(self, dialog: ImportModelDialog) -> None:
        folder = next(iter(sorted(self.context.registry.user_folders)), None)
        self._importing.start(_import, dialog.found, folder, dialog.answers())

    def _on_imported(self, info) -> None:
        self.imported.append(info.name)
        self.context.refresh_models()
        self.context.model_selected.emit(info.task, info.name)
        self.window.statusBar().showMessage(
            translate(
                "ModelImporter",
                "Model {name} imported into {folder}; every tab that can use it lists it.",
            ).format(name=info.name, folder=str(info.keras_path.parent)),
            10000,
        )
        log.info("imported model %s from %s", info.name, info.provenance.get("imported_from"))

    def show_error(self, message: str) -> None:
        """One clear message naming the file and the problem (a Lambda model, a bad file)."""
        self.window.statusBar().clearMessage()
        log.warning("model not imported: %s", message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ModelImporter", "Model not imported"),
            message,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.error_box = box
        box.open()

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        return all([r.shutdown(timeout_ms) for r in (self._inspecting, self._importing)])

"""Folder mode: every photo of a folder as a sortable row, rows arriving as they are recognised.

The page shows rows, writes them as CSV (Export CSV…) and emits ``stop_requested`` and
``photo_activated(path)`` (a double-clicked row); the tab runs the job.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QIcon, QPixmap
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import breeds
from visionagent.core.images import list_images
from visionagent.i18n import percent
from visionagent.qt.kit.files import start_folder
from visionagent.qt.kit.images import to_qimage
from visionagent.qt.tabs.photos.jobs import BREEDS, write_csv
from visionagent.qt.tabs.photos.result_view import ui_language

THUMBNAIL = 64
UNSURE = QColor(200, 110, 0)


class _NumberItem(QTableWidgetItem):
    """A cell shown as text but sorted by a number."""

    def __init__(self, text: str, value: float):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return super().__lt__(other)


class FolderPage(QWidget):
    """A table of a folder run (breeds rows or ImageNet items), Stop and Export CSV."""

    stop_requested = pyqtSignal()
    photo_activated = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list = []
        self.mode = BREEDS
        self.table = QTableWidget(0, 5)
        self.table.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL + 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, THUMBNAIL + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._activated)
        self.label = QLabel(
            self.tr("Open a folder to recognise all its photos. Double-click a row to look at one.")
        )
        self.label.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_requested)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._ask_csv)
        buttons = QHBoxLayout()
        buttons.addWidget(self.label, 1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._headers()

    def _headers(self) -> None:
        answer = self.tr("Dog?") if self.mode == BREEDS else self.tr("Sure?")
        name = self.tr("Breed") if self.mode == BREEDS else self.tr("Class")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Photo"), self.tr("File"), answer, name, self.tr("Probability")]
        )

    # ------------------------------------------------------------------ a run
    def start(self, mode: str, count: int) -> None:
        self.mode = mode
        self.rows = []
        self._headers()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        self.export_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.label.setText(self.tr("Recognising {count} photos…").format(count=count))

    def say(self, text: str) -> None:
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def add_row(self, row) -> None:
        """One :class:`~visionagent.core.breeds.FolderRow` or ImageNet ``FolderItem``."""
        self.rows.append(row)
        index = self.table.rowCount()
        self.table.insertRow(index)
        picture = QTableWidgetItem()
        thumbnail = getattr(row, "thumbnail", None)
        if thumbnail is not None:
            picture.setIcon(QIcon(QPixmap.fromImage(to_qimage(thumbnail))))
        file_item = QTableWidgetItem(Path(row.path).name)
        file_item.setToolTip(row.path)
        file_item.setData(Qt.ItemDataRole.UserRole, row.path)
        reading = row.recognition if isinstance(row, breeds.FolderRow) else row.classification
        if reading is None:
            cells = [QTableWidgetItem(self.tr("error")), QTableWidgetItem(row.error)]
            cells[1].setToolTip(row.error)
            cells.append(_NumberItem("", -1.0))
        else:
            cells = self._cells(reading)
        for column, item in enumerate([picture, file_item, *cells]):
            self.table.setItem(index, column, item)

    def _cells(self, reading) -> list[QTableWidgetItem]:
        language = ui_language()
        if isinstance(reading, breeds.Recognition) and not reading.is_dog:
            guess = reading.looks_like
            name = guess.display(language) if guess else ""
            text = (
                self.tr("not a dog — {name}").format(name=name) if guess else self.tr("not a dog")
            )
            value = guess.probability if guess else 0.0
            answer = _NumberItem(self.tr("no"), reading.dog_probability or 0.0)
            cell = QTableWidgetItem(text if reading.sure else reading.summary(language))
            if not reading.sure:
                cell.setForeground(UNSURE)
            return [answer, cell, _NumberItem(percent(value), value)]
        best = reading.top[0]
        if isinstance(reading, breeds.Recognition):
            sort = reading.dog_probability if reading.dog_probability is not None else 1.0
            answer = _NumberItem(self.tr("yes"), sort)
        else:
            answer = _NumberItem(
                self.tr("yes") if reading.sure else self.tr("no"), best.probability
            )
        name = QTableWidgetItem(best.display(language))
        if not reading.sure:
            name.setText(reading.summary(language))  # "Not sure — maybe X or Y"
            name.setForeground(UNSURE)
        name.setToolTip(reading.summary(language))
        return [answer, name, _NumberItem(percent(best.probability), best.probability)]

    def finish(self, _result=None, stopped: bool = False) -> None:
        self.table.setSortingEnabled(True)
        self.stop_button.setEnabled(False)
        failed = sum(1 for r in self.rows if getattr(r, "error", ""))
        read = len(self.rows) - failed
        text = self.tr("{count} photos: {read} recognised, {failed} unreadable.").format(
            count=len(self.rows), read=read, failed=failed
        )
        self.label.setText(self.tr("Stopped. {summary}").format(summary=text) if stopped else text)
        self.export_button.setEnabled(bool(self.rows))

    def show_failure(self, message: str) -> None:
        self.finish(stopped=True)
        self.label.setText(message)

    def _ask_csv(self) -> None:
        start = str(Path(start_folder()) / "photos.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table as CSV"), start, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> bool:
        """Write the rows to ``path`` (atomically); the label says how it went."""
        try:
            write_csv(self.rows, path)
        except OSError as exc:
            self.label.setText(
                self.tr("Cannot write {file}: {error}").format(file=str(path), error=exc.strerror)
            )
            return False
        self.label.setText(
            self.tr("Saved {count} rows to {file}.").format(count=len(self.rows), file=str(path))
        )
        return True

    def list_photos(self, folder: str | Path) -> list[Path] | None:
        """The photos of ``folder``; None (and the reason shown) when there are none."""
        try:
            files = list_images(folder)
        except OSError as exc:
            self.label.setText(
                self.tr("Cannot open the folder {folder}: {error}").format(
                    folder=str(folder), error=exc.strerror
                )
            )
            return None
        if not files:
            self.label.setText(self.tr("No photos in {folder}.").format(folder=str(folder)))
            return None
        return files

    def _activated(self, row: int, _column: int) -> None:
        item = self.table.item(row, 1)
        if item is not None:
            self.photo_activated.emit(item.data(Qt.ItemDataRole.UserRole))

"""Runs side by side: every run since the app started, and saved runs added back, in a sortable
table whose colour swatches match their curves on the chart.

:class:`RunsPage` only shows the runs and asks (show or hide a run, add a saved run, remove one).
:class:`RunHistory`, which the tab owns, keeps one :class:`~visionagent.core.training.runs.
RunRecord` per run (plain figures, never a model), follows the trainer's signals, overlays the
earlier runs on the :class:`~.curves.CurvePlot` in colours of their own and shows the core's hint
(:func:`~visionagent.core.training.runs.run_hint`: overfitting, a diverged run) under the chart
during and after a run.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QObject, QSignalBlocker, Qt, pyqtSignal
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import training
from visionagent.core.fields import by_key
from visionagent.core.registry import ModelError, read_info
from visionagent.core.training.runs import (
    RunRecord,
    record_from_config,
    record_from_metadata,
    record_from_result,
)
from visionagent.i18n import number, percent
from visionagent.qt.kit.files import open_file_dialog, remember_folder
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.training.curves import RUN_COLOURS, CurvePlot
from visionagent.qt.tabs.training.texts import format_duration
from visionagent.qt.tabs.training.views import SortItem

COLUMNS = (
    "show",
    "run",
    "arch",
    "parameters",
    "loss",
    "optimizer",
    "learning_rate",
    "best_val",
    "test",
    "time",
    "epochs",
    "note",
)
KEY_ROLE = Qt.ItemDataRole.UserRole
NUMBERS = ("run", "parameters", "learning_rate", "best_val", "test", "time", "epochs")
FIELDS = by_key(training.TRAIN_FIELDS)


def rate_text(rate: float | None) -> str:
    """A learning rate without an exponent: ``0.001``, ``0.000001``."""
    if rate is None:
        return ""
    return f"{rate:.7f}".rstrip("0").rstrip(".") if rate < 1 else f"{rate:g}"


def arch_text(record: RunRecord) -> str:
    """The architecture's label in the UI language (with the backbone for transfer learning)."""
    arch = training.ARCHITECTURES.get(record.arch)
    title = arch.title() if arch is not None else record.arch or "?"
    return f"{title} ({record.backbone})" if record.backbone else title


class RunsTable(QTableWidget):
    """One row per run; the first cell is its colour and a check box that shows its curves."""

    visibility_changed = pyqtSignal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("runs_table")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Show"),
                self.tr("Run"),
                self.tr("Architecture"),
                self.tr("Parameters"),
                self.tr("Loss"),
                self.tr("Optimizer"),
                self.tr("Learning\nrate"),
                self.tr("Best val.\naccuracy"),
                self.tr("Test\naccuracy"),
                self.tr("Time"),
                self.tr("Epochs"),
                self.tr("Note"),
            ]
        )
        self.horizontalHeaderItem(0).setToolTip(
            self.tr(
                "The run's colour on the chart (dashed: training, dotted: validation); untick to "
                "hide its curves"
            )
        )
        self.horizontalHeaderItem(COLUMNS.index("test")).setToolTip(
            self.tr("Accuracy on the test set (else the validation split) after the run")
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COLUMNS.index("run"), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.itemChanged.connect(self._on_item_changed)

    # ------------------------------------------------------------------ rows
    def keys(self) -> list[str]:
        """The runs' keys in the order shown."""
        return [self.item(row, 0).data(KEY_ROLE) for row in range(self.rowCount())]

    def row_of(self, key: str) -> int:
        keys = self.keys()
        return keys.index(key) if key in keys else -1

    def column(self, name: str) -> int:
        return COLUMNS.index(name)

    def text(self, key: str, column: str) -> str:
        """What the cell of run ``key`` in ``column`` says (for tests and status)."""
        return self.item(self.row_of(key), self.column(column)).text()

    def is_shown(self, key: str) -> bool:
        return self.item(self.row_of(key), 0).checkState() == Qt.CheckState.Checked

    def set_row(self, key: str, number_: int, record: RunRecord, colour, note: str, tip: str):
        """Add or update the row of run ``key`` (sorting is paused so that it stays put)."""
        self.setSortingEnabled(False)
        with QSignalBlocker(self):
            row = self.row_of(key)
            if row < 0:
                row = self.rowCount()
                self.insertRow(row)
                show = SortItem("", number_)
                show.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                show.setCheckState(Qt.CheckState.Checked)
                show.setData(KEY_ROLE, key)
                self.setItem(row, 0, show)
            self.item(row, 0).setData(Qt.ItemDataRole.DecorationRole, QColor(*colour))
            for name, text, value in self._cells(number_, record, note):
                item = SortItem(text, value)
                if name in NUMBERS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(tip)
                self.setItem(row, self.column(name), item)
        self.setSortingEnabled(True)
        self.resizeColumnsToContents()

    def _cells(self, number_: int, record: RunRecord, note: str):
        optimizer = FIELDS["optimizer"].choice_label(record.optimizer) if record.optimizer else ""
        if record.momentum is not None:
            optimizer = self.tr("{optimizer}, momentum {momentum}").format(
                optimizer=optimizer, momentum=f"{record.momentum:g}"
            )
        best = record.best_val_accuracy
        return (
            ("run", record.name or str(number_), number_),
            ("arch", arch_text(record), arch_text(record)),
            (
                "parameters",
                number(record.parameters) if record.parameters is not None else "",
                record.parameters,
            ),
            ("loss", FIELDS["loss"].choice_label(record.loss), record.loss),
            ("optimizer", optimizer, optimizer),
            ("learning_rate", rate_text(record.learning_rate), record.learning_rate),
            ("best_val", percent(best, 2) if best is not None else "", best),
            (
                "test",
                percent(record.test_accuracy, 2) if record.test_accuracy is not None else "",
                record.test_accuracy,
            ),
            (
                "time",
                format_duration(record.seconds) if record.seconds is not None else "",
                record.seconds,
            ),
            ("epochs", str(record.epochs), record.epochs),
            ("note", note, note),
        )

    def set_colour(self, key: str, colour) -> None:
        with QSignalBlocker(self):
            self.item(self.row_of(key), 0).setData(Qt.ItemDataRole.DecorationRole, QColor(*colour))

    def remove(self, key: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.removeRow(row)

    def selected_key(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self.item(rows[0].row(), 0).data(KEY_ROLE) if rows else None

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            checked = item.checkState() == Qt.CheckState.Checked
            self.visibility_changed.emit(item.data(KEY_ROLE), checked)


class RunsPage(QWidget):
    """The runs table with "Add a saved run" and "Remove", and the selected run's hint.

    ``saved_menu_requested`` asks for the saved models (answered with :meth:`set_saved_models`);
    ``saved_run_requested(name)``, ``file_requested(path)``, ``remove_requested(key)`` and the
    table's ``visibility_changed(key, shown)`` go to :class:`RunHistory`.
    """

    saved_menu_requested = pyqtSignal()
    saved_run_requested = pyqtSignal(str)
    file_requested = pyqtSignal(str)
    remove_requested = pyqtSignal(str)
    selection_changed = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setObjectName("add_saved_run")
        self.add_button.setText(self.tr("Add a saved run…"))
        self.add_button.setToolTip(
            self.tr("Put a saved model's curves and figures beside this session's runs")
        )
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.saved_menu)
        self.saved_menu.aboutToShow.connect(self.saved_menu_requested)
        self.remove_button = QPushButton(self.tr("Remove from the list"))
        self.remove_button.setEnabled(False)
        self.summary_label = QLabel(self.tr("Every run since VisionAgent started is listed here."))
        self.summary_label.setWordWrap(True)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.summary_label, 1)
        layout.addLayout(top)
        self.table = RunsTable()
        layout.addWidget(self.table, 1)
        self.hint_label = StatusLine()
        self.hint_label.setObjectName("selected_run_hint")
        layout.addWidget(self.hint_label)
        self.visibility_changed = self.table.visibility_changed
        self.remove_button.clicked.connect(self._on_remove)
        self.table.itemSelectionChanged.connect(
            lambda: self.selection_changed.emit(self.table.selected_key() or "")
        )

    def set_saved_models(self, models: list[tuple[str, str, bool]]) -> None:
        """The menu: ``(name, label, has_history)`` per saved model, then "Other file…"."""
        self.saved_menu.clear()
        for name, label, has_history in models:
            action = self.saved_menu.addAction(label)
            action.setData(name)
            if not has_history:
                action.setToolTip(
                    self.tr("Saved before the curves were recorded: only its figures are shown")
                )
            action.triggered.connect(lambda _=False, n=name: self.saved_run_requested.emit(n))
        if not models:
            self.saved_menu.addAction(self.tr("No saved models yet")).setEnabled(False)
        self.saved_menu.addSeparator()
        self.saved_menu.addAction(self.tr("Other file…")).triggered.connect(self.choose_file)

    def choose_file(self) -> None:
        path = open_file_dialog(  # the folder is remembered once the run is read
            self,
            self.tr("Add a saved run"),
            self.tr("Saved models (*.keras *.json)"),
            remember=False,
        )
        if path:
            self.file_requested.emit(path)

    def set_removable(self, removable: bool) -> None:
        self.remove_button.setEnabled(removable)

    def _on_remove(self) -> None:
        key = self.table.selected_key()
        if key:
            self.remove_requested.emit(key)

    def show_hint(self, text: str, error: bool = False) -> None:
        if error:
            self.hint_label.show_error(text)
        else:
            self.hint_label.show_warning(text)


class RunHistory(QObject):
    """The runs of this session (and saved runs added): records, table rows, chart overlays, hint.

    ``begin(config)`` when the tab starts a run; the trainer runner's signals tell the rest. When
    the next run starts, the previous one leaves the live curves for an overlay in its colour.
    """

    def __init__(self, tab, trainer):
        super().__init__(tab)
        self.curves: CurvePlot = tab.curves
        self.page: RunsPage = tab.views.runs
        self.registry = tab.context.registry
        self.records: dict[str, RunRecord] = {}
        self.numbers: dict[str, int] = {}
        self.current: str | None = None  # the run on the live curves
        self._count = 0
        trainer.partial.connect(self._on_partial)
        trainer.finished.connect(self._on_finished)
        trainer.failed.connect(self._on_ended)
        trainer.cancelled.connect(self._on_ended)
        tab.model_saved.connect(self._on_saved)
        self.page.visibility_changed.connect(self.set_visible)
        self.page.saved_menu_requested.connect(self._fill_saved_menu)
        self.page.saved_run_requested.connect(self.add_saved)
        self.page.file_requested.connect(self.add_file)
        self.page.remove_requested.connect(self.remove)
        self.page.selection_changed.connect(self._on_selected)

    # ------------------------------------------------------------------ the current run
    def begin(self, config: training.TrainConfig) -> str:
        """A run starts: the previous one becomes an overlay; returns the new run's key."""
        previous, self.current = self.current, None
        if previous is not None:
            self._to_overlay(previous)
        key = self._new_key("run")
        self.records[key] = record_from_config(config)
        self.current = key
        self.curves.set_current_visible(True)
        self.curves.show_hint("")
        self._show_row(key)
        return key

    def _on_partial(self, event) -> None:
        record = self.records.get(self.current)
        if record is None:
            return
        if isinstance(event, training.RunStarted):
            record.parameters = int(event.info["parameters"])
        elif isinstance(event, training.EpochEnded):
            record.add_epoch(event.info)
            self._show_hint()
        else:
            return
        self._show_row(self.current)

    def _on_finished(self, result: training.TrainResult) -> None:
        if self.current not in self.records:
            return
        record = record_from_result(result)
        record.name = self.records[self.current].name
        self.records[self.current] = record
        self._show_row(self.current)
        self._show_hint()

    def _on_ended(self, *_args) -> None:
        """A run failed or was cancelled: without a finished epoch it leaves no row."""
        key = self.current
        record = self.records.get(key)
        if record is None:
            return
        record.running = False
        if record.epochs:
            self._show_row(key)
            return
        self.current = None
        self.records.pop(key)
        self.page.table.remove(key)

    def _on_saved(self, path: str) -> None:
        record = self.records.get(self.current)
        if record is not None and not record.running:
            record.name = Path(path).stem
            self._show_row(self.current)

    def _show_hint(self) -> None:
        hint = self.records[self.current].hint()
        self.curves.show_hint(hint.text if hint else "")
        if self.page.table.selected_key() == self.current:  # else the chart's hint is enough
            self._page_hint(hint)

    # ------------------------------------------------------------------ rows and overlays
    def _new_key(self, prefix: str) -> str:
        self._count += 1
        key = f"{prefix}{self._count}"
        self.numbers[key] = self._count
        return key

    def colour(self, key: str) -> tuple[int, int, int]:
        if key == self.current:
            return CurvePlot.TRAIN_COLOUR
        return RUN_COLOURS[self.numbers[key] % len(RUN_COLOURS)]  # grey (the first) comes last

    def note(self, record: RunRecord) -> str:
        hint = record.hint()
        notes = []
        if record.running:
            notes.append(self.tr("running…"))
        if record.diverged is not None:
            notes.append(self.tr("diverged"))
        elif hint is not None:
            notes.append(self.tr("overfitting"))
        if record.stopped:
            notes.append(self.tr("stopped"))
        if record.name and not record.history:
            notes.append(self.tr("no curves saved"))
        return ", ".join(notes)

    def _show_row(self, key: str) -> None:
        record = self.records[key]
        hint = record.hint()
        tip = record.dataset if not record.name else f"{record.name} · {record.dataset}"
        if hint is not None:
            tip += "\n" + hint.text
        self.page.table.set_row(
            key, self.numbers[key], record, self.colour(key), self.note(record), tip
        )
        self.page.set_removable(self.page.table.selected_key() is not None)

    def _to_overlay(self, key: str) -> None:
        record = self.records[key]
        label = f"{self.numbers[key]} · {arch_text(record)}"
        self.curves.add_run(key, label, record.history, colour=self.colour(key), legend=False)
        self.curves.set_run_visible(key, self.page.table.is_shown(key))
        self.page.table.set_colour(key, self.colour(key))

    def set_visible(self, key: str, visible: bool) -> None:
        """Show or hide run ``key``'s curves (the current run's are the live ones)."""
        if key == self.current:
            self.curves.set_current_visible(visible)
        elif key in self.curves.runs:
            self.curves.set_run_visible(key, visible)

    def remove(self, key: str) -> None:
        """Take run ``key`` off the list and the chart (not a run in progress)."""
        record = self.records.get(key)
        if record is None or record.running:
            return
        self.curves.remove_run(key)
        if key == self.current:
            self.current = None
            self.curves.clear()
            self.curves.show_hint("")
        del self.records[key]
        self.page.table.remove(key)
        self.page.show_hint("")

    def _on_selected(self, key: str) -> None:
        record = self.records.get(key)
        self.page.set_removable(record is not None and not record.running)
        self._page_hint(record.hint() if record is not None else None)

    def _page_hint(self, hint) -> None:
        self.page.show_hint(hint.text if hint else "", hint is not None and hint.kind == "diverged")

    # ------------------------------------------------------------------ saved runs
    def _fill_saved_menu(self) -> None:
        models = [
            (info.name, info.display_name(), isinstance(info.meta.get("history"), dict))
            for info in self.registry.infos()
            if isinstance(info.meta.get("hyperparameters"), dict)
        ]
        self.page.set_saved_models(models)

    def add_saved(self, name: str) -> str | None:
        """Add the registry model ``name``'s run (its JSON's settings, figures and curves)."""
        try:
            info = self.registry.info(name)
        except ModelError as exc:
            self.page.show_hint(str(exc), error=True)
            return None
        return self._add_record(record_from_metadata(info.meta, info.name))

    def add_file(self, path: str) -> str | None:
        """Add the run of a saved model chosen as a file (``NAME.keras`` or ``NAME.json``)."""
        try:
            info = read_info(Path(path).with_suffix(".keras"))
        except ModelError as exc:
            self.page.show_hint(str(exc), error=True)
            return None
        remember_folder(path)
        return self._add_record(record_from_metadata(info.meta, info.name))

    def _add_record(self, record: RunRecord) -> str:
        for key, other in list(self.records.items()):  # the same saved model twice: shown once
            if other.name == record.name and not key.startswith("saved"):
                self.page.table.selectRow(self.page.table.row_of(key))  # a run of this session
                return key
            if other.name == record.name:
                self.remove(key)
        key = self._new_key("saved")
        self.records[key] = record
        self._show_row(key)
        self._to_overlay(key)
        self.page.show_hint("")
        return key

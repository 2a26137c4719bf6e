"""The layer strip: every layer of the model with its kind, output, parameters, receptive field and
multiplications, like the textbook's architecture figures; a click picks the layer to look at."""

from __future__ import annotations

from PyQt6.QtCore import QSignalBlocker, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QPalette
from PyQt6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from visionagent.core.inspector import LayerInfo
from visionagent.i18n import number

PATH_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("layer", "output", "rf", "parameters", "mults", "kind")
NUMBERS = ("rf", "parameters", "mults")
LAYER_WIDTH = 130  # long names (block6a_project_conv) are elided; the tooltip has the path


def shape_text(shape) -> str:
    return "×".join("?" if s is None else str(s) for s in shape)


def side_text(value) -> str:
    """A receptive field or jump: ``5×5`` (square) or ``5×7``; ``""`` when unknown."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f"{value[0]}×{value[1]}"
    return f"{value}×{value}"


class LayerStrip(QTableWidget):
    """One row per layer; ``layer_chosen(path)`` when the user picks one."""

    layer_chosen = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Layer"),
                self.tr("Output"),
                self.tr("Receptive\nfield"),
                self.tr("Parameters"),
                self.tr("Multipli-\ncations"),
                self.tr("Kind"),
            ]
        )
        self.horizontalHeaderItem(COLUMNS.index("rf")).setToolTip(
            self.tr("How many input pixels one cell of the layer's maps sees")
        )
        self.horizontalHeaderItem(COLUMNS.index("mults")).setToolTip(
            self.tr("Products of an input value and a weight for one input (example 8-2)")
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setMinimumWidth(220)
        self._paths: list[str] = []
        self.itemSelectionChanged.connect(self._on_selection)

    def set_layers(self, layers: list[LayerInfo]) -> None:
        """Fill the strip (signals blocked: this is not the user's choice)."""
        with QSignalBlocker(self):
            self.clearContents()
            self.setRowCount(len(layers))
            self._paths = [info.path for info in layers]
            muted = QBrush(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            )
            for row, info in enumerate(layers):
                self._fill_row(row, info, None if info.has_maps else muted)
            self.resizeColumnsToContents()
            self.setColumnWidth(0, min(self.columnWidth(0), LAYER_WIDTH))

    def _fill_row(self, row: int, info: LayerInfo, brush: QBrush | None) -> None:
        values = 1
        for s in info.output_shape:
            values *= int(s or 0)
        cells = [
            (info.name, info.path),
            (
                shape_text(info.output_shape),
                self.tr("{count} values").format(count=number(values)),
            ),
            (
                side_text(info.receptive_field),
                self.tr("cells {jump} input pixels apart").format(jump=side_text(info.jump))
                if info.jump is not None
                else "",
            ),
            (number(info.parameters) if info.parameters else "", ""),
            (number(info.multiplications) if info.multiplications else "", self._formula(info)),
            (info.label, info.explanation),
        ]
        for column, (text, tip) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(PATH_ROLE, info.path)
            if tip:
                item.setToolTip(tip)
            if brush is not None:
                item.setForeground(brush)
            if COLUMNS[column] in NUMBERS:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)

    def _formula(self, info: LayerInfo) -> str:
        if not info.formula:
            return ""
        text = self.tr("H′×W′×(weights per filter)×k′ = {formula}").format(formula=info.formula)
        if info.textbook_formula and info.textbook_formula != info.formula:
            text += "\n" + self.tr(
                "counting the bias as one more weight (the textbook): {formula} = {count}"
            ).format(formula=info.textbook_formula, count=number(info.textbook_multiplications))
        return text

    # ------------------------------------------------------------------ selection
    def paths(self) -> list[str]:
        return list(self._paths)

    def current_path(self) -> str | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self._paths[rows[0].row()] if rows else None

    def row_of(self, path: str) -> int:
        return self._paths.index(path) if path in self._paths else -1

    def select_layer(self, path: str) -> bool:
        """Select ``path`` without emitting ``layer_chosen``; False when it is not listed."""
        row = self.row_of(path)
        if row < 0:
            return False
        with QSignalBlocker(self):
            self.selectRow(row)
        self.scrollToItem(self.item(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_selection(self) -> None:
        path = self.current_path()
        if path is not None:
            self.layer_chosen.emit(path)

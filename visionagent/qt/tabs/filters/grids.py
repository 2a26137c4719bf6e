"""Grids of numbers: one editable cell grid and one panel that lays several of them out.

:class:`NumberGrid` is a small spreadsheet of floats: type in a cell (the value applies while you
type), or turn the mouse wheel over it; cells can be tinted blue (negative) to red (positive).
:class:`GridPanel` shows captioned grids side by side and fits them into its width: smaller cells
first, then as many grids per row as fit. The kernel editor (one grid per input channel) and the
numbers page (input channels, output maps) both build their grids with it.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QModelIndex, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QFont
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from visionagent.core.filters import DIVERGING_LUT, format_number

ROW_RATIO = 0.72  # cell height / cell width


def tint(value: float, scale: float) -> QColor:
    """A light blue–white–red tint for ``value`` relative to ``scale`` (readable black text)."""
    if scale <= 0:
        return QColor(255, 255, 255)
    t = min(1.0, max(0.0, 0.5 + 0.36 * value / scale))  # the lighter part of the map
    r, g, b = (int(v) for v in DIVERGING_LUT[int(round(t * 255))])
    mix = 0.5  # blend with white so the numbers stay readable
    return QColor(
        int(255 - mix * (255 - r)), int(255 - mix * (255 - g)), int(255 - mix * (255 - b))
    )


class _LiveDelegate(QStyledItemDelegate):
    """A spin box editor whose value reaches the grid on every keystroke."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        editor = QDoubleSpinBox(parent)
        editor.setRange(-9999.0, 9999.0)
        editor.setDecimals(4)
        editor.setSingleStep(0.1)
        editor.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.valueChanged.connect(lambda _v, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index: QModelIndex) -> None:  # noqa: N802 - Qt name
        if editor.property("filled"):
            return  # the cell changed because of this editor's own typing: leave the text alone
        editor.setProperty("filled", True)
        grid = self.parent()
        editor.blockSignals(True)
        editor.setValue(float(grid.values()[index.row(), index.column()]))
        editor.blockSignals(False)
        editor.selectAll()

    def setModelData(self, editor, model, index: QModelIndex) -> None:  # noqa: N802 - Qt name
        self.parent().set_value(index.row(), index.column(), editor.value(), user=True)


class NumberGrid(QTableWidget):
    """A grid of floats. ``values_changed`` fires when the user changes a cell."""

    values_changed = pyqtSignal()
    cell_clicked = pyqtSignal(int, int)

    def __init__(
        self,
        rows: int = 3,
        cols: int = 3,
        editable: bool = True,
        tinted: bool = True,
        headers: bool = False,
        cell_size: int = 40,
        parent: QWidget | None = None,
    ):
        super().__init__(rows, cols, parent)
        self._values = np.zeros((rows, cols), dtype=np.float32)
        self._editable = np.full((rows, cols), editable)
        self._highlight = np.zeros((rows, cols), dtype=bool)
        self._dim = np.zeros((rows, cols), dtype=bool)
        self._tinted = tinted
        self._cell = int(cell_size)
        self._scale: float | None = None
        self._widest: int | None = None  # pixels of the widest number shown (cached)
        self.setItemDelegate(_LiveDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.horizontalHeader().setVisible(headers)
        self.verticalHeader().setVisible(headers)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(8)
        self.cellClicked.connect(self.cell_clicked.emit)
        self._reshape(rows, cols)

    # ------------------------------------------------------------------ API
    def values(self) -> np.ndarray:
        return self._values.copy()

    def set_values(self, values: np.ndarray) -> None:
        """Show ``values`` (2-D); the exact numbers are kept, the cells show them rounded."""
        values = np.asarray(values, dtype=np.float32)
        if values.ndim != 2:
            raise ValueError(f"a grid shows 2-D values, not {values.shape}")
        if values.shape != self._values.shape:
            self._reshape(*values.shape)
        self._values = values.copy()
        self._widest = None
        self._refresh()

    def set_value(self, row: int, col: int, value: float, user: bool = False) -> None:
        if float(self._values[row, col]) == float(value):
            return
        self._values[row, col] = value
        self._widest = None
        self._refresh()
        if user:
            self.values_changed.emit()

    def set_editable_mask(self, mask: np.ndarray) -> None:
        self._editable = np.asarray(mask, dtype=bool).copy()
        self._refresh()

    def set_dim_mask(self, mask: np.ndarray) -> None:
        """Grey cells (padding, for example)."""
        self._dim = np.asarray(mask, dtype=bool).copy()
        self._refresh()

    def set_highlight(self, mask: np.ndarray | None) -> None:
        """Frame and colour these cells (the window under the kernel, the selected output)."""
        self._highlight = (
            np.zeros_like(self._values, dtype=bool)
            if mask is None
            else np.asarray(mask, dtype=bool).copy()
        )
        self._refresh()

    def highlighted(self) -> np.ndarray:
        return self._highlight.copy()

    def set_scale(self, scale: float | None, refresh: bool = True) -> None:
        """Tint relative to ``scale`` (default: the largest |value| of the grid); with
        ``refresh=False`` the next :meth:`set_values` shows it."""
        self._scale = scale
        if refresh:
            self._refresh()

    def widest_text(self) -> int:
        """Pixels the widest number shown needs."""
        if self._widest is None:
            metrics = self.fontMetrics()
            texts = {format_number(v) for v in np.unique(self._values)}
            self._widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        return self._widest

    def text_at(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def cell_size(self) -> int:
        return self._cell

    def set_cell_size(self, cell: int) -> None:
        """Cells ``cell`` pixels wide (and a bit less tall); the widget fits them exactly."""
        cell = int(cell)
        if cell != self._cell:
            self._cell = cell
            self._size_cells()

    def size_for(self, cell: int) -> QSize:
        """The widget's size with cells ``cell`` pixels wide (headers included)."""
        rows, cols = self.rowCount(), self.columnCount()
        width = cols * cell + 2 * self.frameWidth()
        height = rows * _row_height(cell) + 2 * self.frameWidth()
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
            width += self.verticalHeader().sizeHint().width()
        return QSize(width, height)

    # ------------------------------------------------------------- drawing
    def _reshape(self, rows: int, cols: int) -> None:
        self.setRowCount(rows)
        self.setColumnCount(cols)
        self._values = np.zeros((rows, cols), dtype=np.float32)
        self._editable = np.full(
            (rows, cols), bool(self._editable.all()) if self._editable.size else True
        )
        self._highlight = np.zeros((rows, cols), dtype=bool)
        self._dim = np.zeros((rows, cols), dtype=bool)
        self._widest = None
        for r in range(rows):
            for c in range(cols):
                item = QTableWidgetItem("0")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        self._size_cells()

    def _size_cells(self) -> None:
        for r in range(self.rowCount()):
            self.setRowHeight(r, _row_height(self._cell))
        for c in range(self.columnCount()):
            self.setColumnWidth(c, self._cell)
        self.fit_size()

    def fit_size(self) -> None:
        """Size the widget to show every cell (and the headers) without scroll bars."""
        self.setFixedSize(self.size_for(self._cell))

    def _refresh(self) -> None:
        if self._scale is not None:
            scale = self._scale
        else:
            scale = float(np.abs(self._values).max()) if self._values.size else 0.0
        bold = QFont(self.font())
        bold.setBold(True)
        self.blockSignals(True)
        for r in range(self._values.shape[0]):
            for c in range(self._values.shape[1]):
                item = self.item(r, c)
                item.setText(format_number(self._values[r, c]))
                item.setToolTip(f"{float(self._values[r, c]):.6g}\n{self.toolTip()}".strip())
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self._editable[r, c]:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if self._highlight[r, c]:
                    colour = QColor(255, 214, 90)
                elif self._dim[r, c]:
                    colour = QColor(225, 225, 225)
                elif self._tinted:
                    colour = tint(float(self._values[r, c]), scale)
                else:
                    colour = QColor(255, 255, 255)
                item.setBackground(QBrush(colour))
                item.setForeground(
                    QBrush(QColor(120, 120, 120) if self._dim[r, c] else QColor(0, 0, 0))
                )
                item.setFont(bold if self._highlight[r, c] else self.font())
        self.blockSignals(False)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt name
        index = self.indexAt(event.position().toPoint())
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not index.isValid() or not delta or not self._editable[index.row(), index.column()]:
            event.ignore()
            return
        step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.1
        value = float(self._values[index.row(), index.column()]) + (step if delta > 0 else -step)
        self.set_value(index.row(), index.column(), round(value, 4), user=True)
        event.accept()


def _row_height(cell: int) -> int:
    return max(16, int(cell * ROW_RATIO))


class GridPanel(QWidget):
    """Captioned :class:`NumberGrid` s side by side, fitted into the panel's width.

    The cells are ``cell`` pixels wide, or wider when the numbers need it; when the grids do not
    fit in one row they get smaller cells (down to ``min_cell``), then wrap onto more rows. The
    panel's height follows its width, so an enclosing scroll area scrolls vertically, never
    sideways.
    ``cell_clicked(grid, row, col)`` and ``edited(grid)`` come from the grids.
    """

    cell_clicked = pyqtSignal(int, int, int)
    edited = pyqtSignal(int)

    def __init__(
        self,
        editable: bool = False,
        tinted: bool = False,
        headers: bool = False,
        cell: int = 38,
        min_cell: int = 22,
        spacing: int = 12,
        tooltip: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._options = {"editable": editable, "tinted": tinted, "headers": headers}
        self._cell, self._min_cell, self._spacing = cell, min_cell, spacing
        self._tooltip = tooltip
        self.grids: list[NumberGrid] = []
        self.captions: list[QLabel] = []
        self._per_row = 1
        self._hint: tuple = ()
        self._layouts: dict[int, tuple[int, int]] = {}  # width → (cell, per row)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # ------------------------------------------------------------------ content
    def ensure(
        self, count: int, rows: int, cols: int, headers: tuple[list[str], list[str]] | None = None
    ) -> None:
        """Have ``count`` grids of rows×cols (rebuilt only when their number or shape changes)."""
        same = len(self.grids) == count and all(
            g.rowCount() == rows and g.columnCount() == cols for g in self.grids
        )
        if not same:
            for widget in self.grids + self.captions:
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
            self.grids, self.captions = [], []
            for index in range(count):
                grid = NumberGrid(rows, cols, cell_size=self._cell, parent=self, **self._options)
                if self._tooltip:
                    grid.setToolTip(self._tooltip)
                grid.cell_clicked.connect(lambda r, c, i=index: self.cell_clicked.emit(i, r, c))
                grid.values_changed.connect(lambda i=index: self.edited.emit(i))
                caption = QLabel(self)
                caption.setTextFormat(Qt.TextFormat.PlainText)
                self.grids.append(grid)
                self.captions.append(caption)
                grid.show()
                caption.show()
        if self._options["headers"]:
            for grid in self.grids:
                rows_text, cols_text = headers or (
                    [str(i) for i in range(rows)],
                    [str(j) for j in range(cols)],
                )
                grid.setVerticalHeaderLabels(rows_text)
                grid.setHorizontalHeaderLabels(cols_text)
        self.arrange()

    def set_caption(self, index: int, text: str) -> None:
        self.captions[index].setText(text)

    # ------------------------------------------------------------------ geometry
    def _cell_limits(self) -> tuple[int, int]:
        """(smallest, preferred) cell width for the numbers shown now."""
        widest = max((grid.widest_text() for grid in self.grids), default=0)
        smallest = max(self._min_cell, widest + 6)
        return smallest, max(smallest, self._cell, widest + 12)

    def layout_for(self, width: int) -> tuple[int, int]:
        """``(cell, grids per row)`` for a panel ``width`` pixels wide."""
        if width not in self._layouts:  # layouts ask often during one pass
            self._layouts[width] = self._layout_for(width)
        return self._layouts[width]

    def _layout_for(self, width: int) -> tuple[int, int]:
        if not self.grids:
            return self._cell, 1
        smallest, preferred = self._cell_limits()
        grid = self.grids[0]
        count = len(self.grids)
        for per_row in range(count, 0, -1):
            room = (width - self._spacing * (per_row - 1)) / per_row
            cell = preferred
            while cell > smallest and grid.size_for(cell).width() > room:
                cell -= 1
            if grid.size_for(cell).width() <= room or per_row == 1:
                return cell, per_row
        return smallest, 1

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _height_for(self, cell: int, per_row: int) -> int:
        if not self.grids:
            return 0
        rows = -(-len(self.grids) // per_row)
        block = self._caption_height() + self.grids[0].size_for(cell).height()
        return rows * block + (rows - 1) * self._spacing // 2

    def arrange(self) -> None:
        """Size and place the grids for the current width (call it after new values)."""
        self._layouts.clear()
        self._place()

    def _place(self) -> None:
        cell, per_row = self.layout_for(max(1, self.width()))
        self._per_row = per_row
        for grid in self.grids:
            grid.set_cell_size(cell)
        caption_h = self._caption_height()
        if self.grids:
            size = self.grids[0].size_for(cell)
            for index, (grid, caption) in enumerate(zip(self.grids, self.captions, strict=True)):
                row, col = divmod(index, per_row)
                x = col * (size.width() + self._spacing)
                y = row * (caption_h + size.height() + self._spacing // 2)
                last = col == per_row - 1 or index == len(self.grids) - 1
                caption_w = self.width() - x if last else size.width() + self._spacing
                caption.setGeometry(x, y, max(caption_w, size.width()), caption_h)
                grid.move(x, y + caption_h)
        hint = (self.sizeHint(), self.minimumSizeHint(), self.heightForWidth(self.width()))
        if hint != self._hint:  # the enclosing layout asks again (not on every new value)
            self._hint = hint
            self.updateGeometry()

    def per_row(self) -> int:
        return self._per_row

    # The height follows the width (Qt's height-for-width): layouts and scroll areas ask
    # heightForWidth() and give the panel the height its arrangement needs at that width.
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        return self._height_for(*self.layout_for(max(1, width)))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        if not self.grids:
            return QSize(0, 0)
        _smallest, preferred = self._cell_limits()
        width = len(self.grids) * self.grids[0].size_for(preferred).width()
        width += self._spacing * (len(self.grids) - 1)
        return QSize(width, self._height_for(preferred, len(self.grids)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        if not self.grids:
            return QSize(0, 0)
        smallest, _preferred = self._cell_limits()
        width = self.grids[0].size_for(smallest).width()
        return QSize(width, self._height_for(smallest, len(self.grids)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._place()

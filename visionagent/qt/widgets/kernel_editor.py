"""Editable grids of numbers and the kernel editor of the Filters tab.

:class:`NumberGrid` is a small spreadsheet of floats: type in a cell (the value applies while you
type), or turn the mouse wheel over it; cells are tinted blue (negative) to red (positive).
:class:`KernelEditor` holds K filters of ``h×w`` kernels for C input channels plus one bias each,
with presets, normalize, flip and random buttons.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QModelIndex, QSignalBlocker, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor, QFont
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import filters
from visionagent.i18n import translate

MAX_FILTERS = 8
GRID_AREA_WIDTH = 330  # pixels the kernel grids may use side by side
KERNEL_SIZES = (3, 5, 7)


def format_number(value: float) -> str:
    """Short text for a cell: ``2``, ``-0.5``, ``0.111``, ``2e-05``."""
    value = float(value)
    if value == 0:
        return "0"
    if abs(value - round(value)) < 1e-6 and abs(value) < 1e6:
        return str(int(round(value)))
    if abs(value) < 0.001:
        return f"{value:.0e}"
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def tint(value: float, scale: float) -> QColor:
    """A light blue–white–red tint for ``value`` relative to ``scale`` (readable black text)."""
    if scale <= 0:
        return QColor(255, 255, 255)
    t = float(np.clip(0.5 + 0.36 * value / scale, 0.0, 1.0))  # the lighter part of the map
    r, g, b = (int(v) for v in filters.DIVERGING_LUT[int(round(t * 255))])
    mix = 0.5  # blend with white so the numbers stay readable
    return QColor(
        int(255 - mix * (255 - r)), int(255 - mix * (255 - g)), int(255 - mix * (255 - b))
    )


class _LiveDelegate(QStyledItemDelegate):
    """A spin box editor whose value reaches the grid on every keystroke."""

    def createEditor(self, parent, option, index):
        editor = QDoubleSpinBox(parent)
        editor.setRange(-9999.0, 9999.0)
        editor.setDecimals(4)
        editor.setSingleStep(0.1)
        editor.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        editor.valueChanged.connect(lambda _v, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index: QModelIndex) -> None:
        if editor.property("filled"):
            return  # the cell changed because of this editor's own typing: leave the text alone
        editor.setProperty("filled", True)
        grid = self.parent()
        editor.blockSignals(True)
        editor.setValue(float(grid.values()[index.row(), index.column()]))
        editor.blockSignals(False)
        editor.selectAll()

    def setModelData(self, editor, model, index: QModelIndex) -> None:
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
        self._cell = cell_size
        self._scale: float | None = None
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
        self._refresh()

    def set_value(self, row: int, col: int, value: float, user: bool = False) -> None:
        if float(self._values[row, col]) == float(value):
            return
        self._values[row, col] = value
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

    def set_scale(self, scale: float | None) -> None:
        """Tint relative to ``scale`` (default: the largest |value| of the grid)."""
        self._scale = scale
        self._refresh()

    def text_at(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

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
        for r in range(rows):
            self.setRowHeight(r, int(self._cell * 0.72))
            for c in range(cols):
                item = QTableWidgetItem("0")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(r, c, item)
        for c in range(cols):
            self.setColumnWidth(c, self._cell)
        self.fit_size()

    def fit_size(self) -> None:
        """Size the widget to show every cell (and the headers) without scroll bars."""
        rows, cols = self.rowCount(), self.columnCount()
        width = cols * self._cell + 2 * self.frameWidth()
        height = rows * int(self._cell * 0.72) + 2 * self.frameWidth()
        if not self.horizontalHeader().isHidden():
            height += self.horizontalHeader().sizeHint().height()
            width += self.verticalHeader().sizeHint().width()
        self.setFixedSize(width, height)

    def _refresh(self) -> None:
        scale = (
            self._scale
            if self._scale is not None
            else float(np.abs(self._values).max())
            if self._values.size
            else 0.0
        )
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

    def wheelEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not index.isValid() or not delta or not self._editable[index.row(), index.column()]:
            event.ignore()
            return
        step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.1
        value = float(self._values[index.row(), index.column()]) + (step if delta > 0 else -step)
        self.set_value(index.row(), index.column(), round(value, 4), user=True)
        event.accept()


# ------------------------------------------------------------------ presets and names
def preset_names(widget: QWidget) -> dict[str, str]:
    """Preset key → label shown to people (translated in the context ``KernelEditor``)."""
    return {
        "identity": translate("KernelEditor", "Identity"),
        "box": translate("KernelEditor", "Box blur (mean)"),
        "gaussian": translate("KernelEditor", "Gaussian blur"),
        "sharpen": translate("KernelEditor", "Sharpen"),
        "sobel_x": translate("KernelEditor", "Sobel x (vertical edges)"),
        "sobel_y": translate("KernelEditor", "Sobel y (horizontal edges)"),
        "scharr_x": translate("KernelEditor", "Scharr x"),
        "scharr_y": translate("KernelEditor", "Scharr y"),
        "laplacian": translate("KernelEditor", "Laplacian [[0,1,0],[1,−4,1],[0,1,0]]"),
        "laplacian_diagonal": translate(
            "KernelEditor", "Laplacian, textbook [[1,0,1],[0,−4,0],[1,0,1]]"
        ),
        "emboss": translate("KernelEditor", "Emboss"),
        "outline": translate("KernelEditor", "Outline"),
        "motion_blur": translate("KernelEditor", "Motion blur (diagonal)"),
    }


class KernelEditor(QWidget):
    """K filters, each C kernels of h×w plus a bias. ``changed`` fires on every edit."""

    changed = pyqtSignal()
    preset_chosen = pyqtSignal(str)
    current_filter_changed = pyqtSignal(int)

    def __init__(self, channels: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self._channel_names = [str(c) for c in range(channels)]
        self._weights = np.zeros((3, 3, channels, 1), dtype=np.float32)
        self._bias = np.zeros(1, dtype=np.float32)
        self._linked = [True]
        self._presets: list[str | None] = [None]
        self._current = 0
        self._grids: list[NumberGrid] = []
        self._grid_labels: list[QLabel] = []
        self._grid_key: tuple | None = None
        self._build()
        self.apply_preset("sobel_x")

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        self.size_combo = QComboBox()
        for n in KERNEL_SIZES:
            self.size_combo.addItem(f"{n}×{n}", f"{n}x{n}")
        self.size_combo.setToolTip(self.tr("Kernel size h×w (the same for every filter)"))
        self.size_combo.activated.connect(self._size_chosen)

        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("Custom"), "")
        for key, label in preset_names(self).items():
            self.preset_combo.addItem(label, key)
        self.preset_combo.setToolTip(self.tr("Fill the selected filter with a classic kernel"))
        self.preset_combo.activated.connect(self._preset_chosen)
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_combo.setMinimumContentsLength(10)
        self.sigma_spin = QDoubleSpinBox()
        self.sigma_spin.setRange(0.1, 10.0)
        self.sigma_spin.setSingleStep(0.1)
        self.sigma_spin.setValue(1.0)
        self.sigma_spin.setPrefix("σ = ")
        self.sigma_spin.setToolTip(self.tr("Standard deviation of the Gaussian kernel, in pixels"))
        self.sigma_spin.valueChanged.connect(self._sigma_changed)

        self.filter_tabs = QTabBar()
        self.filter_tabs.setExpanding(False)
        self.filter_tabs.setDrawBase(False)
        self.filter_tabs.setToolTip(
            self.tr("Each filter gives one output map (K filters → K maps)")
        )
        self.filter_tabs.currentChanged.connect(self._filter_selected)
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(self.tr("Add a filter (one more output map)"))
        self.add_button.clicked.connect(self.add_filter)
        self.remove_button = QToolButton()
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected filter"))
        self.remove_button.clicked.connect(self.remove_filter)

        self.link_check = QCheckBox(self.tr("Same kernel on every input channel"))
        self.link_check.setToolTip(
            self.tr(
                "A filter has one h×w kernel per input channel; the channel results are added, "
                "then the bias.\n"
                "Untick to give each channel its own kernel."
            )
        )
        self.link_check.toggled.connect(self._link_toggled)
        self.grid_box = QWidget()
        self.grid_layout = QGridLayout(self.grid_box)
        self.grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_layout.setHorizontalSpacing(8)
        self.grid_layout.setVerticalSpacing(2)

        self.bias_spin = QDoubleSpinBox()
        self.bias_spin.setRange(-100.0, 100.0)
        self.bias_spin.setDecimals(3)
        self.bias_spin.setSingleStep(0.1)
        self.bias_spin.setToolTip(
            self.tr("Bias b of the selected filter, added after the sum of products")
        )
        self.bias_spin.valueChanged.connect(self._bias_changed)

        self.normalize_button = QPushButton(self.tr("Normalize"))
        self.normalize_button.setToolTip(
            self.tr(
                "Scale the kernel so its weights sum to 1 (keeps brightness);\n"
                "a kernel summing to 0 (an edge detector) is scaled to Σ|w| = 2"
            )
        )
        self.normalize_button.clicked.connect(self.normalize)
        self.flip_button = QPushButton(self.tr("Flip"))
        self.flip_button.setToolTip(
            self.tr(
                "Turn the kernel 180°. CNN layers compute a cross-correlation (no flip);\n"
                "flipping the kernel first makes it a true convolution."
            )
        )
        self.flip_button.clicked.connect(self.flip)
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setToolTip(
            self.tr("Random weights, as a fresh, untrained Conv2D layer starts (Glorot uniform)")
        )
        self.random_button.clicked.connect(self.randomize)

        top = QHBoxLayout()
        top.addWidget(self.size_combo)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.sigma_spin)
        tabs = QHBoxLayout()
        tabs.addWidget(self.filter_tabs, 1)
        tabs.addWidget(self.add_button)
        tabs.addWidget(self.remove_button)
        bias = QHBoxLayout()
        bias.addWidget(QLabel(self.tr("Bias b")))
        bias.addWidget(self.bias_spin, 1)
        buttons = QHBoxLayout()
        for button in (self.normalize_button, self.flip_button, self.random_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(tabs)
        layout.addWidget(self.link_check)
        layout.addWidget(self.grid_box)
        layout.addLayout(bias)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ API
    def weights(self) -> np.ndarray:
        """All kernels, shape (h, w, C, K)."""
        return self._weights.copy()

    def bias(self) -> np.ndarray:
        return self._bias.copy()

    def filters(self) -> int:
        return int(self._weights.shape[3])

    def channels(self) -> int:
        return int(self._weights.shape[2])

    def current_filter(self) -> int:
        return self._current

    def current_preset(self) -> str | None:
        return self._presets[self._current]

    def grids(self) -> list[NumberGrid]:
        """The grids shown for the selected filter (one when linked, else one per channel)."""
        return list(self._grids)

    def set_layer(
        self, weights: np.ndarray, bias: np.ndarray, presets: list[str | None] | None = None
    ) -> None:
        """Replace every filter; a filter whose channels share a kernel is shown linked."""
        weights = np.asarray(weights, dtype=np.float32)
        if weights.ndim != 4:
            raise ValueError(f"kernels must have shape (h, w, C, K), not {weights.shape}")
        self._weights = weights.copy()
        self._bias = np.asarray(bias, dtype=np.float32).reshape(-1).copy()
        k = weights.shape[3]
        self._linked = [self._channels_equal(i) for i in range(k)]
        if presets is not None and len(presets) == k:
            self._presets = list(presets)
        else:
            self._presets = [self._find_preset(i) if self._linked[i] else None for i in range(k)]
        self._current = min(self._current, k - 1)
        self._rebuild()

    def set_channels(self, channels: int, names: list[str] | None = None) -> None:
        """Adapt to an input with ``channels`` channels (copies channel 0 where new ones appear)."""
        self._channel_names = list(names) if names else [str(c) for c in range(channels)]
        old = self._weights.shape[2]
        if channels != old:
            if channels < old:
                self._weights = self._weights[:, :, :channels, :].copy()
            else:
                extra = np.repeat(self._weights[:, :, :1, :], channels - old, axis=2)
                self._weights = np.concatenate([self._weights, extra], axis=2)
            for k in range(self.filters()):
                if self._linked[k] or channels == 1:
                    self._weights[:, :, :, k] = self._weights[:, :, :1, k]
                    self._linked[k] = True
        self._rebuild()

    def set_filter_kernel(
        self, kernel: np.ndarray, bias: float | None = None, index: int | None = None
    ) -> None:
        """Put a (h, w) or (h, w, C) kernel into filter ``index`` (default: the selected one)."""
        index = self._current if index is None else index
        kernel = np.asarray(kernel, dtype=np.float32)
        if kernel.ndim == 2:
            kernel = np.repeat(kernel[:, :, None], self.channels(), axis=2)
        if kernel.shape[2] != self.channels():
            raise ValueError(
                f"the kernel has {kernel.shape[2]} channels, the input {self.channels()}"
            )
        self._resize(kernel.shape[0], kernel.shape[1])
        self._weights[:, :, :, index] = kernel
        if bias is not None:
            self._bias[index] = bias
        self._linked[index] = self._channels_equal(index)
        self._presets[index] = None
        self._rebuild()
        self.changed.emit()

    def apply_preset(self, name: str) -> None:
        """Fill the selected filter with a preset (every channel the same)."""
        h = self._weights.shape[0]
        kernel = filters.preset(name, h, self.sigma_spin.value())
        self._weights[:, :, :, self._current] = kernel[:, :, None]
        self._linked[self._current] = True
        self._presets[self._current] = name
        self._rebuild()
        self.changed.emit()

    def add_filter(self) -> None:
        if self.filters() >= MAX_FILTERS:
            return
        used = set(self._presets)
        name = next(
            (
                p
                for p in ("sobel_y", "sobel_x", "laplacian", "gaussian", "sharpen", "emboss")
                if p not in used
            ),
            "identity",
        )
        h = self._weights.shape[0]
        kernel = np.repeat(
            filters.preset(name, h, self.sigma_spin.value())[:, :, None, None],
            self.channels(),
            axis=2,
        )
        self._weights = np.concatenate([self._weights, kernel], axis=3)
        self._bias = np.append(self._bias, np.float32(0))
        self._linked.append(True)
        self._presets.append(name)
        self._current = self.filters() - 1
        self._rebuild()
        self.changed.emit()

    def remove_filter(self) -> None:
        if self.filters() <= 1:
            return
        k = self._current
        self._weights = np.delete(self._weights, k, axis=3)
        self._bias = np.delete(self._bias, k)
        del self._linked[k]
        del self._presets[k]
        self._current = min(k, self.filters() - 1)
        self._rebuild()
        self.changed.emit()

    def select_filter(self, index: int) -> None:
        self.filter_tabs.setCurrentIndex(index)

    def normalize(self) -> None:
        k = self._current
        for c in range(self.channels()):
            self._weights[:, :, c, k] = filters.normalize_kernel(self._weights[:, :, c, k])
        self._presets[k] = None
        self._rebuild()
        self.changed.emit()

    def flip(self) -> None:
        k = self._current
        self._weights[:, :, :, k] = filters.flip_kernel(self._weights[:, :, :, k])
        self._presets[k] = None
        self._rebuild()
        self.changed.emit()

    def randomize(self) -> None:
        k = self._current
        h, w, c, _ = self._weights.shape
        self._weights[:, :, :, k] = filters.random_kernel((h, w, c, 1))[:, :, :, 0]
        self._linked[k] = c == 1
        self._presets[k] = None
        self._rebuild()
        self.changed.emit()

    # ------------------------------------------------------------- internals
    def _find_preset(self, k: int) -> str | None:
        """The preset that filter ``k`` (all channels alike) equals, if any."""
        h, w = self._weights.shape[:2]
        if h != w:
            return None
        kernel = self._weights[:, :, 0, k]
        for name in filters.PRESETS:
            if np.allclose(kernel, filters.preset(name, h, self.sigma_spin.value()), atol=1e-6):
                return name
        return None

    def _channels_equal(self, k: int) -> bool:
        w = self._weights[:, :, :, k]
        return all(np.array_equal(w[:, :, 0], w[:, :, c]) for c in range(1, w.shape[2]))

    def _resize(self, h: int, w: int) -> None:
        """Change every kernel to h×w: presets are redrawn, others padded or cropped in the
        middle."""
        old_h, old_w = self._weights.shape[:2]
        if (h, w) == (old_h, old_w):
            return
        new = np.zeros((h, w, self.channels(), self.filters()), dtype=np.float32)
        for k in range(self.filters()):
            name = self._presets[k]
            if name is not None and h == w:
                new[:, :, :, k] = filters.preset(name, h, self.sigma_spin.value())[:, :, None]
                continue
            for c in range(self.channels()):
                src = self._weights[:, :, c, k]
                top, left = (h - old_h) // 2, (w - old_w) // 2
                for i in range(old_h):
                    for j in range(old_w):
                        if 0 <= i + top < h and 0 <= j + left < w:
                            new[i + top, j + left, c, k] = src[i, j]
        self._weights = new

    def _size_chosen(self, index: int) -> None:
        h, w = (int(v) for v in self.size_combo.itemData(index).split("x"))
        self._resize(h, w)
        self._rebuild()
        self.changed.emit()

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key:
            self.apply_preset(key)
            self.preset_chosen.emit(key)

    def _sigma_changed(self, _value: float) -> None:
        if self._presets[self._current] == "gaussian":
            self.apply_preset("gaussian")

    def _filter_selected(self, index: int) -> None:
        if 0 <= index < self.filters() and index != self._current:
            self._current = index
            self._rebuild(tabs=False)
            self.current_filter_changed.emit(index)

    def _link_toggled(self, linked: bool) -> None:
        k = self._current
        if linked and not self._linked[k]:
            self._weights[:, :, :, k] = self._weights[:, :, :1, k]
            self._linked[k] = True
            self._rebuild()
            self.changed.emit()
        elif not linked and self._linked[k]:
            self._linked[k] = False
            self._rebuild()

    def _bias_changed(self, value: float) -> None:
        if float(self._bias[self._current]) != float(value):
            self._bias[self._current] = value
            self.changed.emit()

    def _grid_edited(self, channel: int) -> None:
        k = self._current
        values = self._grids[channel].values()
        if self._linked[k]:
            self._weights[:, :, :, k] = values[:, :, None]
        else:
            self._weights[:, :, channel, k] = values
        self._presets[k] = None
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(0)
        scale = float(np.abs(self._weights[:, :, :, k]).max())
        for grid in self._grids:
            grid.set_scale(scale)
        self.changed.emit()

    def _rebuild(self, tabs: bool = True) -> None:
        """Show the state: size, tabs, preset, link, grids and bias of the selected filter."""
        h, w, channels, k_count = self._weights.shape
        k = self._current
        with QSignalBlocker(self.size_combo):
            found = self.size_combo.findData(f"{h}x{w}")
            if found < 0:
                self.size_combo.addItem(f"{h}×{w}", f"{h}x{w}")
                found = self.size_combo.count() - 1
            self.size_combo.setCurrentIndex(found)
        if tabs or self.filter_tabs.count() != k_count:
            with QSignalBlocker(self.filter_tabs):
                while self.filter_tabs.count() > k_count:
                    self.filter_tabs.removeTab(self.filter_tabs.count() - 1)
                while self.filter_tabs.count() < k_count:
                    self.filter_tabs.addTab("")
                for i in range(k_count):
                    self.filter_tabs.setTabText(i, self.tr("Filter {n}").format(n=i + 1))
                self.filter_tabs.setCurrentIndex(k)
        self.add_button.setEnabled(k_count < MAX_FILTERS)
        self.remove_button.setEnabled(k_count > 1)
        with QSignalBlocker(self.preset_combo):
            index = self.preset_combo.findData(self._presets[k] or "")
            self.preset_combo.setCurrentIndex(max(index, 0))
        self.sigma_spin.setEnabled(self._presets[k] == "gaussian")
        with QSignalBlocker(self.link_check):
            self.link_check.setChecked(self._linked[k])
        self.link_check.setVisible(channels > 1)
        with QSignalBlocker(self.bias_spin):
            self.bias_spin.setValue(float(self._bias[k]))

        shown = 1 if (self._linked[k] or channels == 1) else channels
        # Cells wide enough for the longest number; as many grids per row as fit the panel.
        texts = [format_number(v) for v in self._weights[:, :, :, k].ravel()]
        widest = max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 10
        cell = int(min(52, (GRID_AREA_WIDTH - 12) // w, max(30 if w > 5 else 32, widest)))
        per_row = max(1, min(shown, GRID_AREA_WIDTH // (w * cell + 12)))
        key = (shown, h, w, cell, per_row)
        if key != self._grid_key:
            self._grid_key = key
            for widget in self._grids + self._grid_labels:
                self.grid_layout.removeWidget(widget)
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
            self._grids, self._grid_labels = [], []
            for c in range(shown):
                grid = NumberGrid(h, w, cell_size=cell)
                grid.setToolTip(
                    self.tr(
                        "Type a number (it applies while you type), or turn the mouse wheel over "
                        "a cell: ±0.1, with Shift ±1"
                    )
                )
                grid.values_changed.connect(lambda c=c: self._grid_edited(c))
                label = QLabel()
                row, col = divmod(c, per_row)
                self.grid_layout.addWidget(label, 2 * row, col)
                self.grid_layout.addWidget(grid, 2 * row + 1, col)
                self._grids.append(grid)
                self._grid_labels.append(label)
        scale = float(np.abs(self._weights[:, :, :, k]).max())
        for c, (grid, label) in enumerate(zip(self._grids, self._grid_labels, strict=True)):
            grid.set_values(self._weights[:, :, c, k])
            grid.set_scale(scale)
            if shown == 1 and channels > 1:
                label.setText(
                    self.tr("every channel ({names})").format(names=", ".join(self._channel_names))
                )
            elif channels == 1:
                label.setText(self._channel_names[0] if self._channel_names else "")
            else:
                label.setText(self._channel_names[c] if c < len(self._channel_names) else str(c))

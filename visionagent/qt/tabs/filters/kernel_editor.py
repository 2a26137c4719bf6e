"""The kernel editor: K filters of h×w kernels for C input channels plus one bias each, with
presets, normalize, flip and random. It holds a :class:`KernelBank` and shows the selected
filter's kernels as number grids (one shared grid when every channel has the same kernel)."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import QSignalBlocker, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent.i18n import translate
from visionagent.qt.tabs.filters.grids import GridPanel, NumberGrid
from visionagent.qt.tabs.filters.kernel_bank import MAX_FILTERS, KernelBank

KERNEL_SIZES = (3, 5, 7)


def preset_names() -> dict[str, str]:
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
    """Edits a :class:`KernelBank`. ``changed`` fires on every edit of the weights or biases."""

    changed = pyqtSignal()
    preset_chosen = pyqtSignal(str)
    current_filter_changed = pyqtSignal(int)

    def __init__(self, channels: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.bank = KernelBank(channels)
        self._channel_names = [str(c) for c in range(channels)]
        self._build()
        self.bank.sigma = self.sigma_spin.value()
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
        for key, label in preset_names().items():
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
        self.filter_tabs.setUsesScrollButtons(True)
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
        self.count_buttons = QWidget()  # what a lesson locks to keep the number of filters
        count_layout = QHBoxLayout(self.count_buttons)
        count_layout.setContentsMargins(0, 0, 0, 0)
        count_layout.addWidget(self.add_button)
        count_layout.addWidget(self.remove_button)

        self.link_check = QCheckBox(self.tr("Same kernel on every input channel"))
        self.link_check.setToolTip(
            self.tr(
                "A filter has one h×w kernel per input channel; the channel results are added, "
                "then the bias.\n"
                "Untick to give each channel its own kernel."
            )
        )
        self.link_check.toggled.connect(self._link_toggled)
        self.grid_panel = GridPanel(
            editable=True,
            tinted=True,
            cell=34,
            min_cell=26,
            spacing=8,
            tooltip=self.tr(
                "Type a number (it applies while you type), or turn the mouse wheel over a cell: "
                "±0.1, with Shift ±1"
            ),
        )
        self.grid_panel.edited.connect(self._grid_edited)

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
        self.flip_button = QPushButton(self.tr("Flip"))
        self.flip_button.setToolTip(
            self.tr(
                "Turn the kernel 180°. CNN layers compute a cross-correlation (no flip);\n"
                "flipping the kernel first makes it a true convolution."
            )
        )
        self.random_button = QPushButton(self.tr("Random"))
        self.random_button.setToolTip(
            self.tr("Random weights, as a fresh, untrained Conv2D layer starts (Glorot uniform)")
        )
        for button, action in (
            (self.normalize_button, self.bank.normalize),
            (self.flip_button, self.bank.flip),
            (self.random_button, self.bank.randomize),
        ):
            button.clicked.connect(lambda _=False, a=action: self._edit(a))

        top = QHBoxLayout()
        top.addWidget(self.size_combo)
        top.addWidget(self.preset_combo, 1)
        top.addWidget(self.sigma_spin)
        tabs = QHBoxLayout()
        tabs.addWidget(self.filter_tabs, 1)
        tabs.addWidget(self.count_buttons)
        bias = QHBoxLayout()
        bias.addWidget(QLabel(self.tr("Bias b")))
        bias.addWidget(self.bias_spin, 1)
        buttons = QHBoxLayout()
        for button in (self.normalize_button, self.flip_button, self.random_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(tabs)
        layout.addWidget(self.link_check)
        layout.addWidget(self.grid_panel)
        layout.addLayout(bias)
        layout.addLayout(buttons)

    # ------------------------------------------------------------------ API
    def weights(self) -> np.ndarray:
        """All kernels, shape (h, w, C, K)."""
        return self.bank.weights.copy()

    def bias(self) -> np.ndarray:
        return self.bank.bias.copy()

    def filters(self) -> int:
        return self.bank.filters

    def channels(self) -> int:
        return self.bank.channels

    def current_filter(self) -> int:
        return self.bank.current

    def current_preset(self) -> str | None:
        return self.bank.presets[self.bank.current]

    def presets(self) -> list[str | None]:
        return list(self.bank.presets)

    def grids(self) -> list[NumberGrid]:
        """The grids shown for the selected filter (one when linked, else one per channel)."""
        return list(self.grid_panel.grids)

    def set_layer(
        self,
        weights: np.ndarray,
        bias: np.ndarray,
        presets: list[str | None] | None = None,
        current: int | None = None,
    ) -> None:
        """Replace every filter (and select filter ``current``); no ``changed`` signal."""
        self.bank.set_layer(weights, bias, presets)
        if current is not None:
            self.bank.current = max(0, min(int(current), self.bank.filters - 1))
        self._rebuild()

    def set_channels(self, channels: int, names: list[str] | None = None) -> None:
        """Adapt to an input with ``channels`` channels (copies channel 0 where new ones appear)."""
        self._channel_names = list(names) if names else [str(c) for c in range(channels)]
        self.bank.set_channels(channels)
        self._rebuild()

    def set_filter_kernel(
        self, kernel: np.ndarray, bias: float | None = None, index: int | None = None
    ) -> None:
        """Put a (h, w) or (h, w, C) kernel into filter ``index`` (default: the selected one)."""
        self._edit(lambda: self.bank.set_filter_kernel(kernel, bias, index))

    def set_filter_count(self, count: int) -> None:
        self._edit(lambda: self.bank.set_count(count))

    def set_kernel_size(self, size: int) -> None:
        """Every kernel ``size``×``size`` (presets redrawn, the others padded or cropped)."""
        self._edit(lambda: self.bank.resize(size, size))

    def set_bias(self, index: int, value: float) -> None:
        def action() -> None:
            self.bank.bias[index] = value

        self._edit(action)

    def apply_preset(self, name: str, size: int | None = None) -> None:
        """Fill the selected filter with a preset (every channel the same), ``size``×``size``."""
        if size is not None:
            self.bank.resize(size, size)
        self._edit(lambda: self.bank.apply_preset(name))

    def add_filter(self) -> None:
        if self.bank.add_filter():
            self._rebuild()
            self.changed.emit()
            self.current_filter_changed.emit(self.bank.current)

    def remove_filter(self) -> None:
        if self.bank.remove_filter():
            self._rebuild()
            self.changed.emit()
            self.current_filter_changed.emit(self.bank.current)

    def select_filter(self, index: int) -> None:
        self.filter_tabs.setCurrentIndex(index)

    def normalize(self) -> None:
        self._edit(self.bank.normalize)

    def flip(self) -> None:
        self._edit(self.bank.flip)

    def randomize(self) -> None:
        self._edit(self.bank.randomize)

    # ------------------------------------------------------------- reactions
    def _edit(self, action) -> None:
        action()
        self._rebuild()
        self.changed.emit()

    def _size_chosen(self, index: int) -> None:
        h, w = (int(v) for v in self.size_combo.itemData(index).split("x"))
        self._edit(lambda: self.bank.resize(h, w))

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        if key:
            self.apply_preset(key)
            self.preset_chosen.emit(key)

    def _sigma_changed(self, value: float) -> None:
        self.bank.sigma = float(value)
        if self.current_preset() == "gaussian":
            self.apply_preset("gaussian")

    def _filter_selected(self, index: int) -> None:
        if 0 <= index < self.bank.filters and index != self.bank.current:
            self.bank.current = index
            self._rebuild(tabs=False)
            self.current_filter_changed.emit(index)

    def _link_toggled(self, linked: bool) -> None:
        changed = self.bank.link(linked)
        self._rebuild()
        if changed:
            self.changed.emit()

    def _bias_changed(self, value: float) -> None:
        k = self.bank.current
        if float(self.bank.bias[k]) != float(value):
            self.bank.bias[k] = value
            self.changed.emit()

    def _grid_edited(self, channel: int) -> None:
        self.bank.set_grid(channel, self.grid_panel.grids[channel].values())
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(0)
        scale = float(np.abs(self.bank.kernel()).max())
        for grid in self.grid_panel.grids:
            grid.set_scale(scale)
        self.changed.emit()

    # ------------------------------------------------------------- showing
    def _rebuild(self, tabs: bool = True) -> None:
        """Show the state: size, tabs, preset, link, grids and bias of the selected filter."""
        bank = self.bank
        (h, w), channels, k_count, k = bank.size, bank.channels, bank.filters, bank.current
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
        with QSignalBlocker(self.filter_tabs):
            self.filter_tabs.setCurrentIndex(k)
        self.add_button.setEnabled(k_count < MAX_FILTERS)
        self.remove_button.setEnabled(k_count > 1)
        with QSignalBlocker(self.preset_combo):
            index = self.preset_combo.findData(bank.presets[k] or "")
            self.preset_combo.setCurrentIndex(max(index, 0))
        self.sigma_spin.setEnabled(bank.presets[k] == "gaussian")
        with QSignalBlocker(self.link_check):
            self.link_check.setChecked(bank.linked[k])
        self.link_check.setVisible(channels > 1)
        with QSignalBlocker(self.bias_spin):
            self.bias_spin.setValue(float(bank.bias[k]))
        shown = bank.shown_kernels()
        self.grid_panel.ensure(shown, h, w)
        kernel = bank.kernel()
        scale = float(np.abs(kernel).max())
        for c, grid in enumerate(self.grid_panel.grids):
            grid.set_scale(scale, refresh=False)
            grid.set_values(kernel[:, :, c])
            self.grid_panel.set_caption(c, self._caption(c, shown, channels))
        self.grid_panel.arrange()

    def _caption(self, c: int, shown: int, channels: int) -> str:
        names = self._channel_names
        if shown == 1 and channels > 1:
            return self.tr("every channel ({names})").format(names=", ".join(names))
        if channels == 1:
            return names[0] if names else ""
        return names[c] if c < len(names) else str(c)

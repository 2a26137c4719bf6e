"""Where the picture comes from: the shipped samples, a file of your own, colour or gray."""

from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from visionagent.qt.kit.image_input import open_image_dialog, samples_menu


class PictureBox(QGroupBox):
    """Samples ▾, Open…, RGB/gray. ``path_chosen(path)`` and ``gray_changed(gray)``."""

    path_chosen = pyqtSignal(str)
    gray_changed = pyqtSignal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Picture"), parent)
        self.samples_button = QPushButton(self.tr("Samples"))
        self.samples_button.setObjectName("samples")
        self.samples_button.setToolTip(
            self.tr(
                "Sample pictures shipped with VisionAgent (scikit-image data, public domain / CC0)"
            )
        )
        self.samples_button.setMenu(samples_menu(self, self.path_chosen.emit))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setObjectName("open")
        self.open_button.setToolTip(
            self.tr("Open a picture of your own (or drop or paste one onto the tab)")
        )
        self.open_button.clicked.connect(self._open_dialog)
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("gray")
        self.colour_combo.addItem(self.tr("RGB colour (3 channels)"), False)
        self.colour_combo.addItem(self.tr("Grayscale (1 channel)"), True)
        self.colour_combo.setToolTip(
            self.tr("A filter has one kernel per input channel: 3 for colour, 1 for gray")
        )
        self.colour_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.colour_combo.setMinimumContentsLength(8)
        self.colour_combo.activated.connect(lambda _i: self.gray_changed.emit(self.gray()))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.samples_button, 1)
        row.addWidget(self.open_button, 1)
        layout.addLayout(row)
        layout.addWidget(self.colour_combo)

    def gray(self) -> bool:
        return bool(self.colour_combo.currentData())

    def channel_names(self) -> list[str]:
        """The picture's channels as the kernel editor names them."""
        return [self.tr("gray")] if self.gray() else [self.tr("R"), self.tr("G"), self.tr("B")]

    def set_gray(self, gray: bool) -> None:
        """Show ``gray`` (no signal: this is not the user's choice)."""
        self.colour_combo.blockSignals(True)
        self.colour_combo.setCurrentIndex(self.colour_combo.findData(bool(gray)))
        self.colour_combo.blockSignals(False)

    def set_name(self, name: str) -> None:
        """The picture in use, in the box's title."""
        self.setTitle(self.tr("Picture: {name}").format(name=name) if name else self.tr("Picture"))
        self.setToolTip(name)

    def _open_dialog(self) -> None:
        path = open_image_dialog(self, self.tr("Open picture"))
        if path:
            self.path_chosen.emit(path)

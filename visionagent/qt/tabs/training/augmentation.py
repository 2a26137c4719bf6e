"""Program 8-5's preview: the same training images, augmented four times (one row per batch)."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from visionagent.qt.tabs.training.views import ImageGrid


class AugmentationPage(QWidget):
    """``preview_requested`` when Generate is pressed; the tab runs the job and shows the rows."""

    preview_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Generate batches"))
        self.preview_button.setToolTip(
            self.tr("Program 8-5: the same images, augmented four times")
        )
        self.preview_label = QLabel(
            self.tr("Each row is one generated batch of the same eight training images.")
        )
        self.preview_label.setWordWrap(True)
        top.addWidget(self.preview_button)
        top.addWidget(self.preview_label, 1)
        layout.addLayout(top)
        self.preview_grid = ImageGrid(thumb=72)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview_grid)
        layout.addWidget(scroll, 1)
        self.preview_button.clicked.connect(self.preview_requested)

    def show_busy(self, augmented: bool) -> None:
        self.preview_button.setEnabled(False)
        self.preview_label.setText(
            self.tr("Each row is one generated batch of the same eight training images.")
            if augmented
            else self.tr("No augmentation is switched on: the rows show the images unchanged.")
        )

    def show_batches(self, batches: np.ndarray, captions: list[str]) -> None:
        """``batches``: (rows, images, H, W, C) floats in 0..1."""
        self.preview_button.setEnabled(True)
        images = batches.reshape(-1, *batches.shape[2:])
        self.preview_grid.set_images(images, None, columns=batches.shape[1])
        self.preview_grid.setToolTip(", ".join(captions))

    def show_error(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self.preview_label.setText(message)

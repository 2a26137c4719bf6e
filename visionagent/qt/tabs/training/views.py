"""Views of the Training tab: the model summary table, a grid of small images, table cells that
sort by value.

They only show what the core computed (plain rows, NumPy arrays); nothing here touches Keras.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from visionagent.i18n import number
from visionagent.qt.kit.images import to_pixmap

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SortItem(QTableWidgetItem):
    """A table cell that sorts by a value of its own (a number, not its formatted text); cells
    without one sort last."""

    def __init__(self, text: str, value=None):
        super().__init__(text)
        self.setData(SORT_ROLE, value)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return mine is not None and theirs is None
        return mine < theirs


class ModelSummaryTable(QWidget):
    """Layers with output shapes and parameters, and the totals (Keras' ``summary()`` as a
    table)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Layer"), self.tr("Type"), self.tr("Output shape"), self.tr("Parameters")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        self.total = 0

    def set_summary(self, rows: list[dict], total: int, trainable: int) -> None:
        self.total = int(total)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row["name"], row["kind"], row["output_shape"], number(row["parameters"])]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row["parameters"] and not row["trainable"]:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("frozen: not trained"))
                self.table.setItem(r, c, item)
        self.total_label.setText(
            self.tr("Total parameters: {total} · trainable: {trainable} · frozen: {frozen}").format(
                total=number(total), trainable=number(trainable), frozen=number(total - trainable)
            )
        )

    def clear(self, message: str = "") -> None:
        self.table.setRowCount(0)
        self.total = 0
        self.total_label.setText(message)


class ImageGrid(QWidget):
    """Images in rows, each with an optional caption below (augmented batches, mistakes)."""

    def __init__(self, parent: QWidget | None = None, thumb: int = 84):
        super().__init__(parent)
        self.thumb = thumb
        self.grid = QGridLayout(self)
        self.grid.setSpacing(4)
        self.labels: list[QLabel] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_images(
        self, images: np.ndarray, captions: list[str] | None = None, columns: int = 8
    ) -> None:
        """``images``: (N, H, W[, C]) floats in 0..1; ``captions``: one per image or None."""
        self.clear()
        for i, image in enumerate(images):
            cell = QLabel()
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setPixmap(to_pixmap(image, size=self.thumb))
            self.grid.addWidget(cell, 2 * (i // columns), i % columns)
            self.labels.append(cell)
            if captions:
                cell.setToolTip(captions[i])
                text = QLabel(captions[i])
                text.setAlignment(Qt.AlignmentFlag.AlignCenter)
                text.setWordWrap(True)
                text.setMaximumWidth(self.thumb + 40)
                self.grid.addWidget(text, 2 * (i // columns) + 1, i % columns)
                self.labels.append(text)

    def clear(self) -> None:
        for label in self.labels:
            self.grid.removeWidget(label)
            label.deleteLater()
        self.labels = []

    def image_count(self) -> int:
        return sum(
            1 for label in self.labels if label.pixmap() is not None and not label.pixmap().isNull()
        )

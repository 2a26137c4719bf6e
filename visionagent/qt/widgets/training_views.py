"""Views of the Training tab: model summary table, image grid, confusion matrix.

They only show what the core computed (plain rows, NumPy arrays); nothing here touches Keras.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QFont, QImage, QPixmap
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


def array_to_pixmap(image: np.ndarray, size: int = 96) -> QPixmap:
    """A float 0..1 (H, W[, 1|3]) image as a square-ish pixmap ``size`` pixels wide.

    Small images (28×28 digits) are enlarged without smoothing so the pixels stay visible.
    """
    image = np.asarray(image)
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[..., 0]
    pixels = np.ascontiguousarray(np.clip(image * 255.0 + 0.5, 0, 255).astype(np.uint8))
    h, w = pixels.shape[:2]
    if pixels.ndim == 2:
        qimage = QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8)
    else:
        qimage = QImage(pixels.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    mode = (
        Qt.TransformationMode.FastTransformation
        if w < size
        else Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(qimage.copy()).scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, mode
    )


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
        layout.addWidget(self.table)
        layout.addWidget(self.total_label)
        self.total = 0

    def set_summary(self, rows: list[dict], total: int, trainable: int) -> None:
        self.total = int(total)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row["name"], row["kind"], row["output_shape"], f"{row['parameters']:,}"]
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
                total=f"{total:,}", trainable=f"{trainable:,}", frozen=f"{total - trainable:,}"
            )
        )

    def clear(self, message: str = "") -> None:
        self.table.setRowCount(0)
        self.total = 0
        self.total_label.setText(message)


class ImageGrid(QWidget):
    """Images in rows (each a QLabel with a caption), e.g. augmented batches or confused
    examples."""

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
            cell.setPixmap(array_to_pixmap(image, self.thumb))
            if captions:
                cell.setToolTip(captions[i])
            self.grid.addWidget(cell, 2 * (i // columns), i % columns)
            self.labels.append(cell)
            if captions:
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


class ConfusionMatrixView(pg.GraphicsLayoutWidget):
    """The confusion matrix as an image (rows: true class, columns: predicted), counts written in
    the cells when there are few classes; colours show each row's share."""

    MAX_LABELLED = 20

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setBackground("w")
        self.plot = self.addPlot()
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("left", self.tr("true class"))
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.plot.addItem(self.image)
        self.texts: list[pg.TextItem] = []
        self.matrix: np.ndarray | None = None

    def set_matrix(self, matrix: np.ndarray, class_names: list[str]) -> None:
        self.matrix = np.asarray(matrix)
        for text in self.texts:
            self.plot.removeItem(text)
        self.texts = []
        rows = self.matrix.sum(axis=1, keepdims=True).clip(min=1)
        share = np.ascontiguousarray((self.matrix / rows).astype(np.float32))
        self.image.setImage(share, levels=(0.0, 1.0))
        n = len(class_names)
        labelled = n <= self.MAX_LABELLED
        short = [name if len(name) <= 10 else name[:9] + "…" for name in class_names]
        ticks = (
            [(i + 0.5, short[i]) for i in range(n)]
            if labelled
            else [(i + 0.5, str(i)) for i in range(0, n, max(1, n // 10))]
        )
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("left").setTicks([ticks])
        if labelled:
            font = QFont()
            font.setPointSizeF(9.0 if n <= 5 else 7.0 if n <= 10 else 6.0)
            for i in range(n):
                for j in range(n):
                    if self.matrix[i, j] == 0:
                        continue
                    colour = "k" if share[i, j] > 0.6 else "w"
                    text = pg.TextItem(str(int(self.matrix[i, j])), color=colour, anchor=(0.5, 0.5))
                    text.setFont(font)
                    text.setPos(j + 0.5, i + 0.5)
                    self.plot.addItem(text)
                    self.texts.append(text)
        self.plot.setRange(xRange=(0, n), yRange=(0, n), padding=0.02)

    def reset(self) -> None:
        """Empty the view. (Not ``clear``: GraphicsLayoutWidget binds ``clear`` to its layout's,
        which would remove the plot itself.)"""
        for text in self.texts:
            self.plot.removeItem(text)
        self.texts = []
        self.matrix = None
        self.image.clear()

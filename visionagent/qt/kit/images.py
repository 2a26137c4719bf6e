"""The one NumPy ↔ QImage/QPixmap conversion of the app.

Arrays are what the core computes: uint8 0..255 or float 0..1, shaped (H, W), (H, W, 1),
(H, W, 3) RGB or (H, W, 4) RGBA. Every widget that shows such an array goes through here.
"""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QImage, QPixmap

_FORMATS = {
    1: QImage.Format.Format_Grayscale8,
    3: QImage.Format.Format_RGB888,
    4: QImage.Format.Format_RGBA8888,
}


def as_uint8(image: np.ndarray) -> np.ndarray:
    """``image`` as C-contiguous uint8 (floats are taken as 0..1), channels last (H, W[, C])."""
    image = np.asarray(image)
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[..., 0]
    if image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] not in (3, 4)):
        raise ValueError(f"cannot show an array of shape {image.shape} as an image")
    if image.dtype != np.uint8:
        values = np.nan_to_num(image.astype(np.float32), nan=0.0)
        image = np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(image)


def to_qimage(image: np.ndarray) -> QImage:
    """A deep copy of ``image`` as a QImage (grey, RGB or RGBA by its channels)."""
    pixels = as_uint8(image)
    height, width = pixels.shape[:2]
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    qimage = QImage(pixels.data, width, height, pixels.strides[0], _FORMATS[channels])
    return qimage.copy()  # the QImage must not point into the NumPy buffer


def from_qimage(qimage: QImage) -> np.ndarray:
    """An RGB uint8 (H, W, 3) copy of a QImage of any format (alpha is dropped)."""
    qimage = qimage.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = qimage.width(), qimage.height(), qimage.bytesPerLine()
    buffer = np.frombuffer(qimage.constBits().asstring(qimage.sizeInBytes()), np.uint8)
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def to_pixmap(image: np.ndarray, size: int | None = None, scale: int | None = None) -> QPixmap:
    """``image`` as a QPixmap, fitted into ``size``×``size`` or enlarged ``scale`` times.

    Images smaller than the target (a 28×28 digit) are enlarged without smoothing so their pixels
    stay visible; larger ones are scaled down smoothly.
    """
    pixmap = QPixmap.fromImage(to_qimage(image))
    if scale is not None:
        return pixmap.scaled(
            pixmap.width() * int(scale),
            pixmap.height() * int(scale),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    if size is not None:
        smaller = max(pixmap.width(), pixmap.height()) < size
        mode = (
            Qt.TransformationMode.FastTransformation
            if smaller
            else Qt.TransformationMode.SmoothTransformation
        )
        return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, mode)
    return pixmap

"""The layer's settings (stride, padding, border, activation, pooling…) as a form built from
:data:`visionagent.core.filters.FILTER_FIELDS`; the kernels come from the kernel editor."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from visionagent.core import filters
from visionagent.core.filters.fields import MAX_PADDING
from visionagent.qt.kit.forms import FieldForm

#: the controls a first-time user needs at once (the rest may scroll)
KEY_FIELDS = ("stride", "padding", "activation", "pool")


def normalized(layer: filters.Layer) -> filters.Layer:
    """``layer`` with a padding the form can show (0 pixels is "valid", at most MAX_PADDING)."""
    padding = layer.padding
    if not isinstance(padding, str):
        padding = "valid" if int(padding) <= 0 else min(int(padding), MAX_PADDING)
    if padding != layer.padding:
        return filters.Layer(**{**layer.__dict__, "padding": padding})
    return layer


class LayerForm(QWidget):
    """Convolution and pooling settings side by side; ``changed(key)`` on every user edit."""

    changed = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = FieldForm(filters.FILTER_FIELDS, horizontal=True)
        for control in self.form.controls.values():
            if isinstance(control, QComboBox):
                control.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                control.setMinimumContentsLength(8)
        self.form.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    def control(self, key: str) -> QWidget:
        return self.form.control(key)

    def controls(self) -> dict[str, QWidget]:
        return dict(self.form.controls)

    def key_controls(self) -> list[QWidget]:
        return [self.form.control(key) for key in KEY_FIELDS]

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def set_layer(self, layer: filters.Layer) -> None:
        """Show the settings of ``layer`` (no ``changed`` signal)."""
        self.form.set_config(normalized(layer))

    def layer(self, weights, bias) -> filters.Layer:
        """The layer of these kernels with the form's settings."""
        return self.form.apply_to(filters.Layer(weights, bias))

    def update_enabled(self, layer: filters.Layer) -> None:
        """Grey out what does not apply (the border without padding, pooling settings without
        pooling)."""
        self.form.update_enabled(layer)

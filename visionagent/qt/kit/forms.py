"""Forms built from the core's field tables (:mod:`visionagent.core.fields`).

:class:`FieldForm` makes one control per field (spin boxes, check boxes, combo boxes, line edits),
grouped in boxes by ``Field.group``, reads a config dataclass into them and writes them back into
one. Controls of fields that do not apply to the current config (``enabled_when``) are greyed out
with the reason as tooltip. The form holds no defaults of its own: they come from the config.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PyQt6.QtCore import QSignalBlocker, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from visionagent.core.fields import Field, apply_values, get_value
from visionagent.i18n import translate

INT_LIMIT = 2**31 - 1


def make_control(field: Field) -> QWidget:
    """The control for one field (not yet holding a value)."""
    if field.kind == "bool":
        return QCheckBox(field.title())
    if field.kind == "choice":
        combo = QComboBox()
        for choice in field.choices:
            combo.addItem(translate("Fields", choice.label), choice.value)
        return combo
    if field.kind == "text":
        return QLineEdit()
    spin = QSpinBox() if field.kind == "int" else QDoubleSpinBox()
    step = field.step if field.step is not None else (1 if field.kind == "int" else 0.1)
    limit = INT_LIMIT if field.kind == "int" else 1e9
    low = field.minimum if field.minimum is not None else -limit
    high = field.maximum if field.maximum is not None else limit
    if field.special is not None:
        low = low - step
        spin.setSpecialValueText(field.special_label())
    if isinstance(spin, QDoubleSpinBox):
        spin.setDecimals(field.decimals)
        spin.setRange(float(low), float(high))
        spin.setSingleStep(float(step))
    else:
        spin.setRange(int(low), int(min(high, INT_LIMIT)))
        spin.setSingleStep(int(step))
    if field.suffix:
        spin.setSuffix(translate("Fields", field.suffix))
    return spin


def control_value(field: Field, control: QWidget) -> Any:
    if isinstance(control, QCheckBox):
        return control.isChecked()
    if isinstance(control, QComboBox):
        return control.currentData()
    if isinstance(control, QLineEdit):
        return control.text().strip()
    if field.special is not None and control.value() == control.minimum():
        return field.special[0]
    return control.value()


def set_control_value(field: Field, control: QWidget, value: Any) -> None:
    with QSignalBlocker(control):
        if isinstance(control, QCheckBox):
            control.setChecked(bool(value))
        elif isinstance(control, QComboBox):
            index = control.findData(value)
            if index >= 0:
                control.setCurrentIndex(index)
        elif isinstance(control, QLineEdit):
            control.setText("" if value is None else str(value))
        elif field.special is not None and value == field.special[0]:
            control.setValue(control.minimum())
        else:
            control.setValue(value)


def control_signal(control: QWidget):
    if isinstance(control, QCheckBox):
        return control.toggled
    if isinstance(control, QComboBox):
        return control.currentIndexChanged
    if isinstance(control, QLineEdit):
        return control.editingFinished
    return control.valueChanged


class FieldForm(QWidget):
    """Controls for ``fields``; ``changed(key)`` when the user edits one.

    The group boxes are stacked, or side by side with ``horizontal=True`` (a short form above a
    wide view).
    """

    changed = pyqtSignal(str)

    def __init__(
        self, fields: Sequence[Field], parent: QWidget | None = None, horizontal: bool = False
    ):
        super().__init__(parent)
        self.fields = list(fields)
        self.controls: dict[str, QWidget] = {}
        self.groups: dict[str, QGroupBox] = {}
        layout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        forms: dict[str, QFormLayout] = {}
        for field in self.fields:
            if field.group not in forms:
                box = QGroupBox(translate("Fields", field.group) if field.group else "")
                forms[field.group] = QFormLayout(box)
                self.groups[field.group] = box
                layout.addWidget(box)
            control = make_control(field)
            control.setObjectName(field.key)
            if field.help:
                control.setToolTip(field.tooltip())
            if field.kind == "bool":
                forms[field.group].addRow(control)
            else:
                forms[field.group].addRow(field.title(), control)
            self.controls[field.key] = control
            control_signal(control).connect(lambda *_a, key=field.key: self.changed.emit(key))

    def control(self, key: str) -> QWidget:
        return self.controls[key]

    def field(self, key: str) -> Field:
        for field in self.fields:
            if field.key == key:
                return field
        raise KeyError(key)

    def values(self) -> dict[str, Any]:
        return {f.key: control_value(f, self.controls[f.key]) for f in self.fields}

    def set_config(self, config: Any) -> None:
        """Show the values of ``config`` (signals blocked: this is not a user edit)."""
        for field in self.fields:
            set_control_value(field, self.controls[field.key], get_value(config, field.key))
        self.update_enabled(config)

    def apply_to(self, config: Any) -> Any:
        """``config`` with every control's value written into it."""
        return apply_values(config, self.values())

    def update_enabled(self, config: Any) -> None:
        """Grey out the controls whose field does not apply to ``config``."""
        for field in self.fields:
            control = self.controls[field.key]
            enabled = field.enabled(config)
            control.setEnabled(enabled)
            tip = field.tooltip()
            if not enabled and field.why_disabled:
                tip = translate("Fields", field.why_disabled)
            control.setToolTip(tip)

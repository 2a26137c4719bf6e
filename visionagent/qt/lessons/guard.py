"""Hide or lock a tab's named controls while a lesson is open, and give them back afterwards.

A tab keeps managing its controls while a lesson runs: a form greys fields in and out, a tab
shows a box when a model loads. The guard watches the controls it holds, so a lesson's lock
survives the tab's own ``setEnabled(True)`` and a hidden control stays hidden; what the tab asked
for meanwhile is what the control gets back when the lesson closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PyQt6.QtCore import QEvent, QObject, Qt, QTimer
from PyQt6.QtWidgets import QFormLayout, QLabel, QWidget

from visionagent.i18n import translate


@dataclass
class _Held:
    widget: QWidget
    hidden: bool  # the lesson hides it (else it locks it)
    wants_hidden: bool  # what the tab set last (given back on release)
    wants_disabled: bool
    tooltip: str
    label: QWidget | None  # the form label or buddy label that goes with it


def _label_of(widget: QWidget) -> QWidget | None:
    """The label shown for ``widget``: its form row's label, or a label whose buddy it is."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    layout = parent.layout()
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if label is not None:
            return label
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget:
            return label
    return None


class ControlGuard(QObject):
    """Holds the controls a lesson hides or locks; :meth:`release` gives them back."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._held: dict[str, _Held] = {}
        self._busy = False  # our own changes are not the tab's wishes

    # ------------------------------------------------------------------ state
    @property
    def hidden(self) -> list[str]:
        return [name for name, held in self._held.items() if held.hidden]

    @property
    def locked(self) -> list[str]:
        return [name for name, held in self._held.items() if not held.hidden]

    # ------------------------------------------------------------------ apply
    def apply(
        self, controls: Mapping[str, QWidget], hide: Iterable[str], lock: Iterable[str]
    ) -> list[str]:
        """Hide and lock the named controls; returns the names ``controls`` does not have."""
        self.release()
        missing = []
        hide = list(hide)
        for name in hide + [n for n in lock if n not in hide]:
            widget = controls.get(name)
            if widget is None:
                missing.append(name)
                continue
            if name in self._held:
                continue
            held = _Held(
                widget=widget,
                hidden=name in hide,
                wants_hidden=widget.isHidden(),
                wants_disabled=widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled),
                tooltip=widget.toolTip(),
                label=_label_of(widget),
            )
            self._held[name] = held
            widget.installEventFilter(self)
            self._enforce(held)
        return missing

    def _enforce(self, held: _Held) -> None:
        self._busy = True
        try:
            if held.hidden:
                held.widget.hide()
                if held.label is not None:
                    held.label.hide()
            else:
                held.widget.setEnabled(False)
                note = translate("LessonPanel", "Locked by the lesson.")
                if not held.widget.toolTip().endswith(note):
                    tip = held.widget.toolTip()
                    held.widget.setToolTip(f"{tip}\n{note}" if tip else note)
        finally:
            self._busy = False

    def release(self) -> None:
        """Give every held control back as the tab last set it."""
        held_now, self._held = self._held, {}
        for held in held_now.values():
            widget = held.widget
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # deleted with its tab
                continue
            if held.hidden:
                widget.setHidden(held.wants_hidden)
                if held.label is not None:
                    held.label.setHidden(held.wants_hidden)
            else:
                widget.setEnabled(not held.wants_disabled)
                widget.setToolTip(held.tooltip)

    # ------------------------------------------------------------------ watching
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if self._busy:
            return False
        kind = event.type()
        for held in self._held.values():
            if held.widget is not watched:
                continue
            if held.hidden and kind == QEvent.Type.Show:
                held.wants_hidden = False
                QTimer.singleShot(0, lambda h=held: self._again(h))
            elif not held.hidden and kind == QEvent.Type.EnabledChange:
                forced = watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                held.wants_disabled = forced
                if not forced:
                    QTimer.singleShot(0, lambda h=held: self._again(h))
            elif not held.hidden and kind == QEvent.Type.ToolTipChange:
                tip = watched.toolTip()
                note = translate("LessonPanel", "Locked by the lesson.")
                if not tip.endswith(note):
                    held.tooltip = tip
                    QTimer.singleShot(0, lambda h=held: self._again(h))
            break
        return False

    def _again(self, held: _Held) -> None:
        if any(h is held for h in self._held.values()):
            try:
                self._enforce(held)
            except RuntimeError:  # the control went away meanwhile
                pass

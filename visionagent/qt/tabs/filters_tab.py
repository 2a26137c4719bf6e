"""Filter playground tab (coming)."""
from __future__ import annotations

from PyQt6.QtWidgets import QVBoxLayout, QWidget

from visionagent.qt.context import AppContext
from visionagent.qt.widgets.coming import ComingSoon


class FiltersTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(ComingSoon(self.tr("Filter playground"), self.tr("This part of VisionAgent is coming soon.")))

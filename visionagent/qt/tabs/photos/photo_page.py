"""Photo mode: the photo as large as fits (the kit's PhotoView) beside its answer."""

from __future__ import annotations

from PyQt6.QtCore import QSize, Qt
from PyQt6.QtWidgets import QSplitter, QWidget

from visionagent.qt.kit.photo_view import PhotoView
from visionagent.qt.tabs.photos.result_view import ResultView


class PhotoPage(QSplitter):
    """``photo_view`` on the left, ``result`` (the answer) on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.photo_view = PhotoView(minimum=QSize(240, 180))
        self.result = ResultView()
        self.addWidget(self.photo_view)
        self.addWidget(self.result)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)

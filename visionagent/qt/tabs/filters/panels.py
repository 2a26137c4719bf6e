"""The two sides of the Filters tab, laid out here so the tab only connects and computes.

:class:`ControlsPanel` (left, scrolls when the screen is short): the picture, the kernel editor,
the sizes and weights. :class:`PagesPanel` (right): the layer's settings above the Pictures and
Numbers pages, and one status line.
"""

from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.filters.kernel_editor import KernelEditor
from visionagent.qt.tabs.filters.layer_form import LayerForm
from visionagent.qt.tabs.filters.numbers import NumbersView
from visionagent.qt.tabs.filters.picture_box import PictureBox
from visionagent.qt.tabs.filters.pictures import PicturesPage
from visionagent.qt.tabs.filters.sizes import SizesLabel

PICTURES, NUMBERS = 0, 1


class ControlsPanel(QScrollArea):
    """The picture, the kernel editor and the sizes and weights, one above the other."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture_box = PictureBox()
        self.editor = KernelEditor(channels=3)
        self.editor.setObjectName("kernel_editor")
        note = QLabel(
            self.tr(
                "A <i>cross-correlation</i>, as in CNN layers: the kernel is not flipped "
                "(<b>Flip</b> it for a true convolution)."
            )
        )
        note.setWordWrap(True)
        kernel_box = QGroupBox(self.tr("Kernels"))
        kernel_layout = QVBoxLayout(kernel_box)
        kernel_layout.addWidget(self.editor)
        kernel_layout.addWidget(note)
        self.sizes_label = SizesLabel()
        sizes_box = QGroupBox(self.tr("Sizes and weights"))
        QVBoxLayout(sizes_box).addWidget(self.sizes_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        for box in (self.picture_box, kernel_box, sizes_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class MessageLine(StatusLine):
    """The status line, shown only while it has something to say; each message has a kind
    ("file", "layer") so that fixing one problem clears only its own message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self.kind = ""
        self.hide()

    def say(self, text: str, kind: str) -> None:
        self.kind = kind
        self.show_error(text)
        self.setVisible(bool(text))

    def unsay(self, kind: str) -> None:
        if self.kind == kind:
            self.kind = ""
            self.show_info("")
            self.hide()


class PagesPanel(QWidget):
    """The layer's settings, the Pictures and Numbers pages, the status line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = LayerForm()
        self.pictures = PicturesPage()
        self.numbers_view = NumbersView()
        self.pages = QTabWidget()
        self.pages.addTab(self.pictures, self.tr("Pictures"))
        self.pages.addTab(self.numbers_view, self.tr("Numbers"))
        self.pages.setTabToolTip(PICTURES, self.tr("The layer applied to a picture, live"))
        self.pages.setTabToolTip(
            NUMBERS, self.tr("The same layer on a small input, every number written out")
        )
        self.status = MessageLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)


def side_by_side(left: QWidget, right: QWidget) -> QSplitter:
    """The controls on the left (their width kept), the pages taking the rest."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([340, 900])
    return splitter

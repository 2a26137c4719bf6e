"""Where the Inside tab's input comes from: a drawing, a photo or a data-set sample.

The panel only asks (signals); the tab reads pictures and starts jobs. Drop and paste are the
kit's :class:`~visionagent.qt.kit.image_input.ImageInput`, installed by the tab on itself.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QSignalBlocker, pyqtSignal
from PyQt6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent.qt.kit.canvas import DrawCanvas
from visionagent.qt.kit.image_input import open_folder_dialog, open_image_dialog, samples_menu

MODES = ("drawing", "photo", "dataset")
FOLDER = "folder"


class InputPanel(QWidget):
    """Mode buttons over one page per mode. Signals say what the user asked for."""

    mode_changed = pyqtSignal(str)
    drawing_changed = pyqtSignal()
    photo_chosen = pyqtSignal(str)  # a path (Open…, the samples menu)
    dataset_chosen = pyqtSignal(str)  # a data set name or an image folder
    sample_chosen = pyqtSignal(int)  # index into the data set's loaded samples

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._sample_count = 0
        self._sample = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        modes = QHBoxLayout()
        modes.setSpacing(2)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        labels = (self.tr("Drawing"), self.tr("Photo"), self.tr("Data set"))
        tips = (
            self.tr("Draw a digit; the maps follow each stroke"),
            self.tr("A photo: open one, drop or paste it, or pick a sample"),
            self.tr("A sample of a training data set (MNIST, Fashion-MNIST, CIFAR-10, a folder)"),
        )
        for index, (mode, label, tip) in enumerate(zip(MODES, labels, tips, strict=True)):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setObjectName(f"inside_mode_{mode}")
            self.mode_group.addButton(button, index)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.mode_group.idClicked.connect(lambda i: self.set_mode(MODES[i], emit=True))
        layout.addLayout(modes)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._drawing_page())
        self.pages.addWidget(self._photo_page())
        self.pages.addWidget(self._dataset_page())
        layout.addWidget(self.pages, 1)
        self.set_mode("drawing")

    # ------------------------------------------------------------------ pages
    def _drawing_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = DrawCanvas(boxes=1, pen_width=14)
        self.canvas.setMinimumSize(120, 120)
        self.canvas.setToolTip(self.tr("Draw one digit. Right-click to clear."))
        layout.addWidget(self.canvas, 1)
        buttons = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.undo_button = QPushButton(self.tr("Undo"))
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        self.clear_button.clicked.connect(self.canvas.clear_all)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.canvas.changed.connect(self._canvas_changed)  # a stroke's end, clear, undo
        self._canvas_changed(emit=False)
        return page

    def _photo_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a photo (or drop one here, or paste it)"))
        self.open_button.clicked.connect(self._open)
        self.samples_button = QToolButton()
        self.samples_button.setText(self.tr("Samples"))
        self.samples_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.samples_button.setMenu(samples_menu(self, self.photo_chosen.emit))
        self.samples_button.setToolTip(self.tr("The sample photos that come with VisionAgent"))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.samples_button)
        layout.addLayout(buttons)
        self.photo_label = QLabel(self.tr("No photo yet."))
        self.photo_label.setWordWrap(True)
        self.photo_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.photo_label)
        layout.addStretch(1)
        return page

    def _dataset_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.dataset_combo = QComboBox()
        self.dataset_combo.addItem(self.tr("MNIST 10k (bundled)"), "mnist-10k")
        self.dataset_combo.addItem(self.tr("Fashion-MNIST"), "fashion-mnist")
        self.dataset_combo.addItem(self.tr("CIFAR-10"), "cifar10")
        self.dataset_combo.addItem(self.tr("MNIST (70,000)"), "mnist")
        self.dataset_combo.addItem(self.tr("Image folder…"), FOLDER)
        self.dataset_combo.setToolTip(
            self.tr("Only MNIST 10k is bundled; the others download on first use.")
        )
        self.dataset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dataset_combo.setMinimumContentsLength(10)
        self.dataset_combo.activated.connect(self._dataset_activated)
        layout.addWidget(self.dataset_combo)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous sample"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next sample"))
        self.previous_button.clicked.connect(lambda: self.step_sample(-1))
        self.next_button.clicked.connect(lambda: self.step_sample(1))
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.sample_label = QLabel("")
        self.sample_label.setWordWrap(True)
        self.sample_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.sample_label)
        layout.addStretch(1)
        self.set_samples(0)
        return page

    # ------------------------------------------------------------------ state
    @property
    def mode(self) -> str:
        return MODES[self.pages.currentIndex()]

    def set_mode(self, mode: str, emit: bool = False) -> None:
        index = MODES.index(mode)
        with QSignalBlocker(self.mode_group):
            self.mode_buttons[mode].setChecked(True)
        self.pages.setCurrentIndex(index)
        for i in range(self.pages.count()):  # the stack takes the height of the page shown
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.adjustSize()
        grow = QSizePolicy.Policy.Expanding if mode == "drawing" else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, grow)  # only the canvas takes room
        if emit:
            self.mode_changed.emit(mode)

    def dataset(self) -> str:
        return self.dataset_combo.currentData() or "mnist-10k"

    def set_dataset(self, name: str) -> None:
        """Show ``name`` (a data set or a folder) as the chosen data set."""
        index = self.dataset_combo.findData(name)
        if index < 0:
            self.dataset_combo.insertItem(
                self.dataset_combo.count() - 1, Path(name).name or name, name
            )
            index = self.dataset_combo.findData(name)
        self.dataset_combo.setCurrentIndex(index)

    def set_samples(self, count: int, index: int = 0) -> None:
        self._sample_count = count
        self._sample = min(max(0, index), max(0, count - 1))
        self.previous_button.setEnabled(count > 1)
        self.next_button.setEnabled(count > 1)

    @property
    def sample_index(self) -> int:
        return self._sample

    def step_sample(self, step: int) -> None:
        if self._sample_count:
            self._sample = (self._sample + step) % self._sample_count
            self.sample_chosen.emit(self._sample)

    def _dataset_activated(self, _index: int) -> None:
        name = self.dataset()
        if name == FOLDER:
            folder = open_folder_dialog(self)
            if not folder:
                return
            self.set_dataset(folder)
            name = folder
        self.dataset_chosen.emit(name)

    def _open(self) -> None:
        path = open_image_dialog(self)
        if path:
            self.photo_chosen.emit(path)

    def _canvas_changed(self, emit: bool = True) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.undo_button.setEnabled(self.canvas.can_undo)
        if emit:
            self.drawing_changed.emit()

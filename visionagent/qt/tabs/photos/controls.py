"""The Photos tab's controls above its pages: they only emit signals.

:class:`TopBar` row 1: Open photo, Samples, Open folder, the mode switch (Dog breeds | Anything),
the model picker (the tab's own), Recognize. Row 2: the page bar (Photo | Folder | Webcam), then
Grad-CAM, "Not sure below", Look inside.
"""

from __future__ import annotations

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core import samples
from visionagent.core.confidence import SETTINGS_KEYS
from visionagent.qt.kit.image_input import open_folder_dialog, open_image_dialog, samples_menu
from visionagent.qt.tabs.photos.jobs import BREEDS, GENERAL

SAMPLE_KINDS = ("dog", "animal", "object")  # the grey pictures are for the Filters tab
PAGES = ("photo", "folder", "webcam")


class ModeSwitch(QWidget):
    """Dog breeds | Anything: two readings of the same model's output."""

    mode_changed = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mode")
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: dict[str, QToolButton] = {}
        texts = {
            BREEDS: (
                self.tr("Dog &breeds"),
                self.tr("Which of the 120 dog breeds is it, and is it a dog at all?"),
            ),
            GENERAL: (
                self.tr("&Anything"),
                self.tr(
                    "What is in this photo? The five most likely of all 1,000 ImageNet classes "
                    "(the textbook's program 8-6)"
                ),
            ),
        }
        for mode, (text, tip) in texts.items():
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setObjectName(f"mode_{mode}")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[mode] = button
        self.buttons[BREEDS].setChecked(True)
        self.group.buttonClicked.connect(lambda _b: self.mode_changed.emit(self.mode()))

    def mode(self) -> str:
        return GENERAL if self.buttons[GENERAL].isChecked() else BREEDS

    def set_mode(self, mode: str) -> None:
        """Show ``mode`` (no signal: the tab calls this itself)."""
        self.buttons[mode if mode in self.buttons else BREEDS].setChecked(True)


class ThresholdSpin(QSpinBox):
    """ "Not sure below N %": the confidence rule's threshold of the mode shown, in its setting."""

    threshold_changed = pyqtSignal(str, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("threshold")
        self.setRange(0, 100)
        self.setSuffix(" %")
        self.setToolTip(
            self.tr(
                "Below this probability the answer is “Not sure — maybe X or Y” instead of a name "
                "(also when the two best answers are nearly equal)"
            )
        )
        self.mode = BREEDS
        self.show_mode(BREEDS)
        self.valueChanged.connect(self._changed)

    def show_mode(self, mode: str) -> None:
        self.mode = mode
        self.blockSignals(True)
        self.setValue(round(100 * self.threshold()))
        self.blockSignals(False)

    def threshold(self, mode: str | None = None) -> float:
        return float(settings.get(SETTINGS_KEYS[mode or self.mode]))

    def _changed(self, value: int) -> None:
        settings.set(SETTINGS_KEYS[self.mode], value / 100)
        self.threshold_changed.emit(self.mode, value / 100)


class TopBar(QWidget):
    """The two rows of controls; ``picker`` is the tab's model picker."""

    photo_chosen = pyqtSignal(str)  # a file from the open dialog or the samples menu
    folder_chosen = pyqtSignal(str)
    recognize_clicked = pyqtSignal()
    inspect_clicked = pyqtSignal()

    def __init__(self, picker: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.open_button = self._button(
            self.tr("&Open photo…"),
            "open",
            self.tr("Open a photo (JPEG, PNG, BMP, WebP, TIFF). You can also drop or paste one."),
            self.ask_photo,
        )
        self.samples_button = QPushButton(self.tr("&Samples"))
        self.samples_button.setObjectName("samples")
        self.samples_button.setToolTip(self.tr("Sample photos shipped with VisionAgent"))
        self.samples_button.setMenu(samples_menu(self, self.photo_chosen.emit, SAMPLE_KINDS))
        self.folder_button = self._button(
            self.tr("Open folder…"),
            "folder",
            self.tr("Recognise every photo in a folder into a table"),
            self.ask_folder,
        )
        self.mode_switch = ModeSwitch()
        self.picker = picker
        self.recognize_button = self._button(
            self.tr("&Recognize"),
            "recognize",
            self.tr("Recognise the photo again (Enter)"),
            self.recognize_clicked.emit,
        )
        self.page_bar = QTabBar()
        for text in (self.tr("Photo"), self.tr("Folder"), self.tr("Webcam")):
            self.page_bar.addTab(text)
        self.page_bar.setExpanding(False)
        self.page_bar.setDocumentMode(True)
        self.gradcam_check = QCheckBox(self.tr("&Grad-CAM"))
        self.gradcam_check.setObjectName("gradcam")
        self.gradcam_check.setToolTip(
            self.tr(
                "Show where the network looked: colour the parts of the photo that drove the "
                "answer (Grad-CAM on the last convolution block)"
            )
        )
        self.threshold_label = QLabel(self.tr("Not sure below"))
        self.threshold_spin = ThresholdSpin()
        self.threshold_label.setBuddy(self.threshold_spin)
        self.inspect_button = self._button(
            self.tr("&Look inside"),
            "inspect",
            self.tr("Open this photo and model in the Inside tab: feature maps layer by layer"),
            self.inspect_clicked.emit,
        )
        self.inspect_button.setEnabled(False)

        first = QHBoxLayout()
        for widget in (self.open_button, self.samples_button, self.folder_button):
            first.addWidget(widget)
        first.addSpacing(8)
        first.addWidget(self.mode_switch)
        first.addSpacing(8)
        first.addWidget(QLabel(self.tr("Model:")))
        first.addWidget(picker, 1)
        first.addWidget(self.recognize_button)
        second = QHBoxLayout()
        second.addWidget(self.page_bar)
        second.addStretch(1)
        for widget in (self.gradcam_check, self.threshold_label, self.threshold_spin):
            second.addWidget(widget)
        second.addWidget(self.inspect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)

    def _button(self, text: str, name: str, tip: str, signal) -> QPushButton:
        """A button that calls ``signal`` (a method or a signal's ``emit``) when clicked."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: signal())
        return button

    def ask_photo(self) -> None:
        path = open_image_dialog(self, self.tr("Open a photo"))
        if path:
            self.photo_chosen.emit(path)

    def ask_folder(self) -> None:
        folder = open_folder_dialog(self, self.tr("Open a folder of photos"))
        if folder:
            self.folder_chosen.emit(folder)

    def main_controls(self) -> list[QWidget]:
        return [
            self.open_button,
            self.samples_button,
            self.mode_switch,
            self.picker,
            self.recognize_button,
        ]

    def sample_names(self) -> list[str]:
        return [s.label() for s in samples.samples(SAMPLE_KINDS)]

    def page(self) -> str:
        return PAGES[self.page_bar.currentIndex()]

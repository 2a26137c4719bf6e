"""Webcam mode: the live picture with its answer, Freeze, the camera choice, and capture of frames
into ``FOLDER/CLASS/`` for the Training tab (Teachable Machine's flow, offline).

The page only shows and asks: ``start_requested(index)``, ``stop_requested``,
``freeze_toggled(on)``, ``capture_pressed``/``capture_released`` (the button is held), and it
stops the camera when it is hidden (another page or tab, the window closing).
"""

from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core.camera import ClassFolderWriter
from visionagent.qt.kit.image_input import open_folder_dialog
from visionagent.qt.kit.photo_view import PhotoView
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.photos.result_view import ResultView

CAMERAS = 4  # indices offered; a missing one says so when started


class WebcamPage(QSplitter):
    """The live view on the left; camera, answer and capture on the right."""

    start_requested = pyqtSignal(int)
    stop_requested = pyqtSignal()
    freeze_toggled = pyqtSignal(bool)
    capture_pressed = pyqtSignal()
    capture_released = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.running = False
        self._capture_base = 0  # photos in the class folder when the capture began
        self.view = PhotoView()
        self.view.set_hint(self.tr("Press Start camera to recognise what the camera sees."))
        self.camera_combo = QComboBox()
        for index in range(CAMERAS):
            self.camera_combo.addItem(self.tr("Camera {index}").format(index=index), index)
        self.camera_combo.setCurrentIndex(min(settings.get("breeds/camera"), CAMERAS - 1))
        self.camera_combo.setToolTip(self.tr("Which camera to use (0 is usually the built-in one)"))
        self.start_button = QPushButton(self.tr("Start camera"))
        self.start_button.clicked.connect(self._start_or_stop)
        self.freeze_button = QPushButton(self.tr("Freeze"))
        self.freeze_button.setCheckable(True)
        self.freeze_button.setEnabled(False)
        self.freeze_button.setToolTip(self.tr("Hold the picture and its answer still"))
        self.freeze_button.toggled.connect(self.freeze_toggled)
        self.message = StatusLine()
        self.result = ResultView(scale=1.3)

        capture = QGroupBox(self.tr("Collect photos for training"))
        self.folder_edit = QLineEdit(settings.get("breeds/capture_folder"))
        self.folder_edit.setPlaceholderText(self.tr("a folder for the data set"))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.class_edit = QLineEdit(settings.get("breeds/capture_class"))
        self.class_edit.setPlaceholderText(self.tr("class name, e.g. apple"))
        self.capture_button = QPushButton(self.tr("Hold to capture"))
        self.capture_button.setToolTip(
            self.tr(
                "While you hold the button, camera frames are saved into FOLDER/CLASS/; train "
                "on the folder in the Training tab (Image folder)"
            )
        )
        self.capture_button.setEnabled(False)
        self.capture_button.pressed.connect(self.capture_pressed)
        self.capture_button.released.connect(self.capture_released)
        self.count_label = StatusLine()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout(capture)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Class"), self.class_edit)
        form.addRow(self.capture_button)
        form.addRow(self.count_label)

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.camera_combo, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.freeze_button)
        column.addLayout(row)
        column.addWidget(self.message)
        column.addWidget(self.result, 1)
        column.addWidget(capture)
        self.addWidget(self.view)
        self.addWidget(side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    # ------------------------------------------------------------------ state
    def camera_index(self) -> int:
        return int(self.camera_combo.currentData())

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def class_name(self) -> str:
        return self.class_edit.text()

    def set_running(self, running: bool) -> None:
        self.running = running
        self.start_button.setText(self.tr("Stop camera") if running else self.tr("Start camera"))
        self.camera_combo.setEnabled(not running)
        self.freeze_button.setEnabled(running)
        if running:
            self.message.show_info(self.tr("Starting the camera…"))
        self.capture_button.setEnabled(running and not self.freeze_button.isChecked())
        if not running:
            self.freeze_button.setChecked(False)

    def show_stopped(self, stats) -> None:
        """The camera job ended (a :class:`~visionagent.core.camera.LoopStats`)."""
        self.set_running(False)
        self.message.show_info(
            self.tr("Camera off: {processed} frames recognised, {dropped} skipped.").format(
                processed=stats.frames_processed, dropped=stats.frames_dropped
            )
        )

    def show_failure(self, message: str) -> None:
        """No camera, a busy one, one that stopped: said beside it and in the view."""
        self.set_running(False)
        self.message.show_error(message)
        self.view.clear(hint=message, error=True)

    def set_frozen(self, frozen: bool) -> None:
        self.capture_button.setEnabled(self.running and not frozen)
        if frozen:
            self.message.show_info(self.tr("Frozen: press Freeze again to go on."))

    def show_frame(self, frame, model: str = "", writer: ClassFolderWriter | None = None) -> None:
        """A recognised frame (a :class:`~visionagent.qt.tabs.photos.jobs.LiveFrame`); with
        ``writer`` (capturing), how many photos the class folder holds."""
        self.view.set_image(frame.image)
        if frame.reading is not None:
            self.result.show_reading(frame.reading, model)
        self.message.show_info(self.tr("Live: frame {number}.").format(number=frame.number))
        if frame.capture_error:
            self.count_label.show_error(frame.capture_error)
        elif writer is not None:
            self.count_label.show_info(
                self.tr("{count} photos in {folder}").format(
                    count=self._capture_base + frame.saved, folder=str(writer.folder)
                )
            )

    def class_writer(self) -> ClassFolderWriter | None:
        """A writer into FOLDER/CLASS/ for the capture, or None (the reason is shown)."""
        if not self.folder():
            self.count_label.show_error(self.tr("Choose a folder first (Choose…)."))
            return None
        try:
            writer = ClassFolderWriter(self.folder(), self.class_name())
        except ValueError as exc:
            self.count_label.show_error(str(exc))
            return None
        settings.set("breeds/capture_folder", self.folder())
        settings.set("breeds/capture_class", writer.class_name)
        self._capture_base = writer.count()
        self.count_label.show_info(
            self.tr("{count} photos in {folder}").format(
                count=self._capture_base, folder=str(writer.folder)
            )
        )
        return writer

    # ------------------------------------------------------------------ reactions
    def _start_or_stop(self) -> None:
        if self.running:
            self.stop_requested.emit()
        else:
            settings.set("breeds/camera", self.camera_index())
            self.start_requested.emit(self.camera_index())

    def _choose_folder(self) -> None:
        folder = open_folder_dialog(self, self.tr("A folder for the captured photos"))
        if folder:
            self.folder_edit.setText(folder)
            settings.set("breeds/capture_folder", folder)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt name
        # Another page or tab, or the window closing: the camera (and its light) goes off.
        # A minimised window (a spontaneous hide) keeps it.
        if self.running and not event.spontaneous():
            self.stop_requested.emit()
        super().hideEvent(event)

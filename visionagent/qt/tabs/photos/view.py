"""Everything the Photos tab shows: the controls, the three pages and the status line.

:class:`PhotosView` lays them out, switches pages with the page bar and draws answers; it starts
nothing (the tab does).
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from visionagent.core.images import is_image_file
from visionagent.i18n import number
from visionagent.qt.kit.image_input import ImageInput
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.photos.controls import PAGES, TopBar
from visionagent.qt.tabs.photos.folder_page import FolderPage
from visionagent.qt.tabs.photos.jobs import GENERAL, Answer, Photo
from visionagent.qt.tabs.photos.photo_page import PhotoPage
from visionagent.qt.tabs.photos.webcam_page import WebcamPage


class PhotosView(QWidget):
    """Two rows of controls (with the tab's ``picker``), the Photo/Folder/Webcam pages, a status
    line. Asks with ``recognize_requested`` (the Recognize button, Enter on the photo page) and,
    for what is dropped or pasted (the kit's :class:`ImageInput`), ``path_given(path)`` (a photo
    or a folder), ``files_given(paths)`` (several photos) and ``image_given(array, name)``."""

    recognize_requested = pyqtSignal()
    path_given = pyqtSignal(str)
    files_given = pyqtSignal(list)

    def __init__(self, picker: QWidget, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = bar = TopBar(picker)
        bar.mode_switch.set_mode(mode)
        bar.threshold_spin.show_mode(mode)
        self.photo_page, self.folder_page = PhotoPage(), FolderPage()
        self.webcam_page = WebcamPage()
        self.photo_view, self.result_view = self.photo_page.photo_view, self.photo_page.result
        self.photo_view.set_hint(
            self.tr(
                "Drop a photo here, paste one with Ctrl+V or open one. No photo at hand? Press "
                "Samples: {names}."
            ).format(names=", ".join(bar.sample_names()))
        )
        self.pages = QStackedWidget()
        for page in (self.photo_page, self.folder_page, self.webcam_page):
            self.pages.addWidget(page)
        bar.page_bar.currentChanged.connect(self.pages.setCurrentIndex)
        self.status_label = StatusLine(self.tr("Waiting for TensorFlow…"))
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status_label)
        bar.recognize_clicked.connect(lambda: self.show_page("photo"))
        bar.recognize_clicked.connect(self.recognize_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.photo_page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.recognize_requested)
        self.image_input = ImageInput(self)
        self.image_input.paths_given.connect(self._paths_given)
        self.image_given = self.image_input.image_given
        self.image_input.refused.connect(self.status_label.show_error)
        bar.photo_chosen.connect(self.path_given)
        bar.folder_chosen.connect(self.path_given)

    def _paths_given(self, paths: list[str]) -> None:
        """One photo or a folder: opened; several photos: read like a folder."""
        photos = [Path(p) for p in paths if Path(p).is_file() and is_image_file(p)]
        folders = [p for p in paths if Path(p).is_dir()]
        if len(photos) > 1:
            self.files_given.emit(photos)
        elif photos or folders:
            self.path_given.emit(str(photos[0]) if photos else folders[0])
        else:
            self.status_label.show_error(
                self.tr("Only photos (JPEG, PNG, BMP, WebP, TIFF) or folders can be opened here.")
            )

    def follow(self, folder_runner, camera_runner) -> None:
        """Show what the folder and camera jobs hand back, and their ends, on their pages."""
        folder, webcam = self.folder_page, self.webcam_page
        folder_runner.partial.connect(folder.add_row)
        folder_runner.finished.connect(folder.finish)
        folder_runner.cancelled.connect(lambda: folder.finish(stopped=True))
        folder_runner.failed.connect(folder.show_failure)
        camera_runner.finished.connect(webcam.show_stopped)
        camera_runner.cancelled.connect(lambda: webcam.set_running(False))
        camera_runner.failed.connect(webcam.show_failure)
        folder_runner.progress.connect(lambda _f, text: text and folder.say(text))
        # at the start and the end of a run, the status line says what the page says
        for signal in (folder_runner.busy_changed, folder_runner.finished, folder_runner.cancelled):
            signal.connect(lambda *_args: self.status_label.show_info(folder.text()))
        folder_runner.failed.connect(self.status_label.show_error)

    def show_page(self, name: str) -> None:
        self.bar.page_bar.setCurrentIndex(PAGES.index(name))

    def page(self) -> str:
        return self.bar.page()

    # ------------------------------------------------------------------ the model
    def show_loading(self, name: str) -> None:
        self.status_label.show_info(self.tr("Loading the model {name}…").format(name=name))

    def show_ready(self, model: str) -> None:
        self.status_label.show_info(
            self.tr("Ready: {model}. Open, drop or paste a photo, or pick a sample.").format(
                model=model
            )
        )

    def show_tf_failed(self, message: str) -> None:
        self.status_label.show_error(
            self.tr("TensorFlow could not start, so no photo can be recognised: {message}").format(
                message=message
            )
        )

    # ------------------------------------------------------------------ photos
    def show_photo(self, photo: Photo, model_ready: bool) -> None:
        """A photo just read, its answer still to come."""
        self.photo_view.set_image(photo.image)
        self.result_view.show_message(
            self.tr("Recognising…")
            if model_ready
            else self.tr(
                "The model is still loading; the photo is recognised as soon as it is ready."
            )
        )

    def show_answer(self, answer: Answer, gradcam: bool, model: str) -> None:
        """The answer beside its photo (or its Grad-CAM overlay when ticked and computed)."""
        shown = answer.overlay if gradcam and answer.overlay is not None else answer.photo.image
        self.photo_view.set_image(shown)
        reading = answer.reading
        not_a_dog = getattr(reading, "is_dog", True) is False  # an ImageNet answer: its rule
        threshold = self.bar.threshold_spin.threshold(GENERAL if not_a_dog else answer.mode)
        self.result_view.show_reading(reading, model, threshold)
        height, width = answer.photo.image.shape[:2]
        self.status_label.show_info(
            self.tr("{file} ({width}×{height}) recognised in {ms} ms.").format(
                file=answer.photo.name,
                width=width,
                height=height,
                ms=number(1000 * reading.seconds),
            )
        )

    def show_failure(self, message: str, photo_closed: bool = False) -> None:
        """What failed, where the answer was; the photo view says it too when it was closed."""
        if photo_closed:
            self.photo_view.clear(hint=message, error=True)
        self.result_view.show_message(message, error=True)
        self.status_label.show_error(message)

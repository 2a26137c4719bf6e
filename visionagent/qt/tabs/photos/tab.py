"""The Photos tab: what is in this photo? A photo, a folder or the webcam, read by one model.

A switch, not a sixth tab: *Dog breeds* and *Anything* are two readings of the same network's
output, so the photo, the folder, the webcam and the model stay when the mode changes. Dog breeds
renormalises the 121 dog classes and says "not a dog — looks like …" otherwise; Anything shows the
five most likely of all 1,000 ImageNet classes (the textbook's program 8-6), in the UI language.
Below the confidence rule (a setting, "Not sure below") both say "Not sure — maybe X or Y".

Only this class starts jobs (:mod:`~visionagent.qt.tabs.photos.jobs`): the model load, a photo,
a folder and the webcam (rows and frames arrive as partial results). The pages only show and ask.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PyQt6.QtCore import pyqtSignal
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from visionagent import settings
from visionagent.core import breeds, camera
from visionagent.core.images import is_image_file
from visionagent.qt.context import AppContext
from visionagent.qt.kit.model_picker import ModelLoader, ModelPicker
from visionagent.qt.kit.tab import Tab
from visionagent.qt.tabs.photos import jobs, lesson
from visionagent.qt.tabs.photos.jobs import BREEDS, GENERAL
from visionagent.qt.tabs.photos.view import PhotosView

MODEL_TASKS = {BREEDS: breeds.TASKS, GENERAL: ("imagenet",)}


class PhotosTab(Tab):
    """Open, drop, paste or pick a photo (or a folder, or the webcam) and see what it shows."""

    recognized = pyqtSignal(object)  # a jobs.Answer

    def __init__(self, context: AppContext, parent: QWidget | None = None, camera_factory=None):
        super().__init__(context, parent)
        self.camera_factory = camera_factory or camera.OpenCVCamera  # index -> FrameSource
        self.photo: jobs.Photo | None = None
        self.answer: jobs.Answer | None = None
        self.live_frame: jobs.LiveFrame | None = None
        self.top_k = jobs.TOP_K
        self._arrived = False  # the running photo job's photo is on screen
        self._live = jobs.LiveControls()
        mode = settings.get("breeds/mode")
        self.picker = ModelPicker(
            context,
            MODEL_TASKS[mode],
            settings_key="breeds/model",
            default=breeds.DEFAULT_MODEL,
            placeholder=self.tr("No ImageNet model: reinstall VisionAgent"),
            accept=breeds.is_photo_model,
        )
        self.view = view = PhotosView(self.picker, mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the view takes drops over the whole tab
        layout.addWidget(view)
        self.bar, self.status_label = view.bar, view.status_label
        self.folder_page, self.webcam_page = view.folder_page, view.webcam_page
        self.verdict_label, self.bar_chart = view.result_view.verdict_label, view.result_view.chart
        self.mode_switch, self.gradcam_check = view.bar.mode_switch, view.bar.gradcam_check
        self.gradcam_check.setChecked(settings.get("breeds/gradcam"))
        self._runner = self.runner()  # photos (the name the screenshot scripts use)
        self._folder, self._camera = self.runner(), self.runner()
        self._connect()
        self.loader = ModelLoader(self, self.picker, self._load_fn())
        self.loader.loading.connect(view.show_loading)  # the camera reads on with the old model
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(view.show_failure)
        context.tf_failed.connect(view.show_tf_failed)
        self._update_buttons()

    def _connect(self) -> None:
        bar, folder, webcam = self.bar, self.folder_page, self.webcam_page
        self.view.follow(self._folder, self._camera)
        for signal, slot in (
            (self.view.path_given, self.open_path),
            (self.view.files_given, lambda files: self.open_folder(files=files)),
            (self.view.image_given, self.open_image),
            (self.view.recognize_requested, self.recognize),
            (bar.inspect_clicked, self.inspect),
            (bar.mode_switch.mode_changed, self.set_mode),
            (bar.threshold_spin.threshold_changed, self._on_threshold),
            (bar.page_bar.currentChanged, self._update_buttons),
            (self.picker.model_chosen, self._update_buttons),
            (self.gradcam_check.toggled, self._on_gradcam),
            (self._runner.partial, self._on_photo),
            (self._runner.finished, self._on_answer),
            (self._runner.failed, self._on_photo_failed),
            (folder.stop_requested, self._folder.stop),
            (folder.photo_activated, self.open_path),
            (self._camera.partial, self._on_frame),
            (webcam.start_requested, self.start_camera),
            (webcam.stop_requested, self.stop_camera),
            (webcam.freeze_toggled, self._on_freeze),
            (webcam.capture_pressed, self._capture_start),
            (webcam.capture_released, self._live.capturing.clear),
        ):
            signal.connect(slot)
        self._runner.progress.connect(lambda _f, text: text and self.status_label.show_info(text))

    # ------------------------------------------------------------------ mode and model
    @property
    def mode(self) -> str:
        return self.mode_switch.mode()

    is_ready = property(lambda self: self.loader.ready)  # the model is loaded

    def set_mode(self, mode: str) -> None:
        """Dog breeds or Anything; the photo (or the camera) is read again in the new mode."""
        self.mode_switch.set_mode(mode)
        settings.set("breeds/mode", mode)
        self.bar.threshold_spin.show_mode(mode)
        self._live.mode = mode
        self.loader.load_fn = self._load_fn()
        self.picker.tasks = MODEL_TASKS[mode]
        self.picker.refresh()  # Anything lists the ImageNet models only
        if mode == BREEDS:
            self.picker.select(settings.get("breeds/model"))  # a breeds model of one's own
        if self.photo is not None:
            self.recognize()

    def _load_fn(self):
        return functools.partial(jobs.load, mode=self.mode, gradcam=self.gradcam_check.isChecked())

    def _on_loaded(self, readings: jobs.Readings) -> None:
        for mode in jobs.MODES:
            readings.set_threshold(mode, self.bar.threshold_spin.threshold(mode))
        self._live.readings = readings
        self.view.show_ready(readings.info.display_name())
        self.model_in_use.emit("breeds", readings.name)
        self._update_buttons()
        reading = self.answer.reading if self.answer is not None else None
        if self.photo is not None and getattr(reading, "model", None) != readings.name:
            self.recognize()

    def _on_threshold(self, mode: str, value: float) -> None:
        if self.loader.ready:
            self.loader.value.set_threshold(mode, value)
        if self.photo is not None:
            self.recognize()

    # ------------------------------------------------------------------ opening
    def can_open(self, path: str) -> bool:
        return Path(path).is_dir() or is_image_file(path)

    def open_path(self, path: str) -> bool:
        """Open a photo, or a folder of photos; False when ``path`` is neither."""
        if Path(path).is_dir():
            self.open_folder(path)
            return True
        if not is_image_file(path):
            return False
        self._start_photo(str(path), Path(path).name)
        return True

    def open_image(self, image, name: str = "") -> None:
        """Recognise a photo given as an RGB uint8 array (pasted, dropped, from a lesson)."""
        self._start_photo(image, name or self.tr("Pasted picture"))

    # ------------------------------------------------------------------ photos
    def _start_photo(self, source, name: str) -> None:
        self.view.show_page("photo")
        self.status_label.show_info(self.tr("Opening {file}…").format(file=name))
        self._read(jobs.open_photo, source, name)

    def recognize(self) -> None:
        """Read the photo shown again (mode, model or threshold changed); none: open one."""
        if self.photo is None:
            self.bar.ask_photo()
        else:
            self._read(jobs.answer, self.photo)

    def _read(self, job, *photo) -> None:
        self._arrived = job is jobs.answer  # open_photo hands its photo over first
        gradcam = self.gradcam_check.isChecked()
        self._runner.start(job, *photo, self.loader.value, self.mode, gradcam, self.top_k)

    def _on_photo(self, photo: jobs.Photo) -> None:
        self._arrived = True
        self.photo, self.answer = photo, None
        self.view.show_photo(photo, self.loader.ready)
        if photo.path:
            settings.remember_recent(photo.path)
        self._update_buttons()

    def _on_answer(self, answer: jobs.Answer) -> None:
        if answer.reading is None:
            return  # no model yet: _on_loaded reads the photo
        self.answer, gradcam = answer, self.gradcam_check.isChecked()
        self.view.show_answer(answer, gradcam, self._model_label() or answer.reading.model)
        self.recognized.emit(answer)
        if gradcam and answer.overlay is None and self.loader.ready:
            self.status_label.show_info(self.tr("Computing Grad-CAM…"))
            self._runner.start(jobs.explain, answer, self.loader.value)

    def _on_photo_failed(self, message: str) -> None:
        closed = not self._arrived  # the photo itself could not be read: close the previous one
        if closed and self.photo is not None:
            message = self.tr("{message} The previous photo was closed.").format(message=message)
        if closed:
            self.photo = self.answer = None
            self._update_buttons()
        self.view.show_failure(message, photo_closed=closed)

    def _on_gradcam(self, on: bool) -> None:
        settings.set("breeds/gradcam", on)
        self.loader.load_fn = self._load_fn()
        if self.answer is not None:
            self._on_answer(self.answer)

    # What the scripts and tests look at: the photo's file, its reading and Grad-CAM overlay.
    current_path = property(lambda self: self.photo.path if self.photo else None)
    current_result = property(lambda self: self.answer.reading if self.answer else None)
    overlay = property(lambda self: self.answer.overlay if self.answer else None)

    # ------------------------------------------------------------------ folders
    def open_folder(self, folder: str | Path | None = None, files: list[Path] | None = None):
        """Recognise every photo of ``folder`` (or ``files``); rows appear as they are read."""
        self.view.show_page("folder")
        files = self.folder_page.list_photos(folder) if files is None else files
        if not files:
            return
        if not self.loader.ready:
            self.loader.when_ready(lambda _readings: self.open_folder(files=files))
            self.folder_page.say(
                self.tr("The model is still loading; the photos are read as soon as it is ready.")
            )
            return
        self.folder_page.start(self.mode, len(files))
        self._folder.start(jobs.folder, self.loader.value, self.mode, list(files), self.top_k)

    # ------------------------------------------------------------------ webcam
    def start_camera(self, index: int) -> None:
        """Recognise camera ``index`` live (``camera_factory(index)`` gives the frame source)."""
        self.view.show_page("webcam")
        self._live.readings, self._live.mode = self.loader.value, self.mode
        self._live.frozen.clear()
        self.webcam_page.set_running(True)
        self._camera.start(jobs.live, self.camera_factory(index), self._live)

    def stop_camera(self) -> None:
        self._live.capturing.clear()
        self._camera.stop()

    def _on_frame(self, frame: jobs.LiveFrame) -> None:
        self.live_frame = frame
        writer = self._live.writer if frame.saved else None  # this frame was saved too
        self.webcam_page.show_frame(frame, self._model_label(), writer)
        self._update_buttons()

    def _on_freeze(self, on: bool) -> None:
        (self._live.frozen.set if on else self._live.frozen.clear)()
        self.webcam_page.set_frozen(on)

    def _capture_start(self) -> None:
        self._live.writer = self.webcam_page.class_writer()
        if self._live.writer is not None:
            self._live.capturing.set()

    def inspect(self) -> None:
        """Send the photo (or the camera's frame) and the model to the Inside tab."""
        image, name = self._inspect_image(), self.picker.current_name()
        if image is not None and name:
            self.context.inspect_requested.emit({"model": name, "image": image})

    def _inspect_image(self):
        if self.view.page() == "webcam" and self.live_frame is not None:
            return self.live_frame.image
        return self.photo.image if self.photo is not None else None

    def _model_label(self) -> str:
        return self.loader.value.info.display_name() if self.loader.ready else ""

    def _update_buttons(self, *_args) -> None:
        has_model = self.picker.current_name() is not None
        self.bar.recognize_button.setEnabled(has_model)
        self.bar.inspect_button.setEnabled(has_model and self._inspect_image() is not None)

    def main_controls(self) -> list[QWidget]:
        return self.bar.main_controls()

    # The lesson hooks (mode, model, photo, gradcam, threshold, top, page) live in lesson.py.
    lesson_state = lesson.state_of
    apply_lesson_state = lesson.apply
    lesson_controls = lesson.controls


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(PhotosTab, size=(1100, 700)))

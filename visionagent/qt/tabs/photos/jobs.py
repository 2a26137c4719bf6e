"""The Photos tab's jobs: plain functions ``fn(state, ...)`` that its runners run in worker threads.

No widgets here: the jobs call the core (:mod:`visionagent.core.breeds` for the dog-breed reading,
:mod:`visionagent.core.imagenet` for "anything", :mod:`visionagent.core.camera` for the webcam)
and hand back plain data. :class:`Readings` holds the picked model's two readings of its output
(each built on first use, in whichever worker needs it first).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core import atomic, breeds, camera, imagenet
from visionagent.core.confidence import ConfidenceRule
from visionagent.core.images import ImageError, read_image
from visionagent.core.jobs import TaskState
from visionagent.core.registry import ModelInfo, ModelRegistry
from visionagent.i18n import translate

BREEDS, GENERAL = "breeds", "imagenet"  # the two readings (also their ConfidenceRule modes)
MODES = (BREEDS, GENERAL)
TOP_K = 5


class PhotoUnreadable(ValueError):
    """A photo that could not be read: one line naming the file (not its folder)."""


class CameraProblem(ValueError):
    """No camera, a busy one, or one that stopped: one line for the webcam page."""


# ------------------------------------------------------------------------------ plain data
@dataclass
class Photo:
    """A photo on screen: its pixels, its file (None when pasted) and a short name."""

    image: np.ndarray
    path: str | None
    name: str


@dataclass
class Answer:
    """A photo's reading in one mode (None while the model loads), with its Grad-CAM."""

    photo: Photo
    mode: str
    reading: Any = None  # breeds.Recognition or imagenet.Classification
    heatmap: np.ndarray | None = None
    overlay: np.ndarray | None = None


@dataclass
class LiveFrame:
    """One recognised webcam frame, and the frames saved for the class so far."""

    image: np.ndarray
    number: int
    reading: Any = None
    saved: int = 0  # photos this capture saved so far (0: this frame was not captured)
    capture_error: str = ""


@dataclass
class LiveControls:
    """What the GUI thread changes while the camera runs; the worker reads it at every frame."""

    readings: Readings | None = None
    mode: str = BREEDS
    top_k: int = TOP_K
    frozen: threading.Event = field(default_factory=threading.Event)
    capturing: threading.Event = field(default_factory=threading.Event)
    writer: camera.ClassFolderWriter | None = None


# ------------------------------------------------------------------------------ readings
class Readings:
    """One model, two readings of its output: the dog breeds and all 1,000 ImageNet classes.

    A breeds model (fine-tuned on its own breeds) has only the first. Each recognizer is built on
    first use; a lock makes two workers asking at once build it once.
    """

    def __init__(
        self, registry: ModelRegistry, name: str, thresholds: dict[str, float] | None = None
    ):
        self.registry = registry
        self.name = name
        self.info: ModelInfo = registry.info(name)
        self.thresholds = dict(thresholds or {})
        self._recognizers: dict[str, Any] = {}
        self._lock = threading.Lock()

    def supports(self, mode: str) -> bool:
        return mode == BREEDS or self.info.task == "imagenet"

    def has(self, mode: str) -> bool:
        return mode in self._recognizers

    def recognizer(self, mode: str):
        """The recognizer of ``mode`` (built now when needed; ValueError when unsupported)."""
        if not self.supports(mode):
            raise ValueError(
                translate(
                    "PhotosTab",
                    "{model} knows only its own classes, not the 1,000 ImageNet classes. "
                    "Choose an ImageNet model or the Dog breeds mode.",
                ).format(model=self.info.name)
            )
        with self._lock:
            if mode not in self._recognizers:
                if mode == BREEDS:
                    made = breeds.BreedRecognizer.from_registry(self.registry, self.name)
                else:
                    made = imagenet.ImageNetRecognizer.from_registry(self.registry, self.name)
                self._apply_rules(made)
                self._recognizers[mode] = made
            return self._recognizers[mode]

    def set_threshold(self, mode: str, value: float) -> None:
        """The "not sure below" threshold of ``mode`` (applied to the recognizers at once)."""
        self.thresholds[mode] = float(value)
        for made in list(self._recognizers.values()):
            self._apply_rules(made)

    def _apply_rules(self, made) -> None:
        general = ConfidenceRule.for_mode(GENERAL, self.thresholds.get(GENERAL))
        if isinstance(made, breeds.BreedRecognizer):
            made.rule = ConfidenceRule.for_mode(BREEDS, self.thresholds.get(BREEDS))
            made.imagenet_rule = general  # "not a dog — looks like …" is an ImageNet answer
        else:
            made.rule = general

    def read(self, image: np.ndarray, mode: str, top_k: int = TOP_K, file: str | None = None):
        made = self.recognizer(mode)
        if mode == BREEDS:
            return made.recognize(image, top_k=top_k, file=file)
        return made.classify(image, top_k=top_k, file=file)

    def gradcam(self, image: np.ndarray, reading, mode: str) -> np.ndarray:
        return self.recognizer(mode).gradcam(image, reading)


# ------------------------------------------------------------------------------------ jobs
def load(
    state: TaskState,
    registry: ModelRegistry,
    name: str,
    mode: str = BREEDS,
    gradcam: bool = False,
    thresholds: dict[str, float] | None = None,
) -> Readings:
    """Job: read the model file, build the reading of ``mode``, warm it up.

    The state is checked between the steps, so closing the window during a load waits for the
    current step only (reading the file is the longest).
    """
    state.progress(0.1, translate("PhotosTab", "Loading the model…"))
    registry.load(name)  # cached: the recognizers below take it from the registry
    state.check()
    readings = Readings(registry, name, thresholds)
    mode = mode if readings.supports(mode) else BREEDS
    state.progress(0.4, translate("PhotosTab", "Preparing the model…"))
    made = readings.recognizer(mode)
    state.check()
    state.progress(0.7, translate("PhotosTab", "Warming up…"))
    made.warm_up()
    if gradcam:
        state.check()
        made.warm_up(gradcam=True)
    state.progress(1.0, "")
    return readings


def open_photo(
    state: TaskState,
    source: str | Path | np.ndarray,
    name: str,
    readings: Readings | None,
    mode: str,
    gradcam: bool,
    top_k: int = TOP_K,
) -> Answer:
    """Job: read the photo (handed over at once as a partial :class:`Photo`), then answer."""
    if isinstance(source, (str, Path)):
        try:
            image = read_image(source)
        except ImageError as exc:
            raise PhotoUnreadable(
                translate("PhotosTab", "Cannot read {file}: {problem}").format(
                    file=Path(source).name, problem=exc.problem
                )
            ) from exc
        photo = Photo(image, str(source), Path(source).name)
    else:
        photo = Photo(np.ascontiguousarray(source), None, name)
    state.emit_partial(photo)
    return answer(state, photo, readings, mode, gradcam, top_k)


def answer(
    state: TaskState,
    photo: Photo,
    readings: Readings | None,
    mode: str,
    gradcam: bool,
    top_k: int = TOP_K,
) -> Answer:
    """Job: the photo's reading in ``mode`` (and its Grad-CAM); no reading while no model."""
    if readings is None:
        return Answer(photo, mode)
    state.check()
    if not readings.has(mode):
        state.progress(0.0, translate("PhotosTab", "Preparing this reading of the model…"))
    result = Answer(photo, mode, readings.read(photo.image, mode, top_k, photo.path))
    if gradcam:
        state.check()
        result = explain(state, result, readings)
    return result


def explain(state: TaskState, result: Answer, readings: Readings) -> Answer:
    """Job: ``result`` with Grad-CAM (where the network looked for its answer), as a new Answer:
    the one given is the tab's, shown on screen, and is never changed from this worker thread."""
    heatmap = readings.gradcam(result.photo.image, result.reading, result.mode)
    overlay = breeds.overlay_heatmap(result.photo.image, heatmap)
    return replace(result, heatmap=heatmap, overlay=overlay)


def folder(
    state: TaskState, readings: Readings, mode: str, files: list[Path], top_k: int = TOP_K
) -> list:
    """Job: every photo of a folder, batched; each row arrives at once as a partial."""
    made = readings.recognizer(mode)
    if mode == BREEDS:
        return breeds.recognize_folder(state, made, files, top_k, on_row=state.emit_partial)
    return imagenet.classify_folder(state, made, files, top_k, on_item=state.emit_partial)


def live(state: TaskState, source: camera.FrameSource, controls: LiveControls):
    """Job: recognise the camera's latest frame until stopped; each one arrives as a partial
    :class:`LiveFrame`. While capturing, each frame is saved into the class folder first."""

    def process(frame: camera.Frame) -> LiveFrame:
        out = LiveFrame(frame.image, frame.number)
        writer = controls.writer
        if controls.capturing.is_set() and writer is not None:
            try:
                writer.save(frame.image)
            except (OSError, ValueError) as exc:
                controls.capturing.clear()
                out.capture_error = str(exc)
            out.saved = writer.saved
        readings, mode = controls.readings, controls.mode
        if readings is not None and readings.supports(mode):
            out.reading = readings.read(frame.image, mode, controls.top_k)
        return out

    try:
        return camera.live_loop(
            state,
            source,
            process,
            lambda _frame, result: state.emit_partial(result),
            paused=controls.frozen.is_set,
        )
    except camera.CameraError as exc:
        raise CameraProblem(str(exc)) from exc


# ------------------------------------------------------------------------------------ CSV
def write_csv(rows: list, path: Path | str) -> Path:
    """Save a folder run as CSV, atomically (UTF-8 with BOM so spreadsheets read Korean)."""
    with atomic.replacing(path) as tmp:
        if rows and isinstance(rows[0], breeds.FolderRow):
            breeds.write_csv(rows, tmp)
        else:
            imagenet.write_csv(rows, tmp)
    return Path(path)

"""Webcam frames for live recognition and for collecting a class's own photos (no Qt).

* :class:`FrameSource` is what the rest of the app reads frames from: ``open()``, ``read()``
  (RGB uint8, or None when no new frame came), ``close()``, also as a context manager.
  :class:`OpenCVCamera` wraps ``cv2.VideoCapture`` (camera index, clear :class:`CameraError`
  messages when there is no camera or it is busy); :class:`FakeCamera` plays generated frames
  through the same interface, for tests and for machines without a camera.
* :func:`live_loop` is the worker-thread job: a :class:`FrameGrabber` thread keeps reading the
  camera into a one-frame slot (:class:`LatestFrame`), and the loop hands the *latest* frame to
  the recognizer whenever the recognizer is free. Frames that arrive meanwhile replace each other;
  nothing queues, so the answer never lags behind the camera.
* :class:`ClassFolderWriter` saves frames into ``FOLDER/CLASS/`` with unique names and atomic
  writes, ready for the Training tab's image-folder data sets (Teachable Machine's flow, offline).
"""

from __future__ import annotations

import datetime
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np

from visionagent.core import atomic
from visionagent.core.jobs import TaskState
from visionagent.i18n import translate

MAX_INDEX = 8  # camera indices probed by list_cameras()
OPEN_READ_ATTEMPTS = 10  # reads tried right after opening before calling the camera busy
MISS_WAIT = 0.02  # seconds between reads when a camera delivered no frame
MAX_SILENCE = 3.0  # seconds without a frame before a running camera counts as lost


class CameraError(Exception):
    """A camera that cannot be used: one line saying which and why."""


@dataclass(frozen=True)
class Frame:
    """One camera frame: RGB uint8 pixels, its number in the stream, when it was read."""

    image: np.ndarray
    number: int
    timestamp: float


class FrameSource(Protocol):
    """Anything that yields camera frames (a webcam, a fake, a video file)."""

    name: str
    finite: bool  # True when the stream ends by itself (a file, a fake with a count)

    def open(self) -> None: ...

    def read(self) -> np.ndarray | None: ...

    def close(self) -> None: ...


class _SourceBase:
    """Context-manager plumbing shared by the sources."""

    name = ""

    def open(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ------------------------------------------------------------------------------ OpenCV
def _device_exists(index: int) -> bool | None:
    """On Linux: whether ``/dev/videoN`` exists (None elsewhere, where nobody can tell)."""
    if sys.platform.startswith("linux"):
        return Path(f"/dev/video{index}").exists()
    return None


class OpenCVCamera(_SourceBase):
    """A webcam through ``cv2.VideoCapture(index)``; frames come back as RGB."""

    finite = False  # a camera never ends by itself

    def __init__(
        self,
        index: int = 0,
        width: int | None = None,
        height: int | None = None,
        api: int | None = None,
    ):
        if index < 0:
            raise ValueError(f"camera index must be 0 or more, not {index}")
        self.index = int(index)
        self.width = width
        self.height = height
        self.api = cv2.CAP_ANY if api is None else api
        self.name = translate("Camera", "Camera {index}").format(index=self.index)
        self._capture = None

    def open(self) -> None:
        if self._capture is not None:
            return
        exists = _device_exists(self.index)
        if exists is False:
            raise CameraError(self._no_camera())
        capture = cv2.VideoCapture(self.index, self.api)
        if not capture.isOpened():
            capture.release()
            raise CameraError(self._no_camera() if exists is None else self._busy())
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # keep the driver's queue short: latest wins
        if self.width:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        if self.height:
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        for _ in range(OPEN_READ_ATTEMPTS):  # an opened but busy camera delivers nothing
            ok, _ = capture.read()
            if ok:
                break
        else:
            capture.release()
            raise CameraError(self._busy())
        self._capture = capture

    def _no_camera(self) -> str:
        return translate(
            "Camera",
            "No camera found at index {index}. Connect a camera or choose another one.",
        ).format(index=self.index)

    def _busy(self) -> str:
        return translate(
            "Camera",
            "Camera {index} is there but sends no pictures: another program may be using it, "
            "or access is not allowed. Close the other program and try again.",
        ).format(index=self.index)

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            raise CameraError(translate("Camera", "The camera is not open."))
        ok, frame = self._capture.read()
        if not ok or frame is None:
            return None
        if frame.ndim == 2:
            return cv2.cvtColor(frame, cv2.COLOR_GRAY2RGB)
        return cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


def list_cameras(max_index: int = MAX_INDEX) -> list[int]:
    """Indices of the cameras present (Linux: ``/dev/videoN``; elsewhere: the ones that open)."""
    found = []
    for index in range(max_index):
        exists = _device_exists(index)
        if exists is None:
            capture = cv2.VideoCapture(index)
            exists = capture.isOpened()
            capture.release()
        if exists:
            found.append(index)
    return found


# -------------------------------------------------------------------------------- fake
class FakeCamera(_SourceBase):
    """Generated frames through the :class:`FrameSource` interface.

    Each frame is a coloured gradient with a bright square that moves with the frame number
    (so consecutive frames differ), or the next of ``frames`` when given. ``count`` ends the
    stream (``read()`` then returns None), ``fps`` paces ``read()`` like a real camera, and
    ``fail_on_open`` makes ``open()`` raise the :class:`CameraError` a missing or busy camera
    would.
    """

    def __init__(
        self,
        width: int = 320,
        height: int = 240,
        fps: float | None = 30.0,
        count: int | None = None,
        frames: Iterable[np.ndarray] | None = None,
        fail_on_open: str | None = None,
        name: str = "Fake camera",
    ):
        self.width, self.height = int(width), int(height)
        self.fps = fps
        self.count = count
        self.name = name
        self.fail_on_open = fail_on_open
        self._frames: Iterator[np.ndarray] | None = iter(frames) if frames is not None else None
        self._number = 0
        self._next_time = 0.0
        self.is_open = False
        self.opened = 0  # how many times open() succeeded (tests check the camera is released)
        self.finite = count is not None or frames is not None  # the stream ends by itself

    def open(self) -> None:
        if self.fail_on_open:
            raise CameraError(self.fail_on_open)
        self.is_open = True
        self.opened += 1
        self._next_time = time.monotonic()

    def read(self) -> np.ndarray | None:
        if not self.is_open:
            raise CameraError(translate("Camera", "The camera is not open."))
        if self.count is not None and self._number >= self.count:
            return None
        if self.fps:
            delay = self._next_time - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self._next_time = max(self._next_time, time.monotonic()) + 1.0 / self.fps
        if self._frames is not None:
            frame = next(self._frames, None)
            if frame is None:
                return None
        else:
            frame = self.pattern(self._number)
        self._number += 1
        return frame

    def pattern(self, number: int) -> np.ndarray:
        """The generated frame ``number`` (deterministic)."""
        y, x = np.mgrid[0 : self.height, 0 : self.width]
        frame = np.empty((self.height, self.width, 3), np.uint8)
        frame[..., 0] = (x * 255 // max(1, self.width - 1)).astype(np.uint8)
        frame[..., 1] = (y * 255 // max(1, self.height - 1)).astype(np.uint8)
        frame[..., 2] = (number * 7) % 256
        side = max(4, min(self.width, self.height) // 4)
        left = (number * 5) % max(1, self.width - side)
        frame[self.height // 3 : self.height // 3 + side, left : left + side] = 255
        return frame

    def close(self) -> None:
        self.is_open = False


# ----------------------------------------------------------------- latest frame wins
class LatestFrame:
    """A one-frame slot: ``put`` replaces whatever is there, ``take`` empties it."""

    def __init__(self):
        self._frame: Frame | None = None
        self._ready = threading.Condition()
        self.dropped = 0  # frames replaced before anybody took them

    def put(self, frame: Frame) -> None:
        with self._ready:
            if self._frame is not None:
                self.dropped += 1
            self._frame = frame
            self._ready.notify_all()

    def take(self, timeout: float | None = None) -> Frame | None:
        """The newest frame (waiting up to ``timeout`` seconds for one), or None."""
        with self._ready:
            if self._frame is None:
                self._ready.wait(timeout)
            frame, self._frame = self._frame, None
            return frame

    def peek(self) -> Frame | None:
        with self._ready:
            return self._frame

    def wake(self) -> None:
        """Wake a waiting ``take`` (the source ended): it returns what is there, maybe None."""
        with self._ready:
            self._ready.notify_all()


class FrameGrabber:
    """A thread that reads a source as fast as it delivers into a :class:`LatestFrame` slot.

    The source is opened in :meth:`start` (in the caller's thread, so a missing camera is
    reported at once) and closed when the thread ends. A read error ends the thread and is kept
    in :attr:`error`.
    """

    def __init__(self, source: FrameSource):
        self.source = source
        self.slot = LatestFrame()
        self.frames_read = 0
        self.error: Exception | None = None
        self.finished = threading.Event()  # the source ended or failed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> FrameGrabber:
        self.source.open()
        self._thread = threading.Thread(target=self._run, name="frame-grabber", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        misses = 0
        try:
            while not self._stop.is_set():
                image = self.source.read()
                if image is None:
                    if getattr(self.source, "finite", False):
                        break  # a fake or file source has no more frames
                    misses += 1
                    if misses * MISS_WAIT > MAX_SILENCE:
                        raise CameraError(
                            translate(
                                "Camera",
                                "The camera stopped sending pictures (unplugged or taken by "
                                "another program?).",
                            )
                        )
                    time.sleep(MISS_WAIT)
                    continue
                misses = 0
                self.frames_read += 1
                self.slot.put(Frame(image, self.frames_read, time.monotonic()))
        except Exception as exc:  # handed to the loop, which reports it as one line
            self.error = exc
        finally:
            self.source.close()
            self.finished.set()
            self.slot.wake()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> FrameGrabber:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@dataclass
class LoopStats:
    """What a :func:`live_loop` run did."""

    frames_read: int = 0
    frames_processed: int = 0
    frames_dropped: int = 0  # read but never processed: the recognizer was busy
    seconds: float = 0.0


def live_loop(
    state: TaskState,
    source: FrameSource,
    process: Callable[[Frame], Any],
    on_result: Callable[[Frame, Any], None] | None = None,
    paused: Callable[[], bool] | None = None,
    poll: float = 0.1,
) -> LoopStats:
    """Job: recognise the camera's latest frame again and again until ``state`` is stopped.

    ``process(frame)`` runs in this (worker) thread; its result goes to ``on_result(frame,
    result)``, or to ``state.emit_partial((frame, result))`` when no callback is given. While
    ``paused()`` is true (the Freeze button) frames are still read, so the picture is fresh when
    it resumes, but none is processed. Ends when the state is stopped or the source ends; a
    camera error is raised as :class:`CameraError`.
    """
    started = time.perf_counter()
    stats = LoopStats()
    grabber = FrameGrabber(source).start()
    try:
        while not state.cancelled:
            frame = grabber.slot.take(timeout=poll)
            if frame is None:
                if grabber.finished.is_set():
                    break
                continue
            if paused is not None and paused():
                stats.frames_dropped += 1
                continue
            result = process(frame)
            stats.frames_processed += 1
            if state.cancelled:
                break
            if on_result is not None:
                on_result(frame, result)
            else:
                state.emit_partial((frame, result))
    finally:
        grabber.stop()
        stats.frames_read = grabber.frames_read
        stats.frames_dropped += grabber.slot.dropped
        stats.seconds = time.perf_counter() - started
    if grabber.error is not None:
        error = grabber.error
        if isinstance(error, CameraError):
            raise error
        raise CameraError(
            translate("Camera", "The camera stopped sending pictures ({error}).").format(
                error=str(error) or type(error).__name__
            )
        ) from error
    return stats


# ------------------------------------------------------------------ capture to a class
def check_class_name(name: str) -> str:
    """A class name usable as a folder name (stripped), or ValueError saying why not."""
    clean = (name or "").strip()
    if not clean:
        raise ValueError(translate("Camera", "Give the class a name first."))
    if clean in (".", "..") or any(c in clean for c in '/\\:*?"<>|') or "\0" in clean:
        raise ValueError(
            translate(
                "Camera",
                'The class name {name!r} cannot be a folder name: leave out / \\ : * ? " < > |.',
            ).format(name=clean)
        )
    return clean


class ClassFolderWriter:
    """Saves frames as ``FOLDER/CLASS/CLASS_YYYYmmdd-HHMMSS_NNNN_xxxxxx.jpg`` (atomic, unique)."""

    def __init__(self, folder: Path | str, class_name: str, quality: int = 92):
        self.class_name = check_class_name(class_name)
        self.folder = Path(folder) / self.class_name
        self.quality = int(quality)
        self.saved = 0
        self._lock = threading.Lock()

    def save(self, image: np.ndarray) -> Path:
        """Write one RGB uint8 frame as JPEG; returns its path. Never overwrites a file."""
        if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
            raise ValueError(f"expected an RGB uint8 image (H, W, 3), got {image.shape}")
        ok, encoded = cv2.imencode(
            ".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, self.quality]
        )
        if not ok:
            raise ValueError("the frame could not be encoded as JPEG")
        with self._lock:
            self.folder.mkdir(parents=True, exist_ok=True)
            while True:
                stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
                name = f"{self.class_name}_{stamp}_{self.saved + 1:04d}_{secrets.token_hex(3)}.jpg"
                path = self.folder / name
                if not path.exists():
                    break
            atomic.write_bytes(path, encoded.tobytes())
            self.saved += 1
        return path

    def count(self) -> int:
        """Images in the class folder now (this writer's and any others)."""
        if not self.folder.is_dir():
            return 0
        from visionagent.core.images import EXTENSIONS

        return sum(
            1
            for entry in os.scandir(self.folder)
            if entry.is_file() and os.path.splitext(entry.name)[1].lower() in EXTENSIONS
        )

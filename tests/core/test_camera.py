"""Webcam core with the fake camera: frames, latest frame wins, errors, capture to a class."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from visionagent.core import atomic, camera
from visionagent.core.images import list_images, read_image
from visionagent.core.jobs import TaskState


def test_fake_camera_plays_changing_rgb_frames_and_ends():
    source = camera.FakeCamera(width=64, height=48, fps=None, count=3)
    with pytest.raises(camera.CameraError):
        source.read()
    with source:
        frames = [source.read() for _ in range(3)]
        assert source.read() is None
    assert not source.is_open and source.opened == 1
    assert all(f.shape == (48, 64, 3) and f.dtype == np.uint8 for f in frames)
    assert not np.array_equal(frames[0], frames[1])
    np.testing.assert_array_equal(frames[2], source.pattern(2))


def test_missing_opencv_camera_is_one_clear_error():
    missing = next(i for i in range(50, 64) if not __import__("os").path.exists(f"/dev/video{i}"))
    with pytest.raises(camera.CameraError, match=f"No camera found at index {missing}"):
        camera.OpenCVCamera(missing).open()
    with pytest.raises(ValueError):
        camera.OpenCVCamera(-1)
    assert isinstance(camera.list_cameras(2), list)


def test_latest_frame_slot_keeps_only_the_newest():
    slot = camera.LatestFrame()
    assert slot.take(timeout=0.01) is None
    for number in range(1, 4):
        slot.put(camera.Frame(np.zeros((2, 2, 3), np.uint8), number, 0.0))
    assert slot.take().number == 3
    assert slot.dropped == 2 and slot.take(timeout=0.01) is None


def test_live_loop_processes_the_latest_frame_and_never_queues():
    source = camera.FakeCamera(width=32, height=24, fps=400)
    state = TaskState()
    seen = []

    def process(frame):  # a recognizer slower than the camera
        time.sleep(0.03)
        return int(frame.image[0, 0, 2])

    def on_result(frame, result):
        seen.append((frame.number, result))
        if len(seen) == 6:
            state.stop()

    stats = camera.live_loop(state, source, process, on_result)
    numbers = [n for n, _ in seen]
    assert len(seen) == 6 and numbers == sorted(numbers)
    assert max(b - a for a, b in zip(numbers, numbers[1:], strict=False)) > 1  # frames skipped
    assert stats.frames_processed == 6 and stats.frames_dropped > 0
    assert stats.frames_read >= numbers[-1]
    assert seen[0][1] == (numbers[0] - 1) * 7 % 256  # the result belongs to that frame
    assert not source.is_open  # the camera is released when the loop ends


def test_live_loop_emits_partials_pauses_and_ends_with_a_finite_source():
    partials = []
    state = TaskState(partial=partials.append)
    stats = camera.live_loop(
        state, camera.FakeCamera(fps=None, count=5), lambda frame: frame.number, poll=0.01
    )
    assert stats.frames_read == 5 and 1 <= stats.frames_processed <= 5
    assert all(result == frame.number for frame, result in partials)
    paused = camera.live_loop(
        TaskState(), camera.FakeCamera(fps=None, count=5), lambda f: 1 / 0, paused=lambda: True
    )
    assert paused.frames_processed == 0 and paused.frames_read == 5


def test_camera_errors_reach_the_caller():
    busy = camera.FakeCamera(fail_on_open="Camera 0 is busy")
    with pytest.raises(camera.CameraError, match="busy"):
        camera.live_loop(TaskState(), busy, lambda f: None)

    def broken():
        yield np.zeros((8, 8, 3), np.uint8)
        raise OSError("unplugged")

    with pytest.raises(camera.CameraError, match="unplugged"):
        camera.live_loop(TaskState(), camera.FakeCamera(fps=None, frames=broken()), lambda f: None)


def test_stopping_the_state_from_another_thread_ends_the_loop():
    source = camera.FakeCamera(fps=60)
    state = TaskState()
    started = threading.Event()
    worker = threading.Thread(
        target=camera.live_loop, args=(state, source, lambda f: started.set())
    )
    worker.start()
    assert started.wait(5.0)
    state.stop()
    worker.join(5.0)
    assert not worker.is_alive() and not source.is_open


def test_capture_writes_unique_jpegs_into_the_class_folder(tmp_path):
    writer = camera.ClassFolderWriter(tmp_path / "data", "  사과 ")
    source = camera.FakeCamera(width=80, height=60, fps=None, count=5)
    with source:
        paths = [writer.save(source.read()) for _ in range(5)]
    folder = tmp_path / "data" / "사과"
    assert all(p.parent == folder for p in paths) and len(set(paths)) == 5
    assert writer.saved == 5 and writer.count() == 5
    assert [p.name for p in list_images(folder)] == sorted(p.name for p in paths)
    image = read_image(paths[0])
    assert image.shape == (60, 80, 3)
    assert np.abs(image.astype(int) - source.pattern(0).astype(int)).mean() < 8  # JPEG
    assert atomic.leftovers(folder) == []
    for bad in ("", "  ", "..", "a/b", "c\\d", "e:f"):
        with pytest.raises(ValueError):
            camera.ClassFolderWriter(tmp_path, bad)
    with pytest.raises(ValueError):
        writer.save(np.zeros((4, 4), np.uint8))

"""The Photos tab's webcam page with the fake camera (there is no camera here): live answers,
Freeze, capture into FOLDER/CLASS/, clear messages for a missing or busy camera, and the camera
released when the page, the tab or the window goes.

A tiny 1,000-class model stands in for the ImageNet model (fast to load); the shipped model's
live test is in test_photos_tab.py.
"""

from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt

from visionagent import settings
from visionagent.core import camera
from visionagent.core.images import list_images

LOAD_TIMEOUT = 120_000
TIMEOUT = 30_000


@pytest.fixture(scope="module")
def tiny_registry(tmp_path_factory, tf_backend_module):
    """A registry holding one tiny 'ImageNet' model: 32×32 input, 1,000 classes."""
    from visionagent.core import backend
    from visionagent.core.imagenet import load_classes
    from visionagent.core.registry import ModelRegistry, write_metadata

    keras = backend.keras()
    keras.utils.set_random_seed(5)
    layers = keras.layers
    model = keras.Sequential(
        [
            keras.Input((32, 32, 3)),
            layers.Rescaling(1 / 255.0),
            layers.Conv2D(4, 3, activation="relu", name="conv"),
            layers.GlobalAveragePooling2D(),
            layers.Dense(1000, activation="softmax", name="classes"),
        ]
    )
    folder = tmp_path_factory.mktemp("tiny-imagenet")
    model.save(folder / "tiny_imagenet.keras")
    write_metadata(
        folder / "tiny_imagenet.keras",
        {
            "task": "imagenet",
            "class_names": [c.name for c in load_classes()],
            "input_shape": [32, 32, 3],
            "preprocessing": "efficientnet_lite",
        },
    )
    return ModelRegistry([folder])


@pytest.fixture(scope="module")
def tf_backend_module():
    from visionagent.core import backend

    return backend.load()


@pytest.fixture
def webcam_tab(qtbot, tiny_registry, tf_backend_module):
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.photos import PhotosTab

    settings.set("breeds/mode", "imagenet")
    context = AppContext(tiny_registry)
    tab = PhotosTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    context.tf_ready.emit(tf_backend_module)
    qtbot.waitUntil(lambda: tab.is_ready, timeout=LOAD_TIMEOUT)
    tab.view.show_page("webcam")
    yield tab
    assert tab.shutdown()
    assert not tab.running_threads()
    settings.set("breeds/mode", "breeds")


def _start(qtbot, tab, source):
    tab.camera_factory = lambda index: source
    qtbot.mouseClick(tab.webcam_page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.live_frame is not None and tab.live_frame.reading is not None, timeout=TIMEOUT
    )


def _frames_pass(qtbot, source, count: int = 10):
    """Wait until the camera has delivered ``count`` more frames."""
    target = source._number + count
    qtbot.waitUntil(lambda: source._number >= target, timeout=TIMEOUT)


@pytest.mark.slow
def test_live_answers_freeze_and_capture_into_the_class_folder(webcam_tab, qtbot, tmp_path):
    tab, page = webcam_tab, webcam_tab.webcam_page
    source = camera.FakeCamera(width=160, height=120, fps=40)
    page.folder_edit.setText(str(tmp_path / "data"))
    page.class_edit.setText("빨간 컵")
    _start(qtbot, tab, source)
    assert page.running and page.start_button.text() == "Stop camera"
    assert not page.camera_combo.isEnabled() and page.freeze_button.isEnabled()
    assert page.view.image() is tab.live_frame.image
    assert len(page.result.chart.bars()) == 5  # the top-5 of the 1,000 classes, live
    first = tab.live_frame.number
    qtbot.waitUntil(lambda: tab.live_frame.number > first + 3, timeout=TIMEOUT)

    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)  # Freeze: no new answers
    assert page.freeze_button.isChecked() and not page.capture_button.isEnabled()
    _frames_pass(qtbot, source)  # a frame already being read may still arrive
    frozen = tab.live_frame.number
    _frames_pass(qtbot, source, 20)
    assert tab.live_frame.number == frozen and page.view.image() is tab.live_frame.image
    qtbot.mouseClick(page.freeze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.live_frame.number > frozen + 3, timeout=TIMEOUT)

    folder = tmp_path / "data" / "빨간 컵"
    qtbot.mousePress(page.capture_button, Qt.MouseButton.LeftButton)  # hold to capture
    qtbot.waitUntil(lambda: folder.is_dir() and len(list_images(folder)) >= 5, timeout=TIMEOUT)
    qtbot.mouseRelease(page.capture_button, Qt.MouseButton.LeftButton)
    now = tab.live_frame.number
    qtbot.waitUntil(lambda: tab.live_frame.number > now + 2, timeout=TIMEOUT)
    saved = len(list_images(folder))
    qtbot.waitUntil(lambda: tab.live_frame.number > now + 8, timeout=TIMEOUT)
    assert len(list_images(folder)) == saved  # released: no more photos
    assert page.count_label.text() == f"{saved} photos in {folder}"
    assert settings.get("breeds/capture_class") == "빨간 컵"
    assert settings.get("breeds/capture_folder") == str(tmp_path / "data")

    assert tab.shutdown()  # closing the tab: the camera thread ends, the camera is released
    assert not tab.running_threads() and not source.is_open


@pytest.mark.slow
def test_a_missing_or_busy_camera_is_said_clearly(webcam_tab, qtbot):
    tab, page = webcam_tab, webcam_tab.webcam_page
    tab.camera_factory = camera.OpenCVCamera  # the real one, at an index no PC has
    tab.start_camera(60)
    qtbot.waitUntil(lambda: not page.running, timeout=TIMEOUT)
    assert "No camera found at index 60" in page.message.text()
    assert page.message.level == "error" and page.view.hint() == page.message.text()
    busy = "Camera 0 is there but sends no pictures: another program may be using it."
    tab.camera_factory = lambda index: camera.FakeCamera(fail_on_open=busy)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running and page.message.text() == busy, timeout=TIMEOUT)
    assert page.start_button.text() == "Start camera" and page.camera_combo.isEnabled()


@pytest.mark.slow
def test_capture_needs_a_folder_and_a_class_name(webcam_tab, qtbot, tmp_path):
    tab, page = webcam_tab, webcam_tab.webcam_page
    _start(qtbot, tab, camera.FakeCamera(width=80, height=60, fps=30))
    page.folder_edit.clear()
    qtbot.mousePress(page.capture_button, Qt.MouseButton.LeftButton)
    assert "Choose a folder first" in page.count_label.text()
    qtbot.mouseRelease(page.capture_button, Qt.MouseButton.LeftButton)
    page.folder_edit.setText(str(tmp_path))
    page.class_edit.setText("a/b")
    qtbot.mousePress(page.capture_button, Qt.MouseButton.LeftButton)
    assert "cannot be a folder name" in page.count_label.text()
    qtbot.mouseRelease(page.capture_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_leaving_the_page_or_closing_the_tab_turns_the_camera_off(webcam_tab, qtbot):
    tab, page = webcam_tab, webcam_tab.webcam_page
    source = camera.FakeCamera(fps=30)
    _start(qtbot, tab, source)
    qtbot.mouseClick(  # the Photo page
        tab.bar.page_bar, Qt.MouseButton.LeftButton, pos=tab.bar.page_bar.tabRect(0).center()
    )
    qtbot.waitUntil(lambda: not page.running and not source.is_open, timeout=TIMEOUT)
    assert "Camera off" in page.message.text()
    tab.view.show_page("webcam")
    again = camera.FakeCamera(fps=30)
    _start(qtbot, tab, again)
    tab.close()  # the window closes
    qtbot.waitUntil(lambda: not again.is_open and not tab.running_threads(), timeout=TIMEOUT)
    assert again.opened == 1

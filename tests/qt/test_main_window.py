"""The main window: five tabs, shortcuts, TensorFlow-ready status, remembered settings."""

from __future__ import annotations

import pytest
from PyQt6.QtCore import Qt

from visionagent import settings

pytestmark = pytest.mark.slow  # the real main window: every tab, TensorFlow loading


def test_five_tabs_switch_by_click(main_window, qtbot):
    tabs = main_window.tabs
    assert tabs.count() == 5
    names = [tabs.tabText(i).replace("&", "") for i in range(5)]
    assert names == ["Digits", "Photos", "Filters", "Inside", "Training"]
    bar = tabs.tabBar()
    for index in (2, 0, 4, 3, 1):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert tabs.currentIndex() == index


def test_tabs_switch_by_ctrl_number(main_window, qtbot):
    main_window.activateWindow()
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)
    for index, key in enumerate(keys):
        qtbot.keyClick(main_window, key, Qt.KeyboardModifier.ControlModifier)
        assert main_window.tabs.currentIndex() == index
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == 1


def test_tensorflow_ready_signal_and_status_bar(main_window, qtbot):
    if not main_window.context.is_tf_ready:
        with qtbot.waitSignal(main_window.context.tf_ready, timeout=180_000) as blocker:
            pass
        info = blocker.args[0]
    else:
        info = main_window.context.device
    assert info.device_kind in ("CPU", "GPU")
    text = main_window.tf_label.text()
    assert "ready" in text and info.tensorflow_version in text
    assert info.describe() in main_window.tf_label.toolTip()
    assert not main_window.tf_progress.isVisible()


def test_window_remembers_tab_and_geometry(qtbot, app_context):
    from visionagent.qt.main_window import MainWindow

    first = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(first)
    first.show()
    first.tabs.setCurrentIndex(2)
    first.setGeometry(37, 41, 1234, 777)
    first.close()
    assert settings.get("window/tab") == 2
    second = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentIndex() == 2
    geometry = second.geometry()
    assert (geometry.x(), geometry.y(), geometry.width(), geometry.height()) == (37, 41, 1234, 777)


def test_about_lists_versions_and_sources(main_window):
    text = main_window.about_text()
    for name in ("Python", "Qt", "OpenCV", "TensorFlow", "Keras", "mnist", "Apache-2.0"):
        assert name in text


def test_open_image_goes_to_a_tab_that_takes_it(main_window, tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not an image")
    # whichever tab takes it must not crash; the window stays usable
    main_window.open_path(str(bogus))
    assert main_window.isVisible()


def test_remembered_geometry_from_a_bigger_screen_is_clamped_to_this_one(qtbot, app_context):
    """A geometry saved on a large second screen must not put the window off this screen."""
    from visionagent.qt.main_window import MainWindow

    first = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(2500, 1400, 2600, 1500)  # beyond the 1920×1080 test screen
    first.close()
    second = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(second)
    second.show()
    available = second.screen().availableGeometry()
    assert available.contains(second.frameGeometry()), (second.frameGeometry(), available)
    second.close()


def test_first_start_fits_the_screen(qtbot, app_context):
    from visionagent.qt.main_window import MainWindow

    settings.set("window/geometry", b"")
    window = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(window)
    window.show()
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.minimumWidth() < 1000
    window.close()


def test_ctrl_o_opens_a_photo_through_the_kit_dialog(main_window, qtbot, monkeypatch, tmp_path):
    """File ▸ Open image (Ctrl+O) asks with the kit's one dialog (its filter, the last folder) and
    gives the file to a tab that opens it; the folder is remembered for the next time."""
    from PyQt6.QtWidgets import QFileDialog

    from visionagent import paths

    photo = tmp_path / "bullmastiff.jpg"
    photo.write_bytes(paths.resource("samples", "bullmastiff.jpg").read_bytes())
    asked = {}

    def fake(parent, title, start, filters):
        asked.update(title=title, filters=filters)
        return str(photo), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    main_window.tabs.setCurrentIndex(1)  # Photos
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked["title"] == "Open image" and "*.jpg" in asked["filters"]
    photos = main_window.tabs.currentWidget()
    qtbot.waitUntil(lambda: photos.photo is not None, timeout=30_000)
    assert photos.photo.path == str(photo)
    assert settings.get("files/last_dir") == str(tmp_path)

"""Dog breeds tab driven like a user: drop, open dialog, paste, recent files, Grad-CAM, folder
mode."""

from __future__ import annotations

import csv
import shutil

import numpy as np
import pytest
from PyQt6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PyQt6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PyQt6.QtWidgets import QApplication, QFileDialog

from visionagent import paths
from visionagent.core.images import read_image

SAMPLES = paths.resources_dir() / "samples"
LOAD_TIMEOUT = 180_000
JOB_TIMEOUT = 60_000


@pytest.fixture
def tab(main_window, qtbot):
    """The Dog breeds tab of the real main window, with its model loaded."""
    bar = main_window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    breeds_tab = main_window.breeds_tab
    assert main_window.tabs.currentWidget() is breeds_tab
    qtbot.waitUntil(lambda: breeds_tab.is_ready, timeout=LOAD_TIMEOUT)
    assert breeds_tab.recognize_button.isEnabled()
    return breeds_tab


def _drop(widget, files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    point = widget.rect().center()
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return drop


def _wait_result(qtbot, tab):
    qtbot.waitUntil(
        lambda: tab.current_result is not None and not tab._runner.busy, timeout=JOB_TIMEOUT
    )


def test_drop_a_dog_photo_shows_five_bars_and_gradcam(tab, qtbot):
    drop = _drop(tab.photo_view, [SAMPLES / "bullmastiff.jpg"])
    assert drop.isAccepted()
    _wait_result(qtbot, tab)
    bars = tab.bar_chart.bars()
    assert len(bars) == 5
    assert not tab.bar_chart.is_muted()
    assert [value for _, value in bars] == sorted((value for _, value in bars), reverse=True)
    assert bars[0][0] == tab.current_result.top[0].name
    assert bars[0][0] in tab.verdict_label.text() and "%" in tab.verdict_label.text()
    assert tab.photo_view.image() is tab.current_image
    # The photo keeps its aspect ratio on screen.
    rect = tab.photo_view.displayed_rect()
    height, width = tab.current_image.shape[:2]
    assert rect.width() / rect.height() == pytest.approx(width / height, rel=0.02)

    # Grad-CAM: tick the box, the heatmap has the photo's size and the view shows the overlay.
    assert not tab.gradcam_check.isChecked()
    qtbot.mouseClick(
        tab.gradcam_check, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.gradcam_check.height() // 2)
    )
    assert tab.gradcam_check.isChecked()
    qtbot.waitUntil(lambda: tab.heatmap is not None, timeout=JOB_TIMEOUT)
    assert tab.heatmap.shape == tab.current_image.shape[:2]
    assert 0.0 <= float(tab.heatmap.min()) and float(tab.heatmap.max()) <= 1.0
    shown = tab.photo_view.image()
    assert shown is tab.overlay and shown.shape == tab.current_image.shape
    assert not np.array_equal(shown, tab.current_image)
    # Untick: the plain photo again.
    qtbot.mouseClick(
        tab.gradcam_check, Qt.MouseButton.LeftButton, pos=QPoint(8, tab.gradcam_check.height() // 2)
    )
    assert tab.photo_view.image() is tab.current_image


def test_open_dialog_with_a_cat_shows_not_a_dog(tab, qtbot, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLES / "chelsea.png"), "")
    )
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    _wait_result(qtbot, tab)
    assert tab.current_path == str(SAMPLES / "chelsea.png")
    assert tab.current_result.is_dog is False
    assert tab.verdict_label.text().startswith("Not a dog")
    assert tab.current_result.looks_like.name in tab.verdict_label.text()
    assert tab.bar_chart.is_muted() and len(tab.bar_chart.bars()) == 5


def test_recent_files_menu_reopens_a_photo(tab, qtbot):
    assert tab.open_path(str(SAMPLES / "dalmatian.jpg"))
    _wait_result(qtbot, tab)
    assert tab.open_path(str(SAMPLES / "coffee.png"))
    qtbot.waitUntil(
        lambda: tab.current_path == str(SAMPLES / "coffee.png") and not tab._runner.busy,
        timeout=JOB_TIMEOUT,
    )
    tab._fill_recent_menu()  # what the menu does when it is about to show
    actions = {a.data(): a for a in tab.recent_menu.actions()}
    assert str(SAMPLES / "dalmatian.jpg") in actions
    actions[str(SAMPLES / "dalmatian.jpg")].trigger()
    qtbot.waitUntil(
        lambda: (
            tab.current_path == str(SAMPLES / "dalmatian.jpg") and tab.current_result is not None
        ),
        timeout=JOB_TIMEOUT,
    )
    assert tab.current_result.is_dog


def test_paste_an_image_with_ctrl_v_and_korean_names(tab, qtbot):
    app = QApplication.instance()
    previous = app.property("visionagent_language")
    app.setProperty("visionagent_language", "ko")
    try:
        image = read_image(SAMPLES / "dalmatian.jpg")
        qimage = QImage(
            image.data,
            image.shape[1],
            image.shape[0],
            image.strides[0],
            QImage.Format.Format_RGB888,
        ).copy()
        QApplication.clipboard().setImage(qimage)
        tab.photo_view.setFocus()
        qtbot.keyClick(tab.photo_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        _wait_result(qtbot, tab)
        assert tab.current_path is None
        assert tab.current_image.shape == image.shape
        best = tab.current_result.top[0]
        assert tab.bar_chart.bars()[0][0] == best.name_ko
        assert any("\uac00" <= ch <= "\ud7a3" for ch in tab.bar_chart.bars()[0][0])
    finally:
        app.setProperty("visionagent_language", previous)


def test_broken_file_gives_a_message_not_a_crash(tab, qtbot, tmp_path):
    broken = tmp_path / "망가진.jpg"
    broken.write_bytes(b"\xff\xd8 definitely not a photo")
    assert tab.open_path(str(broken))
    qtbot.waitUntil(lambda: "damaged" in tab.status_label.text(), timeout=JOB_TIMEOUT)
    assert "망가진.jpg" in tab.status_label.text()
    assert not tab.open_path(str(tmp_path / "notes.txt"))


def test_folder_mode_table_sort_and_csv(tab, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "개 사진"
    folder.mkdir()
    for name in ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "broken.png").write_bytes(b"nope")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(tab.folder_button, Qt.MouseButton.LeftButton)
    assert tab.pages.currentIndex() == tab.FOLDER_PAGE
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=JOB_TIMEOUT)
    table = tab.table
    assert table.rowCount() == 4
    assert not table.item(0, 0).icon().isNull() or not table.item(1, 0).icon().isNull()
    files = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert table.item(files["chelsea.png"], 2).text() == "no"
    assert table.item(files["bullmastiff.jpg"], 2).text() == "yes"
    assert table.item(files["broken.png"], 2).text() == "error"
    # Sort by probability with a click on the header: descending after two clicks.
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(4) + header.sectionSize(4) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    values = [table.item(r, 4).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert values == sorted(values, reverse=True)

    out = tmp_path / "결과.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    assert {r["file"].split("/")[-1].split("\\")[-1] for r in rows} == set(files)
    # Double-click a row: the photo opens in photo mode.
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "dalmatian.jpg")
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a real double click
    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # starts with a press
    assert tab.pages.currentIndex() == tab.PHOTO_PAGE
    qtbot.waitUntil(
        lambda: (
            tab.current_path is not None
            and tab.current_path.endswith("dalmatian.jpg")
            and tab.current_result is not None
        ),
        timeout=JOB_TIMEOUT,
    )


def test_dropping_several_files_runs_folder_mode(tab, qtbot):
    _drop(tab, [SAMPLES / "bullmastiff.jpg", SAMPLES / "coffee.png"])
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=JOB_TIMEOUT)
    assert tab.table.rowCount() == 2


def test_bar_chart_widget_alone(qtbot):
    from visionagent.qt.widgets.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.set_bars(
        [("a very long label that will be elided", 0.7), ("b", 0.2), ("c", 1.5)], highlight=0
    )
    assert chart.bars() == [("a very long label that will be elided", 0.7), ("b", 0.2), ("c", 1.0)]
    assert "70.0%" in chart.toolTip()
    assert chart.sizeHint().height() >= 3 * BarChart.ROW_HEIGHT
    chart.grab()  # paints without error
    chart.clear("nothing yet")
    assert chart.bars() == [] and chart.message() == "nothing yet"
    chart.grab()

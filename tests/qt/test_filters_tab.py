"""The Filters tab driven like a user: kernel cells, presets, pooling, numbers mode, the fit on
classroom screens and lesson states."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PyQt6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PyQt6.QtGui import QDragEnterEvent, QDropEvent, QWheelEvent
from PyQt6.QtWidgets import QAbstractScrollArea, QApplication

from visionagent import paths, settings
from visionagent.core import filters, lessons
from visionagent.core.registry import ModelRegistry
from visionagent.qt.kit.images import to_qimage

# The numbers printed in the textbook for example 8-1 (the specification).
TEXTBOOK_S = [
    [[-4, 11, 9], [1, 2, 3], [1, 3, 6]],
    [[-3, -3, 2], [2, 4, -1], [1, 4, 3]],
]
TEXTBOOK_RELU = [
    [[0, 11, 9], [1, 2, 3], [1, 3, 6]],
    [[0, 0, 2], [2, 4, 0], [1, 4, 3]],
]


def _make_tab(qtbot, registry, size=(1300, 850)):
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.filters import FiltersTab

    context = AppContext(registry=registry)
    tab = FiltersTab(context)
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: tab.pictures.conv_view.image() is not None)
    return tab


@pytest.fixture
def models_dir(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    return folder


@pytest.fixture
def tab(qtbot, user_home, models_dir):
    settings.qsettings().remove("filters")  # every test starts from the defaults
    tab = _make_tab(qtbot, ModelRegistry([models_dir]))
    yield tab
    assert tab.shutdown()
    assert not tab.running_threads()


def choose(qtbot, combo, data=None, index=None) -> None:
    """Open a combo box's list and click the entry holding ``data`` (or at ``index``)."""
    index = combo.findData(data) if index is None else index
    assert index >= 0, data
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(index, 0))
    pos = QPoint(min(rect.center().x(), view.viewport().width() // 2), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: combo.currentIndex() == index)


def click_cell(qtbot, grid, row, col, double=False) -> None:
    pos = grid.visualItemRect(grid.item(row, col)).center()
    if double:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot, grid, text: str) -> None:
    """Type like a user: the first key opens the cell editor, the rest go to the focused editor."""
    qtbot.keyClicks(grid, text[0])
    if text[1:]:
        qtbot.keyClicks(QApplication.focusWidget(), text[1:])


def set_spin(qtbot, spin, value) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Enter)
    assert spin.value() == value


def grid_numbers(grid) -> list[list[float]]:
    return [
        [float(grid.text_at(r, c)) for c in range(grid.columnCount())]
        for r in range(grid.rowCount())
    ]


# ------------------------------------------------------------------ pictures
@pytest.mark.slow
def test_editing_a_kernel_cell_changes_the_output_image(qtbot, tab):
    grid = tab.editor.grids()[0]
    before = tab.pictures.conv_view.image().copy()
    click_cell(qtbot, grid, 1, 1)
    qtbot.keyClicks(grid, "5")  # typing starts editing; the value applies while typing
    qtbot.waitUntil(lambda: tab.editor.weights()[1, 1, 0, 0] == 5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert grid.text_at(1, 1) == "5"
    assert np.all(tab.editor.weights()[1, 1, :, 0] == 5)  # linked: every channel
    qtbot.waitUntil(lambda: not np.array_equal(tab.pictures.conv_view.image(), before))
    assert tab.editor.preset_combo.currentData() == ""  # a hand-edited kernel is "Custom"
    click_cell(qtbot, grid, 0, 2)
    type_into(qtbot, grid, "-1.5")  # several keystrokes, applied as they come
    qtbot.waitUntil(lambda: tab.editor.weights()[0, 2, 0, 0] == -1.5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert grid.text_at(0, 2) == "-1.5"


def test_wheel_edits_are_coalesced_into_one_update(qtbot, tab):
    grid = tab.editor.grids()[0]
    qtbot.waitUntil(lambda: not tab._timer.isActive())
    updates = []
    tab._timer.timeout.connect(lambda: updates.append(1))
    start = float(tab.editor.weights()[0, 0, 0, 0])
    pos = QPointF(grid.visualItemRect(grid.item(0, 0)).center())
    for _ in range(10):
        event = QWheelEvent(
            pos,
            grid.viewport().mapToGlobal(pos),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(grid.viewport(), event)
    assert float(tab.editor.weights()[0, 0, 0, 0]) == pytest.approx(start + 1.0, abs=1e-4)
    qtbot.waitUntil(lambda: bool(updates) and not tab._timer.isActive())
    assert len(updates) == 1


@pytest.mark.slow
def test_changing_pooling_changes_the_displayed_shape(qtbot, tab):
    h, w, c = tab._x.shape
    conv = filters.output_size(h, 3)  # the default Sobel kernel is 3×3, valid padding
    assert tab.pictures.pool_view.title().endswith(
        f"{conv // 2}×{filters.output_size(w, 3) // 2}×1"
    )
    set_spin(qtbot, tab.form.control("pool_size"), 3)
    pooled = filters.output_size(conv, 3, 3)
    qtbot.waitUntil(
        lambda: tab.pictures.pool_view.title().endswith(
            f"{pooled}×{filters.output_size(filters.output_size(w, 3), 3, 3)}×1"
        )
    )
    assert f"{pooled}×" in tab.pictures.flow_label.text()
    assert "⌊(" in tab.sizes_label.text() and f"= {pooled}" in tab.sizes_label.text()
    choose(qtbot, tab.pool_combo, "none")
    qtbot.waitUntil(
        lambda: tab.pictures.pool_view.title().endswith(f"{conv}×{filters.output_size(w, 3)}×1")
    )
    choose(qtbot, tab.padding_combo, "same")
    qtbot.waitUntil(lambda: tab.pictures.conv_view.title().endswith(f"{h}×{w}×1"))
    assert tab.border_combo.isEnabled()


def test_presets_set_the_expected_numbers(qtbot, tab):
    editor = tab.editor
    choose(qtbot, editor.preset_combo, "sobel_y")
    assert grid_numbers(editor.grids()[0]) == [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]
    choose(qtbot, editor.preset_combo, "laplacian_diagonal")
    assert grid_numbers(editor.grids()[0]) == [[1, 0, 1], [0, -4, 0], [1, 0, 1]]
    choose(qtbot, editor.size_combo, "5x5")
    assert editor.grids()[0].rowCount() == 5
    choose(qtbot, editor.preset_combo, "box")
    assert all(
        text == "0.04"
        for text in (editor.grids()[0].text_at(r, c) for r in range(5) for c in range(5))
    )
    choose(qtbot, editor.preset_combo, "gaussian")
    assert editor.sigma_spin.isEnabled()
    set_spin(qtbot, editor.sigma_spin, 2)
    kernel = editor.weights()[:, :, 0, 0]
    np.testing.assert_allclose(kernel, filters.preset("gaussian", 5, 2.0), atol=1e-6)
    assert kernel.sum() == pytest.approx(1.0, abs=1e-5) and kernel[2, 2] == kernel.max()
    qtbot.mouseClick(editor.flip_button, Qt.MouseButton.LeftButton)
    choose(qtbot, editor.preset_combo, "sobel_x")
    before = editor.weights()[:, :, 0, 0]
    qtbot.mouseClick(editor.flip_button, Qt.MouseButton.LeftButton)
    np.testing.assert_array_equal(editor.weights()[:, :, 0, 0], before[::-1, ::-1])


@pytest.mark.slow
def test_several_filters_give_several_maps(qtbot, tab):
    qtbot.mouseClick(tab.editor.add_button, Qt.MouseButton.LeftButton)
    assert tab.editor.filters() == 2 and tab.editor.current_preset() == "sobel_y"
    qtbot.waitUntil(lambda: tab.pictures.conv_view.tile_count() == 2)
    h, w, c = tab._x.shape
    shape = f"{filters.output_size(h, 3)}×{filters.output_size(w, 3)}×2"
    assert (
        shape in tab.pictures.conv_view.title() and "map 2" in tab.pictures.conv_view.title()
    )  # the bar follows the editor
    assert tab.pictures.pool_view.tile_count() == 2
    bar = tab.editor.filter_tabs
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    qtbot.waitUntil(lambda: "map 1" in tab.pictures.conv_view.title())
    assert f"<b>{filters.weight_count(c, 3, 3, 2)}</b>" in tab.sizes_label.text()
    qtbot.mouseClick(tab.editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.pictures.conv_view.tile_count() == 1)


@pytest.mark.slow
def test_grayscale_and_per_channel_kernels(qtbot, tab):
    choose(qtbot, tab.picture_box.colour_combo, True)
    qtbot.waitUntil(lambda: tab.pictures.input_view.title().endswith("×1"))
    assert tab.editor.channels() == 1 and not tab.editor.link_check.isVisible()
    assert f"<b>{filters.weight_count(1, 3, 3, 1)}</b>" in tab.sizes_label.text()
    choose(qtbot, tab.picture_box.colour_combo, False)
    qtbot.waitUntil(lambda: tab.pictures.input_view.title().endswith("×3"))
    qtbot.mouseClick(tab.editor.link_check, Qt.MouseButton.LeftButton)
    assert len(tab.editor.grids()) == 3


@pytest.mark.slow
def test_open_path_drop_and_bad_files(qtbot, tab, tmp_path):
    camera = paths.resource("samples", "camera.png")
    assert tab.open_path(str(camera))
    qtbot.waitUntil(lambda: "camera.png" in tab.pictures.input_view.title())
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture at all")
    assert tab.open_path(str(broken)) is False
    assert tab.status.isVisible() and "broken.png" in tab.status.text()
    assert tab.status.level == "error" and "current picture is kept" in tab.status.text()
    assert "camera.png" in tab.pictures.input_view.title()  # the current picture is kept
    assert tab.open_path(str(tmp_path / "notes.txt")) is False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(paths.resource("samples", "coins.png")))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(tab, enter) and enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab, drop)
    qtbot.waitUntil(lambda: "coins.png" in tab.pictures.input_view.title())
    assert not tab.status.isVisible()
    # the samples menu
    menu = tab.picture_box.samples_button.menu()
    action = next(a for a in menu.actions() if a.data().endswith("rocket.jpg"))
    action.trigger()
    qtbot.waitUntil(lambda: "rocket.jpg" in tab.pictures.input_view.title())
    assert (
        tab.picture_box.title().endswith("rocket.jpg") and tab.lesson_state()["photo"] == "rocket"
    )
    # Ctrl+V of a copied picture (no file)
    picture = np.zeros((40, 60, 3), np.uint8)
    picture[:, 30:] = 255
    QApplication.clipboard().setImage(to_qimage(picture))
    tab.editor.grids()[0].setFocus()
    qtbot.keyClick(tab.editor.grids()[0], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Pasted picture · 40×60×3" in tab.pictures.input_view.title())
    qtbot.waitUntil(lambda: tab.pictures.conv_view.title().endswith("38×58×1"))
    assert "photo" not in tab.lesson_state()  # a pasted picture has no file to name


@pytest.mark.slow
def test_settings_are_remembered(qtbot, tab, models_dir):
    set_spin(qtbot, tab.form.control("stride"), 2)
    choose(qtbot, tab.editor.preset_combo, "emboss")
    tab.open_path(str(paths.resource("samples", "coffee.png")))
    tab.shutdown()
    again = _make_tab(qtbot, ModelRegistry([models_dir]))
    assert again.form.values()["stride"] == 2
    assert again.editor.current_preset() == "emboss"
    assert "coffee.png" in again.pictures.input_view.title()
    assert again.shutdown()


# ------------------------------------------------------------------ numbers mode
@pytest.mark.slow
def test_numbers_mode_shows_example_8_1(qtbot, tab):
    tab.pages.tabBar().setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: (
            bool(tab.numbers_view.panels["conv"].grids)
            and tab.numbers_view.panels["conv"].grids[0].rowCount() == 3
        )
    )
    view = tab.numbers_view
    for k in range(2):
        assert grid_numbers(view.panels["conv"].grids[k]) == TEXTBOOK_S[k]
        assert grid_numbers(view.panels["act"].grids[k]) == TEXTBOOK_RELU[k]
    assert tab.form.values()["stride"] == 2 and tab.form.values()["padding"] == 1
    assert tab.editor.filters() == 2 and tab.editor.channels() == 3
    assert "2·(3·3² + 1)" in tab.sizes_label.text() and "<b>56</b>" in tab.sizes_label.text()
    assert "−4" in view.arithmetic.text()  # s[0,0,0] written out
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    assert view.selection() == ("conv", 0, 0, 1)
    assert "= <b>11</b>" in view.arithmetic.text()
    click_cell(qtbot, view.panels["conv"].grids[1], 1, 1)
    assert view.selection() == ("conv", 1, 1, 1)
    assert (
        "= <b>4</b>" in view.arithmetic.text() and "+ 0 =" in view.arithmetic.text()
    )  # bias of u2 is 0
    highlighted = view.inputs.grids[0].highlighted()
    assert highlighted.sum() == 9 and highlighted[2:5, 2:5].all()  # the window of s[1,1]: stride 2
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.selection() == ("conv", 1, 1, 0)


@pytest.mark.slow
def test_numbers_mode_edits_play_and_pooling(qtbot, tab):
    tab.pages.tabBar().setCurrentIndex(1)
    view = tab.numbers_view
    qtbot.waitUntil(
        lambda: bool(view.panels["conv"].grids) and view.panels["conv"].grids[0].rowCount() == 3
    )
    grid = view.inputs.grids[0]
    click_cell(qtbot, grid, 1, 1)  # padded coordinates: input cell (0, 0)
    qtbot.keyClicks(grid, "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert view.input()[0, 0, 0] == 7
    x, w, b = view.input(), tab.editor.weights(), tab.editor.bias()
    expected = filters.conv2d(x, w, b, stride=2, padding=1)
    qtbot.waitUntil(lambda: float(view.output_text("conv", 0, 0, 0)) == expected[0, 0, 0])
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.selection()[3] >= 2, timeout=5000)
    qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    assert not view.playing()
    choose(qtbot, tab.pool_combo, "max")
    set_spin(qtbot, tab.form.control("pool_stride"), 1)
    qtbot.waitUntil(
        lambda: (
            view.panels["pool"].isVisible()
            and bool(view.panels["pool"].grids)
            and view.panels["pool"].grids[0].rowCount() == 2
        )
    )
    click_cell(qtbot, view.panels["pool"].grids[0], 0, 1)
    assert view.selection() == ("pool", 0, 0, 1)
    assert "max(" in view.arithmetic.text()
    qtbot.mouseClick(view.example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: grid_numbers(view.panels["conv"].grids[0]) == TEXTBOOK_S[0])
    assert tab.pool_combo.currentData() == "none"
    tab.pages.tabBar().setCurrentIndex(0)  # back to pictures: its own layer again
    qtbot.waitUntil(lambda: tab.form.values()["stride"] == 1 and tab.editor.filters() == 1)


@pytest.mark.slow
def test_filters_tab_in_the_main_window(qtbot, main_window):
    settings.qsettings().remove("filters")
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentWidget() is main_window.filters_tab
    assert main_window.open_path(str(paths.resource("samples", "chelsea.png")))
    tab = main_window.filters_tab
    qtbot.waitUntil(lambda: "chelsea.png" in tab.pictures.input_view.title())
    shape = tab.layer().shapes(tab._x.shape)[1]
    qtbot.waitUntil(
        lambda: tab.pictures.conv_view.title().endswith("×".join(str(v) for v in shape))
    )


# ------------------------------------------------------------------ classroom screens
# What the tab gets inside the main window on a 1024×768 and a 1366×768 screen, and at the
# window's default size (menu, tab bar and status bar take the rest).
TAB_SIZES = [(1024, 698), (1366, 698), (1280, 790)]


def _cut(widget, top) -> str | None:
    """Why ``widget`` is not fully visible in ``top`` without scrolling (None when it is)."""
    if not widget.isVisible():
        return "hidden"
    rect = widget.rect().translated(widget.mapTo(top, widget.rect().topLeft()))
    if not top.rect().contains(rect):
        return f"outside {rect}"
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            view = port.rect().translated(port.mapTo(top, port.rect().topLeft()))
            if not view.contains(rect):
                return "needs scrolling"
        parent = parent.parentWidget()
    return None


def test_main_controls_are_visible_without_scrolling(qtbot, tab):
    controls = tab.main_controls()
    assert tab.editor in controls and tab.picture_box.open_button in controls
    assert {"stride", "padding", "activation", "pool"} <= {c.objectName() for c in controls}
    for size in TAB_SIZES:
        tab.resize(*size)
        qtbot.waitUntil(lambda s=size: tab.size().width() == s[0])
        QApplication.processEvents()
        problems = {c.objectName(): _cut(c, tab) for c in controls if _cut(c, tab)}
        assert not problems, size
    assert tab.minimumSizeHint().width() < 960  # the main window's minimum width


def _arithmetic_filter(view) -> int:
    found = re.search(r"filter (\d+)", view.arithmetic.text())
    assert found, view.arithmetic.text()
    return int(found.group(1))


@pytest.mark.slow
def test_numbers_grids_fit_without_scrolling_sideways(qtbot, tab):
    tab.resize(*TAB_SIZES[0])
    view = tab.numbers_view
    tab.pages.tabBar().setCurrentIndex(1)
    qtbot.waitUntil(lambda: len(view.inputs.grids) == 3 and bool(view.panels["conv"].grids))

    def all_visible(panels) -> bool:
        QApplication.processEvents()
        grids = [grid for panel in panels for grid in panel.grids]
        return view.scroll.horizontalScrollBar().maximum() == 0 and all(
            grid.isVisible()
            and grid.mapTo(view.scroll.viewport(), grid.rect().topRight()).x()
            < view.scroll.viewport().width()
            for grid in grids
        )

    qtbot.waitUntil(lambda: all_visible([view.inputs, view.panels["conv"], view.panels["act"]]))
    assert [g.columnCount() for g in view.inputs.grids] == [7, 7, 7]  # 5 + zero padding 1
    assert [g.text_at(1, 1) for g in view.inputs.grids] == ["2", "1", "0"]  # x[0, 0, :] of 8-1
    set_spin(qtbot, view.size_spin, 10)  # 12 columns with the padding: smaller cells or wrapped
    qtbot.waitUntil(lambda: view.inputs.grids[0].columnCount() == 12)
    for size in TAB_SIZES:
        tab.resize(*size)
        qtbot.waitUntil(lambda: all_visible([view.inputs, view.panels["conv"]]))
    tab.resize(*TAB_SIZES[0])
    set_spin(qtbot, tab.form.control("stride"), 1)
    choose(qtbot, tab.form.control("padding"), 4)  # 16×16 maps: the outputs go one above another
    qtbot.waitUntil(lambda: view.panels["conv"].grids[0].rowCount() == 16)
    qtbot.waitUntil(lambda: all_visible([view.inputs, view.panels["conv"], view.panels["act"]]))


@pytest.mark.slow
def test_the_editor_shows_the_filter_the_arithmetic_explains(qtbot, tab):
    editor, view = tab.editor, tab.numbers_view
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # pictures: filter 2 selected
    assert editor.current_filter() == 1
    tab.pages.tabBar().setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(view.panels["conv"].grids) and view.arithmetic.text() != "")
    shown = editor.filter_tabs.tabText(editor.filter_tabs.currentIndex())
    assert shown == "Filter 1" and _arithmetic_filter(view) == 1
    click_cell(qtbot, view.panels["conv"].grids[1], 1, 1)
    assert editor.current_filter() == 1 and _arithmetic_filter(view) == 2
    np.testing.assert_array_equal(
        editor.weights()[:, :, 0, 1], filters.example_8_1()[1][:, :, 0, 1]
    )
    bar = editor.filter_tabs
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert view.selection() == ("conv", 0, 1, 1) and _arithmetic_filter(view) == 1
    click_cell(qtbot, view.panels["conv"].grids[0], 2, 2)
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)  # into filter 2's map
    assert view.selection() == ("conv", 1, 0, 0) and editor.current_filter() == 1
    assert _arithmetic_filter(view) == 2
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert editor.current_filter() == 0 and _arithmetic_filter(view) == 1
    tab.pages.tabBar().setCurrentIndex(0)  # pictures: its own two filters, its own choice
    qtbot.waitUntil(lambda: "map 2" in tab.pictures.conv_view.title())
    assert editor.current_filter() == 1 and editor.current_preset() == "sobel_y"


# ------------------------------------------------------------------ lessons
LESSON_STATE = {
    "stride": 2,
    "padding": "same",
    "border": "reflect",
    "activation": "tanh",
    "pool": "avg",
    "pool_size": 3,
    "pool_stride": 1,
    "pool_padding": "same",
    "photo": "camera",
    "kernel": "laplacian",
    "kernel_size": 5,
    "filters": 2,
    "bias": 0.5,
    "page": "pictures",
    "gray": True,
}


@pytest.mark.slow
def test_lesson_state_round_trip(qtbot, tab, models_dir):
    assert tab.apply_lesson_state(LESSON_STATE) == []
    qtbot.waitUntil(lambda: "camera.png" in tab.pictures.input_view.title())
    qtbot.waitUntil(lambda: tab.pictures.conv_view.tile_count() == 2)
    assert tab.lesson_state() == LESSON_STATE
    # what the user sees
    assert tab.form.control("activation").currentData() == "tanh"
    assert tab.form.control("border").isEnabled()  # "same" pads: the border applies
    assert tab.picture_box.gray() and tab.editor.channels() == 1
    assert tab.editor.filters() == 2 and tab.editor.current_filter() == 0
    assert grid_numbers(tab.editor.grids()[0]) == filters.preset("laplacian", 5).tolist()
    assert tab.editor.bias_spin.value() == 0.5
    assert f"<b>{filters.weight_count(1, 5, 5, 2)}</b>" in tab.sizes_label.text()
    lesson = lessons.make_lesson("filters", tab.lesson_state(), "Round trip")  # a valid lesson
    assert lesson.state == LESSON_STATE
    settings.qsettings().remove("filters")
    fresh = _make_tab(qtbot, ModelRegistry([models_dir]))
    assert fresh.lesson_state() != LESSON_STATE
    assert fresh.apply_lesson_state(lesson.state) == []
    assert fresh.lesson_state() == LESSON_STATE
    assert fresh.shutdown()


def test_lesson_kernels_example_and_bad_values(qtbot, tab):
    sharpen = [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]
    assert tab.apply_lesson_state({"kernel": sharpen, "filters": 1}) == []
    assert tab.lesson_state()["kernel"] == sharpen and "kernel_size" not in tab.lesson_state()
    assert tab.apply_lesson_state({"photo": "example-8-1"}) == []
    view = tab.numbers_view
    assert tab.pages.currentIndex() == 1
    qtbot.waitUntil(lambda: bool(view.panels["conv"].grids))
    qtbot.waitUntil(lambda: grid_numbers(view.panels["conv"].grids[0]) == TEXTBOOK_S[0])
    state = tab.lesson_state()
    assert state["photo"] == "example-8-1" and state["page"] == "numbers"
    assert state["stride"] == 2 and state["padding"] == 1 and "kernel" not in state
    bad = {
        "stride": 9,
        "kernel": "no-such-kernel",
        "page": "inside",
        "gray": "yes",
        "photo": "no-such-picture.png",
        "language": "ko",
    }
    problems = tab.apply_lesson_state(bad)
    assert len(problems) == len(bad)
    assert all(any(line.startswith(key) for line in problems) for key in bad)
    assert tab.form.values()["stride"] == 2 and tab.pages.currentIndex() == 1  # nothing changed


def test_shipped_filter_lessons_apply_and_name_real_controls(qtbot, tab):
    named = tab.lesson_controls()
    assert {f.key for f in filters.FILTER_FIELDS} | {"kernel", "photo", "gray", "filters"} <= set(
        named
    )
    shipped = [lesson for lesson in lessons.shipped() if lesson.tab == "filters"]
    assert len(shipped) >= 3
    for lesson in shipped:
        assert tab.apply_lesson_state(lesson.state) == [], lesson.id
        assert set(lesson.hide) | set(lesson.lock) <= set(named), lesson.id
        state = tab.lesson_state()
        for key, value in lesson.state.items():
            if key not in ("photo", "kernel_size") or lesson.state.get("photo") != "example-8-1":
                assert state.get(key) == value, (lesson.id, key)

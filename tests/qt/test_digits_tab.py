"""The Digits tab with the shipped model: digits drawn with real mouse events are read right."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from tests.qt import helpers
from visionagent import paths, settings
from visionagent.core import digits

pytestmark = pytest.mark.slow  # the shipped digits model drawn on with real mouse events

TIMEOUT = 60000


@pytest.fixture
def digits_tab(qtbot, app_context, tf_backend):
    if "digits_cnn" not in app_context.registry.names("digits"):
        pytest.skip("models/digits_cnn.keras is not trained yet (scripts/train_digits_model.py)")
    for key, value in (
        ("digits/boxes", 5),
        ("digits/pen_width", 12),
        ("digits/model", "digits_cnn"),
        ("digits/live", False),
        ("digits/mnist_preprocessing", True),
    ):
        settings.set(key, value)
    from visionagent.qt.tabs.digits import DigitsTab

    tab = DigitsTab(app_context)
    qtbot.addWidget(tab)
    tab.resize(1200, 640)
    tab.show()
    qtbot.waitExposed(tab)
    with qtbot.waitSignal(tab.model_ready, timeout=TIMEOUT):
        app_context.tf_ready.emit(tf_backend)
    yield tab
    tab.shutdown()


def draw(qtbot, canvas, box, points, pen=None):
    helpers.draw(qtbot, canvas, points, box=box, pen=pen)


def ellipse(cx, cy, rx, ry, n=28):
    return [
        (cx + rx * math.sin(2 * math.pi * k / n), cy - ry * math.cos(2 * math.pi * k / n))
        for k in range(n + 1)
    ]


def draw_code(qtbot, tab):
    """A "1" (vertical stroke), a "0" (ellipse), a "7" and a "4", box 5 left empty."""
    canvas = tab.canvas
    draw(qtbot, canvas, 0, [(0.52, 0.15), (0.5, 0.85)], pen=10)
    draw(qtbot, canvas, 1, ellipse(0.42, 0.55, 0.17, 0.28), pen=16)  # smaller, left and low
    draw(qtbot, canvas, 2, [(0.22, 0.2), (0.78, 0.2), (0.42, 0.88)], pen=12)
    draw(
        qtbot, canvas, 3, [(0.62, 0.35), (0.42, 0.7), (0.88, 0.7)], pen=22
    )  # a "4" in the lower right
    draw(qtbot, canvas, 3, [(0.72, 0.45), (0.72, 0.96)], pen=22)


def recognize(qtbot, tab, how="button"):
    with qtbot.waitSignal(tab.recognized, timeout=TIMEOUT) as blocker:
        if how == "button":
            qtbot.mouseClick(tab.recognize_button, Qt.MouseButton.LeftButton)
        else:
            tab.canvas.setFocus()
            qtbot.keyClick(tab.canvas, Qt.Key.Key_Return)
    return blocker.args[0]


def shown_digits(tab):
    return [v.digit_label.text() for v in tab.result_views[: tab.canvas.box_count]]


def test_drawn_code_is_read_and_copied(qtbot, digits_tab):
    tab = digits_tab
    draw_code(qtbot, tab)
    assert [len(tab.canvas.strokes(i)) for i in range(5)] == [1, 1, 1, 2, 0]
    result = recognize(qtbot, tab)
    assert result.code == "1074"
    assert tab.code_edit.text() == "1074"
    assert shown_digits(tab) == ["1", "0", "7", "4", "·"]
    empty = tab.result_views[4]
    assert empty.detail_label.text() == "empty" and empty.result.digit is None
    for view in tab.result_views[:4]:
        assert view.result.probabilities.argmax() == view.result.digit
        assert view.bars.values().argmax() == view.result.digit
        assert not view.input_label.pixmap().isNull()
    # what the network saw is MNIST-style: centre of mass in the middle of 28×28
    for box in result.boxes[:4]:
        cy, cx = digits.center_of_mass(box.network_input)
        assert abs(cy - 13.5) < 1.0 and abs(cx - 13.5) < 1.0
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "1074"


def test_enter_key_clear_one_box_undo_and_clear_all(qtbot, digits_tab):
    tab = digits_tab
    canvas = tab.canvas
    draw_code(qtbot, tab)
    assert recognize(qtbot, tab, how="enter").code == "1074"

    rect = canvas.box_rect(1)  # right-click clears the "0"
    qtbot.mouseClick(canvas, Qt.MouseButton.RightButton, pos=rect.center().toPoint())
    assert canvas.is_box_empty(1)
    assert tab.result_views[1].digit_label.text() == "–"
    result = recognize(qtbot, tab)
    assert result.code == "174" and result.boxes[1].empty

    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo brings it back
    assert not canvas.is_box_empty(1)
    assert recognize(qtbot, tab).code == "1074"

    button = canvas._clear_buttons[2]  # the small × button of box 3
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert canvas.is_box_empty(2) and not button.isVisible()
    assert recognize(qtbot, tab).code == "104"

    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert recognize(qtbot, tab).code == "1074"
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert canvas.is_empty() and tab.code_edit.text() == ""
    result = recognize(qtbot, tab)
    assert result.code == "" and all(b.empty for b in result.boxes)
    assert shown_digits(tab) == ["·"] * 5

    # undo takes back the clear, then the strokes one at a time (the "4" had two)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [len(canvas.strokes(i)) for i in range(5)] == [1, 1, 1, 2, 0]
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [len(canvas.strokes(i)) for i in range(5)] == [1, 1, 1, 1, 0]


def test_shapes_that_are_no_digit_are_flagged_unsure(qtbot, digits_tab):
    """A cross and a spiral are no digit: the shipped model's answer is shown as unsure (the best
    probability low, or the two best close), in the box and in the line above; a "1" is not."""
    tab = digits_tab
    canvas = tab.canvas
    draw(qtbot, canvas, 0, [(0.25, 0.25), (0.75, 0.75)], pen=14)  # a cross
    draw(qtbot, canvas, 0, [(0.75, 0.25), (0.25, 0.75)], pen=14)
    spiral = [(0.5 + t / 75 * math.cos(t / 3), 0.5 + t / 75 * math.sin(t / 3)) for t in range(30)]
    draw(qtbot, canvas, 1, spiral, pen=14)
    draw(qtbot, canvas, 2, [(0.52, 0.15), (0.5, 0.85)], pen=10)  # a "1"
    result = recognize(qtbot, tab)
    cross, swirl, one = result.boxes[:3]
    for box, view in ((cross, tab.result_views[0]), (swirl, tab.result_views[1])):
        assert box.unsure and box.confidence < 0.8
        assert view.detail_label.text().startswith("unsure · ")
        assert view.detail_label.toolTip()  # why, in a sentence
    assert one.digit == 1 and not one.unsure
    assert not tab.result_views[2].detail_label.text().startswith("unsure")
    assert tab.unsure_label.text() == "unsure: box 1, 2"


def test_live_mode_box_count_and_naive_toggle(qtbot, digits_tab):
    tab = digits_tab
    tab.boxes_spin.setValue(2)
    assert tab.canvas.box_count == 2 and not tab.result_views[2].isVisible()
    tab.live_check.setChecked(True)
    with qtbot.waitSignal(tab.recognized, timeout=TIMEOUT) as blocker:
        draw(qtbot, tab.canvas, 0, [(0.5, 0.2), (0.5, 0.8)], pen=12)  # no button: live
    assert blocker.args[0].code == "1"
    # a small "7" in a corner: the naive resize keeps it small and off-centre
    with qtbot.waitSignal(tab.recognized, timeout=TIMEOUT) as blocker:
        draw(qtbot, tab.canvas, 1, [(0.1, 0.1), (0.4, 0.1), (0.2, 0.45)], pen=8)
    assert blocker.args[0].code == "17"
    with qtbot.waitSignal(tab.recognized, timeout=TIMEOUT) as blocker:
        tab.method_combo.setCurrentIndex(tab.method_combo.findData("naive"))
    naive = blocker.args[0].boxes[1].network_input
    cy, cx = digits.center_of_mass(naive)
    assert cy < 9 and cx < 9  # still in the top-left corner
    assert settings.get("digits/mnist_preprocessing") is False


def test_model_combo_lists_user_models_with_accuracy(qtbot, digits_tab, app_context):
    tab = digits_tab
    shipped = app_context.registry.info("digits_cnn")
    assert tab.model_combo.currentData() == "digits_cnn"
    # the list shows name and accuracy; where it was measured is in the tooltip (no clipping)
    assert "99.41%" in tab.model_combo.currentText()
    assert "MNIST test set (10,000)" in tab.model_combo.toolTip()
    target = paths.user_models_dir() / "my_digits.keras"
    shutil.copy(shipped.keras_path, target)
    shutil.copy(shipped.json_path, target.with_suffix(".json"))
    try:
        app_context.refresh_models()
        names = [tab.model_combo.itemData(i) for i in range(tab.model_combo.count())]
        assert "digits_cnn" in names and "my_digits" in names
        index = tab.model_combo.findData("my_digits")
        assert "(yours)" in tab.model_combo.itemText(index)
        with qtbot.waitSignal(tab.model_ready, timeout=TIMEOUT) as blocker:
            tab.model_combo.setCurrentIndex(index)
        assert blocker.args[0] == "my_digits"
        draw(qtbot, tab.canvas, 0, [(0.5, 0.2), (0.5, 0.8)], pen=12)
        assert recognize(qtbot, tab).code == "1"
    finally:
        target.unlink()
        target.with_suffix(".json").unlink()
        app_context.refresh_models()


def test_canvas_renders_box_images(qtbot, digits_tab):
    canvas = digits_tab.canvas
    draw(qtbot, canvas, 0, [(0.2, 0.5), (0.8, 0.5)], pen=20)
    image = canvas.box_image(0)
    assert image.shape == (200, 200) and image.dtype == np.uint8
    rows = np.flatnonzero((image < 128).any(axis=1))
    cols = np.flatnonzero((image < 128).any(axis=0))
    half = 20 / canvas.box_rect(0).width() * 200 / 2  # half the pen width, in the 200-px image
    assert cols[0] == pytest.approx(40 - half, abs=2) and cols[-1] == pytest.approx(
        160 + half, abs=2
    )  # round caps
    assert rows[0] == pytest.approx(100 - half, abs=2) and rows[-1] == pytest.approx(
        100 + half, abs=2
    )
    assert (canvas.box_image(1) == 255).all()


def test_digits_drawn_while_the_model_loads_are_read_when_it_is_ready(
    qtbot, app_context, tf_backend
):
    """Recognize is usable before the model is there; the drawing is read once it is loaded."""
    if "digits_cnn" not in app_context.registry.names("digits"):
        pytest.skip("models/digits_cnn.keras is missing")
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.digits import DigitsTab

    settings.set("digits/model", "digits_cnn")
    settings.set("digits/live", False)
    context = AppContext(registry=app_context.registry)  # TensorFlow not announced yet
    tab = DigitsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    qtbot.waitExposed(tab)
    draw(qtbot, tab.canvas, 0, [(0.5, 0.15), (0.5, 0.85)], pen=12)
    assert tab.recognize_button.isEnabled()
    qtbot.mouseClick(tab.recognize_button, Qt.MouseButton.LeftButton)
    assert "loading" in tab.status_label.text()
    assert tab.code_edit.text() == ""
    with qtbot.waitSignal(tab.recognized, timeout=TIMEOUT) as blocker:
        context.tf_ready.emit(tf_backend)  # TensorFlow is ready: the model loads, then reads
    assert blocker.args[0].code == "1"
    assert tab.code_edit.text() == "1"
    tab.shutdown()

"""The Inside tab driven like a user: a digit drawn with the mouse, a photo, a data-set sample or
another tab's request goes through a model; maps, the layer strip, a clicked cell's receptive
fields and arithmetic, Grad-CAM, the prediction and the epoch slider follow.

A tiny two-convolution model keeps most tests quick; the shipped digits ensemble and the ImageNet
model are loaded once for this module (slow tests)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from tests.qt import helpers
from visionagent.core import filters
from visionagent.core.registry import ModelRegistry

TIMEOUT = 90_000
REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "resources" / "samples"


# ------------------------------------------------------------------------------ helpers
def make_tab(context, qtbot=None, tf=None):
    from visionagent.qt.tabs.inside import InsideTab

    tab = InsideTab(context)
    if qtbot is not None:
        qtbot.addWidget(tab)
    tab.resize(1000, 660)
    tab.show()
    context.tf_ready.emit(tf)
    return tab


def settle(qtbot, tab, timeout=TIMEOUT):
    qtbot.waitUntil(tab.settled, timeout=timeout)


def draw(qtbot, canvas, points, pen=14):
    helpers.draw(qtbot, canvas, points, pen=pen)


def draw_one(qtbot, tab):
    qtbot.mouseClick(tab.panel.mode_buttons["drawing"], Qt.MouseButton.LeftButton)
    tab.panel.canvas.clear_all()
    draw(qtbot, tab.panel.canvas, [(0.52, 0.15), (0.5, 0.85)])
    settle(qtbot, tab)


def click_layer(qtbot, tab, path):
    strip = tab.strip
    item = strip.item(strip.row_of(path), 0)
    strip.scrollToItem(item)
    qtbot.mouseClick(
        strip.viewport(), Qt.MouseButton.LeftButton, pos=strip.visualItemRect(item).center()
    )
    assert tab.maps_pane.title.text().startswith(path.rsplit("/", 1)[-1])


def click_cell(qtbot, tab, k, row, col):
    centre = tab.grid.cell_rect(k, row, col).center().toPoint()
    qtbot.mouseClick(tab.grid, Qt.MouseButton.LeftButton, pos=centre)


def shown_maps(tab, path):
    return tab._view.inspection.layer(path).maps


# ------------------------------------------------------------------------------ a tiny model
@pytest.fixture
def tiny_tab(qtbot, tmp_path, make_tiny_digits_model, tf_backend):
    from visionagent.qt.context import AppContext

    make_tiny_digits_model(tmp_path)
    context = AppContext(ModelRegistry([tmp_path]))
    tab = make_tab(context, qtbot, tf_backend)
    settle(qtbot, tab)
    yield tab
    assert tab.shutdown()


@pytest.mark.slow
def test_a_stroke_fills_the_strip_maps_and_prediction(qtbot, tiny_tab):
    tab = tiny_tab
    assert tab.strip.paths() == ["input", "conv_a", "conv_b", "max_pooling2d", "flatten", "dense"]
    assert not tab.grid.has_maps() and "Draw" in tab.grid.hint()
    draw_one(qtbot, tab)
    assert tab.grid.has_maps() and tab.maps_pane.title.text().startswith("conv_a")
    conv_b = tab.strip.row_of("conv_b")
    assert [tab.strip.item(conv_b, c).text() for c in range(3)] == ["conv_b", "24×24×6", "5×5"]
    assert tab.strip.item(tab.strip.row_of("conv_a"), 4).text().replace(",", "") == str(
        26 * 26 * 4 * 9
    )
    bars = tab.layers_pane.bars.bars()
    probabilities = tab._view.inspection.prediction.probabilities
    assert len(bars) == 5 and bars[0] == (
        str(int(np.argmax(probabilities))),
        pytest.approx(float(probabilities.max())),
    )
    assert tab.input_pane.input_view.has_image()
    qtbot.waitUntil(tab.input_pane.cam_view.has_image, timeout=TIMEOUT)
    kernels = tab.maps_pane.kernels_view.image()
    assert kernels is not None and kernels.shape[2] == 3


@pytest.mark.slow
def test_colour_scale_changes_the_picture_levels(qtbot, tiny_tab):
    tab = tiny_tab
    draw_one(qtbot, tab)
    click_layer(qtbot, tab, "conv_b")
    maps = shown_maps(tab, "conv_b")
    combo = tab.maps_pane.scale_combo
    seen = {}
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        seen[combo.currentData()] = tab.grid.levels()
    low, high, _ = filters.display_levels(maps)
    assert seen["layer"] == [(low, high)] * 6
    assert len(set(seen["map"])) > 1  # each map its own range
    assert seen["map"][0] == filters.display_levels(maps[:, :, 0])[:2]
    everywhere = tab._view.value_range
    assert seen["global"][0][1] >= max(abs(everywhere[0]), everywhere[1]) - 1e-6
    assert seen["global"] != seen["layer"]


@pytest.mark.slow
def test_a_clicked_cell_shows_its_receptive_fields_and_arithmetic(qtbot, tiny_tab):
    tab = tiny_tab
    draw_one(qtbot, tab)
    maps = shown_maps(tab, "conv_a")
    row, col = np.unravel_index(int(np.argmax(maps[:, :, 1])), maps.shape[:2])
    click_cell(qtbot, tab, 1, int(row), int(col))
    qtbot.waitUntil(lambda: "bias" in tab.cell_text.toPlainText(), timeout=TIMEOUT)
    text = tab.cell_text.toPlainText()
    assert "channel 0:" in text and text.count("·") >= 9  # nine products of a 3×3 kernel
    zoom = tab.input_pane.zoom
    boxes = tab.input_pane.input_view.boxes()
    assert [(b.width(), b.height()) for b in boxes] == [(3 * zoom, 3 * zoom)]
    assert (boxes[0].left(), boxes[0].top()) == (col * zoom, row * zoom)
    # a cell of the second convolution: its own 5×5 window and the 3×3 one below it
    click_layer(qtbot, tab, "conv_b")
    click_cell(qtbot, tab, 2, 10, 11)
    boxes = tab.input_pane.input_view.boxes()
    assert [b.width() / zoom for b in boxes] == [3, 5]
    assert (boxes[-1].left() / zoom, boxes[-1].top() / zoom) == (11, 10)
    assert "5×5" in tab.cell_text.toPlainText()
    # a click on the input picks the chosen layer's cell over that pixel
    view = tab.input_pane.input_view
    spot = view.map_from_image(boxes[-1]).center().toPoint()
    tab.grid.select(None)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=spot)
    assert tab.grid.selected() == (2, 10, 11)


@pytest.mark.slow
def test_a_picture_from_another_tab_and_a_broken_file(qtbot, tiny_tab, tmp_path):
    tab = tiny_tab
    picture = np.full((60, 60), 255, np.uint8)
    picture[10:50, 28:33] = 0
    tab.context.inspect_requested.emit({"model": "tiny_digits", "image": picture})
    settle(qtbot, tab)
    assert tab.panel.mode == "photo" and tab.grid.has_maps()
    broken = tmp_path / "notes.jpg"
    broken.write_text("not a picture")
    tab.open_path(str(broken))
    settle(qtbot, tab)
    assert tab.status_label.level == "error" and "notes.jpg" in tab.status_label.text()
    assert not tab.grid.has_maps() and not tab.input_pane.input_view.has_image()
    assert "notes.jpg" in tab.input_pane.input_view.hint()
    assert tab.layers_pane.bars.bars() == []


@pytest.mark.slow
def test_data_set_samples_and_a_folder_without_pictures(qtbot, tiny_tab, tmp_path):
    tab = tiny_tab
    qtbot.mouseClick(tab.panel.mode_buttons["dataset"], Qt.MouseButton.LeftButton)
    settle(qtbot, tab)  # the bundled MNIST 10k comes first
    assert tab.panel.dataset() == "mnist-10k"
    assert tab.grid.has_maps() and "label" in tab.panel.sample_label.text()
    first = shown_maps(tab, "conv_a").copy()
    qtbot.mouseClick(tab.panel.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert "sample 2 of 24" in tab.panel.sample_label.text()
    assert not np.allclose(shown_maps(tab, "conv_a"), first)
    empty = tmp_path / "empty_folder"
    (empty / "cats").mkdir(parents=True)
    tab.panel.set_dataset(str(empty))
    tab.panel.dataset_chosen.emit(str(empty))
    settle(qtbot, tab)
    assert tab.status_label.level == "error" and "empty_folder" in tab.panel.sample_label.text()


@pytest.mark.slow
def test_lesson_state_round_trip(qtbot, tiny_tab):
    tab = tiny_tab
    draw_one(qtbot, tab)
    problems = tab.apply_lesson_state(
        {"layer": "conv_b", "scale": "map", "input": "photo", "photo": "dalmatian", "nope": 1}
    )
    assert problems == ["nope: 1"]
    settle(qtbot, tab)
    state = tab.lesson_state()
    assert state["layer"] == "conv_b" and state["scale"] == "map"
    assert state["input"] == "photo" and state["photo"] == "dalmatian"
    assert state["model"] == "tiny_digits" and state["epoch"] is None
    assert set(tab.lesson_controls()) >= {"model", "layer", "scale", "epoch", "input"}


def test_a_model_without_convolutions_says_so(qtbot, tmp_path, tf_backend):
    from visionagent.core import backend
    from visionagent.core.registry import write_metadata
    from visionagent.qt.context import AppContext

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.save(tmp_path / "mlp.keras")
    write_metadata(
        tmp_path / "mlp.keras",
        {
            "task": "digits",
            "class_names": [str(i) for i in range(10)],
            "input_shape": [28, 28, 1],
            "preprocessing": "mnist",
            "metrics": [],
            "provenance": {},
        },
    )
    tab = make_tab(AppContext(ModelRegistry([tmp_path])), qtbot, tf_backend)
    settle(qtbot, tab)
    draw_one(qtbot, tab)
    assert not tab.grid.has_maps() and "no convolution layers" in tab.grid.hint()
    assert len(tab.layers_pane.bars.bars()) == 5  # the prediction is still there
    assert "convolution" in tab.input_pane.cam_view.hint()
    assert tab.maps_pane.kernels_view.hint() == "No convolution kernels"
    assert tab.strip.rowCount() == 4
    assert tab.shutdown()


@pytest.mark.slow
def test_a_request_from_another_tab_brings_the_inside_tab_forward(qtbot, app_context):
    from visionagent.qt.main_window import MainWindow

    main_window = MainWindow(context=app_context, load_tensorflow=False)
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.tabs.setCurrentIndex(0)
    main_window.context.inspect_requested.emit(
        {"model": "digits_cnn", "path": str(SAMPLES / "coins.png")}
    )
    tab = main_window.inside_tab
    assert main_window.tabs.currentWidget() is tab
    assert tab.panel.mode == "photo" and tab.panel.photo_label.text() == "coins.png"
    assert tab.picker.current_name() == "digits_cnn"
    main_window.shutdown()


# ------------------------------------------------------------------------------ epoch replay
@pytest.fixture(scope="module")
def two_epochs():
    from visionagent.core import backend, training

    backend.load()
    config = dataclasses.replace(
        training.defaults_for("mnist-10k"), arch="lenet5", epochs=2, limit=300, restore_best=False
    )
    return training.train(config)


@pytest.mark.slow
def test_the_epoch_slider_replays_a_run_just_trained_and_a_saved_one(
    qtbot, tiny_tab, two_epochs, tmp_path
):
    from visionagent.core import training

    tab = tiny_tab
    draw_one(qtbot, tab)
    tab.context.inspect_requested.emit({"model": "lenet_2", "result": two_epochs})
    qtbot.waitUntil(lambda: tab.settled() and tab._loaded.key[0] == "result", timeout=TIMEOUT)
    assert tab.result_label.isVisible() and "LeNet-5" in tab.result_label.text()
    slider = tab.epoch_slider
    assert slider.isVisible() and (slider.minimum(), slider.maximum()) == (0, 2)
    assert tab.epoch_bar.label.text() == "final weights"
    final = shown_maps(tab, "C1").copy()
    final_kernels = tab.maps_pane.kernels_view.image().copy()
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: tab.settled() and tab._view.inspection.epoch == 1, timeout=TIMEOUT)
    assert tab.epoch_bar.label.text() == "epoch 1 of 2" and "epoch 1" in tab.status_label.text()
    assert not np.allclose(shown_maps(tab, "C1"), final)
    assert not np.array_equal(tab.maps_pane.kernels_view.image(), final_kernels)
    qtbot.keyClick(slider, Qt.Key.Key_Right)  # epoch 2: the last epoch's weights are final
    qtbot.waitUntil(lambda: tab.settled() and tab._view.inspection.epoch == 2, timeout=TIMEOUT)
    np.testing.assert_allclose(shown_maps(tab, "C1"), final, atol=1e-5)
    # saved with its snapshots, the same run replays from NAME.epochs.npz
    folder = Path(tab.context.registry.folders[0])
    training.save_result(two_epochs, folder / "lenet_2.keras")
    tab.context.refresh_models()
    assert tab.picker.select("lenet_2")
    qtbot.waitUntil(
        lambda: tab.settled() and tab._loaded.key == ("registry", "lenet_2"), timeout=TIMEOUT
    )
    assert not tab.result_label.isVisible() and tab.epoch_slider.maximum() == 2
    assert tab.set_epoch(1)
    qtbot.waitUntil(lambda: tab.settled() and tab._view.inspection.epoch == 1, timeout=TIMEOUT)
    assert not np.allclose(shown_maps(tab, "C1"), final)


# ------------------------------------------------------------------------------ shipped models
@pytest.fixture(scope="module")
def shipped_tab(qapp):
    """One tab on the shipped models for the whole module (each model loads once)."""
    from visionagent.core import backend
    from visionagent.qt.context import AppContext

    context = AppContext()
    if "digits_cnn" not in context.registry.names("digits"):
        pytest.skip("models/digits_cnn.keras is not there")
    tab = make_tab(context, None, backend.load())
    yield tab
    assert tab.shutdown()
    tab.close()
    tab.deleteLater()


@pytest.mark.slow
def test_a_drawn_digit_through_the_shipped_ensemble(qtbot, shipped_tab):
    tab = shipped_tab
    assert tab.picker.select("digits_cnn") or tab.picker.current_name() == "digits_cnn"
    settle(qtbot, tab)
    assert tab.member_combo.count() == 3 and tab.member_combo.isVisible()
    draw_one(qtbot, tab)
    qtbot.waitUntil(tab.input_pane.cam_view.has_image, timeout=TIMEOUT)
    assert tab.layers_pane.bars.bars()[0][0] == "1"
    assert "1" in tab.input_pane.cam_caption.text()
    convs = [r for r in tab._view.inspection.convolutions() if r.maps is not None]
    assert len(convs) >= 4
    for row in convs:  # every convolution's maps are shown and not blank
        click_layer(qtbot, tab, row.path)
        assert tab.grid.has_maps() and float(np.ptp(shown_maps(tab, row.path))) > 0
    first = convs[0]
    click_layer(qtbot, tab, first.path)
    maps = shown_maps(tab, first.path)
    row, col = np.unravel_index(int(np.argmax(maps[:, :, 5])), maps.shape[:2])
    click_cell(qtbot, tab, 5, int(row), int(col))
    qtbot.waitUntil(lambda: "bias" in tab.cell_text.toPlainText(), timeout=TIMEOUT)
    assert tab.input_pane.input_view.boxes()
    # another member of the ensemble, at the same layer
    row_before = tab.strip.row_of(first.path)
    tab.member_combo.setCurrentIndex(1)
    tab.member_combo.activated.emit(1)
    qtbot.waitUntil(lambda: tab.settled() and tab._loaded.inspector.member == 1, timeout=TIMEOUT)
    assert tab.strip.current_path().startswith("member_2/")
    assert tab.strip.row_of(tab.strip.current_path()) == row_before


@pytest.mark.slow
def test_a_sample_photo_through_the_shipped_imagenet_model(qtbot, shipped_tab):
    tab = shipped_tab
    assert tab.picker.select("imagenet_efficientnet_lite0")
    settle(qtbot, tab)
    qtbot.mouseClick(tab.panel.mode_buttons["photo"], Qt.MouseButton.LeftButton)
    actions = {a.data(): a for a in tab.panel.samples_button.menu().actions()}
    actions[str(SAMPLES / "bullmastiff.jpg")].trigger()
    settle(qtbot, tab)
    with_maps = [r for r in tab._view.inspection.convolutions() if r.maps is not None]
    assert len(with_maps) >= 10
    assert tab.layers_pane.bars.bars()[0][0] == "bull mastiff"
    assert tab.maps_pane.kernels_view.image() is not None  # 32 colour kernels of the stem
    click_layer(qtbot, tab, "block3a_project_conv")
    click_cell(qtbot, tab, 0, 10, 10)
    windows = tab.input_pane.input_view.boxes()
    assert len(windows) >= 4 and windows[-1].width() == 35  # its receptive field, 35 pixels
    assert [w.width() for w in windows] == sorted(w.width() for w in windows)


@pytest.mark.slow
def test_every_registry_model_opens(qtbot, shipped_tab):
    tab = shipped_tab
    tab.open_path(str(SAMPLES / "dalmatian.jpg"))
    for name in tab.picker.names():
        assert tab.picker.select(name) or tab.picker.current_name() == name
        qtbot.waitUntil(lambda n=name: tab.settled() and tab._loaded.name == n, timeout=TIMEOUT)
        assert tab.status_label.level != "error", (name, tab.status_label.text())
        assert tab.strip.rowCount() > 3 and tab.grid.has_maps(), name


def test_class_names_in_korean():
    from visionagent.qt.tabs.inside.jobs import class_labels

    registry = ModelRegistry.default()
    if "imagenet_efficientnet_lite0" not in registry.names():
        pytest.skip("the ImageNet model is not there")
    info = registry.info("imagenet_efficientnet_lite0")
    korean = class_labels(info, "ko")
    english = class_labels(info, "en")
    index = english.index("bull mastiff")
    assert korean[index] != english[index] and len(korean) == 1000

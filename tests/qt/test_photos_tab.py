"""The Photos tab driven like a user: drop, open, paste, samples, Dog breeds | Anything, "not sure",
a photo that cannot be read, Grad-CAM (also through a nested transfer model), folder mode, Look
inside, lessons.

The shipped default model (EfficientNet-Lite2) is loaded once for the module, in one tab that each
test puts back to its start (Dog breeds, Photo page, Grad-CAM off, default thresholds).
"""

from __future__ import annotations

import csv
import shutil
import time

import numpy as np
import pytest
from PyQt6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PyQt6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PyQt6.QtWidgets import QApplication, QFileDialog

from visionagent import paths, settings
from visionagent.core import camera, lessons
from visionagent.core.confidence import DEFAULT_THRESHOLDS, SETTINGS_KEYS
from visionagent.core.images import read_image
from visionagent.core.jobs import Cancelled, TaskState

SAMPLES = paths.resources_dir() / "samples"
LOAD_TIMEOUT = 240_000
JOB_TIMEOUT = 60_000
HANGUL = ("\uac00", "\ud7a3")


def _wait(until, timeout_ms: int) -> bool:
    """Process events until ``until()`` (for module fixtures, which cannot use qtbot)."""
    app = QApplication.instance()
    end = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return True
        time.sleep(0.01)
    return until()


def _korean(text: str) -> bool:
    return any(HANGUL[0] <= ch <= HANGUL[1] for ch in text)


@pytest.fixture(scope="module")
def shipped_tab(qapp):
    """One Photos tab with the shipped default model loaded (once for the module)."""
    from visionagent.core import backend
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.photos import PhotosTab

    settings.set("breeds/mode", "breeds")
    settings.set("breeds/model", "")
    context = AppContext()
    tab = PhotosTab(context)
    tab.resize(1300, 760)
    tab.show()
    context.tf_ready.emit(backend.load())
    assert _wait(lambda: tab.is_ready, LOAD_TIMEOUT), tab.status_label.text()
    yield tab
    assert tab.shutdown()
    assert not tab.running_threads()
    tab.close()
    tab.deleteLater()


@pytest.fixture
def tab(shipped_tab, qtbot):
    tab = shipped_tab
    qtbot.waitUntil(lambda: not tab.jobs_running(), timeout=JOB_TIMEOUT)
    tab.gradcam_check.setChecked(False)
    tab.top_k = 5
    for mode in ("breeds", "imagenet"):
        settings.set(SETTINGS_KEYS[mode], DEFAULT_THRESHOLDS[mode])
    tab.set_mode("breeds")
    tab.picker.select("imagenet_efficientnet_lite2")
    tab.bar.threshold_spin.show_mode("breeds")
    for mode in ("breeds", "imagenet"):
        tab.loader.value.set_threshold(mode, DEFAULT_THRESHOLDS[mode])
    tab.view.show_page("photo")
    qtbot.waitUntil(lambda: tab.is_ready and not tab.jobs_running(), timeout=LOAD_TIMEOUT)
    yield tab
    qtbot.waitUntil(lambda: not tab.jobs_running(), timeout=JOB_TIMEOUT)


def _drop(widget, files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    point = widget.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return drop


def _answered(qtbot, tab, kind: str | None = None):
    """Wait for the answer to the photo shown (of ``kind``: Recognition or Classification)."""
    qtbot.waitUntil(
        lambda: (
            tab.current_result is not None
            and not tab._runner.busy
            and (kind is None or type(tab.current_result).__name__ == kind)
        ),
        timeout=JOB_TIMEOUT,
    )
    QApplication.processEvents()  # the bar chart's new height is laid out


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


# --------------------------------------------------------------------------- dog breeds
@pytest.mark.slow
def test_drop_a_dog_photo_shows_five_bars_and_gradcam(tab, qtbot):
    drop = _drop(tab.view.photo_view, [SAMPLES / "bullmastiff.jpg"])
    assert drop.isAccepted()
    _answered(qtbot, tab, "Recognition")
    bars = tab.bar_chart.bars()
    assert len(bars) == 5 and tab.bar_chart.highlighted() == 0
    assert not tab.bar_chart.is_muted() and not tab.bar_chart.is_unsure()
    assert [value for _, value in bars] == sorted((value for _, value in bars), reverse=True)
    assert bars[0][0] == tab.current_result.top[0].name == "Bullmastiff"
    assert tab.verdict_label.text().startswith("Bullmastiff (") and "%" in tab.verdict_label.text()
    assert tab.bar_chart.height() >= 5 * tab.bar_chart.ROW_HEIGHT  # every bar has its row
    view = tab.view.photo_view
    assert view.image() is tab.photo.image
    rect = view.displayed_rect()
    height, width = tab.photo.image.shape[:2]
    assert rect.width() / rect.height() == pytest.approx(width / height, rel=0.02)

    _click(qtbot, tab.gradcam_check)  # Grad-CAM: the overlay, the photo's size
    assert tab.gradcam_check.isChecked() and settings.get("breeds/gradcam")
    qtbot.waitUntil(lambda: tab.overlay is not None, timeout=JOB_TIMEOUT)
    heatmap = tab.answer.heatmap
    assert heatmap.shape == tab.photo.image.shape[:2] and 0.0 <= heatmap.min() <= heatmap.max() <= 1
    assert view.image() is tab.overlay and not np.array_equal(tab.overlay, tab.photo.image)
    _click(qtbot, tab.gradcam_check)
    assert view.image() is tab.photo.image


@pytest.mark.slow
def test_open_dialog_with_a_cat_shows_not_a_dog(tab, qtbot, monkeypatch):
    cat = str(SAMPLES / "chelsea.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (cat, ""))
    qtbot.mouseClick(tab.bar.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.current_path == cat and tab.current_result is not None, timeout=JOB_TIMEOUT
    )
    assert tab.current_result.is_dog is False
    assert tab.verdict_label.text().startswith("Not a dog")
    assert tab.current_result.looks_like.name in tab.verdict_label.text()
    assert tab.bar_chart.is_muted() and len(tab.bar_chart.bars()) == 5


@pytest.mark.slow
def test_paste_with_ctrl_v_and_korean_breed_names(tab, qtbot):
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
        tab.view.photo_view.setFocus()
        qtbot.keyClick(tab.view.photo_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: tab.photo is not None and tab.photo.path is None, timeout=JOB_TIMEOUT
        )
        _answered(qtbot, tab)
        assert tab.photo.image.shape == image.shape
        assert tab.bar_chart.bars()[0][0] == tab.current_result.top[0].name_ko == "달마시안"
        assert tab.verdict_label.text().startswith("달마시안")
    finally:
        app.setProperty("visionagent_language", previous)


def test_samples_in_the_tab_dogs_first_and_in_the_empty_hint(qtbot, app_context):
    from visionagent.qt.tabs.photos import PhotosTab

    tab = PhotosTab(app_context)  # no TensorFlow needed to offer the samples
    qtbot.addWidget(tab)
    actions = tab.bar.samples_button.menu().actions()
    assert [a.text() for a in actions[:2]] == ["Bullmastiff (dog)", "Dalmatian (dog)"]
    assert {"Chelsea the cat", "Coffee", "Rocket"} <= {a.text() for a in actions}
    assert all(a.data() and (SAMPLES / a.data().split("/")[-1]).is_file() for a in actions)
    hint = tab.view.photo_view.hint()
    assert "Samples" in hint and "Bullmastiff (dog)" in hint and "Ctrl+V" in hint
    assert tab.bar.samples_button in tab.main_controls()
    assert tab.bar.mode_switch in tab.main_controls() and tab.picker in tab.main_controls()


@pytest.mark.slow
def test_a_sample_from_the_menu_is_recognised(tab, qtbot):
    action = next(a for a in tab.bar.samples_button.menu().actions() if "Dalmatian" in a.text())
    action.trigger()
    qtbot.waitUntil(lambda: tab.current_path == action.data(), timeout=JOB_TIMEOUT)
    _answered(qtbot, tab)
    assert tab.current_result.is_dog and tab.current_result.top[0].name == "Dalmatian"


# ----------------------------------------------------------------------------- anything
@pytest.mark.slow
def test_anything_mode_top5_of_1000_classes_in_korean_with_gradcam(tab, qtbot):
    app = QApplication.instance()
    previous = app.property("visionagent_language")
    app.setProperty("visionagent_language", "ko")
    try:
        tab.open_path(str(SAMPLES / "coffee.png"))
        _answered(qtbot, tab, "Recognition")  # Dog breeds first: not a dog
        assert tab.current_result.is_dog is False
        _click(qtbot, tab.mode_switch.buttons["imagenet"])  # same photo, the other reading
        assert tab.mode == "imagenet" and settings.get("breeds/mode") == "imagenet"
        assert set(tab.picker.names()) <= set(tab.context.registry.names("imagenet"))
        _answered(qtbot, tab, "Classification")
        reading = tab.current_result
        assert reading.sure and reading.best.name == "espresso" and len(reading.top) == 5
        bars = tab.bar_chart.bars()
        assert len(bars) == 5 and bars[0][0] == "에스프레소" and all(_korean(b[0]) for b in bars)
        assert tab.verdict_label.text().startswith("에스프레소 (")
        assert tab.bar_chart.highlighted() == 0 and not tab.view.result_view.unsure
        tab.gradcam_check.setChecked(True)
        qtbot.waitUntil(lambda: tab.overlay is not None, timeout=JOB_TIMEOUT)
        assert tab.answer.heatmap.shape == tab.photo.image.shape[:2]
        assert tab.view.photo_view.image() is tab.overlay
    finally:
        app.setProperty("visionagent_language", previous)


@pytest.mark.slow
def test_not_sure_in_both_modes_and_the_threshold_is_a_setting(tab, qtbot):
    noise = np.random.default_rng(0).integers(0, 256, (200, 300, 3), dtype=np.uint8)
    result = tab.view.result_view
    for mode in ("imagenet", "breeds"):
        tab.set_mode(mode)
        tab.open_image(noise, "noise")
        _answered(qtbot, tab)
        verdict = tab.verdict_label.text()
        assert "not sure" in verdict.lower() and " or " in verdict, verdict
        assert result.unsure and "200, 110, 0" in tab.verdict_label.styleSheet()
        if mode == "imagenet":
            assert verdict.startswith("Not sure — maybe ")
            assert tab.bar_chart.is_unsure() and tab.bar_chart.highlighted() is None
            assert "35%" in result.details_label.text()
    # Coffee is sure at the default threshold; at 95 % the same answer is "not sure".
    tab.set_mode("imagenet")
    tab.open_path(str(SAMPLES / "coffee.png"))
    _answered(qtbot, tab, "Classification")
    assert tab.current_result.sure and not result.unsure
    spin = tab.bar.threshold_spin
    spin.selectAll()
    qtbot.keyClicks(spin, "95")
    assert spin.value() == 95
    assert settings.get(SETTINGS_KEYS["imagenet"]) == pytest.approx(0.95)
    assert settings.get(SETTINGS_KEYS["breeds"]) == pytest.approx(DEFAULT_THRESHOLDS["breeds"])
    qtbot.waitUntil(lambda: tab.current_result is not None and not tab.current_result.sure)
    assert tab.verdict_label.text() == "Not sure — maybe espresso or cup"
    tab.set_mode("breeds")  # each mode keeps its own threshold
    assert spin.value() == round(100 * DEFAULT_THRESHOLDS["breeds"])


# ----------------------------------------------------------------------- a bad photo
@pytest.mark.slow
def test_a_photo_that_cannot_be_read_closes_the_previous_one(tab, qtbot, tmp_path):
    tab.open_path(str(SAMPLES / "dalmatian.jpg"))
    _answered(qtbot, tab)
    assert "Dalmatian" in tab.verdict_label.text()
    notes = tmp_path / "notes.jpg"
    notes.write_text("shopping: milk, eggs")
    assert tab.open_path(str(notes))
    qtbot.waitUntil(lambda: tab.photo is None, timeout=JOB_TIMEOUT)
    view, verdict = tab.view.photo_view, tab.verdict_label.text()
    assert not view.has_image() and view.hint() == verdict
    assert verdict.startswith("Cannot read notes.jpg: ") and str(tmp_path) not in verdict
    assert verdict.endswith("The previous photo was closed.")
    assert tab.bar_chart.bars() == [] and tab.current_result is None
    assert "Dalmatian" not in tab.view.result_view.details_label.text()
    assert tab.status_label.level == "error" and not tab.bar.inspect_button.isEnabled()
    assert not tab.open_path(str(tmp_path / "notes.txt"))  # not an image file: not ours


# ------------------------------------------------------------------------ folder mode
@pytest.mark.slow
def test_folder_mode_table_sort_and_csv(tab, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "개 사진"
    folder.mkdir()
    for name in ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "broken.png").write_bytes(b"nope")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page = tab.folder_page
    qtbot.mouseClick(tab.bar.folder_button, Qt.MouseButton.LeftButton)
    assert tab.view.page() == "folder"
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=JOB_TIMEOUT)
    table = page.table
    assert table.rowCount() == 4 and table.horizontalHeaderItem(2).text() == "Dog?"
    assert not table.item(0, 0).icon().isNull() or not table.item(1, 0).icon().isNull()
    files = {table.item(r, 1).text(): r for r in range(table.rowCount())}
    assert table.item(files["chelsea.png"], 2).text() == "no"
    assert table.item(files["bullmastiff.jpg"], 2).text() == "yes"
    assert table.item(files["broken.png"], 2).text() == "error"
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(4) + header.sectionSize(4) // 2
    for _ in range(2):  # two clicks on Probability: descending
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [table.item(r, 4).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    assert values == sorted(values, reverse=True)

    out = tmp_path / "결과.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 and {r["file"].replace("\\", "/").split("/")[-1] for r in rows} == set(
        files
    )
    assert "Saved 4 rows" in page.label.text()

    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "dalmatian.jpg")
    center = table.visualItemRect(table.item(row, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert tab.view.page() == "photo"
    qtbot.waitUntil(
        lambda: (
            (tab.current_path or "").endswith("dalmatian.jpg") and tab.current_result is not None
        ),
        timeout=JOB_TIMEOUT,
    )

    tab.set_mode("imagenet")  # the same folder, read as "anything"
    tab.open_folder(folder)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=JOB_TIMEOUT)
    assert table.rowCount() == 4 and table.horizontalHeaderItem(2).text() == "Sure?"
    names = {table.item(r, 1).text(): table.item(r, 3).text() for r in range(4)}
    assert (
        names["chelsea.png"] in ("Egyptian cat", "tabby", "tiger cat")
        or "maybe" in names["chelsea.png"]
    )
    assert page.export_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        general = list(csv.DictReader(handle))
    assert set(general[0]) >= {"file", "sure", "wnid", "name", "name_ko", "probability"}


@pytest.mark.slow
def test_dropping_several_files_runs_folder_mode(tab, qtbot):
    _drop(tab.view, [SAMPLES / "bullmastiff.jpg", SAMPLES / "coffee.png"])
    assert tab.view.page() == "folder"
    qtbot.waitUntil(lambda: tab.folder_page.export_button.isEnabled(), timeout=JOB_TIMEOUT)
    assert tab.folder_page.table.rowCount() == 2


# ------------------------------------------------------------------- the Inside tab
@pytest.mark.slow
def test_look_inside_sends_the_photo_and_the_model(tab, qtbot):
    tab.open_path(str(SAMPLES / "rocket.jpg"))
    _answered(qtbot, tab)
    assert tab.bar.inspect_button.isEnabled()
    with qtbot.waitSignal(tab.context.inspect_requested) as blocker:
        qtbot.mouseClick(tab.bar.inspect_button, Qt.MouseButton.LeftButton)
    request = blocker.args[0]
    assert request["model"] == tab.picker.current_name() == "imagenet_efficientnet_lite2"
    assert np.array_equal(request["image"], tab.photo.image)


# -------------------------------------------------------------------------- the webcam
@pytest.mark.slow
def test_fake_camera_frames_through_the_shipped_model(tab, qtbot):
    coffee = read_image(SAMPLES / "coffee.png")
    source = camera.FakeCamera(fps=10, frames=[coffee] * 200)
    tab.camera_factory = lambda index: source
    tab.set_mode("imagenet")
    tab.view.show_page("webcam")
    page = tab.webcam_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tab.live_frame is not None and tab.live_frame.reading is not None,
        timeout=JOB_TIMEOUT,
    )
    assert tab.live_frame.reading.best.name == "espresso"
    assert page.result.verdict().startswith("espresso (")
    tab.view.show_page("photo")  # leaving the page turns the camera off
    qtbot.waitUntil(lambda: not page.running and not source.is_open, timeout=JOB_TIMEOUT)


# ---------------------------------------------------------------------------- lessons
@pytest.mark.slow
def test_lesson_state_round_trip(tab, qtbot):
    state = {
        "mode": "imagenet",
        "model": "imagenet_efficientnet_lite0",
        "threshold": 0.5,
        "gradcam": True,
        "top": 3,
        "photo": "coffee",
        "page": "photo",
    }
    assert tab.apply_lesson_state(state) == []
    qtbot.waitUntil(lambda: tab.is_ready and tab.overlay is not None, timeout=LOAD_TIMEOUT)
    assert tab.current_result.model == "imagenet_efficientnet_lite0"
    assert len(tab.current_result.top) == 3 and len(tab.bar_chart.bars()) == 3
    assert tab.lesson_state() == state
    lessons.check_state("test", "photos", tab.lesson_state())  # what Save as lesson… writes
    problems = tab.apply_lesson_state({"mode": "cats", "threshold": 2, "page": "x", "boxes": 3})
    assert [p.split(" ")[0] for p in problems] == ["mode", "threshold", "page", "boxes:"]
    assert set(tab.lesson_controls()) >= {"mode", "model", "threshold", "gradcam", "samples"}


# --------------------------------------------------------- a nested transfer model
def _nested_transfer_model(keras):
    """A small Functional backbone inside a model: the student's transfer-learning shape."""
    keras.utils.set_random_seed(3)
    layers = keras.layers
    inputs = keras.Input((32, 32, 3))
    x = layers.Rescaling(1 / 255.0)(inputs)
    x = layers.Conv2D(6, 3, activation="relu", name="conv_a")(x)
    x = layers.Conv2D(8, 3, activation="relu", name="conv_b")(x)
    backbone = keras.Model(inputs, x, name="backbone")
    outer_in = keras.Input((32, 32, 3))
    y = backbone(outer_in)
    y = layers.GlobalAveragePooling2D()(y)
    y = layers.Dense(3, activation="softmax", name="head")(y)
    return keras.Model(outer_in, y, name="transfer")


@pytest.mark.slow
def test_gradcam_through_a_tiny_nested_transfer_model(qtbot, tmp_path, tf_backend):
    from visionagent.core import backend
    from visionagent.core.registry import ModelRegistry, write_metadata
    from visionagent.qt.context import AppContext
    from visionagent.qt.tabs.photos import PhotosTab

    path = tmp_path / "tiny_transfer.keras"
    _nested_transfer_model(backend.keras()).save(path)
    write_metadata(
        path,
        {
            "task": "breeds",
            "class_names": ["Chihuahua", "Japanese spaniel", "village mutt"],
            "class_ids": ["n02085620-Chihuahua", "n02085782-Japanese_spaniel", "village_mutt"],
            "input_shape": [32, 32, 3],
            "preprocessing": "efficientnet_lite",
        },
    )
    settings.set("breeds/mode", "breeds")
    settings.set("breeds/gradcam", True)
    try:
        context = AppContext(ModelRegistry([tmp_path]))
        tab = PhotosTab(context)
        qtbot.addWidget(tab)
        tab.show()
        assert tab.picker.names() == ["tiny_transfer"]
        context.tf_ready.emit(tf_backend)
        qtbot.waitUntil(lambda: tab.is_ready, timeout=LOAD_TIMEOUT)
        tab.open_path(str(SAMPLES / "bullmastiff.jpg"))
        qtbot.waitUntil(lambda: tab.overlay is not None, timeout=JOB_TIMEOUT)
        assert {s.breed for s in tab.current_result.top} == {
            "n02085620-Chihuahua",
            "n02085782-Japanese_spaniel",
            "village_mutt",
        }
        heatmap = tab.answer.heatmap
        assert heatmap.shape == tab.photo.image.shape[:2] and heatmap.max() > 0.0
        assert tab.view.photo_view.image() is tab.overlay
        # Anything needs the 1,000 ImageNet classes: this registry has no such model to offer.
        tab.set_mode("imagenet")
        assert tab.picker.names() == [] and not tab.bar.recognize_button.isEnabled()
        assert tab.shutdown()
    finally:
        settings.set("breeds/mode", "breeds")
        settings.set("breeds/gradcam", False)


# ------------------------------------------------------------------- jobs and widgets
def test_the_model_load_stops_between_its_steps():
    """Closing the window during a load: the job ends after the step it is in."""
    from visionagent.qt.tabs.photos import jobs

    state = TaskState()

    class Registry:
        built = False

        def load(self, name):
            state.cancel()  # the window closes while the file is read
            return None, None

        def info(self, name):
            Registry.built = True
            raise AssertionError("no recognizer may be built after the state was cancelled")

    with pytest.raises(Cancelled):
        jobs.load(state, Registry(), "imagenet_efficientnet_lite2")
    assert not Registry.built


def test_bar_chart_widget_alone(qtbot):
    from visionagent.qt.widgets.bar_chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show()
    chart.set_bars([("a very long label that will be elided", 0.7), ("b", 0.2), ("c", 1.5)])
    assert chart.bars() == [("a very long label that will be elided", 0.7), ("b", 0.2), ("c", 1.0)]
    assert "70.0%" in chart.toolTip() and chart.highlighted() == 0
    assert chart.sizeHint().height() >= 3 * BarChart.ROW_HEIGHT
    chart.grab()
    chart.set_bars([("x", 0.2), ("y", 0.19)], unsure=True)
    assert chart.is_unsure() and chart.highlighted() is None
    chart.grab()
    chart.clear("nothing yet")
    assert chart.bars() == [] and chart.message() == "nothing yet"
    chart.grab()

"""Your own model in: File ▸ Open model… and drops, the dialog, the model in every tab's list."""

from __future__ import annotations

import json
import shutil

import pytest
from PyQt6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PyQt6.QtGui import QDragEnterEvent, QDropEvent
from PyQt6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from visionagent import paths

pytestmark = pytest.mark.slow  # each test loads a Keras model in the worker


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, tf_backend):
    """The real main window with a user folder of this test only (the registry looks there)."""
    monkeypatch.setenv("VISIONAGENT_HOME", str(tmp_path / "home"))
    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    create_application()
    window = MainWindow(load_tensorflow=False)  # the tabs' own model loads are not needed here
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


def digits_model(folder, name="elsewhere.keras"):
    """A tiny digits CNN trained 'elsewhere': plain Keras, no VisionAgent metadata."""
    from visionagent.core import backend

    keras = backend.keras()
    keras.utils.set_random_seed(2)
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Conv2D(4, 3, activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    path = folder / name
    model.save(path)
    return path


def drop(window, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    QApplication.sendEvent(
        window, QDragEnterEvent(QPoint(20, 20), *args, Qt.KeyboardModifier.NoModifier)
    )
    QApplication.sendEvent(
        window, QDropEvent(QPointF(20, 20), *args, Qt.KeyboardModifier.NoModifier)
    )


def wait_for_dialog(qtbot, importer):
    qtbot.waitUntil(
        lambda: (
            (importer.dialog is not None and importer.dialog.isVisible())
            or importer.error_box is not None
        ),
        timeout=120_000,
    )
    assert importer.error_box is None, importer.error_box.text()
    return importer.dialog


def click_import(qtbot, dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_model_trained_elsewhere_appears_in_the_digits_tab(window, qtbot, tmp_path, monkeypatch):
    source = digits_model(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    menu = window.menuBar().actions()[0].menu()
    assert window.model_importer.open_action in menu.actions()
    window.model_importer.open_action.trigger()
    dialog = wait_for_dialog(qtbot, window.model_importer)

    assert dialog.shape_label.text() == "28×28×1"
    assert dialog.classes_label.text() == "10"
    assert dialog.task == "digits" and dialog.preprocessing == "mnist"
    assert dialog.class_names() == [str(d) for d in range(10)]
    assert dialog.name == "elsewhere"

    dialog.classes_edit.setPlainText("a\nb")  # two names for ten outputs: refused in the dialog
    click_import(qtbot, dialog)
    assert dialog.isVisible() and "10" in dialog.error_label.text()
    dialog.task_combo.setCurrentIndex(dialog.task_combo.findData("classifier"))
    dialog.task_combo.setCurrentIndex(dialog.task_combo.findData("digits"))  # refills 0..9
    assert dialog.class_names() == [str(d) for d in range(10)]
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "class 3B digits")
    click_import(qtbot, dialog)
    assert not dialog.isVisible()

    picker = window.digits_tab.model_combo
    qtbot.waitUntil(lambda: "class_3B_digits" in picker.names(), timeout=30_000)
    assert picker.current_name() == "class_3B_digits"  # chosen at once
    assert "class_3B_digits" in window.context.registry.names("digits")
    inside = getattr(window, "inside_tab", None)
    if inside is not None:
        assert "class_3B_digits" in inside.picker.names()
    copied = paths.user_models_dir() / "class_3B_digits.keras"
    assert copied.read_bytes() == source.read_bytes()
    meta = json.loads(copied.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["class_names"] == [str(d) for d in range(10)] and meta["task"] == "digits"

    # the same name again needs Replace
    window.model_importer.open_path(str(source))
    qtbot.waitUntil(lambda: window.model_importer.dialog is not dialog, timeout=120_000)
    second = wait_for_dialog(qtbot, window.model_importer)
    second.name_edit.setText("class_3B_digits")
    click_import(qtbot, second)
    assert second.isVisible() and second.replace_check.isVisible()
    second.reject()


def test_a_lambda_model_is_refused_with_a_clear_message(window, qtbot, tmp_path):
    from visionagent.core import backend

    keras = backend.keras()
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Lambda(lambda x: x * 2.0),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    source = tmp_path / "sneaky.keras"
    model.save(source)
    before = set(window.context.registry.names())
    drop(window, source)
    importer = window.model_importer
    qtbot.waitUntil(lambda: importer.error_box is not None, timeout=120_000)
    text = importer.error_box.text()
    assert importer.error_box.isVisible()
    assert str(source) in text and "Lambda" in text and "Traceback" not in text
    assert importer.dialog is None
    assert not list(paths.user_models_dir().glob("*.keras"))
    assert set(window.context.registry.names()) == before


def test_the_shipped_digits_ensemble_can_be_brought_in_by_a_drop(window, qtbot, tmp_path):
    source = tmp_path / "school_digits.keras"
    shutil.copyfile(paths.models_dir() / "digits_cnn.keras", source)
    drop(window, source)
    dialog = wait_for_dialog(qtbot, window.model_importer)
    assert dialog.task == "digits" and dialog.shape_label.text() == "28×28×1"
    dialog.name_edit.setText("digits_cnn")  # a shipped name is not taken over
    click_import(qtbot, dialog)
    assert dialog.isVisible() and "digits_cnn" in dialog.error_label.text()
    dialog.name_edit.setText("school_digits")
    click_import(qtbot, dialog)
    picker = window.digits_tab.model_combo
    qtbot.waitUntil(lambda: "school_digits" in picker.names(), timeout=30_000)
    assert "digits_cnn" in picker.names()  # the shipped model stays

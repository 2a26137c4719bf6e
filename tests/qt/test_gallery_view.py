"""The architecture gallery in the Training tab: opened from the Model settings, every network
with its year, idea (in the UI language), parameters, multiplications, depth and whether it
trains here; a layer table built only for the network selected; "Use this architecture"."""

from __future__ import annotations

import re

import pytest
from PyQt6.QtCore import Qt

from tests.qt import helpers
from visionagent import settings
from visionagent.core import gallery
from visionagent.i18n import number
from visionagent.qt.tabs.training.gallery import COLUMNS
from visionagent.qt.translator import install_translator

HANGUL = re.compile("[\uac00-\ud7a3]")


@pytest.fixture
def tab(qtbot, app_context):
    tab = helpers.training_tab(qtbot, app_context)
    tab.form.set_dataset("mnist-10k")
    yield tab
    if tab.gallery.dialog is not None:
        tab.gallery.dialog.close()
    assert tab.shutdown(60_000)
    assert not tab.running_threads()


@pytest.fixture
def korean(qapp, user_home):
    saved = settings.get("ui/language")
    assert install_translator(qapp, "ko"), "resources/i18n/visionagent_ko.qm did not load"
    yield qapp
    install_translator(qapp, "en")
    settings.set("ui/language", saved)


def _open(tab, qtbot):
    qtbot.mouseClick(tab.form.gallery_button, Qt.MouseButton.LeftButton)
    dialog = tab.gallery.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _cell(dialog, name, column):
    return dialog.list.item(dialog.names().index(name), COLUMNS.index(column)).text()


def _click_row(qtbot, dialog, name):
    row = dialog.names().index(name)
    dialog.list.scrollToItem(dialog.list.item(row, 0))
    rect = dialog.list.visualItemRect(dialog.list.item(row, 0))
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.current_name() == name


def test_the_gallery_lists_the_networks_with_their_numbers(tab, qtbot):
    dialog = _open(tab, qtbot)
    names = dialog.names()
    assert len(names) >= 12 and names == gallery.names()  # the story's order
    for row in gallery.summaries():
        name = row["name"]
        assert _cell(dialog, name, "parameters") == number(row["parameters"])
        assert _cell(dialog, name, "multiplications") == number(row["multiplications"])
        assert _cell(dialog, name, "depth") == str(row["depth"])
        assert _cell(dialog, name, "idea") == row["idea"] and not HANGUL.search(row["idea"])
    assert _cell(dialog, "vgg16", "parameters") == number(138_357_544)
    assert _cell(dialog, "vgg16", "year") == "2014" and _cell(dialog, "cnn-v2", "year") == "—"
    assert _cell(dialog, "lenet5", "trainable") == "✓"
    assert _cell(dialog, "vgg16", "trainable") == "as Mini VGG"
    # the form's architecture (LeNet-5) is selected; TensorFlow is not ready: nothing is built
    assert dialog.current_name() == "lenet5" and dialog.layers.rowCount() == 0
    assert dialog.status.text() == "Waiting for TensorFlow to load…"
    assert not tab.jobs_running()
    # sortable by value: the most parameters first
    dialog.list.sortItems(COLUMNS.index("parameters"), Qt.SortOrder.DescendingOrder)
    assert dialog.names()[0] == "vgg16" and dialog.current_name() == "lenet5"


def test_use_this_architecture_and_the_small_version_choose_it_in_the_form(tab, qtbot):
    dialog = _open(tab, qtbot)
    arch = tab.form.control("arch")
    _click_row(qtbot, dialog, "mlp")
    assert dialog.use_button.text() == "Use this architecture" and dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert arch.currentData() == "mlp" and tab.form.config().arch == "mlp"
    assert "MLP 784-512-10 is chosen" in dialog.status.text()
    _click_row(qtbot, dialog, "vgg16")
    assert dialog.use_button.text() == "Use its small version: Mini VGG"
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert arch.currentData() == "mini-vgg"
    _click_row(qtbot, dialog, "cifar-cnn")  # trains on CIFAR-10: the data set follows
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert tab.form.dataset() == "cifar10" and arch.currentData() == "cifar-cnn"
    _click_row(qtbot, dialog, "densenet121")  # a transfer-learning backbone
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    config = tab.form.config()
    assert config.arch == "transfer" and config.backbone == "densenet121"
    assert tab.form.recipe_note.isVisible()
    _click_row(qtbot, dialog, "alexnet")  # nothing to train here
    assert not dialog.use_button.isEnabled()
    tab.form.set_running(True)  # a run is going: the form keeps its settings
    _click_row(qtbot, dialog, "lenet5")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert config.arch == tab.form.config().arch and dialog.status.level == "error"


def test_the_gallery_in_korean(korean, tab, qtbot):
    dialog = _open(tab, qtbot)
    assert len(dialog.names()) >= 12
    for name in dialog.names():
        assert HANGUL.search(_cell(dialog, name, "idea")), name  # every idea in Korean
    assert HANGUL.search(dialog.idea_label.text())
    assert _cell(dialog, "vgg16", "parameters") == number(138_357_544)


@pytest.mark.slow
def test_the_layer_table_of_the_selected_network_is_built_on_request(tab, qtbot, tf_backend):
    dialog = _open(tab, qtbot)
    tab.context.tf_ready.emit(tf_backend)  # the network that waited is built now
    qtbot.waitUntil(lambda: dialog.layers.rowCount() > 0, timeout=60_000)
    assert dialog.current_name() == "lenet5"
    _click_row(qtbot, dialog, "mlp")
    assert dialog.layers.rowCount() == 0 and "Building the layers of MLP" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.layers.rowCount() > 0, timeout=60_000)
    table = gallery.details("mlp").table
    strip = dialog.layers
    assert strip.rowCount() == len(table.layers)
    counted = sum(
        int(strip.item(r, 3).text().replace(",", "") or 0) for r in range(strip.rowCount())
    )
    assert counted == 407_050
    assert f"{len(table.layers)} layers" in dialog.status.text()

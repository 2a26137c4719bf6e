"""The architecture gallery: entries, the precomputed numbers against fresh counts and the
textbook's figures, the layer tables (the inspector's), laziness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from visionagent.core import gallery
from visionagent.core.gallery.precomputed import PRECOMPUTED
from visionagent.core.jobs import Cancelled, TaskState

REPO = Path(__file__).resolve().parents[2]
KEYS = {
    "name",
    "parameters",
    "multiplications",
    "depth",
    "input_shape",
    "year",
    "idea",
    "trainable_here",
}
# Keras' own counts of keras.applications built with weights=None (issue 14)
KERAS_COUNTS = {
    "vgg16": 138_357_544,
    "resnet50": 25_636_712,
    "densenet121": 8_062_504,
    "xception": 22_910_480,
}
SMALL = ("mlp", "deep-mlp", "lenet5", "cnn-v2", "cifar-cnn")
LARGE = tuple(name for name in gallery.names() if name not in SMALL)


def test_the_gallery_lists_the_story_with_the_issue_keys():
    rows = gallery.summaries()
    assert len(rows) >= 12
    assert all(KEYS <= set(row) for row in rows)
    names = [row["name"] for row in rows]
    for wanted in ("lenet5", "alexnet", "vgg16", "googlenet", "resnet34", "resnet50"):
        assert wanted in names
    for wanted in ("xception", "se-resnet50", "densenet121", "mobilenetv2", "efficientnet-lite0"):
        assert wanted in names
    years = [row["year"] for row in rows if row["year"] is not None]
    assert years == sorted(years)  # the order of the story
    assert set(PRECOMPUTED) == set(names)


def test_counts_equal_keras_and_the_textbook():
    rows = {row["name"]: row for row in gallery.summaries()}
    for name, count in KERAS_COUNTS.items():
        assert rows[name]["parameters"] == count
    for entry in gallery.ENTRIES:
        row, reference = rows[entry.name], entry.reference
        if "parameters" in reference:
            assert row["parameters"] == reference["parameters"], entry.name
        if "parameters_m" in reference:  # fig. 8-22 rounds to 0.1 M
            assert round(row["parameters"] / 1e6, 1) == reference["parameters_m"], entry.name
        if "depth" in reference:  # fig. 8-22's depth: layers with weights
            assert row["depth"] == reference["depth"], entry.name
    # the number in the name is the longest path of convolution and dense layers
    for name, path in {"lenet5": 5, "vgg16": 16, "googlenet": 22, "resnet34": 34}.items():
        assert rows[name]["longest_path"] == path
    for name, path in {"resnet50": 50, "se-resnet50": 50, "densenet121": 121}.items():
        assert rows[name]["longest_path"] == path


def test_trainable_entries_name_a_trainer_architecture():
    from visionagent.core.training import ARCHITECTURES, BACKBONES

    for entry in gallery.ENTRIES:
        if not entry.try_here:
            continue
        words = entry.try_here.split()
        arch = words[words.index("--arch") + 1]
        assert arch in ARCHITECTURES
        if "--backbone" in words:
            assert words[words.index("--backbone") + 1] in BACKBONES
        if entry.trainable_here and arch != "transfer":
            assert arch == entry.name


def test_listing_the_gallery_imports_no_tensorflow():
    code = (
        "import sys; from visionagent.core import gallery; rows = gallery.summaries(); "
        "print(len(rows), 'tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [str(len(gallery.ENTRIES)), "False", "False"]


def test_ideas_go_through_the_gallery_translation_context(monkeypatch):
    from visionagent.core.gallery import entries

    seen = []
    monkeypatch.setattr(entries, "translate", lambda context, text: seen.append(context) or "번역")
    assert gallery.summary("vgg16")["idea"] == "번역" and seen == ["Gallery"]


def test_unknown_names_say_what_to_choose():
    with pytest.raises(gallery.UnknownArchitecture, match="vgg16"):
        gallery.summary("vgg17")
    with pytest.raises(ValueError, match="mini-resnet"):
        gallery.details("vgg17")


@pytest.mark.parametrize("name", SMALL)
def test_precomputed_numbers_of_the_textbook_networks(tf_backend, name):
    assert gallery.numbers(name, compute=True) == gallery.numbers(name)


@pytest.mark.slow
@pytest.mark.parametrize("name", LARGE)
def test_precomputed_numbers_of_the_large_networks(tf_backend, name):
    found = gallery.details(name)
    assert found.numbers == gallery.numbers(name)
    assert sum(row.parameters for row in found.table.layers) == found.numbers.parameters
    gallery._computed.clear()  # let the model's memory go


@pytest.mark.slow
def test_se_resnet50_is_keras_resnet50_plus_the_se_blocks(tf_backend):
    from visionagent.core import backend
    from visionagent.core.gallery import networks

    keras = backend.keras()
    assert networks.resnet50(keras).count_params() == KERAS_COUNTS["resnet50"]

    def se(channels):  # Dense(C/16) and Dense(C), with biases
        return channels * (channels // 16) + channels // 16 + (channels // 16) * channels + channels

    blocks = 3 * se(256) + 4 * se(512) + 6 * se(1024) + 3 * se(2048)
    assert PRECOMPUTED["se-resnet50"]["parameters"] == KERAS_COUNTS["resnet50"] + blocks


@pytest.mark.slow
def test_the_layer_table_is_the_inspectors_and_is_cached(tf_backend):
    from visionagent.core.inspector import layer_table
    from visionagent.core.training import build_model

    found = gallery.details("lenet5")
    assert gallery.details("lenet5") is found
    reference = layer_table(build_model("lenet5", (28, 28, 1), 10))
    assert [
        (r.kind, r.output_shape, r.parameters, r.multiplications) for r in found.table.layers
    ] == [(r.kind, r.output_shape, r.parameters, r.multiplications) for r in reference.layers]
    assert found.numbers.parameters == 61_706
    assert found.numbers.multiplications == reference.total_multiplications()
    trainer = gallery.details("mini-resnet", input_shape=(32, 32, 3))
    assert trainer.entry is None and trainer.table.input_shape == (32, 32, 3)
    colour = gallery.details("lenet5", input_shape=(32, 32, 3))
    assert colour.entry.name == "lenet5" and colour.table.input_shape == (32, 32, 3)
    assert colour.numbers.parameters > found.numbers.parameters  # a larger first dense input


def test_depth_and_longest_path_on_a_hand_made_network(tf_backend):
    from visionagent.core import backend
    from visionagent.core.inspector.graph import flatten
    from visionagent.core.inspector.table import table_of
    from visionagent.core.training.zoo import se_block

    keras = backend.keras()
    layers = keras.layers
    inputs = keras.Input((8, 8, 4))
    a = layers.Conv2D(4, 3, padding="same")(inputs)
    b = layers.BatchNormalization()(layers.Conv2D(4, 3, padding="same")(a))
    x = layers.Add()([se_block(layers, b, ratio=2, name="gate"), a])
    outputs = layers.Dense(3)(layers.GlobalAveragePooling2D()(x))
    graph = flatten(keras.Model(inputs, outputs))
    counted = gallery.numbers_of(graph, table_of(graph))
    assert counted.depth == 6  # 2 conv, BN, 2 dense in the gate, the last dense
    assert counted.longest_path == 3  # conv, conv, dense: the gate is not on the path


def test_the_job_stops_before_building_when_cancelled(tf_backend):
    gallery._computed.clear()
    state = TaskState()
    state.cancel()
    with pytest.raises(Cancelled):
        gallery.gallery_job(state, "cifar-cnn")
    assert gallery.gallery_job(TaskState(), "cifar-cnn").numbers.parameters == 890_410

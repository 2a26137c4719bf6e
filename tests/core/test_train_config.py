"""The training field table: every setting described once, ranges, special values, rules."""

from __future__ import annotations

import dataclasses
import math

import pytest

from visionagent.core import fields
from visionagent.core import training as tr

DATASETS = ("mnist-10k", "mnist", "fashion-mnist", "cifar10", "/some/folder/Images")


def _field(key):
    return fields.by_key(tr.TRAIN_FIELDS)[key]


def test_every_field_names_a_setting_and_accepts_every_data_sets_defaults():
    keys = [f.key for f in tr.TRAIN_FIELDS]
    assert len(keys) == len(set(keys))
    for dataset in DATASETS:
        config = tr.defaults_for(dataset)
        assert tr.check_config(config) is config
        for field in tr.TRAIN_FIELDS:
            fields.get_value(config, field.key)  # the key exists
    settable = {f.name for f in dataclasses.fields(tr.TrainConfig)}
    internal = {"dataset", "augmentation", "strategy_devices", "jit_compile"}
    covered = {f.key.split(".")[0] for f in tr.TRAIN_FIELDS}
    assert settable - internal <= covered, settable - internal - covered
    augmentation = {f.name for f in dataclasses.fields(tr.Augmentation)}
    assert {f"augmentation.{name}" for name in augmentation} <= set(keys)


def test_flags_are_unique_and_keep_the_old_names():
    flags = [f.cli for f in tr.TRAIN_FIELDS if f.cli]
    assert len(flags) == len(set(flags))
    for old in (
        "--lr",
        "--limit",
        "--epochs",
        "--batch-size",
        "--arch",
        "--optimizer",
        "--dropout",
    ):
        assert old in flags
    for new in ("--momentum", "--loss", "--patience", "--monitor", "--snapshots"):
        assert new in flags


def test_architectures_live_in_one_table():
    arch = _field("arch")
    assert [c.value for c in arch.choices] == list(tr.ARCHITECTURES)
    assert [c.label for c in arch.choices] == [a.label for a in tr.ARCHITECTURES.values()]
    assert tr.ARCHITECTURES["lenet5"].label == "LeNet-5"
    assert "program 8-1" in tr.ARCHITECTURES["lenet5"].tooltip()


@pytest.mark.parametrize(
    "key, off, on",
    [
        ("dropout", {"arch": "lenet5"}, {"arch": "cnn-v2"}),
        ("backbone", {"arch": "cifar-cnn"}, {"arch": "transfer"}),
        ("backbone_weights", {"arch": "lenet5"}, {"arch": "transfer"}),
        ("fine_tune_epochs", {"arch": "cnn-v2"}, {"arch": "transfer"}),
        ("fine_tune_layers", {"arch": "transfer"}, {"arch": "transfer", "fine_tune_epochs": 2}),
        ("image_size", {"dataset": "cifar10"}, {"dataset": "/data/Images"}),
        ("momentum", {"optimizer": "adam"}, {"optimizer": "sgd"}),
        ("momentum", {"optimizer": "adagrad"}, {"optimizer": "rmsprop"}),
        ("patience", {"early_stopping": False}, {"early_stopping": True}),
        ("monitor", {"early_stopping": False}, {"early_stopping": True}),
        ("early_stopping", {"validation_split": 0.0}, {"validation_split": 0.1}),
        ("snapshot_max_parameters", {"snapshot_epochs": False}, {"snapshot_epochs": True}),
    ],
)
def test_fields_apply_only_where_they_mean_something(key, off, on):
    field = _field(key)
    base = tr.TrainConfig()
    assert not field.enabled(dataclasses.replace(base, **off))
    assert field.why_disabled
    assert field.enabled(dataclasses.replace(base, **on))


@pytest.mark.parametrize(
    "key, value, words",
    [
        ("learning_rate", math.nan, "finite"),
        ("learning_rate", math.inf, "finite"),
        ("learning_rate", 0.0, "between"),
        ("learning_rate", -1e-3, "between"),
        ("limit", 0, "between"),
        ("limit", -5, "between"),
        ("validation_split", 0.95, "between"),
        ("validation_split", -0.1, "between"),
        ("momentum", 1.0, "between"),
        ("epochs", 0, "between"),
        ("batch_size", 0, "between"),
        ("loss", "hinge", "one of"),
    ],
)
def test_bad_values_are_refused_with_one_line(key, value, words):
    config = fields.with_value(tr.TrainConfig(), key, value)
    with pytest.raises(ValueError, match=words) as caught:
        tr.check_config(config)
    assert "\n" not in str(caught.value)


def test_special_values_and_zero_are_allowed():
    config = dataclasses.replace(
        tr.TrainConfig(),
        limit=None,
        dropout=None,
        momentum=0.0,
        validation_split=0.0,
        fine_tune_epochs=0,
    )
    assert tr.check_config(config) is config
    assert _field("limit").special == (None, "all")
    assert _field("dropout").special == (None, "textbook")


def test_backbone_weights_may_be_an_existing_file(tmp_path):
    config = dataclasses.replace(tr.TrainConfig(arch="transfer"), backbone_weights="/no/such.h5")
    with pytest.raises(ValueError, match="does not exist"):
        tr.check_config(config)
    weights = tmp_path / "w.h5"
    weights.write_bytes(b"x")
    assert tr.check_config(dataclasses.replace(config, backbone_weights=str(weights)))


def test_momentum_defaults_to_the_optimizers_own_and_zero_is_zero():
    assert tr.TrainConfig(optimizer="sgd").effective_momentum == 0.9
    assert tr.TrainConfig(optimizer="rmsprop").effective_momentum == 0.0
    assert tr.TrainConfig(optimizer="sgd", momentum=0.0).effective_momentum == 0.0
    assert tr.TrainConfig(optimizer="adam", momentum=0.5).effective_momentum is None


def test_defaults_per_data_set():
    assert tr.defaults_for("cifar10").arch == "cifar-cnn"
    assert tr.defaults_for("cifar10").epochs == 20
    assert tr.defaults_for("cifar10").augmentation.enabled
    assert tr.defaults_for("fashion-mnist").arch == "cnn-v2"
    folder = tr.defaults_for("/data/Images")
    assert folder.arch == "transfer" and folder.early_stopping and folder.validation_split == 0.2
    assert tr.augmentation_preset("mnist-10k") == tr.Augmentation.for_digits()
    assert tr.augmentation_preset("cifar10") == tr.Augmentation.textbook()

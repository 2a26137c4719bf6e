"""Runs side by side, the core's part: a run's record (from a config, a result, a saved JSON), the
history in the saved metadata, and the overfitting / diverged hints."""

from __future__ import annotations

import json
import math

import pytest

from tests import fakes
from visionagent.core.training import TrainConfig
from visionagent.core.training.runs import (
    clean_history,
    history_to_json,
    overfitting,
    record_from_config,
    record_from_metadata,
    record_from_result,
    run_hint,
)

# a big MLP on a few hundred digits: validation loss lowest at epoch 3, training loss falling
OVERFIT = {
    "loss": [1.9, 0.9, 0.45, 0.2, 0.09, 0.04],
    "val_loss": [1.2, 0.8, 0.62, 0.66, 0.73, 0.85],
    "accuracy": [0.5, 0.75, 0.88, 0.95, 0.99, 1.0],
    "val_accuracy": [0.6, 0.75, 0.8, 0.81, 0.8, 0.79],
}


def test_overfitting_needs_two_rising_epochs_and_a_falling_training_loss():
    found = overfitting(OVERFIT)
    assert found is not None and found.best_epoch == 3 and found.rising_epochs == 3
    # only one epoch above the minimum: not yet
    assert overfitting({k: v[:4] for k, v in OVERFIT.items()}) is None
    assert overfitting({k: v[:5] for k, v in OVERFIT.items()}).rising_epochs == 2
    # both losses rising: the learning rate, not overfitting
    both = dict(OVERFIT, loss=[1.9, 0.9, 0.45, 0.5, 0.6, 0.7])
    assert overfitting(both) is None
    # a wiggle of under 1% is noise
    flat = dict(OVERFIT, val_loss=[1.2, 0.8, 0.62, 0.621, 0.622, 0.623])
    assert overfitting(flat) is None
    # still improving: nothing to say
    healthy = dict(OVERFIT, val_loss=[1.2, 0.8, 0.62, 0.5, 0.45, 0.41])
    assert overfitting(healthy) is None and run_hint(healthy) is None
    # no validation, or a NaN: nothing either
    assert overfitting({"loss": OVERFIT["loss"]}) is None
    assert overfitting(dict(OVERFIT, val_loss=[*OVERFIT["val_loss"][:-1], math.nan])) is None


def test_the_overfitting_hint_says_what_happened_and_what_to_try():
    hint = run_hint(OVERFIT)
    assert hint.kind == "overfitting" and hint.overfitting.rising_epochs == 3
    assert "overfitting" in hint.text and "by heart" in hint.text
    assert "risen for 3 epochs since epoch 3" in hint.text
    assert "dropout, augmentation, early stopping or fewer epochs" in hint.text
    diverged = run_hint(OVERFIT, diverged=(2, 7))
    assert diverged.kind == "diverged"
    assert "NaN in epoch 2, batch 7" in diverged.text and "smaller learning rate" in diverged.text


def test_a_record_follows_the_epochs_of_a_running_run():
    config = TrainConfig(arch="mlp", optimizer="sgd", momentum=0.0, learning_rate=0.01, epochs=6)
    record = record_from_config(config, parameters=407_050)
    assert record.running and record.epochs == 0 and record.momentum == 0.0
    assert record.epochs_planned == 6 and record.parameters == 407_050
    for epoch in range(6):
        record.add_epoch({"epoch": epoch + 1, **{k: v[epoch] for k, v in OVERFIT.items()}})
        if epoch < 4:
            assert record.hint() is None, epoch
    record.add_epoch({"epoch": 7, "loss": 0.01, "accuracy": 1.0, "partial": True})
    assert record.epochs == 6 and record.best_val_accuracy == 0.81
    assert record.hint().kind == "overfitting"
    textbook = record_from_config(TrainConfig(arch="transfer", transfer_recipe="textbook"))
    assert textbook.optimizer == "adam" and textbook.learning_rate == 1e-6  # the recipe's own
    assert textbook.backbone == "efficientnet-lite0" and textbook.momentum is None


def _result(history, **more):
    config = TrainConfig(arch="mlp", optimizer="sgd", epochs=len(history["loss"]))
    return fakes.train_result(history, config, 12.3, **more)


def test_the_saved_metadata_holds_the_history_and_reads_back_as_the_same_run():
    history = dict(OVERFIT, loss=[*OVERFIT["loss"][:-1], math.inf])
    result = _result(history, test_accuracy=0.91, test_loss=0.3)
    meta = json.loads(json.dumps(result.metadata(), allow_nan=False))  # valid JSON
    assert meta["history"]["val_loss"] == OVERFIT["val_loss"]
    assert meta["history"]["loss"][-1] is None  # infinity is not JSON
    saved = record_from_metadata(meta, "mlp_overfit")
    fresh = record_from_result(result)
    assert saved.name == "mlp_overfit" and not saved.running and not fresh.running
    for key in ("arch", "parameters", "loss", "optimizer", "momentum", "learning_rate"):
        assert getattr(saved, key) == getattr(fresh, key), key
    assert saved.arch == "mlp" and saved.momentum == 0.9 and saved.optimizer == "sgd"
    assert saved.test_accuracy == 0.91 and saved.seconds == 12.3 and saved.epochs == 6
    assert saved.best_val_accuracy == fresh.best_val_accuracy == 0.81
    assert math.isnan(saved.history["loss"][-1])


@pytest.mark.parametrize(
    "meta",
    [
        {},
        {"hyperparameters": "adam", "history": [1, 2], "parameters": "many", "metrics": "x"},
        {"history": {"loss": ["a", 1.0], "val_loss": [0.5, None], 3: [1.0]}},
    ],
)
def test_a_strange_saved_json_gives_a_record_without_the_strange_parts(meta):
    record = record_from_metadata(meta, "odd")
    assert record.name == "odd" and record.parameters is None and record.test_accuracy is None
    assert "loss" not in record.history
    if "history" in meta and isinstance(meta["history"], dict):
        assert record.history["val_loss"][0] == 0.5 and math.isnan(record.history["val_loss"][1])


def test_history_round_trips_through_json():
    history = {"loss": [0.5, float("nan")], "lr": (0.1, 0.01)}
    as_json = history_to_json(history)
    assert as_json == {"loss": [0.5, None], "lr": [0.1, 0.01]}
    back = clean_history(json.loads(json.dumps(as_json)))
    assert back["lr"] == [0.1, 0.01] and math.isnan(back["loss"][1])

"""Model outputs: NaN refused, logits turned into probabilities, kinds found from the layers."""

from __future__ import annotations

import json

import numpy as np
import pytest

from visionagent.core import outputs
from visionagent.core.registry import ModelError, ModelRegistry, write_metadata


def test_non_finite_outputs_are_refused():
    with pytest.raises(outputs.OutputError, match="NaN"):
        outputs.to_probabilities(np.array([[np.nan, 0.5]]), outputs.PROBABILITIES)
    with pytest.raises(outputs.OutputError):
        outputs.to_probabilities(np.array([[np.inf, 0.0]]), outputs.LOGITS)


def test_logits_get_a_softmax_and_probabilities_stay():
    logits = np.array([[38.4, 2.0, -1.0]])
    p = outputs.to_probabilities(logits, outputs.LOGITS)
    assert p.max() <= 1.0 and abs(p.sum() - 1.0) < 1e-9 and p.argmax() == 0
    probs = np.array([[0.7, 0.2, 0.1]])
    np.testing.assert_allclose(outputs.to_probabilities(probs, outputs.PROBABILITIES), probs)
    # unknown kind: a distribution is kept, anything else gets a softmax
    np.testing.assert_allclose(outputs.to_probabilities(probs, None), probs)
    assert abs(outputs.to_probabilities(logits, None).sum() - 1) < 1e-9


def test_json_safe_replaces_nan():
    value = {"a": [1.0, float("nan"), np.float32("inf")], "b": np.int64(3)}
    assert (
        json.dumps(outputs.json_safe(value), allow_nan=False) == '{"a": [1.0, null, null], "b": 3}'
    )


def _save(folder, model, name, outputs_kind=None):
    path = folder / f"{name}.keras"
    model.save(path)
    meta = {
        "task": "digits",
        "class_names": [str(i) for i in range(10)],
        "input_shape": [28, 28, 1],
        "preprocessing": "mnist",
    }
    if outputs_kind:
        meta["outputs"] = outputs_kind
    write_metadata(path, meta)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """Tiny digit models: softmax, logits (no softmax), an ensemble, NaN weights, a Lambda."""
    from visionagent.core import backend

    keras = backend.keras()
    keras.utils.set_random_seed(1)
    folder = tmp_path_factory.mktemp("output-models")

    def body(activation):
        return keras.Sequential(
            [
                keras.Input((28, 28, 1)),
                keras.layers.Conv2D(2, 5, strides=4),
                keras.layers.Flatten(),
                keras.layers.Dense(10, activation=activation),
            ]
        )

    _save(folder, body("softmax"), "softmax")
    logits = body(None)
    logits.layers[-1].set_weights([w * 40 for w in logits.layers[-1].get_weights()])
    _save(folder, logits, "logits")
    x = keras.Input((28, 28, 1))
    members = [body("softmax") for _ in range(2)]
    ensemble = keras.Model(x, keras.layers.Average()([m(x) for m in members]))
    _save(folder, ensemble, "ensemble")
    broken = body("softmax")
    broken.set_weights([np.full_like(w, np.nan) for w in broken.get_weights()])
    _save(folder, broken, "nan_weights")
    lam = keras.Sequential(
        [keras.Input((28, 28, 1)), keras.layers.Lambda(lambda t: t * 2), keras.layers.Flatten(),
         keras.layers.Dense(10, activation="softmax")]
    )  # fmt: skip
    _save(folder, lam, "lambda")
    return ModelRegistry([folder])


@pytest.mark.slow
def test_kinds_are_found_from_the_layers(models):
    assert models.load("softmax")[1].outputs == outputs.PROBABILITIES
    assert models.load("logits")[1].outputs == outputs.LOGITS
    assert models.load("ensemble")[1].outputs == outputs.PROBABILITIES


@pytest.mark.slow
def test_a_logits_model_reads_digits_with_probabilities(models):
    from visionagent.core.digits import load_recognizer

    recognizer, _ = load_recognizer("logits", models, warm_up=False)
    rng = np.random.default_rng(0)
    p = recognizer.probabilities(rng.random((3, 28, 28)).astype(np.float32))
    assert p.shape == (3, 10) and p.max() <= 1.0
    np.testing.assert_allclose(p.sum(axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_nan_weights_and_lambda_layers_are_model_errors(models):
    with pytest.raises(ModelError, match="NaN"):
        models.load("nan_weights")
    with pytest.raises(ModelError) as info:
        models.load("lambda")
    assert "lambda.keras" in info.value.message()


@pytest.mark.slow
def test_nan_outputs_never_become_digit_zero(models):
    from visionagent.core.digits import DigitRecognizer

    model, _ = models.load("softmax")
    recognizer = DigitRecognizer(model)
    recognizer._probabilities = lambda batch: np.full((len(batch), 10), np.nan, np.float32)
    with pytest.raises(outputs.OutputError):
        recognizer.recognize([np.eye(28, dtype=np.uint8) * 255])

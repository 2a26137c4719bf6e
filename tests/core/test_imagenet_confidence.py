"""The shared "not sure" rule (core.confidence) and where the recognizers use it."""

from __future__ import annotations

import numpy as np
import pytest

from visionagent.core import confidence
from visionagent.core.confidence import ConfidenceRule


def test_best_probability_and_margin_decide():
    rule = ConfidenceRule(threshold=0.5, margin=0.2)
    sure = rule.judge([0.1, 0.7, 0.2])
    assert sure.sure and sure.best == 1 and sure.candidates == (1,)
    assert sure.probability == pytest.approx(0.7) and sure.margin == pytest.approx(0.5)
    low = rule.judge([0.3, 0.25, 0.2, 0.25])
    assert not low.sure and low.reason == "low" and low.candidates == (0, 1)
    close = rule.judge([0.52, 0.46, 0.02])  # high enough, but the runner-up is right behind
    assert not close.sure and close.reason == "close" and close.candidates == (0, 1)
    assert ConfidenceRule(0.5).judge([1.0]).sure  # one class: the margin is the probability
    with pytest.raises(ValueError):
        rule.judge([])


def test_batch_verdicts_match_single_ones():
    rule = ConfidenceRule.for_mode("imagenet")
    rng = np.random.default_rng(3)
    p = rng.dirichlet(np.full(10, 0.3), size=200)
    assert rule.judge_batch(p).tolist() == [rule.judge(row).sure for row in p]
    with pytest.raises(ValueError):
        rule.judge_batch(np.zeros(3))


def test_modes_defaults_and_settings_keys():
    assert (
        set(confidence.DEFAULT_THRESHOLDS) == set(confidence.MODES) == set(confidence.SETTINGS_KEYS)
    )
    assert all("/" in key for key in confidence.SETTINGS_KEYS.values())
    rule = ConfidenceRule.for_mode("digits")
    assert rule.threshold == confidence.DEFAULT_THRESHOLDS["digits"]
    assert ConfidenceRule.for_mode("breeds", 0.9).threshold == 0.9
    assert ConfidenceRule.for_mode("breeds", 7).threshold == 1.0  # a bad setting is clamped
    with pytest.raises(ValueError):
        ConfidenceRule.for_mode("weather")
    with pytest.raises(ValueError):
        ConfidenceRule(1.5)


def test_entropy_and_the_not_sure_sentence():
    assert confidence.entropy_bits([1.0, 0.0]) == 0.0
    assert confidence.entropy_bits(np.full(8, 1 / 8)) == pytest.approx(3.0)
    assert confidence.not_sure_text(["cat", "dog"]) == "Not sure — maybe cat or dog"
    assert confidence.not_sure_text(["cat"]) == "Not sure — maybe cat"
    assert confidence.not_sure_text([]) == "Not sure"


@pytest.mark.slow
def test_digit_boxes_use_the_shared_rule(tf_backend):
    from visionagent.core import backend, digits

    keras = backend.keras()
    # A "model" whose output is fixed: a close call between 3 (0.55) and 8 (0.40).
    fixed = np.full(10, 0.005, np.float32)
    fixed[3], fixed[8] = 0.55, 0.41
    model = keras.Sequential(
        [
            keras.Input((28, 28, 1)),
            keras.layers.Flatten(),
            keras.layers.Dense(
                10,
                kernel_initializer="zeros",
                bias_initializer=keras.initializers.Constant(np.log(fixed)),
            ),
            keras.layers.Softmax(),
        ]
    )
    stroke = np.zeros((28, 28), np.uint8)
    stroke[4:24, 12:16] = 255
    recognizer = digits.DigitRecognizer(model, unsure_below=0.5)
    box = recognizer.recognize([stroke], method="naive", invert=False).boxes[0]
    assert box.digit == 3 and box.confidence > 0.5
    assert box.unsure  # above the threshold, but the margin to the runner-up is too small
    assert recognizer.rule == ConfidenceRule.for_mode("digits", 0.5)

"""Stand-ins shared by core and GUI tests: a finished training run without training."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from visionagent.core.training import DIGIT_NAMES, ArrayData, TrainConfig, TrainResult


def train_result(history: dict, config: TrainConfig, seconds: float, **more) -> TrainResult:
    """A TrainResult of ``config`` on four blank MNIST-sized digits with ``history``, as if it
    had taken ``seconds``; a model of 407,050 parameters (the 784-512-10 MLP)."""
    data = ArrayData(
        "mnist-10k",
        np.zeros((4, 28, 28, 1), np.float32),
        np.arange(4),
        None,
        None,
        None,
        None,
        DIGIT_NAMES,
        "digits",
        "mnist",
    )
    model = SimpleNamespace(count_params=lambda: 407_050)
    return TrainResult(model, config, data, history, seconds, "CPU", False, **more)

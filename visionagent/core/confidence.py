""" "I don't know": when a recognizer should say "not sure — maybe X or Y" instead of a name.

A classifier's softmax always names *something*, even for a photo of a class it never saw. The
rule here looks at two numbers of the probability vector:

* the **best probability** ``p1``: below :attr:`ConfidenceRule.threshold` the answer is unsure;
* the **margin** ``p1 − p2`` between the best and the runner-up: below
  :attr:`ConfidenceRule.margin` two answers compete, and naming one would be a coin toss.

An unsure verdict still lists the best candidates (``maybe X or Y``): the strongest ones, up to
:data:`MAYBE_COUNT`, whose probabilities add up to most of the rest.

The thresholds are settings. :data:`SETTINGS_KEYS` names the settings key of each mode and
:data:`DEFAULT_THRESHOLDS` its default, calibrated with ``scripts/calibrate_confidence.py``
(MNIST test digits for the digits recognizer; the foolbox ImageNet photos against non-photos —
MNIST and Fashion-MNIST pictures, flat colours, noise — for the ImageNet and breeds modes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from visionagent.i18n import translate

MODES = ("imagenet", "breeds", "digits")
# Defaults of the "not sure below" threshold per mode (best probability, 0..1). ImageNet: with
# Lite2, 16 of the 18 right answers on the foolbox photos stay sure, 1 of 2 wrong ones and 2 of
# 60 non-photos do too. Digits: the former UNSURE_BELOW (1.17 % of the MNIST test digits unsure,
# 41 of the 59 errors among them). Breeds: no labelled data beyond two dog photos; the same
# as ImageNet (the breed probabilities are renormalised over the dogs, so they run higher).
DEFAULT_THRESHOLDS = {"imagenet": 0.35, "breeds": 0.35, "digits": 0.80}
# The margin p1 − p2 below which the two best answers compete (not a user setting).
DEFAULT_MARGINS = {"imagenet": 0.05, "breeds": 0.10, "digits": 0.30}
# QSettings keys ("group/key") the GUI binds to the thresholds; values are floats 0..1.
SETTINGS_KEYS = {mode: f"confidence/{mode}_unsure_below" for mode in MODES}
MAYBE_COUNT = 2  # how many candidates an unsure answer names


@dataclass(frozen=True)
class Verdict:
    """The rule's answer for one probability vector."""

    sure: bool
    best: int  # index of the best class
    probability: float  # its probability p1
    margin: float  # p1 − p2 (p1 when there is one class)
    candidates: tuple[int, ...]  # the classes to name: the best alone when sure, else up to 2
    reason: str = ""  # "" when sure, "low" (best probability too low), "close" (two compete)


@dataclass(frozen=True)
class ConfidenceRule:
    """Sure when the best probability reaches ``threshold`` and leads the next by ``margin``."""

    threshold: float
    margin: float = 0.0

    def __post_init__(self):
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"threshold must be between 0 and 1, not {self.threshold}")
        if not 0.0 <= self.margin <= 1.0:
            raise ValueError(f"margin must be between 0 and 1, not {self.margin}")

    @classmethod
    def for_mode(cls, mode: str, threshold: float | None = None) -> ConfidenceRule:
        """The rule of ``mode`` (``imagenet``, ``breeds``, ``digits``), with an optional
        threshold from the settings."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r} (expected one of {', '.join(MODES)})")
        value = DEFAULT_THRESHOLDS[mode] if threshold is None else float(threshold)
        return cls(min(max(value, 0.0), 1.0), DEFAULT_MARGINS[mode])

    def judge(self, probabilities: Sequence[float] | np.ndarray) -> Verdict:
        """The verdict for one probability vector (any length ≥ 1; need not sum to 1)."""
        p = np.asarray(probabilities, np.float64).ravel()
        if p.size == 0:
            raise ValueError("no probabilities to judge")
        order = np.argsort(-p, kind="stable")
        best = int(order[0])
        p1 = float(p[best])
        p2 = float(p[order[1]]) if p.size > 1 else 0.0
        reason = "low" if p1 < self.threshold else "close" if (p1 - p2) < self.margin else ""
        candidates = (best,) if not reason else tuple(int(i) for i in order[:MAYBE_COUNT])
        return Verdict(not reason, best, p1, p1 - p2, candidates, reason)

    def judge_batch(self, probabilities: np.ndarray) -> np.ndarray:
        """Boolean "sure" for each row of an ``(N, classes)`` array (vectorised)."""
        p = np.asarray(probabilities, np.float64)
        if p.ndim != 2 or p.shape[1] == 0:
            raise ValueError(f"expected an (N, classes) array, got shape {p.shape}")
        top = -np.sort(-p, axis=1)[:, :2]
        second = top[:, 1] if p.shape[1] > 1 else np.zeros(len(p))
        return (top[:, 0] >= self.threshold) & ((top[:, 0] - second) >= self.margin)


def entropy_bits(probabilities: Sequence[float] | np.ndarray) -> float:
    """Shannon entropy of a probability vector in bits (0 = certain), for display."""
    p = np.asarray(probabilities, np.float64).ravel()
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum()) if p.size else 0.0


def not_sure_text(names: Sequence[str]) -> str:
    """``Not sure — maybe X or Y`` (or ``maybe X`` with one name), translated."""
    names = [n for n in names if n]
    if len(names) >= 2:
        return translate("Confidence", "Not sure — maybe {first} or {second}").format(
            first=names[0], second=names[1]
        )
    if names:
        return translate("Confidence", "Not sure — maybe {first}").format(first=names[0])
    return translate("Confidence", "Not sure")

"""After a run: accuracy, loss, confusion matrix and the most confidently wrong examples."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from visionagent.core.training.result import ConfusedExamples, TrainResult

FOCAL_ALPHA, FOCAL_GAMMA = 0.25, 2.0  # keras.losses.CategoricalFocalCrossentropy's defaults


def model_value_max(config) -> float:
    """Pixel range the model takes: 255 for transfer models (RGB 0..255), else 1 (0..1)."""
    return 255.0 if config.arch == "transfer" else 1.0


def predict_batches(model, x: np.ndarray, batch_size: int = 1024) -> np.ndarray:
    """Probabilities for many inputs (direct model calls on fixed-size batches)."""
    out = [
        np.asarray(model(x[i : i + batch_size], training=False))
        for i in range(0, len(x), batch_size)
    ]
    return np.concatenate(out) if out else np.zeros((0,))


def sample_losses(loss: str, probs: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per-sample value of the run's loss (as Keras computes it) for softmax outputs."""
    p_true = np.clip(probs[np.arange(len(labels)), labels], 1e-7, 1.0)
    if loss == "mse":
        one_hot = np.eye(probs.shape[1], dtype=np.float64)[labels]
        return ((one_hot - probs) ** 2).mean(axis=1)
    if loss == "focal":
        return FOCAL_ALPHA * (1.0 - p_true) ** FOCAL_GAMMA * -np.log(p_true)
    return -np.log(p_true)


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, num_classes: int) -> np.ndarray:
    matrix = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(matrix, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return matrix


def most_confused_pairs(matrix: np.ndarray, count: int = 5) -> list[tuple[int, int, int]]:
    """The largest off-diagonal cells of a confusion matrix: ``(true, predicted, count)``."""
    off = np.array(matrix, dtype=np.int64, copy=True)
    np.fill_diagonal(off, 0)
    order = np.argsort(off, axis=None)[::-1][:count]
    pairs = [
        (int(i), int(j), int(off[i, j]))
        for i, j in zip(*np.unravel_index(order, off.shape), strict=True)
    ]
    return [p for p in pairs if p[2] > 0]


def evaluation_name(result: TrainResult) -> str:
    """What :func:`evaluate` measures on: the test set, else the validation split."""
    data = result.data
    if data.has_test:
        return data.test_name
    if not data.num_val:
        return ""
    percent = int(round(100 * result.config.validation_split))
    return f"{Path(data.name).name} validation split ({percent}%, seed {result.config.seed})"


class _MostConfident:
    """The ``count`` wrong answers given with the highest confidence."""

    def __init__(self, count: int):
        self.count = count
        self.rows: list[tuple[float, int, int, np.ndarray]] = []

    def add(self, images, labels, pred, probs, value_max: float) -> None:
        for i in np.flatnonzero(pred != labels):
            image = np.asarray(images[i], dtype=np.float32) / value_max
            self.rows.append((float(probs[i, pred[i]]), int(labels[i]), int(pred[i]), image))
        if len(self.rows) > self.count:
            self.rows.sort(key=lambda row: -row[0])
            del self.rows[self.count :]

    def examples(self, shape) -> ConfusedExamples:
        self.rows.sort(key=lambda row: -row[0])
        return ConfusedExamples(
            images=np.stack([r[3] for r in self.rows])
            if self.rows
            else np.zeros((0, *shape), np.float32),
            true=np.array([r[1] for r in self.rows], dtype=np.int64),
            predicted=np.array([r[2] for r in self.rows], dtype=np.int64),
            confidence=np.array([r[0] for r in self.rows], dtype=np.float32),
        )


def evaluate(result: TrainResult, confused_count: int = 12) -> TrainResult:
    """Accuracy, loss (the run's loss function), confusion matrix and the most confidently wrong
    examples.

    On the data's test split when it has one (``mnist-10k`` with ``../shared``, the
    ``keras.datasets`` test sets), else on the validation split; ``result.evaluation_name`` says
    which.
    """
    data = result.data
    scale = np.float32(model_value_max(result.config) / data.value_max)
    classes = len(data.class_names)
    matrix = np.zeros((classes, classes), dtype=np.int64)
    seen = correct = 0
    loss_sum = 0.0
    confident = _MostConfident(confused_count)
    for images, labels in data.evaluation_batches(256 if not data.is_folder else 64):
        labels = labels.astype(np.int64)
        inputs = images * scale if scale != 1.0 else images
        probs = np.asarray(result.model(inputs, training=False), dtype=np.float64)
        pred = probs.argmax(axis=1)
        matrix += confusion_matrix(labels, pred, classes)
        seen += len(labels)
        correct += int((pred == labels).sum())
        loss_sum += float(sample_losses(result.config.loss, probs, labels).sum())
        confident.add(images, labels, pred, probs, data.value_max)
    if not seen:
        return result
    result.evaluation_name = evaluation_name(result)
    result.test_accuracy = correct / seen
    result.test_loss = loss_sum / seen
    result.confusion = matrix
    result.confused = confident.examples(data.input_shape)
    return result

"""What a run returns: the trained model, its history and test figures, and its metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from visionagent.core.training.architectures import ARCHITECTURES
from visionagent.core.training.config import TrainConfig
from visionagent.core.training.datasets import TrainingData
from visionagent.core.training.folders import FOLDER_PREPROCESSING
from visionagent.core.training.runs import history_to_json


@dataclass
class ConfusedExamples:
    """The validation/test images the model got wrong with the most confidence."""

    images: np.ndarray  # (k, H, W, C) float32 0..1
    true: np.ndarray  # (k,) class indices
    predicted: np.ndarray  # (k,)
    confidence: np.ndarray  # (k,) probability given to the wrong class


@dataclass
class TrainResult:
    model: Any
    config: TrainConfig
    data: TrainingData
    history: dict[str, list[float]]
    seconds: float
    device: str
    stopped: bool
    test_accuracy: float | None = None
    test_loss: float | None = None
    confusion: np.ndarray | None = None
    evaluation_name: str = ""  # the split test_accuracy was measured on (test set, or validation)
    confused: ConfusedExamples | None = None
    # (epoch, batch) where the loss stopped being finite: the weights are useless, not saved
    diverged: tuple[int, int] | None = None
    # the weights after each whole epoch, (epoch from 1, weights), when the config keeps them
    snapshots: list[tuple[int, list[np.ndarray]]] = field(default_factory=list)

    def preprocessing(self) -> str:
        """Registry preprocessing id of the saved model's input."""
        if self.config.arch == "transfer":
            return FOLDER_PREPROCESSING  # RGB 0..255, the model normalises
        if self.data.is_folder:
            return "scale01"  # image folder scaled to 0..1 for the small CNNs
        return self.data.preprocessing

    def display_name(self) -> str:
        arch = ARCHITECTURES[self.config.arch].label if self.config.arch in ARCHITECTURES else ""
        if self.config.arch == "transfer":
            arch = f"{self.config.backbone} transfer"
        epochs = len(self.history.get("loss", []))
        unit = "epoch" if epochs == 1 else "epochs"
        return f"{arch or self.config.arch} · {Path(self.data.name).name} · {epochs} {unit}"

    def hyperparameters(self) -> dict[str, Any]:
        """The config as saved: every setting, the momentum as the optimizer used it."""
        values = self.config.to_dict()
        values["momentum"] = self.config.effective_momentum
        return values

    def metadata(self) -> dict[str, Any]:
        """The ``.json`` written beside the model (the registry's format)."""
        metrics = []
        if self.test_accuracy is not None:
            metrics.append(
                {
                    "name": "accuracy",
                    "value": self.test_accuracy,
                    "dataset": self.evaluation_name or self.data.test_name,
                }
            )
        if self.history.get("val_accuracy"):
            metrics.append(
                {
                    "name": "val_accuracy",
                    "value": float(self.history["val_accuracy"][-1]),
                    "dataset": f"{Path(self.data.name).name} validation split",
                }
            )
        data = self.data
        return {
            "task": data.task,
            "class_names": list(data.class_names),
            "input_shape": list(data.input_shape),
            "preprocessing": self.preprocessing(),
            "metrics": metrics,
            "parameters": int(self.model.count_params()),
            "hyperparameters": self.hyperparameters(),
            "training_seconds": round(self.seconds, 1),
            "epochs_run": len(self.history.get("loss", [])),
            "history": history_to_json(self.history),  # per epoch: the runs table's curves
            "stopped_early": self.stopped,
            "device": self.device,
            "display_name": self.display_name(),
            **(
                {"class_ids": list(data.class_ids)}
                if data.class_ids and data.class_ids != data.class_names
                else {}
            ),
            **(
                {"wnids": [c.split("-", 1)[0] for c in data.class_ids]}
                if data.task == "breeds" and data.class_ids
                else {}
            ),
            **({"backbone": self.config.backbone} if self.config.arch == "transfer" else {}),
            **({"skipped_files": len(data.skipped)} if data.skipped else {}),
            "provenance": {
                "trained_by": "visionagent.core.training.train",
                "dataset": data.name,
                "architecture": self.config.arch,
            },
        }

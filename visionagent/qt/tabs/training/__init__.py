"""The Training tab: train the textbook's networks live, save, export and use them."""

from visionagent.qt.tabs.training.tab import TrainingTab

__all__ = ["TrainingTab"]

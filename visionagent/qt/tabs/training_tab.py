"""Moved to the package :mod:`visionagent.qt.tabs.training`; kept while the main window imports
it from here."""

from visionagent.qt.tabs.training import TrainingTab  # noqa: F401

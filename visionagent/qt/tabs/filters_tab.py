"""Moved to :mod:`visionagent.qt.tabs.filters`; this name stays until the main window imports
the package (then delete this file)."""

from visionagent.qt.tabs.filters import FiltersTab

__all__ = ["FiltersTab"]

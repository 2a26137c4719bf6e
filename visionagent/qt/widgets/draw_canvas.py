"""Moved to :mod:`visionagent.qt.kit.canvas`; kept only while the tabs move to the kit."""

from visionagent.qt.kit.canvas import MAX_BOXES, RENDER_SIZE, DrawCanvas, Stroke  # noqa: F401

"""Moved to :mod:`visionagent.qt.tabs.filters.image_view`. Only ``widgets/filters_network.py``
still imports it from here: delete this file together with that one."""

from visionagent.qt.tabs.filters.image_view import ImageView

__all__ = ["ImageView"]

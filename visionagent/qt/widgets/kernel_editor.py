"""Moved to :mod:`visionagent.qt.tabs.filters.kernel_editor`; ``format_number`` now lives in
:mod:`visionagent.core.filters`. Only ``widgets/filters_network.py`` still imports it from here:
delete this file together with that one."""

from visionagent.core.filters import format_number

__all__ = ["format_number"]

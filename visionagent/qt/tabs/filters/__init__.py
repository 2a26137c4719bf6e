"""The Filters tab: a convolution layer applied live to a picture, and the same layer on a small
input with every number written out."""

from visionagent.qt.tabs.filters.tab import FiltersTab

__all__ = ["FiltersTab"]

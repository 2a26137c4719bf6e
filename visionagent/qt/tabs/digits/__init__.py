"""The Digits tab: draw a postal code in N boxes and read it (the textbook's vision agent 6)."""

from visionagent.qt.tabs.digits.tab import DigitsTab

__all__ = ["DigitsTab"]

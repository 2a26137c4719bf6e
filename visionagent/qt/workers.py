"""Moved to :mod:`visionagent.qt.kit.jobs`; kept only while the tabs move to the kit."""

from visionagent.qt.kit.jobs import TaskRunner, friendly_message  # noqa: F401

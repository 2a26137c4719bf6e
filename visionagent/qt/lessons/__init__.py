"""Lessons in the GUI: the side panel, the control guard, Save as lesson…, the controller.

The files and their checks are the core's (:mod:`visionagent.core.lessons`); this package only
shows a lesson and asks the tabs, through the :class:`~visionagent.qt.kit.tab.Tab` hooks, to take
its settings.
"""

from visionagent.qt.lessons.controller import (
    LessonController,
    check_lessons,
    lesson_tab_id,
    unreadable_lessons,
)

__all__ = ["LessonController", "check_lessons", "lesson_tab_id", "unreadable_lessons"]

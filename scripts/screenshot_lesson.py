"""Screenshot of the real main window with a shipped lesson open beside its tab.

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_lesson.py [ko]
Opens resources/lessons/01-example-8-1.json (File ▸ Open lesson… does the same): the Filters
tab's Numbers page with the lesson's settings (example 8-1, stride 2, padding 1, ReLU; picture
and kernels locked) and the steps panel at step 3 ("compute the top-left value"), that cell's
arithmetic written out below the grids. Saves docs/screenshots/lesson.png (ko_lesson.png with
the argument ``ko``: the lesson's Korean texts in the Korean user interface).
"""

from __future__ import annotations

import sys

from screens import REPO, finish, language_argument, save, start, wait

LESSON = REPO / "resources" / "lessons" / "01-example-8-1.json"
STEP = 3


def main() -> int:
    language = language_argument()
    app, window = start(language)
    tab = window.filters_tab
    if not window.lessons.open_file(LESSON):
        print("the lesson did not open", file=sys.stderr)
        return finish(app, window, 1)
    panel = window.lessons.panel
    for _ in range(STEP - 1):
        panel.next_button.click()  # as a student reads on
    wait(app, 30, lambda: not tab.jobs_running())
    view = tab.numbers_view
    view.select("conv", 0, 0, 0)  # the cell step 3 asks for
    wait(app, 0.5)
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the arithmetic under the grids
    wait(app, 0.5)
    value = view.output_text("conv", 0, 0, 0)
    lesson = window.lessons.lesson.id
    name = "lesson.png" if language == "en" else f"{language}_lesson.png"
    save(window, name, f"({lesson}, step {panel.step + 1}, s[0,0,0] = {value})")
    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

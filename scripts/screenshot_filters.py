"""Screenshots of the real main window on the Filters tab (pictures and numbers).

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_filters.py
Writes docs/screenshots/filters.png (the default picture through convolution, activation and
pooling) and filters_numbers.png (example 8-1 with every number written out and one cell's
arithmetic); with the argument ``ko``, ko_filters.png (the pictures page in Korean) only.
"""

from __future__ import annotations

import sys

from screens import finish, language_argument, save, start, wait


def main() -> int:
    language = language_argument()
    app, window = start(language)
    tab = window.filters_tab
    window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(0)
    wait(app, 30, lambda: not tab.jobs_running())
    wait(app, 1.0, lambda: False)
    if language != "en":
        save(window, f"{language}_filters.png")
        return finish(app, window)
    save(window, "filters.png", f"({tab.picture_path or 'default picture'})")

    tab.pages.setCurrentIndex(1)
    view = tab.numbers_view
    view.example_button.click()  # example 8-1: a 3-channel input and its two kernels
    wait(app, 30, lambda: not tab.jobs_running())
    wait(app, 0.5)
    # a cell whose window lies in the input's lower rows: scrolled down to show its arithmetic
    # (at 768 px the page is taller than the window), the window stays in sight
    view.select("conv", 0, 2, 1)
    wait(app, 0.5)
    bar = view.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    wait(app, 0.5)
    value = view.output_text("conv", 0, 2, 1)
    save(window, "filters_numbers.png", f"(s[2,1,0] = {value}, scrolled {bar.value()} px)")
    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

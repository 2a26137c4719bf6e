"""Screenshots of the real main window on the Inside tab: a drawn digit through the shipped
digits ensemble (a cell of the fourth convolution traced to its receptive fields) and a sample
photo through the ImageNet model.

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_inside.py
Writes docs/screenshots/inside.png and inside_imagenet.png; with the argument ``ko``,
ko_inside.png (the drawn digit) only.
"""

from __future__ import annotations

import sys

from screens import SAMPLES, draw, finish, language_argument, save, start, wait

SEVEN = [(0.25, 0.22), (0.75, 0.22), (0.45, 0.85)]
BAR = [(0.38, 0.55), (0.66, 0.53)]
DIGITS_LAYER = "member_1/conv2d_3"  # the first member's fourth convolution


def trace(app, tab, layer, k, row, col):
    tab.strip.select_layer(layer)
    tab._layer_chosen(layer)
    tab.select_cell(k, row, col)
    wait(app, 10, lambda: tab.settled())
    wait(app, 0.5)


def main() -> int:
    language = language_argument()
    app, window = start(language)
    tab = window.inside_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 240, tab.settled):
        print("the digits model did not load:", tab.status_label.text(), flush=True)
        return finish(app, window, 1)
    draw(tab.panel.canvas, 0, SEVEN, 14, steps=12)
    draw(tab.panel.canvas, 0, BAR, 12, steps=12)
    wait(app, 60, lambda: tab.settled() and tab.input_pane.cam_view.has_image())
    print("digits:", tab.status_label.text(), flush=True)
    print("layers:", ", ".join(tab.strip.paths()), flush=True)
    trace(app, tab, DIGITS_LAYER, 9, 4, 3)
    if language != "en":
        save(window, f"{language}_inside.png")
        return finish(app, window)
    save(window, "inside.png")

    tab.choose_model("imagenet_efficientnet_lite0")
    tab.open_path(str(SAMPLES / "bullmastiff.jpg"))
    wait(app, 240, lambda: tab.settled() and tab._loaded.name.startswith("imagenet"))
    wait(app, 30, tab.input_pane.cam_view.has_image)
    print("imagenet:", tab.status_label.text(), flush=True)
    tab.maps_pane.set_scale("map")
    trace(app, tab, "block3a_project_conv", 4, 14, 12)
    save(window, "inside_imagenet.png")
    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the real main window on the Filters tab (pictures, numbers, inside a network).

Run under a display, e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_filters.py
Writes docs/screenshots/filters.png, filters_numbers.png and filters_network.png.
"""

from __future__ import annotations

from screens import REPO, wait


def main() -> int:
    from visionagent.app import create_application
    from visionagent.core import filters
    from visionagent.qt.main_window import MainWindow

    app = create_application(language="en")
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tab = window.filters_tab
    window.tabs.setCurrentWidget(tab)
    ready = wait(app, 120, lambda: window.context.is_tf_ready)
    print("TensorFlow ready" if ready else "TensorFlow not ready", flush=True)
    wait(app, 1.0)
    window.grab().save(str(out / "filters.png"))

    tab.pages.setCurrentIndex(1)
    wait(app, 0.5)
    tab.numbers_view.select("conv", 0, 0, 1)
    wait(app, 0.5)
    window.grab().save(str(out / "filters_numbers.png"))

    tab.pages.setCurrentIndex(2)
    panel = tab.network_panel
    if wait(app, 60, lambda: panel.kernel_list.count() > 0):
        digit, _ = filters.mnist_sample(0)
        panel.sketch.set_image(digit)
        wait(app, 30, lambda: len(panel.map_views()) > 1)
        wait(app, 1.0)
        window.grab().save(str(out / "filters_network.png"))
    else:
        print("no model kernels listed:", panel.status.text(), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

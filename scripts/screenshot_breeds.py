"""Screenshots of the real main window on the Dog breeds tab.

Run under a display, e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_breeds.py
Writes docs/screenshots/breeds.png (a recognised dog), breeds_gradcam.png (Grad-CAM on),
breeds_not_a_dog.png (the cat), breeds_folder.png (folder mode); with the argument ``ko``,
breeds_ko.png (Korean user interface).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from screens import REPO, wait

SAMPLES = REPO / "resources" / "samples"


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    from PyQt6.QtCore import Qt

    from visionagent.app import create_application
    from visionagent.qt.main_window import MainWindow

    app = create_application(language=language)
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    out = REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tab = window.breeds_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 180, lambda: tab.is_ready):
        print("the model did not load", file=sys.stderr)
        return 1
    suffix = "" if language == "en" else f"_{language}"

    def photo(name: str, shot: str, gradcam: bool = False) -> None:
        tab.gradcam_check.setChecked(gradcam)
        tab.open_path(str(SAMPLES / name))
        wait(
            app,
            60,
            lambda: (
                tab.current_path == str(SAMPLES / name)
                and tab.current_result is not None
                and not tab._runner.busy
            ),
        )
        if gradcam:
            wait(app, 60, lambda: tab.overlay is not None)
        wait(app, 0.5)
        window.grab().save(str(out / f"{shot}{suffix}.png"))
        print(f"{shot}{suffix}.png: {tab.verdict_label.text()}", flush=True)

    photo("bullmastiff.jpg", "breeds")
    if language != "en":
        window.close()
        return 0
    photo("bullmastiff.jpg", "breeds_gradcam", gradcam=True)
    photo("chelsea.png", "breeds_not_a_dog")
    folder = Path(tempfile.mkdtemp(prefix="dogs-"))
    for name in ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png", "coffee.png", "astronaut.png"):
        shutil.copy(SAMPLES / name, folder / name)
    tab.gradcam_check.setChecked(False)
    tab.open_folder(folder)
    wait(app, 60, lambda: tab.export_button.isEnabled())
    tab.table.sortItems(4, Qt.SortOrder.DescendingOrder)
    wait(app, 0.5)
    window.grab().save(str(out / "breeds_folder.png"))
    print("breeds_folder.png", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

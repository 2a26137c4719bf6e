"""Screenshots of the real main window on the Photos tab, at 1366×768.

Run under a display, e.g.:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot_breeds.py
(or QT_QPA_PLATFORM=offscreen). Writes to docs/screenshots/: breeds.png (a recognised dog),
breeds_gradcam.png (Grad-CAM on), breeds_not_a_dog.png (the cat), breeds_folder.png (folder
mode), photos_anything.png (Anything: the top-5 of all 1,000 ImageNet classes), photos_not_sure.png
("Not sure — maybe X or Y"), photos_failed.png (a file that is not a photo) and photos_webcam.png
(the webcam page fed by the fake camera); with the argument ``ko``, breeds_ko.png and
photos_anything_ko.png (Korean user interface).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from screens import OUT, REPO, wait

SAMPLES = REPO / "resources" / "samples"


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    import numpy as np
    from PyQt6.QtCore import Qt

    from visionagent.app import create_application
    from visionagent.core import camera
    from visionagent.core.images import read_image
    from visionagent.qt.main_window import MainWindow

    app = create_application(language=language)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    tab = window.photos_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 240, lambda: tab.is_ready):
        print("the model did not load", file=sys.stderr)
        return 1
    suffix = "" if language == "en" else f"_{language}"

    def settle() -> None:
        wait(app, 60, lambda: not tab.jobs_running() and tab.is_ready)
        wait(app, 0.5)

    def shot(name: str) -> None:
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print(f"{name}{suffix}.png: {tab.verdict_label.text()}", flush=True)

    def photo(path: Path | str, name: str, gradcam: bool = False) -> None:
        tab.gradcam_check.setChecked(gradcam)
        tab.open_path(str(path))
        wait(app, 60, lambda: tab.current_path == str(path) and tab.current_result is not None)
        if gradcam:
            wait(app, 60, lambda: tab.overlay is not None)
        settle()
        shot(name)

    tab.set_mode("breeds")
    photo(SAMPLES / "bullmastiff.jpg", "breeds")
    tab.set_mode("imagenet")
    photo(SAMPLES / "coffee.png", "photos_anything", gradcam=True)
    if language != "en":
        window.close()
        return 0
    tab.set_mode("breeds")
    photo(SAMPLES / "bullmastiff.jpg", "breeds_gradcam", gradcam=True)
    photo(SAMPLES / "chelsea.png", "breeds_not_a_dog")
    tab.set_mode("imagenet")
    tab.gradcam_check.setChecked(False)
    noise = np.random.default_rng(0).integers(0, 256, (360, 480, 3), dtype=np.uint8)
    tab.open_image(noise, "noise")
    wait(app, 60, lambda: tab.photo is not None and tab.current_result is not None)
    settle()
    shot("photos_not_sure")
    folder = Path(tempfile.mkdtemp(prefix="photos-"))
    notes = folder / "notes.jpg"
    notes.write_text("not a photo")
    tab.open_path(str(notes))
    wait(app, 60, lambda: tab.photo is None)
    settle()
    shot("photos_failed")
    notes.unlink()

    tab.set_mode("breeds")
    for name in ("bullmastiff.jpg", "dalmatian.jpg", "chelsea.png", "coffee.png", "astronaut.png"):
        shutil.copy(SAMPLES / name, folder / name)
    tab.open_folder(folder)
    wait(app, 60, lambda: tab.folder_page.export_button.isEnabled())
    tab.folder_page.table.sortItems(4, Qt.SortOrder.DescendingOrder)
    settle()
    shot("breeds_folder")

    coffee = read_image(SAMPLES / "coffee.png")
    tab.camera_factory = lambda index: camera.FakeCamera(fps=15, frames=[coffee] * 10_000)
    tab.set_mode("imagenet")
    tab.view.show_page("webcam")
    page = tab.webcam_page
    page.folder_edit.setText(str(Path.home() / "VisionAgent photos"))
    page.class_edit.setText("espresso")
    tab.start_camera(0)
    wait(app, 60, lambda: tab.live_frame is not None and tab.live_frame.reading is not None)
    wait(app, 1.0)
    window.grab().save(str(OUT / "photos_webcam.png"))
    print(f"photos_webcam.png: {page.result.verdict()}", flush=True)
    tab.stop_camera()
    wait(app, 5, lambda: not page.running)
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

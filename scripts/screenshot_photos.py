"""Screenshots of the real main window on the Photos tab.

Run on a 1366×768 virtual screen (see scripts/screens.py):
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_photos.py
Writes to docs/screenshots/: photos.png (Dog breeds: the bullmastiff and its top-5 bars),
photos_gradcam.png (the same with Grad-CAM), photos_anything.png (Anything: the top-5 of all
1,000 ImageNet classes for the coffee sample), photos_webcam.png (the webcam page fed by a fake
camera showing the coffee sample), photos_not_sure.png ("Not sure — maybe X or Y" for coarse
random noise), photos_failed.png (a file that is not a photo) and photos_folder.png (folder mode,
Dog breeds, on resources/samples). With the argument ``ko``, in Korean: ko_photos.png (Dog
breeds, Grad-CAM on) and photos_anything_ko.png (Anything, the coffee sample).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from screens import SAMPLES, finish, language_argument, save, start, wait


def main() -> int:
    import numpy as np
    from PyQt6.QtCore import Qt

    from visionagent.core import camera
    from visionagent.core.images import read_image

    language = language_argument()
    app, window = start(language)
    tab = window.photos_tab
    window.tabs.setCurrentWidget(tab)
    if not wait(app, 240, lambda: tab.is_ready):
        print("the model did not load", file=sys.stderr)
        return finish(app, window, 1)

    def settle() -> None:
        wait(app, 60, lambda: not tab.jobs_running() and tab.is_ready)
        wait(app, 0.5)

    def shot(name: str) -> None:
        save(window, name, f"({tab.verdict_label.text()})")

    def photo(path: Path | str, name: str, gradcam: bool = False) -> None:
        tab.gradcam_check.setChecked(gradcam)
        tab.open_path(str(path))
        wait(app, 60, lambda: tab.current_path == str(path) and tab.current_result is not None)
        if gradcam:
            wait(app, 60, lambda: tab.overlay is not None)
        settle()
        shot(name)

    tab.set_mode("breeds")
    if language != "en":  # the names README.md uses
        photo(SAMPLES / "bullmastiff.jpg", f"{language}_photos.png", gradcam=True)
        tab.set_mode("imagenet")
        photo(SAMPLES / "coffee.png", f"photos_anything_{language}.png")
        return finish(app, window)
    photo(SAMPLES / "bullmastiff.jpg", "photos.png")
    photo(SAMPLES / "bullmastiff.jpg", "photos_gradcam.png", gradcam=True)
    tab.set_mode("imagenet")
    photo(SAMPLES / "coffee.png", "photos_anything.png")
    coffee = read_image(SAMPLES / "coffee.png")
    tab.camera_factory = lambda index: camera.FakeCamera(fps=15, frames=[coffee] * 10_000)
    tab.view.show_page("webcam")
    page = tab.webcam_page
    page.folder_edit.setText("/home/student/VisionAgent photos")
    page.class_edit.setText("espresso")
    tab.start_camera(0)
    wait(app, 60, lambda: tab.live_frame is not None and tab.live_frame.reading is not None)
    wait(app, 1.0)
    save(window, "photos_webcam.png", f"({page.result.verdict()})")
    tab.stop_camera()
    wait(app, 5, lambda: not page.running)
    # coarse noise (12×12 px blocks): no object to name, and a PNG that stays small
    noise = np.random.default_rng(0).integers(0, 256, (30, 40, 3), dtype=np.uint8)
    noise = noise.repeat(12, axis=0).repeat(12, axis=1)
    tab.view.show_page("photo")
    tab.open_image(noise, "noise")
    wait(app, 60, lambda: tab.answer is not None and tab.answer.photo.name == "noise")
    settle()
    shot("photos_not_sure.png")
    folder = Path(tempfile.mkdtemp(prefix="photos-"))
    notes = folder / "notes.jpg"
    notes.write_text("not a photo")
    tab.open_path(str(notes))
    wait(app, 60, lambda: tab.photo is None)
    settle()
    shot("photos_failed.png")
    shutil.rmtree(folder, ignore_errors=True)

    tab.set_mode("breeds")
    tab.open_folder(SAMPLES)
    wait(app, 60, lambda: tab.folder_page.export_button.isEnabled())
    tab.folder_page.table.sortItems(4, Qt.SortOrder.DescendingOrder)
    settle()
    save(window, "photos_folder.png", f"({tab.folder_page.table.rowCount()} rows)")

    return finish(app, window)


if __name__ == "__main__":
    sys.exit(main())

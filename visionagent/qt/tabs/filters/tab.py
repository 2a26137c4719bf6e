"""Filter playground: live convolution, activation and pooling, as pictures and as numbers.

Left: the picture, the kernel editor and the layer's sizes and weights. Right: the layer's
settings (built from ``FILTER_FIELDS``) above two pages: *Pictures* (input, convolution,
activation, pooling side by side) and *Numbers* (a small input as grids of numbers with the
arithmetic of one output cell; opens on the textbook's example 8-1). Every change is coalesced by
a single-shot timer; the pictures are computed in a worker, the small numbers at once.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PyQt6.QtCore import QSignalBlocker, QTimer
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from visionagent import settings
from visionagent.core import filters, samples
from visionagent.core.images import ImageError, is_image_file, read_image
from visionagent.qt.context import AppContext
from visionagent.qt.kit.image_input import ImageInput
from visionagent.qt.kit.tab import Tab
from visionagent.qt.tabs.filters import lesson, panels, saved
from visionagent.qt.tabs.filters.compute import PicturesResult, compute_pictures, fit_picture

PICTURE_SIDE = 1024  # larger pictures are scaled down so every update stays live
MODES = ("pictures", "numbers")
FIRST_SAMPLE = "astronaut"


class FiltersTab(Tab):
    """The Filters tab (see the module docstring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self._image: np.ndarray | None = None  # uint8 RGB as read
        self._image_name = ""
        self.picture_path = ""  # the file shown ("" for a pasted picture)
        self._x: np.ndarray | None = None  # float input of the pictures page (H, W, C)
        self._layers: dict[str, filters.Layer] = {}  # each page's layer
        self._selected = dict.fromkeys(MODES, 0)  # the editor's filter on each page
        self.mode = "pictures"  # the page shown: "pictures" or "numbers"
        self._again = False  # a change came while the worker computed
        self._pending_image: str | None = None  # the picture to read at the first show
        self._compute = self.runner()
        self._compute.finished.connect(self._show_pictures)
        self._timer = QTimer(self, singleShot=True, interval=15)  # one update for many changes
        self._timer.timeout.connect(self._tick)
        self._save_timer = QTimer(self, singleShot=True, interval=800)
        self._save_timer.timeout.connect(self.save_settings)
        self._build()
        self._compute.failed.connect(lambda text: self.status.say(text, "layer"))
        self._restore()
        self.schedule()

    # ================================================================== build
    def _build(self) -> None:
        left, right = panels.ControlsPanel(), panels.PagesPanel()
        self.controls_scroll, self.picture_box, self.editor = left, left.picture_box, left.editor
        self.sizes_label = left.sizes_label
        self.form, self.pages, self.status = right.form, right.pages, right.status
        self.pictures, self.numbers_view = right.pictures, right.numbers_view
        for key in ("padding", "border", "activation", "pool"):  # the Korean UI test's names
            setattr(self, f"{key}_combo", self.form.control(key))
        self.picture_box.path_chosen.connect(self.open_path)
        self.picture_box.gray_changed.connect(self._colour_changed)
        self.editor.changed.connect(self.schedule)
        self.editor.current_filter_changed.connect(self._filter_changed)
        self.editor.preset_chosen.connect(lambda name: settings.set("filters/preset", name))
        self.form.changed.connect(self._settings_changed)
        self.numbers_view.input_changed.connect(self._numbers_input_changed)
        self.numbers_view.example_requested.connect(self._load_example)
        self.numbers_view.filter_selected.connect(self.editor.select_filter)
        self.pages.currentChanged.connect(self._page_changed)
        self.splitter = panels.side_by_side(left, right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.image_input = ImageInput(self)
        self.image_input.paths_given.connect(self._paths_given)
        self.image_input.image_given.connect(self._set_image)
        self.image_input.refused.connect(lambda text: self.status.say(text, "file"))

    # ================================================================== the layer
    def layer(self) -> filters.Layer:
        """The layer the controls describe now."""
        return self.form.layer(self.editor.weights(), self.editor.bias())

    def set_layer(self, layer: filters.Layer, current: int | None = None) -> None:
        """Show ``layer`` in the controls (no update is triggered from inside)."""
        with QSignalBlocker(self.editor):
            self.editor.set_layer(layer.weights, layer.bias, current=current)
        self.form.set_layer(layer)
        self.form.update_enabled(self.layer())

    def _channel_names(self) -> list[str]:
        numbers = self.mode == "numbers"
        return (self.numbers_view if numbers else self.picture_box).channel_names()

    def _settings_changed(self, _key: str = "") -> None:
        self.form.update_enabled(self.layer())
        self.schedule()

    def _filter_changed(self, k: int) -> None:
        if self.mode == "numbers":
            self.numbers_view.select_filter(k)
        self.schedule()  # the colour bars follow the selected filter

    # ================================================================== updates
    def schedule(self) -> None:
        """Ask for an update; changes arriving before it runs are merged into one."""
        if not self._timer.isActive():
            self._timer.start()
        self._save_timer.start()

    def _tick(self) -> None:
        if self.mode == "numbers" or self._x is None:
            self.update_now()  # a few numbers: at once
        elif self._compute.busy:
            self._again = True  # the worker's next job takes the latest change
        else:
            self._start_pictures()

    def _start_pictures(self) -> None:
        layer = self._layers[self.mode] = self.layer()
        self.sizes_label.show_sizes(layer, self._x.shape)
        self._compute.start(compute_pictures, layer, self._x)

    def update_now(self) -> None:
        """Recompute the visible page now, in this thread (the timer uses a worker)."""
        layer = self._layers[self.mode] = self.layer()
        if self.mode == "numbers":
            x = self.numbers_view.input()
            self.sizes_label.show_sizes(layer, x.shape)
            try:
                self.numbers_view.show_result(layer, layer.run(x))
                self.status.unsay("layer")
            except ValueError as exc:
                self.numbers_view.show_result(layer, None, str(exc))
            if self.editor.current_filter() != self.numbers_view.selected_filter():
                self.editor.select_filter(self.numbers_view.selected_filter())
        elif self._x is not None:
            self._compute.cancel()
            self._again = False
            self.sizes_label.show_sizes(layer, self._x.shape)
            self._show_pictures(compute_pictures(None, layer, self._x))

    def _show_pictures(self, result: PicturesResult) -> None:
        start = time.perf_counter()
        if self.mode == "pictures" and result.input_shape == getattr(self._x, "shape", None):
            self.pictures.show_result(result, self._image_name, self.editor.current_filter())
            if result.error:
                self.status.say(result.error, "layer")
            else:
                self.status.unsay("layer")
        took_ms = 1000.0 * (time.perf_counter() - start + result.seconds)
        # Leave the event loop at least as long as an update takes, so typing stays responsive.
        self._timer.setInterval(int(min(150.0, max(15.0, took_ms))))
        if self._again:
            self._again = False
            self._start_pictures()

    # ================================================================== pictures
    def can_open(self, path: str) -> bool:
        return is_image_file(path)

    def open_path(self, path) -> bool:
        """Open a picture file (File ▸ Open image…, drops, the samples). False if it cannot."""
        path = Path(path)
        if not is_image_file(path):
            return False
        try:
            image = read_image(path, mode="rgb", max_side=PICTURE_SIDE)
        except ImageError as exc:
            self.status.say(str(exc) + " " + self.tr("The current picture is kept."), "file")
            self.context.status_message.emit(str(exc))
            return False
        self._set_image(image, path.name)
        self.picture_path = str(path)
        settings.set("filters/image", str(path))
        return True

    def _paths_given(self, paths: list) -> None:
        pictures = [path for path in paths if is_image_file(path)]
        if not pictures:
            self.status.say(self.tr("None of these is a picture the tab can open."), "file")
        any(self.open_path(path) for path in pictures)  # the first that opens

    def _set_image(self, image: np.ndarray, name: str) -> None:
        image = fit_picture(image, PICTURE_SIDE)
        self._image, self._image_name, self.picture_path = image, name, ""
        self.picture_box.set_name(name)
        self.status.unsay("file")
        self._set_input()
        if self.pages.currentIndex() != panels.PICTURES and self.isVisible():
            self.pages.setCurrentIndex(panels.PICTURES)  # show what the new picture gives
        self.schedule()

    def _set_input(self) -> None:
        if self._image is None:
            return
        gray = self.picture_box.gray()
        picture = cv2.cvtColor(self._image, cv2.COLOR_RGB2GRAY) if gray else self._image
        self._x = filters.input_to_float(picture)
        self.pictures.set_input(picture, self._x)
        if self.mode == "pictures":
            self.editor.set_channels(self._x.shape[2], self._channel_names())

    def _colour_changed(self, gray: bool) -> None:
        settings.set("filters/gray", bool(gray))
        self._set_input()
        self.schedule()

    # ================================================================== numbers
    def _numbers_input_changed(self) -> None:
        if self.editor.channels() != self.numbers_view.input().shape[2]:
            names = self._channel_names()
            self.editor.set_channels(len(names), names)
        self.schedule()

    def _load_example(self) -> None:
        """Example 8-1: the input is already in the numbers view; load its kernels and settings."""
        self.set_layer(filters.example_8_1_layer(), current=0)
        self.editor.set_channels(3, self._channel_names())
        self.schedule()

    # ================================================================== pages
    def _page_changed(self, index: int) -> None:
        settings.set("filters/page", index)
        mode = MODES[index]
        if mode != self.mode:
            self._layers[self.mode] = self.layer()
            self._selected[self.mode] = self.editor.current_filter()
            self.mode = mode
            numbers = mode == "numbers"
            current = self.numbers_view.selected_filter() if numbers else self._selected[mode]
            self.set_layer(self._layers[mode], current)
            names = self._channel_names()
            self.editor.set_channels(len(names), names)
            self.picture_box.setEnabled(not numbers)
        self.schedule()

    # ================================================================== settings
    def _restore(self) -> None:
        gray = bool(settings.get("filters/gray"))
        self.picture_box.set_gray(gray)
        self._layers, numbers_x = saved.layers(gray)
        if numbers_x is not None:
            self.numbers_view.set_input(numbers_x)
        self.set_layer(self._layers["pictures"])
        saved.restore_splitter(self.splitter)
        self._pending_image = saved.picture_file()  # read at the first show: start-up is faster
        if settings.get("filters/page") == panels.NUMBERS:
            self.pages.setCurrentIndex(panels.NUMBERS)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        if self._image is None and self._pending_image is not None:
            path, self._pending_image = self._pending_image, None
            if not (path and self.open_path(path)):
                self.open_path(samples.sample(FIRST_SAMPLE).path)

    def save_settings(self) -> None:
        self._layers[self.mode] = self.layer()
        saved.save(self._layers, self.numbers_view.input(), self.splitter)

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """Stop the timers and the worker, saving what is not saved yet."""
        self._timer.stop()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_settings()
        return super().shutdown(timeout_ms)

    # ================================================================== layout and lessons
    def main_controls(self) -> list[QWidget]:
        box = self.picture_box
        return [box.samples_button, box.open_button, self.editor, *self.form.key_controls()]

    def lesson_state(self) -> dict[str, Any]:
        return lesson.state_of(self)

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        return lesson.apply(self, state)

    def lesson_controls(self) -> dict[str, QWidget]:
        return lesson.controls(self)


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(FiltersTab, size=(1200, 760)))

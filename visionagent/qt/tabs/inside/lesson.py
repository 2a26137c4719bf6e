"""The Inside tab's lesson hooks (a mixin of :class:`InsideTab`): its set-up as plain JSON values.

Keys: ``model``, ``member`` (from 1), ``layer`` (a layer path), ``input`` (drawing, photo,
dataset), ``photo`` (a sample id or an image file), ``dataset``, ``sample`` (from 0), ``scale``
(map, layer, global) and ``epoch`` (None: the final weights). A layer, sample or epoch asked for
before the model or the samples are there is applied when they arrive.
"""

from __future__ import annotations

from typing import Any

from PyQt6.QtWidgets import QWidget


class LessonHooks:
    """Expects the tab's picker, member combo, strip, panel, sources, maps pane and slider."""

    def lesson_state(self) -> dict[str, Any]:
        return {
            "model": self.picker.current_name(),
            "member": self.member_combo.currentIndex() + 1 if self.member_combo.count() else 1,
            "layer": self._layer_path,
            "input": self.panel.mode,
            "photo": self.sources.photo_name(),
            "dataset": self.panel.dataset(),
            "sample": self.panel.sample_index,
            "scale": self.maps_pane.scale,
            "epoch": self._epoch,
        }

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        problems = []
        for key, value in state.items():
            if not self._apply_one(key, value):
                problems.append(f"{key}: {value!r}")
        return problems

    def _apply_one(self, key: str, value: Any) -> bool:
        loaded = self._loaded is not None
        if key == "model":
            return isinstance(value, str) and self.choose_model(value)
        if key == "member" and isinstance(value, int) and value >= 1:
            self._wanted_member = value - 1
            if loaded:
                self._member_chosen(value - 1)
            return True
        if key == "layer" and isinstance(value, str):
            if loaded and self.strip.select_layer(value):
                self._layer_chosen(value)
            else:
                self._pending_lesson["layer"] = value
            return True
        if key == "epoch" and (value is None or isinstance(value, int)):
            if loaded:
                return self.set_epoch(value)
            self._pending_lesson["epoch"] = value
            return True
        if key == "input" and value in self.panel.mode_buttons:
            self.panel.set_mode(value, emit=True)
            return True
        if key == "photo" and isinstance(value, str):
            return self.sources.open_named(value)
        if key == "dataset" and isinstance(value, str):
            self.sources.load_samples(value)
            return True
        if key == "sample" and isinstance(value, int) and value >= 0:
            self.sources.choose_sample(value)
            return True
        if key == "scale" and isinstance(value, str):
            return self.maps_pane.set_scale(value)
        return False

    def lesson_controls(self) -> dict[str, QWidget]:
        return {
            "model": self.picker,
            "member": self.member_combo,
            "layer": self.strip,
            "input": self.panel,
            "scale": self.maps_pane.scale_combo,
            "epoch": self.epoch_slider,
        }

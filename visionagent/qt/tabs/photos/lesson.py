"""The Photos tab's lesson state (File ▸ Save as lesson…, lesson files; docs/lessons.md).

Keys: ``mode`` (``breeds`` or ``imagenet``: Dog breeds or Anything), ``model``, ``photo`` (a
sample id or an image file), ``gradcam``, ``threshold`` (the mode's "not sure below", 0..1),
``top`` (bars shown, 1..20) and ``page`` (``photo``, ``folder`` or ``webcam``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visionagent.core import samples
from visionagent.core.lessons import resolve_photo
from visionagent.i18n import QT_TRANSLATE_NOOP, translate
from visionagent.qt.tabs.photos.controls import PAGES
from visionagent.qt.tabs.photos.jobs import MODES

if TYPE_CHECKING:
    from PyQt6.QtWidgets import QWidget

    from visionagent.qt.tabs.photos.tab import PhotosTab


def _problem(key: str, value: Any, why: str) -> str:
    return translate("PhotosLesson", "{key} = {value}: {why}").format(
        key=key, value=repr(value)[:60], why=why
    )


def _photo(tab: PhotosTab) -> str | None:
    path = tab.current_path
    for sample in samples.SAMPLES:
        if path and str(sample.path) == path:
            return sample.id
    return path


def state_of(tab: PhotosTab) -> dict[str, Any]:
    """The tab's set-up as plain JSON values (a pasted photo has no file to name)."""
    state: dict[str, Any] = {
        "mode": tab.mode,
        "model": tab.picker.current_name(),
        "gradcam": tab.gradcam_check.isChecked(),
        "threshold": round(tab.bar.threshold_spin.value() / 100, 2),
        "top": tab.top_k,
        "page": tab.bar.page(),
        "photo": _photo(tab),
    }
    return {key: value for key, value in state.items() if value is not None}


def apply(tab: PhotosTab, state: dict[str, Any]) -> list[str]:
    """Put ``tab`` into ``state`` (the photo after the mode, model and threshold, the page last)."""
    state = dict(state)
    problems: list[str] = []
    if "mode" in state:
        mode = state.pop("mode")
        if mode in MODES:
            tab.set_mode(mode)
        else:
            problems.append(_problem("mode", mode, translate("PhotosLesson", "breeds or imagenet")))
    if "model" in state:
        model = state.pop("model")
        if not (isinstance(model, str) and tab.picker.select(model)):
            problems.append(_problem("model", model, translate("PhotosLesson", "no such model")))
    spin = tab.bar.threshold_spin
    setters = (
        (
            "threshold",
            _fraction,
            lambda v: spin.setValue(round(100 * v)),
            QT_TRANSLATE_NOOP("PhotosLesson", "a number from 0 to 1"),
        ),
        (
            "gradcam",
            _boolean,
            tab.gradcam_check.setChecked,
            QT_TRANSLATE_NOOP("PhotosLesson", "true or false"),
        ),
        (
            "top",
            _top,
            lambda v: setattr(tab, "top_k", v),
            QT_TRANSLATE_NOOP("PhotosLesson", "a whole number from 1 to 20"),
        ),
    )
    for key, check, setter, why in setters:
        if key in state:
            value = state.pop(key)
            if check(value):
                setter(value)
            else:
                problems.append(_problem(key, value, translate("PhotosLesson", why)))
    if "photo" in state:
        photo = state.pop("photo")
        path = resolve_photo(photo) if isinstance(photo, str) and photo else None
        if path is None or not path.is_file() or not tab.open_path(str(path)):
            why = translate("PhotosLesson", "not a photo to open")
            problems.append(_problem("photo", photo, why))
    if "page" in state:
        page = state.pop("page")
        if page in PAGES:
            tab.view.show_page(page)
        else:
            problems.append(_problem("page", page, ", ".join(PAGES)))
    problems += [
        translate("PhotosLesson", "{key}: not used by this tab").format(key=key) for key in state
    ]
    return problems


def _fraction(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1


def _boolean(value: Any) -> bool:
    return isinstance(value, bool)


def _top(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 20


def controls(tab: PhotosTab) -> dict[str, QWidget]:
    """What a lesson may hide or lock, by name."""
    bar = tab.bar
    return {
        "mode": bar.mode_switch,
        "model": tab.picker,
        "open": bar.open_button,
        "samples": bar.samples_button,
        "folder": bar.folder_button,
        "recognize": bar.recognize_button,
        "gradcam": bar.gradcam_check,
        "threshold": bar.threshold_spin,
        "inspect": bar.inspect_button,
        "pages": bar.page_bar,
    }

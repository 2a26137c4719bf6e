"""The Filters tab's lesson state (File ▸ Save as lesson…, lesson files; docs/lessons.md).

Keys: every key of ``FILTER_FIELDS``; ``kernel`` (a preset name or a square list of number rows:
filter 1, the same on every channel), ``kernel_size``, ``sigma`` and ``bias`` (of filter 1),
``filters`` (how many), ``photo`` (a sample id, a picture file or ``"example-8-1"``; ``picture``
is read as the same), ``page`` (``"pictures"`` or ``"numbers"``) and ``gray``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from visionagent.core import filters, samples
from visionagent.core.fields import apply_values
from visionagent.core.filters.kernels import PRESETS
from visionagent.core.lessons import resolve_photo
from visionagent.i18n import translate

if TYPE_CHECKING:
    from PyQt6.QtWidgets import QWidget

    from visionagent.qt.tabs.filters.tab import FiltersTab

EXAMPLE = "example-8-1"
PAGES = ("pictures", "numbers")
MAX_KERNEL = 15


def _problem(key: str, value: Any, text: str) -> str:
    return translate("FiltersLesson", "{key} = {value}: {why}").format(
        key=key, value=repr(value)[:60], why=text
    )


def _is_example(tab: FiltersTab) -> bool:
    x = filters.example_8_1()[0]
    numbers = tab.numbers_view.input()
    return numbers.shape == x.shape and bool(np.array_equal(numbers, x))


def _photo(tab: FiltersTab) -> str | None:
    path = tab.picture_path
    for sample in samples.SAMPLES:
        if path and str(sample.path) == path:
            return sample.id
    return path or None


def state_of(tab: FiltersTab) -> dict[str, Any]:
    """The set-up of the page shown, as plain JSON values."""
    state: dict[str, Any] = dict(tab.form.values())
    editor = tab.editor
    weights, bias = editor.weights(), editor.bias()
    _x, example_w, example_b = filters.example_8_1()
    page = tab.mode
    example_kernels = weights.shape == example_w.shape and np.array_equal(weights, example_w)
    if page == "numbers" and _is_example(tab) and example_kernels:
        state["photo"] = EXAMPLE  # brings its two 3×3×3 filters and biases
    else:
        state["photo"] = _photo(tab)
        preset = editor.presets()[0]
        if preset is not None:
            state["kernel"] = preset
            state["kernel_size"] = int(weights.shape[0])
            if preset == "gaussian":
                state["sigma"] = float(editor.sigma_spin.value())
        else:
            state["kernel"] = weights[:, :, 0, 0].astype(float).tolist()
        state["filters"] = editor.filters()
        state["bias"] = float(bias[0])
    state["page"] = page
    state["gray"] = tab.picture_box.gray()
    if state["photo"] is None:
        del state["photo"]  # a pasted picture has no file to name
    return state


def _square(value: Any) -> bool:
    return (
        isinstance(value, list)
        and 1 <= len(value) <= MAX_KERNEL
        and all(isinstance(row, list) and len(row) == len(value) for row in value)
        and all(
            isinstance(v, int | float) and not isinstance(v, bool) and np.isfinite(v)
            for row in value
            for v in row
        )
    )


def apply(tab: FiltersTab, state: dict[str, Any]) -> list[str]:
    """Put ``tab`` into ``state``; one line per key it could not use."""
    state = dict(state)
    if "picture" in state:
        state.setdefault("photo", state.pop("picture"))
    problems: list[str] = []
    photo = state.pop("photo", None)
    if photo == EXAMPLE:
        tab.pages.setCurrentIndex(PAGES.index("numbers"))
        tab.numbers_view.load_example()
    elif photo is not None:
        path = resolve_photo(photo) if isinstance(photo, str) and photo else None
        if path is None or not tab.open_path(path):
            problems.append(
                _problem("photo", photo, translate("FiltersLesson", "not a picture to open"))
            )
    if "gray" in state:
        gray = state.pop("gray")
        if isinstance(gray, bool):
            tab.picture_box.set_gray(gray)
            tab._colour_changed(gray)
        else:
            problems.append(_problem("gray", gray, translate("FiltersLesson", "true or false")))
    if "page" in state:
        page = state.pop("page")
        if page in PAGES:
            tab.pages.setCurrentIndex(PAGES.index(page))
        else:
            problems.append(_problem("page", page, translate("FiltersLesson", "no such page")))
    problems += _apply_kernels(tab, state)
    problems += _apply_fields(tab, state)
    problems += [
        _problem(key, value, translate("FiltersLesson", "not used by this tab"))
        for key, value in state.items()
    ]
    tab.schedule()
    return problems


def _apply_kernels(tab: FiltersTab, state: dict[str, Any]) -> list[str]:
    editor, problems = tab.editor, []
    sigma = state.pop("sigma", None)
    if sigma is not None:
        if isinstance(sigma, int | float) and 0.1 <= sigma <= 10:
            editor.sigma_spin.setValue(float(sigma))
        else:
            problems.append(_problem("sigma", sigma, translate("FiltersLesson", "0.1 to 10")))
    size = state.pop("kernel_size", None)
    if size is not None and not (isinstance(size, int) and 1 <= size <= MAX_KERNEL):
        problems.append(_problem("kernel_size", size, translate("FiltersLesson", "1 to 15")))
        size = None
    count = state.pop("filters", None)
    if count is not None:
        if isinstance(count, int) and 1 <= count <= 8:
            editor.set_filter_count(count)
        else:
            problems.append(_problem("filters", count, translate("FiltersLesson", "1 to 8")))
    if "kernel" in state:
        kernel = state.pop("kernel")
        editor.select_filter(0)
        if isinstance(kernel, str) and kernel in PRESETS:
            editor.apply_preset(kernel, size)
        elif _square(kernel):
            editor.set_filter_kernel(np.asarray(kernel, np.float32), index=0)
        else:
            why = translate("FiltersLesson", "a preset name or a square list of number rows")
            problems.append(_problem("kernel", kernel, why))
    elif size is not None:
        editor.set_kernel_size(size)
    bias = state.pop("bias", None)
    if bias is not None:
        if isinstance(bias, int | float) and not isinstance(bias, bool) and np.isfinite(bias):
            editor.set_bias(0, float(bias))
        else:
            problems.append(_problem("bias", bias, translate("FiltersLesson", "a number")))
    return problems


def _apply_fields(tab: FiltersTab, state: dict[str, Any]) -> list[str]:
    values, problems = {}, []
    for field in filters.FILTER_FIELDS:
        if field.key in state:
            value = state.pop(field.key)
            try:
                values[field.key] = field.validate(value)
            except ValueError as exc:
                problems.append(_problem(field.key, value, str(exc)))
    if values:
        tab.form.set_layer(apply_values(tab.layer(), values))
        tab.form.update_enabled(tab.layer())
    return problems


def controls(tab: FiltersTab) -> dict[str, QWidget]:
    """What a lesson may hide or lock, by the state key each control sets."""
    editor = tab.editor
    named: dict[str, QWidget] = dict(tab.form.controls())
    named.update(
        {
            "photo": tab.picture_box,
            "picture": tab.picture_box,
            "gray": tab.picture_box.colour_combo,
            "kernel": editor,
            "kernel_size": editor.size_combo,
            "sigma": editor.sigma_spin,
            "bias": editor.bias_spin,
            "filters": editor.count_buttons,
            "page": tab.pages.tabBar(),
        }
    )
    return named

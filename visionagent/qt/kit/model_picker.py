"""The one model picker and background loader of the app.

:class:`ModelPicker` lists the registry's models of some tasks (shipped first, then yours),
remembers the choice in a settings key, follows ``models_changed`` and switches at once when
another tab selects a model for its task (``AppContext.model_selected``). :class:`ModelLoader`
loads the picked model in a worker once TensorFlow is ready and runs what waited for it (a digit
drawn while the model was loading is read as soon as it is ready).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, Qt, pyqtSignal
from PyQt6.QtWidgets import QComboBox, QWidget

from visionagent import settings
from visionagent.core.registry import ModelInfo
from visionagent.i18n import QT_TRANSLATE_NOOP, dataset_label, percent, translate
from visionagent.qt.context import AppContext


def short_label(info: ModelInfo) -> str:
    """``name · 99.41%`` (the long description goes into the tooltip)."""
    label = info.label()
    accuracy = info.metric("accuracy")
    if accuracy and isinstance(accuracy.get("value"), (int, float)):
        label = f"{label} · {percent(float(accuracy['value']), 2)}"
    if info.user:
        label = translate("ModelPicker", "{name} (yours)").format(name=label)
    return label


METRIC_NAMES = {
    "accuracy": QT_TRANSLATE_NOOP("ModelPicker", "accuracy"),
    "top1": QT_TRANSLATE_NOOP("ModelPicker", "top-1 accuracy"),
    "top5": QT_TRANSLATE_NOOP("ModelPicker", "top-5 accuracy"),
}


def long_description(info: ModelInfo) -> str:
    lines = [info.label()]
    for metric in info.metrics:
        value = metric.get("value")
        name = metric.get("name")
        if isinstance(value, (int, float)) and name in METRIC_NAMES:
            lines.append(
                translate("ModelPicker", "{metric} {value} on {dataset}").format(
                    metric=translate("ModelPicker", METRIC_NAMES[name]),
                    value=percent(float(value), 2),
                    dataset=dataset_label(str(metric.get("dataset", "?"))),
                )
            )
    lines.append(str(info.keras_path))
    return "\n".join(lines)


class ModelPicker(QComboBox):
    """Models of ``tasks`` from the registry. ``model_chosen(name)`` on every change of choice."""

    model_chosen = pyqtSignal(str)

    def __init__(
        self,
        context: AppContext,
        tasks: tuple[str, ...],
        settings_key: str | None = None,
        default: str | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
        accept: Callable[[ModelInfo], bool] | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.tasks = tuple(tasks)
        self.accept = accept  # a further test of a model of those tasks (e.g. colour input)
        self.settings_key = settings_key
        self.default = default
        self.placeholder = placeholder or translate("ModelPicker", "No model: train one first")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self._current: str | None = None
        self.refresh()
        self.currentIndexChanged.connect(self._on_index_changed)
        context.models_changed.connect(self.refresh)
        context.model_selected.connect(self._on_model_selected)

    # ------------------------------------------------------------------ content
    def infos(self) -> list[ModelInfo]:
        infos = self.context.registry.infos()
        return [
            i for i in infos if i.task in self.tasks and (self.accept is None or self.accept(i))
        ]

    def current_name(self) -> str | None:
        return self.currentData()

    def current_info(self) -> ModelInfo | None:
        name = self.current_name()
        for info in self.infos():
            if info.name == name:
                return info
        return None

    def names(self) -> list[str]:
        return [self.itemData(i) for i in range(self.count()) if self.itemData(i)]

    def refresh(self) -> None:
        """Rebuild the list from the registry, keeping the choice (else the saved or default)."""
        saved = settings.get(self.settings_key) if self.settings_key else None
        wanted = self._current or saved or self.default
        infos = self.infos()
        self.blockSignals(True)
        self.clear()
        for info in infos:
            self.addItem(short_label(info), info.name)
            self.setItemData(self.count() - 1, long_description(info), Qt.ItemDataRole.ToolTipRole)
        if not infos:
            self.addItem(self.placeholder, None)
        index = self.findData(wanted)
        if index < 0:
            index = self.findData(self.default)
        self.setCurrentIndex(max(0, index))
        self.setEnabled(bool(infos))
        self.blockSignals(False)
        self._sync_tooltip()
        if self.current_name() != self._current:
            self._current = self.current_name()
            self.model_chosen.emit(self._current or "")

    def select(self, name: str) -> bool:
        """Choose ``name`` (as if the user had); False when it is not in the list."""
        index = self.findData(name)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    # ------------------------------------------------------------------ reactions
    def _on_index_changed(self, _index: int) -> None:
        name = self.current_name()
        if self.settings_key and name:
            settings.set(self.settings_key, name)
        self._sync_tooltip()
        if name != self._current:
            self._current = name
            self.model_chosen.emit(name or "")

    def _on_model_selected(self, task: str, name: str) -> None:
        if task in self.tasks:
            if self.findData(name) < 0:
                self.refresh()
            self.select(name)

    def _sync_tooltip(self) -> None:
        self.setToolTip(self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")


class ModelLoader(QObject):
    """Loads the picker's model with ``load_fn(state, registry, name)`` in a worker thread.

    ``loaded(value)`` carries what ``load_fn`` returned; ``failed(message)`` one clear line;
    ``loading(name)`` when a load starts. :meth:`when_ready` runs a callback now, or once the
    model is there (the latest request wins).
    """

    loaded = pyqtSignal(object)
    failed = pyqtSignal(str)
    loading = pyqtSignal(str)

    def __init__(self, tab, picker: ModelPicker, load_fn: Callable[..., Any]):
        super().__init__(tab)
        self.tab = tab
        self.picker = picker
        self.load_fn = load_fn
        self.value: Any = None
        self.name: str | None = None  # the model loaded or being loaded
        self._waiting: Callable[[Any], None] | None = None
        self._runner = tab.runner()
        self._runner.finished.connect(self._on_loaded)
        self._runner.failed.connect(self._on_failed)
        picker.model_chosen.connect(self.load)
        tab.context.when_tf_ready(lambda _info: self.load(picker.current_name()))

    @property
    def ready(self) -> bool:
        return self.value is not None

    @property
    def is_loading(self) -> bool:
        return self._runner.busy

    def load(self, name: str | None) -> None:
        """Load ``name`` (once TensorFlow is ready); the same model twice is loaded once."""
        name = name or None
        if name == self.name and (self.ready or self.is_loading):
            return
        self.value = None
        self.name = name
        if name is None or not self.tab.context.is_tf_ready:
            return
        self.loading.emit(name)
        self._runner.start(self.load_fn, self.tab.context.registry, name)

    def when_ready(self, callback: Callable[[Any], None]) -> bool:
        """Call ``callback(value)`` now when loaded (True), else after loading (False)."""
        if self.ready:
            callback(self.value)
            return True
        self._waiting = callback
        return False

    def _on_loaded(self, value: Any) -> None:
        self.value = value
        self.loaded.emit(value)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting(value)

    def _on_failed(self, message: str) -> None:
        self.value = None
        self._waiting = None
        self.failed.emit(message)

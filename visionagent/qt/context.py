"""What every tab shares: the model registry and the TensorFlow-ready signal."""

from __future__ import annotations

from PyQt6.QtCore import QObject, pyqtSignal

from visionagent.core.backend import DeviceInfo
from visionagent.core.registry import ModelRegistry


class AppContext(QObject):
    """Shared by the main window and its tabs.

    ``tf_ready`` fires once TensorFlow is imported (with the device info); ``models_changed``
    fires after the registry was rescanned (a model was trained or saved); ``model_selected``
    ``(task, name)`` asks every model picker of that task to switch to ``name`` now (a model
    just trained and chosen as the recognizer's); ``inspect_requested`` asks the Inside tab to
    open a model and an input (a dict: ``{"model": name}`` and optionally ``"image"`` (RGB or
    grey array), ``"path"`` or ``"result"`` (a finished TrainResult)); ``status_message`` asks
    the main window to show a short message; ``gpu_status_changed`` carries the
    :class:`~visionagent.core.gpu.GpuStatus` (why the GPU is or is not used), kept in
    ``gpu_status``.
    """

    tf_ready = pyqtSignal(object)
    tf_failed = pyqtSignal(str)
    models_changed = pyqtSignal()
    model_selected = pyqtSignal(str, str)
    inspect_requested = pyqtSignal(dict)
    status_message = pyqtSignal(str)
    gpu_status_changed = pyqtSignal(object)

    def __init__(self, registry: ModelRegistry | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.registry = registry if registry is not None else ModelRegistry.default()
        self.device: DeviceInfo | None = None
        self.gpu_status = None  # core.gpu.GpuStatus once checked
        self.tf_ready.connect(self._remember_device)

    def _remember_device(self, info: DeviceInfo) -> None:
        self.device = info

    @property
    def is_tf_ready(self) -> bool:
        return self.device is not None

    def set_gpu_status(self, status) -> None:
        """Remember ``status`` (a GpuStatus) and tell every listener."""
        self.gpu_status = status
        self.gpu_status_changed.emit(status)

    def refresh_models(self) -> None:
        self.registry.refresh()
        self.models_changed.emit()

    def when_tf_ready(self, slot) -> None:
        """Call ``slot(info)`` now if TensorFlow is ready, else when it becomes ready."""
        if self.device is not None:
            slot(self.device)
        else:
            self.tf_ready.connect(slot)

"""The status bar's GPU answer: which device trains, and why (the tooltip explains).

Once TensorFlow is ready, :func:`visionagent.core.gpu.status` runs in a worker (it asks
``nvidia-smi``, which may take a moment) and the answer goes to ``AppContext.set_gpu_status``,
so the Training tab can show the same explanation.
"""

from __future__ import annotations

from PyQt6.QtWidgets import QLabel, QWidget

from visionagent.core import gpu
from visionagent.qt.context import AppContext
from visionagent.qt.kit.jobs import TaskRunner


def _gpu_status(state):
    return gpu.status()


class GpuLabel(QLabel):
    """Shows ``context.gpu_status``: the short text, the explanation as tooltip."""

    def __init__(self, context: AppContext, check: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.hide()
        self._runner = TaskRunner(self)
        self._runner.finished.connect(context.set_gpu_status)
        self._runner.failed.connect(self._on_failed)
        context.gpu_status_changed.connect(self.show_status)
        if context.gpu_status is not None:
            self.show_status(context.gpu_status)
        if check:
            context.when_tf_ready(lambda _info: self.check())

    def check(self) -> None:
        """Ask again (in a worker)."""
        self._runner.start(_gpu_status)

    def show_status(self, status: gpu.GpuStatus) -> None:
        self.setText(status.short)
        self.setToolTip(status.explanation)
        self.setAccessibleDescription(status.explanation)
        self.show()

    def _on_failed(self, message: str) -> None:
        self.setToolTip(message)

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        return self._runner.shutdown(timeout_ms)

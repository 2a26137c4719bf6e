"""The run bar: Start, Stop, the progress bar and one message line, always in view.

It sits above the settings and the charts, outside every scroll area, so Start and Stop can be
reached at any window size. It only shows what the tab tells it (the trainer's start info, the
latest batch, an epoch's figures, the end of a run) and emits nothing but its buttons' clicks.
"""

from __future__ import annotations

from PyQt6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import training
from visionagent.core.gpu import GpuStatus
from visionagent.i18n import number
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.training.texts import format_duration, plural

GPU_MISSED = ("windows-native", "cpu-build", "no-cuda-libraries", "unusable")


class RunBar(QWidget):
    """Start/Stop, progress and the run's message; ``start_button``/``stop_button`` are public."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setObjectName("start")
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Sto&p"))
        self.stop_button.setObjectName("stop")
        self.stop_button.setToolTip(
            self.tr("End the run after the current batch; the model so far can still be saved")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.progress.setFormat(self.tr("idle"))
        self.progress.setMinimumWidth(160)
        self.stats_label = QLabel()
        self.stats_label.setMinimumWidth(40)
        self.stats_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.stats_label)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        self.message_label = StatusLine()
        self.device_label = QLabel(self.tr("Device: waiting for TensorFlow…"))
        self.device_label.setMinimumWidth(60)
        self.device_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.device_label)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ state
    def set_state(self, ready: bool, running: bool) -> None:
        self.start_button.setEnabled(ready and not running)
        self.start_button.setToolTip(
            self.tr("Train with these settings (Alt+S)")
            if ready
            else self.tr("Waiting for TensorFlow to load")
        )
        self.stop_button.setEnabled(running)

    def show_starting(self) -> None:
        self.message_label.show_info("")
        self.stats_label.clear()
        self.progress.setRange(0, 0)  # busy until the first batch tells the step count
        self.progress.setFormat(self.tr("loading the data and building the model…"))

    def show_started(self, info: dict) -> None:
        steps = int(info["epochs"]) * int(info["steps_per_epoch"])
        self.progress.setRange(0, max(1, steps))
        self.progress.setValue(0)
        self.device_label.setText(self.tr("Device: {device}").format(device=info["device"]))
        phase = (
            self.tr("fine-tuning the top layers")
            if info.get("phase") == "fine-tune"
            else self.tr("training")
        )
        text = self.tr(
            "{phase}: {train} training and {val} validation images, {classes} classes, "
            "{params} parameters ({trainable} trainable)"
        ).format(
            phase=phase,
            train=number(info["train_samples"]),
            val=number(info["val_samples"]),
            classes=len(info["class_names"]),
            params=number(info["parameters"]),
            trainable=number(info["trainable_parameters"]),
        )
        skipped = int(info.get("skipped_count", 0))
        if skipped:
            text += " " + plural(self.tr("%n unreadable image(s) skipped.", "", skipped), skipped)
            self.message_label.show_warning(text)
            files = [f"{item['file']}: {item['problem']}" for item in info.get("skipped", [])]
            self.message_label.setToolTip("\n".join(files))
        else:
            self.message_label.show_info(text)

    def show_partial(self, event) -> None:
        """A run's partial result (the core's RunStarted, Batches or EpochEnded)."""
        if isinstance(event, training.RunStarted):
            self.show_started(event.info)
        elif isinstance(event, training.Batches):
            self.show_batches(event.items[-1])
        elif isinstance(event, training.EpochEnded):
            self.show_epoch(event.info)

    def show_batches(self, last: dict) -> None:
        if self.progress.maximum() != last["steps"]:
            self.progress.setRange(0, int(last["steps"]))
        self.progress.setValue(int(last["step"]))
        self.progress.setFormat(
            self.tr("epoch {epoch}/{epochs} · batch {batch}/{batches}").format(
                epoch=last["epoch"],
                epochs=last["epochs"],
                batch=last["batch"],
                batches=last["batches"],
            )
        )
        self.stats_label.setText(
            self.tr("{rate} samples/s · ETA {eta}").format(
                rate=number(last["samples_per_s"]), eta=format_duration(last["eta_s"])
            )
        )

    def show_epoch(self, info: dict) -> None:
        parts = [
            self.tr("epoch {epoch}/{epochs}").format(epoch=info["epoch"], epochs=info["epochs"])
        ]
        for key, label in (
            ("loss", self.tr("loss")),
            ("accuracy", self.tr("accuracy")),
            ("val_loss", self.tr("val. loss")),
            ("val_accuracy", self.tr("val. accuracy")),
        ):
            if key in info:
                parts.append(f"{label} {number(info[key], 4)}")
        self.message_label.show_info(" · ".join(parts))

    def show_stopping(self) -> None:
        self.stop_button.setEnabled(False)
        self.progress.setFormat(self.tr("stopping…"))

    def show_finished(self, epochs: int, seconds: float, stopped: bool) -> None:
        elapsed = format_duration(seconds)
        if stopped:
            text = self.tr("stopped after %n epoch(s) · {time}", "", epochs)
        else:
            self.progress.setRange(0, max(1, self.progress.maximum()))
            self.progress.setValue(self.progress.maximum())
            text = self.tr("done: %n epoch(s) in {time}", "", epochs)
        self.progress.setFormat(plural(text, epochs).format(time=elapsed))
        self.stats_label.clear()

    def show_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("failed"))
        self.stats_label.clear()
        self.message_label.show_error(message)

    def show_cancelled(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setFormat(self.tr("cancelled"))

    def show_device(self, text: str, explanation: str = "") -> None:
        self.device_label.setText(self.tr("Device: {device}").format(device=text))
        self.device_label.setToolTip(explanation)

    def show_tensorflow(self, info) -> None:
        """TensorFlow is ready: its device (the GPU's explanation follows when known)."""
        self.show_device(
            info.describe(), self.tr("TensorFlow {version}").format(version=info.tensorflow_version)
        )

    def show_gpu(self, status: GpuStatus) -> None:
        """Which device trains, and why (a GPU that is present but unused is explained)."""
        self.show_device(status.short, status.explanation)
        if status.state in GPU_MISSED and self.message_label.level == "info":
            self.message_label.show_warning(status.explanation)

"""The epoch slider: replay the weights saved after each epoch, the last position the final
weights. Dragging asks once the slider rests (a short timer), not at every step."""

from __future__ import annotations

from PyQt6.QtCore import QSignalBlocker, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

REST_MS = 150


class EpochBar(QWidget):
    """``epoch_chosen(epoch)``: an epoch from 1, or None for the final weights."""

    epoch_chosen = pyqtSignal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._epochs: list[int] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimumWidth(90)
        self.slider.setToolTip(self.tr("Replay the weights saved after each epoch of training"))
        self.label = QLabel("")
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=REST_MS)
        self._timer.timeout.connect(self._chosen)
        self.slider.valueChanged.connect(lambda _v: self._timer.start())
        self.set_epochs([])

    @property
    def epochs(self) -> list[int]:
        return list(self._epochs)

    @property
    def epoch(self) -> int | None:
        value = self.slider.value()
        return self._epochs[value] if value < len(self._epochs) else None

    @property
    def waiting(self) -> bool:
        """True while the slider moved and the choice is not sent yet."""
        return self._timer.isActive()

    def set_epochs(self, epochs: list[int], epoch: int | None = None) -> None:
        """Offer ``epochs`` and show ``epoch`` (None: the final weights); no signal."""
        self._epochs = list(epochs)
        self._timer.stop()
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, len(self._epochs))
            self.slider.setValue(self._position(epoch if epoch in self._epochs else None))
        self.slider.setVisible(bool(self._epochs))
        self._show()

    def choose(self, epoch: int | None) -> bool:
        """Show ``epoch`` and send it now; False when it is not offered."""
        if epoch is not None and epoch not in self._epochs:
            return False
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._position(epoch))
        self._timer.stop()
        self._chosen()
        return True

    def _position(self, epoch: int | None) -> int:
        return len(self._epochs) if epoch is None else self._epochs.index(epoch)

    def _chosen(self) -> None:
        self._show()
        self.epoch_chosen.emit(self.epoch)

    def _show(self) -> None:
        if not self._epochs:
            self.label.setText(self.tr("no epoch snapshots"))
        elif self.epoch is None:
            self.label.setText(self.tr("final weights"))
        else:
            self.label.setText(
                self.tr("epoch {epoch} of {count}").format(
                    epoch=self.epoch, count=len(self._epochs)
                )
            )

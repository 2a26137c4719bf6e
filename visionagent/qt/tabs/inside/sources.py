"""What the Inside tab looks at: the drawing, the photo or the data-set sample of the input panel.

:class:`InputSources` keeps the photo (a file or an array) and the loaded data-set samples, loads
samples in a worker (a data set that needs a download says so when the computer is offline), and
says ``changed`` whenever the input to inspect is another one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PyQt6.QtCore import QObject, pyqtSignal

from visionagent.core import samples as shipped_samples
from visionagent.core.images import is_image_file
from visionagent.qt.tabs.inside import jobs
from visionagent.qt.tabs.inside.input_panel import InputPanel

SAMPLE_COUNT = 24


class InputSources(QObject):
    """The current input of ``panel``; ``changed()`` when it is another, ``failed(message)``
    when a data set could not be loaded."""

    changed = pyqtSignal()
    failed = pyqtSignal(str)

    def __init__(self, tab, panel: InputPanel, side: Callable[[], int] = lambda: 224):
        super().__init__(tab)
        self.panel = panel
        self.side = side  # the model's input side, for image folders
        self.photo: jobs.Source | None = None
        self.samples: jobs.Samples | None = None
        self.wanted_sample = 0
        self._runner = tab.runner()
        self._runner.finished.connect(self._on_samples)
        self._runner.failed.connect(self._on_samples_failed)
        panel.mode_changed.connect(self._mode_changed)
        panel.dataset_chosen.connect(self.load_samples)
        panel.drawing_changed.connect(self._drawing_changed)
        panel.photo_chosen.connect(self.open_path)
        panel.sample_chosen.connect(lambda _i: self._sample_changed())

    def source(self) -> jobs.Source | None:
        """The input to inspect now, None when the panel's mode has none yet."""
        mode = self.panel.mode
        if mode == "drawing":
            canvas = self.panel.canvas
            return None if canvas.is_empty() else jobs.Source(canvas.box_image(0))
        if mode == "photo":
            return self.photo
        if self.samples is None or not len(self.samples.images):
            return None
        index = min(self.panel.sample_index, len(self.samples.images) - 1)
        return jobs.Source(self.samples.images[index], label=self.samples.labels[index])

    # ------------------------------------------------------------------ photos
    def open_path(self, path: str) -> bool:
        """Look at the picture in ``path`` (read in the worker; a bad file is said there)."""
        self.photo = jobs.Source(path=str(path), label=str(path))
        self._show_photo(Path(path).name, str(path))
        return True

    def open_image(self, image: np.ndarray, label: str) -> None:
        self.photo = jobs.Source(image=np.asarray(image), label=label)
        self._show_photo(label)

    def open_named(self, value: str) -> bool:
        """A shipped sample by its id (``"dalmatian"``) or an image file."""
        try:
            return self.open_path(str(shipped_samples.sample(value).path))
        except KeyError:
            return is_image_file(value) and self.open_path(value)

    def photo_name(self) -> str | None:
        """The photo as a lesson names it: a sample id, else its path (None for an array)."""
        path = self.photo.path if self.photo is not None else None
        for sample in shipped_samples.samples():
            if path and str(sample.path) == path:
                return sample.id
        return path

    def use_first_sample(self) -> None:
        """A shipped photo (a dog first), for a model that wants photos."""
        found = shipped_samples.samples(("dog",)) or shipped_samples.samples()
        if found:
            self.photo = jobs.Source(path=str(found[0].path), label=found[0].label())
            self._show_photo(found[0].label())

    def _show_photo(self, label: str, tip: str = "") -> None:
        self.panel.photo_label.setText(label)
        self.panel.photo_label.setToolTip(tip or label)
        self.panel.set_mode("photo")
        self.changed.emit()

    def _mode_changed(self, mode: str) -> None:
        if mode == "dataset" and self.samples is None and not self._runner.busy:
            self.load_samples(self.panel.dataset())  # the bundled MNIST 10k at first
        self.changed.emit()

    def _drawing_changed(self) -> None:
        if self.panel.mode != "drawing":
            self.panel.set_mode("drawing")
        self.changed.emit()

    # ------------------------------------------------------------------ data sets
    def load_samples(self, dataset: str) -> None:
        """Load a few images of ``dataset`` (a name or an image folder) in the worker."""
        self.panel.set_dataset(dataset)
        self.panel.sample_label.setText(self.tr("Loading {name}…").format(name=dataset))
        self._runner.start(jobs.load_samples, dataset, SAMPLE_COUNT, int(self.side()))

    def choose_sample(self, index: int) -> None:
        """Show sample ``index`` (once the samples are there)."""
        if self.samples is None or self._runner.busy:
            self.wanted_sample = index
            return
        self.panel.set_samples(len(self.samples.images), index)
        self._sample_changed()

    def _on_samples(self, found: jobs.Samples) -> None:
        self.samples = found
        self.panel.set_samples(len(found.images), self.wanted_sample)
        self.wanted_sample = 0
        self._sample_changed()

    def _on_samples_failed(self, message: str) -> None:
        self.samples = None
        self.panel.set_samples(0)
        self.panel.sample_label.setText(message)
        self.failed.emit(message)
        self.changed.emit()

    def _sample_changed(self) -> None:
        if self.samples is not None and len(self.samples.images):
            index = min(self.panel.sample_index, len(self.samples.images) - 1)
            self.panel.sample_label.setText(
                self.tr("sample {n} of {count} · label {label}").format(
                    n=index + 1, count=len(self.samples.images), label=self.samples.labels[index]
                )
            )
        self.changed.emit()

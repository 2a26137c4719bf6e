"""The Training tab's settings panel: the data set on top, the core's field table below.

The data-set chooser (with Browse… for an image folder) and the Defaults button stay in view;
the settings of :data:`~visionagent.core.training.TRAIN_FIELDS` scroll under them in the kit's
:class:`~visionagent.qt.kit.forms.FieldForm`. The form holds no defaults of its own: choosing a
data set (or pressing Defaults) shows :func:`~visionagent.core.training.defaults_for` it, exactly
what ``visionagent train --dataset`` starts from. Settings that do not apply to the current
config (``enabled_when``: Dropout for LeNet-5) are greyed out with the reason as tooltip. Below the
architecture, "Architecture gallery…" opens the gallery (:mod:`.gallery`); below the transfer
recipe, a note says what the chosen recipe does (shown for transfer learning only).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PyQt6.QtCore import QEvent, QObject, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core import lessons
from visionagent.core import training as tr
from visionagent.core.fields import by_key, with_value
from visionagent.qt.kit.forms import FieldForm
from visionagent.qt.kit.image_input import open_folder_dialog

FOLDER = "folder"  # the data-set combo's entry for "an image folder"
MODEL_KEYS = {"dataset", "defaults", "arch", "dropout", "image_size", "backbone"}


class TrainingForm(QWidget):
    """Data set + every training setting. ``changed(key)`` after each user edit (``"dataset"``
    when the data set changed, ``"defaults"`` after the Defaults button); ``model_changed`` once
    the edits that change the network (architecture, data set…) have paused for 300 ms."""

    changed = pyqtSignal(str)
    model_changed = pyqtSignal()
    gallery_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._gpu_count = 0
        self._previous_index = 0
        self._base = tr.defaults_for("mnist-10k")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_dataset_row())
        self.folder_row = self._build_folder_row()
        layout.addWidget(self.folder_row)
        self.fields = FieldForm(tr.TRAIN_FIELDS)
        self._labels: dict[QObject, QLabel] = {}
        for field in tr.TRAIN_FIELDS:
            control = self.fields.control(field.key)
            form = self.fields.groups[field.group].layout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            label = form.labelForField(control)
            if isinstance(label, QLabel):
                self._labels[control] = label
                control.installEventFilter(self)  # a lesson hiding a control hides its label
        arch = self.fields.control("arch")
        for i in range(arch.count()):
            arch.setItemData(
                i, tr.ARCHITECTURES[arch.itemData(i)].tooltip(), Qt.ItemDataRole.ToolTipRole
            )
        self._build_model_extras()
        self.fields.layout().addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.fields)
        self.scroll.setMinimumWidth(200)
        layout.addWidget(self.scroll, 1)

        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_chosen)
        self.folder_edit.editingFinished.connect(self._on_folder_edited)
        self.browse_button.clicked.connect(self.browse_folder)
        self.defaults_button.clicked.connect(self._on_defaults)
        self.fields.changed.connect(self._on_field_changed)
        self._model_timer = QTimer(self, singleShot=True, interval=300)
        self._model_timer.timeout.connect(self.model_changed)
        self.changed.connect(lambda key: self._model_timer.start() if key in MODEL_KEYS else None)

    def _build_dataset_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.dataset_label = QLabel(self.tr("Data set"))
        self.dataset_combo = QComboBox()
        self.dataset_combo.setObjectName("dataset")
        for key, label in (
            ("mnist-10k", self.tr("MNIST 10k digits (bundled)")),
            ("mnist", self.tr("MNIST 60k digits (bundled)")),
            ("fashion-mnist", self.tr("Fashion-MNIST")),
            ("cifar10", self.tr("CIFAR-10 (downloads once)")),
            (FOLDER, self.tr("Image folder (one subfolder per class)…")),
        ):
            self.dataset_combo.addItem(label, key)
        self.dataset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.dataset_combo.setMinimumContentsLength(12)
        self.dataset_combo.setToolTip(
            self.tr(
                "The data to train on. Choosing one fills in its default settings. "
                "Stanford Dogs: choose an image folder, its Images folder (n02085620-Chihuahua, …)"
            )
        )
        self.dataset_label.setBuddy(self.dataset_combo)
        self.defaults_button = QPushButton(self.tr("Defaults"))
        self.defaults_button.setToolTip(
            self.tr("Every setting back to the chosen data set's defaults (as on the command line)")
        )
        row.addWidget(self.dataset_label)
        row.addWidget(self.dataset_combo, 1)
        row.addWidget(self.defaults_button)
        return row

    def _build_model_extras(self) -> None:
        """The gallery button under the architecture, the recipe note under the recipe."""
        arch, recipe = self.fields.control("arch"), self.fields.control("transfer_recipe")
        form = self.fields.groups[self.fields.field("arch").group].layout()
        self.gallery_button = QPushButton(self.tr("Architecture gallery…"))
        self.gallery_button.setObjectName("gallery")
        self.gallery_button.setToolTip(
            self.tr("LeNet-5 to EfficientNet: what each network introduced and what it costs")
        )
        self.gallery_button.clicked.connect(self.gallery_requested)
        form.insertRow(form.getWidgetPosition(arch)[0] + 1, self.gallery_button)
        self.recipe_note = QLabel()
        self.recipe_note.setObjectName("recipe_note")
        self.recipe_note.setWordWrap(True)
        form.insertRow(form.getWidgetPosition(recipe)[0] + 1, self.recipe_note)

    def _update_recipe_note(self, config: tr.TrainConfig) -> None:
        if config.transfer_recipe == "textbook":
            text = self.tr(
                "Textbook recipe (program 8-7): Flatten, Dense(1024), Dropout(0.75) and Dense on "
                "the backbone, and the whole network learns from the first epoch with Adam at "
                "0.000001, so the pretrained features change only slowly. It needs many epochs "
                "(the textbook ran 200), each much slower than with the fast recipe."
            )
        else:
            text = self.tr(
                "Fast recipe: the pretrained backbone stays frozen and only a small new head "
                "learns (pooling, dropout, dense); then, if you ask for it, the top backbone "
                "layers are fine-tuned. Good results in a few epochs."
            )
        self.recipe_note.setText(text)
        recipe = self.fields.control("transfer_recipe")
        self.recipe_note.setVisible(config.arch == "transfer" and not recipe.isHidden())

    def _build_folder_row(self) -> QWidget:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("folder with one subfolder per class"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        widget.setVisible(False)
        return widget

    # ------------------------------------------------------------------ the config
    def dataset(self) -> str:
        key = self.dataset_combo.currentData()
        return self.folder_edit.text().strip() if key == FOLDER else key

    def config(self) -> tr.TrainConfig:
        """The form as a :class:`TrainConfig` (the data set's defaults with the form's values)."""
        return self.fields.apply_to(dataclasses.replace(self._base, dataset=self.dataset()))

    def control(self, key: str) -> QWidget:
        return self.dataset_combo if key == "dataset" else self.fields.control(key)

    def set_dataset(self, dataset: str) -> None:
        """Choose a known data set or an image folder, with its defaults."""
        folder = tr.is_folder_dataset(dataset)
        if folder:
            self.folder_edit.setText(dataset)
        index = self.dataset_combo.findData(FOLDER if folder else dataset)
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.setCurrentIndex(index)
        self.dataset_combo.blockSignals(False)
        self._previous_index = index
        self.apply_defaults()

    def apply_defaults(self) -> None:
        """Show :func:`defaults_for` the chosen data set."""
        self._base = tr.defaults_for(self.dataset())
        self.folder_row.setVisible(self.dataset_combo.currentData() == FOLDER)
        self.fields.set_config(self._base)
        self.refresh_enabled()

    def refresh_enabled(self) -> None:
        """Grey out what does not apply to the current config; the label shows the reason too."""
        config = self.config()
        self.fields.update_enabled(config)
        multi = self.fields.control("multi_gpu")
        if self._gpu_count < 2:
            multi.setEnabled(False)
            multi.setToolTip(
                self.tr("Needs more than one GPU; this computer has {count}.").format(
                    count=self._gpu_count
                )
            )
        fields = by_key(tr.TRAIN_FIELDS)
        for control, label in self._labels.items():
            field = fields[control.objectName()]
            label.setEnabled(field.enabled(config))
            label.setToolTip(control.toolTip())
        self._update_recipe_note(config)

    def set_gpu_count(self, count: int) -> None:
        self._gpu_count = int(count)
        self.refresh_enabled()

    def is_editable(self, key: str = "arch") -> bool:
        """Whether the user may change ``key`` now (not during a run, not locked by a lesson)."""
        control = self.control(key)
        return self.fields.isEnabled() and control.isEnabled() and not control.isHidden()

    def use_settings(self, values: dict[str, Any]) -> list[str]:
        """Take ``values`` as if the user had chosen them (a data set first, with its defaults,
        only when it changes); one line per value that could not be used."""
        values = dict(values)
        if values.get("dataset") == self.dataset():
            values.pop("dataset")
        problems = self.apply_lesson_state(values)
        self.changed.emit("dataset" if "dataset" in values else "arch")
        return problems

    def set_running(self, running: bool) -> None:
        """Nothing can be changed while a run uses the settings."""
        for widget in (self.dataset_combo, self.folder_row, self.defaults_button, self.fields):
            widget.setEnabled(not running)

    # ------------------------------------------------------------------ reactions
    def _on_dataset_chosen(self, index: int) -> None:
        if self.dataset_combo.itemData(index) == FOLDER and not self.folder_edit.text().strip():
            if not self.browse_folder(notify=False):
                self.dataset_combo.blockSignals(True)  # no folder chosen: keep the old data set
                self.dataset_combo.setCurrentIndex(self._previous_index)
                self.dataset_combo.blockSignals(False)
                return
        self._previous_index = index
        self.apply_defaults()
        self.changed.emit("dataset")

    def _on_folder_edited(self) -> None:
        if self.dataset_combo.currentData() == FOLDER:
            self.refresh_enabled()
            self.changed.emit("dataset")

    def _on_defaults(self) -> None:
        self.apply_defaults()
        self.changed.emit("defaults")

    def _on_field_changed(self, key: str) -> None:
        self.refresh_enabled()
        self.changed.emit(key)

    def browse_folder(self, notify: bool = True) -> bool:
        """Ask for an image folder; True when one was chosen."""
        folder = open_folder_dialog(self, self.tr("Image folder: one subfolder per class"))
        if not folder:
            return False
        self.folder_edit.setText(folder)
        if notify:
            self._on_folder_edited()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind in (QEvent.Type.HideToParent, QEvent.Type.ShowToParent) and watched in self._labels:
            self._labels[watched].setVisible(kind == QEvent.Type.ShowToParent)
            if watched.objectName() == "arch":
                self.gallery_button.setVisible(kind == QEvent.Type.ShowToParent)
            elif watched.objectName() == "transfer_recipe":
                self._update_recipe_note(self.config())
        return False

    # ------------------------------------------------------------------ settings
    def restore_settings(self) -> None:
        """The data set (and architecture) of the last run, with the data set's defaults."""
        folder = settings.get("training/folder")
        self.folder_edit.setText(folder)
        saved = settings.get("training/dataset") or "mnist-10k"
        if tr.is_folder_dataset(saved):
            saved = folder or "mnist-10k"
        self.set_dataset(saved)
        arch = self.fields.control("arch")
        index = arch.findData(settings.get("training/arch"))
        if index >= 0 and index != arch.currentIndex():
            arch.setCurrentIndex(index)

    def save_settings(self) -> None:
        settings.set("training/dataset", self.dataset() or FOLDER)
        settings.set("training/arch", self.fields.control("arch").currentData())
        settings.set("training/folder", self.folder_edit.text().strip())

    # ------------------------------------------------------------------ lessons
    def lesson_state(self) -> dict[str, Any]:
        return lessons.state_of(self.config(), "training", dataset=self.dataset() or None)

    def apply_lesson_state(self, state: dict[str, Any]) -> list[str]:
        """Set the data set (with its defaults), then the given fields; one line per problem."""
        problems = []
        dataset = state.get("dataset")
        if dataset is not None:
            if isinstance(dataset, str) and dataset.strip():
                self.set_dataset(dataset.strip())
            else:
                problems.append(f"dataset: {dataset!r}")
        fields = by_key(tr.TRAIN_FIELDS)
        config = self.config()
        for key, value in state.items():
            if key == "dataset":
                continue
            if key not in fields:
                problems.append(f"{key}: not used by this tab")
                continue
            try:
                config = with_value(config, key, fields[key].validate(value))
            except ValueError as exc:
                problems.append(str(exc))
        self.fields.set_config(config)
        self.refresh_enabled()
        return problems

    def lesson_controls(self) -> dict[str, QWidget]:
        return {"dataset": self.dataset_combo, **self.fields.controls}

"""Training tab: the textbook's models trained live in a worker thread, then saved for the
recognizers.

The form builds a :class:`~visionagent.core.training.TrainConfig`; ``training.train`` runs in a
:class:`~visionagent.qt.workers.TaskRunner` thread and reports through a
:class:`~visionagent.core.training.ThrottledListener` whose plain-dict reports cross into the GUI
thread as queued signals. The curves redraw at most 20 times a second. Stop asks the trainer to
end within one batch (the model keeps the best weights so far); closing the window does the same
and waits for the thread.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QObject, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from visionagent import paths, settings
from visionagent.core import training
from visionagent.core.jobs import TaskState
from visionagent.i18n import class_name, dataset_label, number, percent
from visionagent.qt.context import AppContext
from visionagent.qt.kit.tab import Tab
from visionagent.qt.widgets.curve_plot import CurvePlot
from visionagent.qt.widgets.training_views import ConfusionMatrixView, ImageGrid, ModelSummaryTable
from visionagent.qt.workers import TaskRunner

FOLDER = "folder"  # the data set combo's entry for "an image folder"


# ------------------------------------------------------------------------- jobs (worker thread)
class _Bridge(QObject):
    """Signals of one training run; emitted in the worker thread, delivered in the GUI thread."""

    started = pyqtSignal(dict)
    batches = pyqtSignal(list)
    epoch = pyqtSignal(dict)


def _train_job(state: TaskState, config: training.TrainConfig, stop: TaskState, bridge: _Bridge):
    """Fit in the worker. ``stop`` is the Stop button's flag (a stopped run still returns its
    model); ``state`` is the runner's (shutdown), which is forwarded to ``stop``."""

    class _Either:  # stops on either flag, without the runner discarding a stopped run's result
        @property
        def cancelled(self) -> bool:
            if state.cancelled:
                stop.cancel()
            return stop.cancelled

        def check(self) -> None:
            if self.cancelled:
                state.check()
                stop.check()

    listener = training.ThrottledListener(
        bridge.batches.emit, bridge.epoch.emit, bridge.started.emit, interval=0.05
    )
    result = training.train(config, listener, _Either())
    listener.flush()
    return result


def _summary_job(state: TaskState, config: training.TrainConfig):
    model = training.describe_model(config)
    return training.model_summary(model)


def _preview_job(
    state: TaskState, dataset: str, aug: training.Augmentation, image_size: int, seed: int
):
    images, labels, names, data_max = training.sample_images(
        dataset, count=8, image_size=min(image_size, 160), seed=seed
    )
    state.check()
    batches = training.augmentation_preview(images, aug, batches=4, seed=seed, value_max=data_max)
    return batches, [names[int(i)] for i in labels]


def _save_job(state: TaskState, result: training.TrainResult, path: Path):
    return training.save_result(result, path)


def _format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def safe_model_name(text: str) -> str:
    """A file-name-safe model name (letters, digits, ``-``, ``_``, ``.``)."""
    name = re.sub(r"[^\w.-]+", "_", text.strip()).strip("._")
    return name[:80] or "model"


class TrainingTab(Tab):
    """Settings, Start/Stop, live curves and progress, model summary, augmentation preview,
    results (accuracy, confusion matrix, most confused examples) and Save."""

    run_finished = pyqtSignal(object)  # the TrainResult (tests and other widgets listen)
    run_failed = pyqtSignal(str)
    model_saved = pyqtSignal(str)  # path of the .keras

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.context = context
        self.result: training.TrainResult | None = None
        self._bridge: _Bridge | None = None
        self._stop: TaskState | None = None
        self._steps_total = 0
        self._run_started = 0.0
        self._loading_defaults = False

        self.runner = TaskRunner(self)
        self.summary_runner = TaskRunner(self)
        self.preview_runner = TaskRunner(self)
        self.save_runner = TaskRunner(self)

        self._build_form()
        self._build_views()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(self.views)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.summary_runner.finished.connect(self._on_summary)
        self.summary_runner.failed.connect(lambda message: self.summary.clear(message))
        self.preview_runner.finished.connect(self._on_preview)
        self.preview_runner.failed.connect(self._on_preview_failed)
        self.save_runner.finished.connect(self._on_saved)
        self.save_runner.failed.connect(self._on_save_failed)

        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(300)
        self._summary_timer.timeout.connect(self.refresh_summary)

        self._restore_settings()
        self._set_running(False)
        self.context.when_tf_ready(self._on_tf_ready)
        self.context.tf_failed.connect(
            lambda message: self.device_label.setText(self.tr("TensorFlow unavailable"))
        )

    # ------------------------------------------------------------------ form
    def _build_form(self) -> None:
        form_widget = QWidget()
        outer = QVBoxLayout(form_widget)

        data_box = QGroupBox(self.tr("Data"))
        data_form = QFormLayout(data_box)
        self.dataset_combo = QComboBox()
        for key, label in (
            ("mnist-10k", self.tr("MNIST 10k digits (bundled)")),
            ("mnist", self.tr("MNIST (60k, downloads once)")),
            ("fashion-mnist", self.tr("Fashion-MNIST")),
            ("cifar10", self.tr("CIFAR-10 (downloads once)")),
            (FOLDER, self.tr("Image folder (one subfolder per class)…")),
        ):
            self.dataset_combo.addItem(label, key)
        self.dataset_combo.setToolTip(
            self.tr("Stanford Dogs: choose its Images folder (n02085620-Chihuahua, …)")
        )
        data_form.addRow(self.tr("Data set"), self.dataset_combo)
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("folder with one subfolder per class"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_row = QWidget()
        self.folder_row.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        data_form.addRow(self.tr("Folder"), self.folder_row)
        self.image_size_spin = QSpinBox()
        self.image_size_spin.setRange(32, 512)
        self.image_size_spin.setSingleStep(16)
        self.image_size_spin.setValue(224)
        self.image_size_spin.setSuffix(" px")
        data_form.addRow(self.tr("Image size"), self.image_size_spin)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(0, 10_000_000)
        self.limit_spin.setSingleStep(500)
        self.limit_spin.setSpecialValueText(self.tr("all"))
        self.limit_spin.setToolTip(self.tr("Train on the first N images only (a quick run)"))
        data_form.addRow(self.tr("Limit"), self.limit_spin)
        self.validation_spin = QDoubleSpinBox()
        self.validation_spin.setRange(0.0, 0.5)
        self.validation_spin.setSingleStep(0.05)
        self.validation_spin.setDecimals(2)
        data_form.addRow(self.tr("Validation split"), self.validation_spin)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(123)
        data_form.addRow(self.tr("Seed"), self.seed_spin)
        outer.addWidget(data_box)

        model_box = QGroupBox(self.tr("Model"))
        model_form = QFormLayout(model_box)
        self.arch_combo = QComboBox()
        for key, arch in training.ARCHITECTURES.items():  # the core's one table of architectures
            self.arch_combo.addItem(arch.title(), key)
            self.arch_combo.setItemData(
                self.arch_combo.count() - 1, arch.tooltip(), Qt.ItemDataRole.ToolTipRole
            )
        model_form.addRow(self.tr("Architecture"), self.arch_combo)
        self.backbone_combo = QComboBox()
        for name in training.BACKBONES:
            self.backbone_combo.addItem(name, name)
        model_form.addRow(self.tr("Backbone"), self.backbone_combo)
        self.weights_combo = QComboBox()
        self.weights_combo.addItem(self.tr("ImageNet (pretrained)"), "imagenet")
        self.weights_combo.addItem(self.tr("random (from scratch)"), None)
        model_form.addRow(self.tr("Backbone weights"), self.weights_combo)
        self.fine_tune_spin = QSpinBox()
        self.fine_tune_spin.setRange(0, 1000)
        self.fine_tune_spin.setSpecialValueText(self.tr("none"))
        self.fine_tune_spin.setToolTip(
            self.tr(
                "After the frozen epochs, train the top backbone layers too, at a 10× smaller "
                "learning rate"
            )
        )
        model_form.addRow(self.tr("Fine-tune epochs"), self.fine_tune_spin)
        self.fine_tune_layers_spin = QSpinBox()
        self.fine_tune_layers_spin.setRange(1, 1000)
        self.fine_tune_layers_spin.setValue(20)
        model_form.addRow(self.tr("Fine-tune top layers"), self.fine_tune_layers_spin)
        self.dropout_spin = QDoubleSpinBox()
        self.dropout_spin.setRange(-0.05, 0.9)
        self.dropout_spin.setSingleStep(0.05)
        self.dropout_spin.setDecimals(2)
        self.dropout_spin.setSpecialValueText(self.tr("textbook"))
        self.dropout_spin.setValue(-0.05)
        model_form.addRow(self.tr("Dropout"), self.dropout_spin)
        outer.addWidget(model_box)

        fit_box = QGroupBox(self.tr("Optimisation"))
        fit_form = QFormLayout(fit_box)
        self.optimizer_combo = QComboBox()
        for key, label in (
            ("adam", "Adam"),
            ("sgd", self.tr("SGD with momentum 0.9")),
            ("rmsprop", "RMSprop"),
            ("adagrad", "Adagrad"),
        ):
            self.optimizer_combo.addItem(label, key)
        fit_form.addRow(self.tr("Optimizer"), self.optimizer_combo)
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(6)
        self.lr_spin.setRange(1e-6, 1.0)
        self.lr_spin.setSingleStep(1e-4)
        fit_form.addRow(self.tr("Learning rate"), self.lr_spin)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 4096)
        fit_form.addRow(self.tr("Batch size"), self.batch_spin)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 1000)
        fit_form.addRow(self.tr("Epochs"), self.epochs_spin)
        self.early_check = QCheckBox(self.tr("Early stopping"))
        self.monitor_combo = QComboBox()
        self.monitor_combo.addItem(self.tr("validation loss"), "val_loss")
        self.monitor_combo.addItem(self.tr("validation accuracy"), "val_accuracy")
        self.patience_spin = QSpinBox()
        self.patience_spin.setRange(1, 100)
        self.patience_spin.setPrefix(self.tr("patience "))
        early_row = QHBoxLayout()
        early_row.setContentsMargins(0, 0, 0, 0)
        early_row.addWidget(self.early_check)
        early_row.addWidget(self.patience_spin)
        early_widget = QWidget()
        early_widget.setLayout(early_row)
        fit_form.addRow(early_widget)
        fit_form.addRow(self.tr("Monitor"), self.monitor_combo)
        self.restore_check = QCheckBox(self.tr("Keep the best weights"))
        self.restore_check.setChecked(True)
        fit_form.addRow(self.restore_check)
        self.multi_gpu_check = QCheckBox(self.tr("Use all GPUs (MirroredStrategy)"))
        self.multi_gpu_check.setEnabled(False)
        self.multi_gpu_check.setToolTip(self.tr("Needs more than one GPU"))
        fit_form.addRow(self.multi_gpu_check)
        outer.addWidget(fit_box)

        aug_box = QGroupBox(self.tr("Augmentation (training batches only)"))
        aug_form = QFormLayout(aug_box)
        self.flip_check = QCheckBox(self.tr("Horizontal flip"))
        aug_form.addRow(self.flip_check)
        self.rotation_spin = self._fraction_spin(0.0, 180.0, 5.0, 0, " °")
        aug_form.addRow(self.tr("Rotation"), self.rotation_spin)
        self.shift_spin = self._fraction_spin(0.0, 0.5, 0.05, 2)
        aug_form.addRow(self.tr("Shift"), self.shift_spin)
        self.zoom_spin = self._fraction_spin(0.0, 0.5, 0.05, 2)
        aug_form.addRow(self.tr("Zoom"), self.zoom_spin)
        self.contrast_spin = self._fraction_spin(0.0, 1.0, 0.1, 2)
        aug_form.addRow(self.tr("Contrast"), self.contrast_spin)
        self.thickness_check = QCheckBox(self.tr("Stroke thickness (digits)"))
        aug_form.addRow(self.thickness_check)
        outer.addWidget(aug_box)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Sto&p"))
        self.defaults_button = QPushButton(self.tr("Defaults"))
        self.defaults_button.setToolTip(self.tr("Sensible settings for the chosen data set"))
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.defaults_button)
        outer.addLayout(buttons)
        outer.addStretch(1)

        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_widget)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumWidth(form_widget.sizeHint().width() + 24)

        self.dataset_combo.currentIndexChanged.connect(self._on_dataset_changed)
        self.arch_combo.currentIndexChanged.connect(self._on_arch_changed)
        self.browse_button.clicked.connect(self.browse_folder)
        self.folder_edit.editingFinished.connect(self._on_folder_edited)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.defaults_button.clicked.connect(lambda: self.apply_defaults(self.dataset()))
        for widget in (self.backbone_combo, self.weights_combo, self.image_size_spin):
            signal = (
                widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.valueChanged
            )
            signal.connect(self._schedule_summary)
        self.dropout_spin.valueChanged.connect(self._schedule_summary)

    @staticmethod
    def _fraction_spin(
        low: float, high: float, step: float, decimals: int, suffix: str = ""
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setSpecialValueText("—")
        return spin

    # ----------------------------------------------------------------- views
    def _build_views(self) -> None:
        self.views = QWidget()
        layout = QVBoxLayout(self.views)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.device_label = QLabel(self.tr("Device: waiting for TensorFlow…"))
        self.stats_label = QLabel()
        top.addWidget(self.device_label)
        top.addStretch(1)
        top.addWidget(self.stats_label)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("idle"))
        self.progress.setTextVisible(True)
        layout.addWidget(self.progress)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.curves = CurvePlot()
        self.curves.setMinimumHeight(220)
        splitter.addWidget(self.curves)
        self.pages = QTabWidget()
        splitter.addWidget(self.pages)
        splitter.setSizes([380, 420])
        layout.addWidget(splitter, 1)

        self.summary = ModelSummaryTable()
        self.pages.addTab(self.summary, self.tr("Model"))

        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_top = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Generate batches"))
        self.preview_button.setToolTip(
            self.tr("Program 8-5: the same images, augmented four times")
        )
        self.preview_label = QLabel(
            self.tr("Each row is one generated batch of the same eight training images.")
        )
        preview_top.addWidget(self.preview_button)
        preview_top.addWidget(self.preview_label, 1)
        preview_layout.addLayout(preview_top)
        self.preview_grid = ImageGrid(thumb=72)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview_grid)
        preview_layout.addWidget(preview_scroll, 1)
        self.pages.addTab(preview_page, self.tr("Augmentation"))
        self.preview_button.clicked.connect(self.refresh_preview)

        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        self.accuracy_label = QLabel(self.tr("Train a model to see its accuracy here."))
        self.accuracy_label.setWordWrap(True)
        results_layout.addWidget(self.accuracy_label)
        middle = QSplitter(Qt.Orientation.Horizontal)
        self.confusion_view = ConfusionMatrixView()
        self.confusion_view.setMinimumSize(220, 220)
        middle.addWidget(self.confusion_view)
        confused_box = QWidget()
        confused_layout = QVBoxLayout(confused_box)
        confused_layout.setContentsMargins(0, 0, 0, 0)
        confused_layout.addWidget(QLabel(self.tr("Most confidently wrong (true → predicted):")))
        self.confused_grid = ImageGrid(thumb=64)
        confused_scroll = QScrollArea()
        confused_scroll.setWidgetResizable(True)
        confused_scroll.setWidget(self.confused_grid)
        confused_layout.addWidget(confused_scroll, 1)
        middle.addWidget(confused_box)
        middle.setSizes([420, 480])
        results_layout.addWidget(middle, 1)
        save_row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("model name"))
        self.save_button = QPushButton(self.tr("Save and &use"))
        self.save_button.setToolTip(
            self.tr("Save into your models folder; the Digits or Dog breeds tab can use it at once")
        )
        self.use_check = QCheckBox(self.tr("make it the recognizer's model"))
        self.use_check.setChecked(True)
        save_row.addWidget(QLabel(self.tr("Name")))
        save_row.addWidget(self.name_edit, 1)
        save_row.addWidget(self.use_check)
        save_row.addWidget(self.save_button)
        results_layout.addLayout(save_row)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        results_layout.addWidget(self.saved_label)
        self.pages.addTab(results_page, self.tr("Results"))
        self.results_page = results_page
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)

    # -------------------------------------------------------------- settings
    def dataset(self) -> str:
        key = self.dataset_combo.currentData()
        return self.folder_edit.text().strip() if key == FOLDER else key

    def config(self) -> training.TrainConfig:
        """The form as a :class:`TrainConfig`."""
        dropout = self.dropout_spin.value()
        return training.TrainConfig(
            dataset=self.dataset(),
            arch=self.arch_combo.currentData(),
            epochs=self.epochs_spin.value(),
            batch_size=self.batch_spin.value(),
            learning_rate=self.lr_spin.value(),
            optimizer=self.optimizer_combo.currentData(),
            dropout=None if dropout < 0 else dropout,
            augmentation=training.Augmentation(
                rotation_deg=self.rotation_spin.value(),
                shift=self.shift_spin.value(),
                zoom=self.zoom_spin.value(),
                flip=self.flip_check.isChecked(),
                contrast=self.contrast_spin.value(),
                thickness=self.thickness_check.isChecked(),
            ),
            validation_split=self.validation_spin.value(),
            early_stopping=self.early_check.isChecked(),
            monitor=self.monitor_combo.currentData(),
            patience=self.patience_spin.value(),
            restore_best=self.restore_check.isChecked(),
            limit=self.limit_spin.value() or None,
            seed=self.seed_spin.value(),
            image_size=self.image_size_spin.value(),
            backbone=self.backbone_combo.currentData(),
            backbone_weights=self.weights_combo.currentData(),
            fine_tune_epochs=self.fine_tune_spin.value(),
            fine_tune_layers=self.fine_tune_layers_spin.value(),
            multi_gpu=self.multi_gpu_check.isChecked() and self.multi_gpu_check.isEnabled(),
        )

    def apply_defaults(self, dataset: str) -> None:
        """Fill the form with :func:`training.defaults_for` the data set."""
        config = training.defaults_for(dataset)
        self._loading_defaults = True
        try:
            self._select(self.arch_combo, config.arch)
            self.epochs_spin.setValue(config.epochs)
            self.batch_spin.setValue(config.batch_size)
            self.lr_spin.setValue(config.learning_rate)
            self._select(self.optimizer_combo, config.optimizer)
            self.dropout_spin.setValue(-0.05 if config.dropout is None else config.dropout)
            self.validation_spin.setValue(config.validation_split)
            self.early_check.setChecked(config.early_stopping)
            self.patience_spin.setValue(config.patience)
            self._select(self.monitor_combo, config.monitor)
            self.restore_check.setChecked(config.restore_best)
            aug = config.augmentation
            self.flip_check.setChecked(aug.flip)
            self.rotation_spin.setValue(aug.rotation_deg)
            self.shift_spin.setValue(aug.shift)
            self.zoom_spin.setValue(aug.zoom)
            self.contrast_spin.setValue(aug.contrast)
            self.thickness_check.setChecked(aug.thickness)
            self.fine_tune_spin.setValue(config.fine_tune_epochs)
        finally:
            self._loading_defaults = False
        self._update_visibility()
        self._schedule_summary()

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _restore_settings(self) -> None:
        self.folder_edit.setText(settings.get("training/folder"))
        saved = settings.get("training/dataset")
        key = FOLDER if training.is_folder_dataset(saved) else saved
        self.dataset_combo.blockSignals(True)
        self._select(self.dataset_combo, key)
        self.dataset_combo.blockSignals(False)
        self.apply_defaults(self.dataset())
        self._select(self.arch_combo, settings.get("training/arch"))
        self._update_visibility()

    def _save_settings(self) -> None:
        settings.set("training/dataset", self.dataset() or FOLDER)
        settings.set("training/arch", self.arch_combo.currentData())
        settings.set("training/folder", self.folder_edit.text().strip())

    def _on_dataset_changed(self) -> None:
        if self.dataset_combo.currentData() == FOLDER and not self.folder_edit.text().strip():
            self.browse_folder()
        self.apply_defaults(self.dataset())

    def _on_folder_edited(self) -> None:
        if self.dataset_combo.currentData() == FOLDER:
            self._schedule_summary()

    def _on_arch_changed(self) -> None:
        self._update_visibility()
        if not self._loading_defaults:
            self._schedule_summary()

    def _update_visibility(self) -> None:
        folder = self.dataset_combo.currentData() == FOLDER
        transfer = self.arch_combo.currentData() == "transfer"
        self.folder_row.setEnabled(folder)
        self.image_size_spin.setEnabled(folder)
        for widget in (
            self.backbone_combo,
            self.weights_combo,
            self.fine_tune_spin,
            self.fine_tune_layers_spin,
        ):
            widget.setEnabled(transfer)

    def browse_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Image folder: one subfolder per class"), start
        )
        if folder:
            self.folder_edit.setText(folder)
            self._schedule_summary()

    # ---------------------------------------------------------- TensorFlow
    def _on_tf_ready(self, info) -> None:
        self.device_label.setText(self.tr("Device: {device}").format(device=info.describe()))
        self.device_label.setToolTip(
            self.tr("TensorFlow {version}").format(version=info.tensorflow_version)
        )
        many = info.gpu_count > 1
        self.multi_gpu_check.setEnabled(many)
        self.multi_gpu_check.setToolTip(
            self.tr("Train on {count} GPUs at once").format(count=info.gpu_count)
            if many
            else self.tr("Needs more than one GPU")
        )
        self._set_running(self.runner.busy)
        self.refresh_summary()

    def _schedule_summary(self) -> None:
        if self.context.is_tf_ready and not self.runner.busy and not self._loading_defaults:
            self._summary_timer.start()

    def refresh_summary(self) -> None:
        """Build the configured model (random weights) in the background and show its layers."""
        if not self.context.is_tf_ready or self.runner.busy:
            return
        config = self.config()
        if not config.dataset:
            self.summary.clear(self.tr("Choose an image folder."))
            return
        self.summary_runner.start(_summary_job, config)

    def _on_summary(self, summary) -> None:
        if not self.runner.busy:
            self.summary.set_summary(*summary)

    # ------------------------------------------------------------- run
    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start(self) -> None:
        """Start a run with the form's settings (the previous one, if any, is stopped)."""
        if not self.context.is_tf_ready:
            return
        config = self.config()
        if not config.dataset:
            self._show_error(
                self.tr("Choose an image folder with one subfolder of images per class.")
            )
            return
        self._save_settings()
        if self._stop is not None:
            self._stop.cancel()
        self.result = None
        self.curves.clear()
        self.curves.set_live(True)
        self.confusion_view.reset()
        self.confused_grid.clear()
        self.accuracy_label.setText(self.tr("Training…"))
        self.saved_label.clear()
        self.save_button.setEnabled(False)
        self.message_label.clear()
        self.message_label.setStyleSheet("")
        self._steps_total = 0
        self.progress.setRange(0, 0)  # busy until the first batch tells the step count
        self.progress.setFormat(self.tr("loading the data and building the model…"))
        self.stats_label.clear()
        self._run_started = time.perf_counter()
        bridge = _Bridge(self)
        bridge.started.connect(
            lambda info, b=bridge: self._on_started(info) if b is self._bridge else None
        )
        bridge.batches.connect(
            lambda chunk, b=bridge: self._on_batches(chunk) if b is self._bridge else None
        )
        bridge.epoch.connect(
            lambda info, b=bridge: self._on_epoch(info) if b is self._bridge else None
        )
        if self._bridge is not None:
            self._bridge.deleteLater()
        self._bridge = bridge
        self._stop = TaskState()
        self.runner.start(_train_job, config, self._stop, bridge)
        self._set_running(True)

    def stop(self) -> None:
        """Ask the running fit to end after the current batch; the model keeps its best weights."""
        if self._stop is not None and self.runner.busy:
            self._stop.cancel()
            self.stop_button.setEnabled(False)
            self.progress.setFormat(self.tr("stopping…"))

    def _set_running(self, running: bool) -> None:
        ready = self.context.is_tf_ready
        self.start_button.setEnabled(ready and not running)
        self.start_button.setToolTip("" if ready else self.tr("Waiting for TensorFlow to load"))
        self.stop_button.setEnabled(running)
        self.defaults_button.setEnabled(not running)
        for box in self.form_scroll.widget().findChildren(QGroupBox):
            box.setEnabled(not running)

    def _on_started(self, info: dict) -> None:
        self.summary.set_summary(info["layers"], info["parameters"], info["trainable_parameters"])
        self._steps_total = int(info["epochs"]) * int(info["steps_per_epoch"])
        self.progress.setRange(0, max(1, self._steps_total))
        self.device_label.setText(self.tr("Device: {device}").format(device=info["device"]))
        phase = (
            self.tr("fine-tuning the top layers")
            if info.get("phase") == "fine-tune"
            else self.tr("training")
        )
        self.message_label.setText(
            self.tr(
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
        )

    def _on_batches(self, chunk: list) -> None:
        self.curves.add_batches(chunk)
        last = chunk[-1]
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
                rate=number(last["samples_per_s"]), eta=_format_duration(last["eta_s"])
            )
        )

    def _on_epoch(self, info: dict) -> None:
        self.curves.add_epoch(info)
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
        self.message_label.setText(" · ".join(parts))

    def _on_finished(self, result: training.TrainResult) -> None:
        self.result = result
        self.curves.set_live(False)
        self._set_running(False)
        epochs = len(result.history.get("loss", []))
        elapsed = _format_duration(result.seconds)
        if result.stopped:
            self.progress.setFormat(
                self.tr("stopped after {epochs} epoch(s) · {time}").format(
                    epochs=epochs, time=elapsed
                )
            )
            self.accuracy_label.setText(
                self.tr(
                    "Stopped. The model keeps the best weights seen so far; it was not tested. "
                    "You can still save it."
                )
            )
        else:
            self.progress.setRange(0, max(1, self.progress.maximum()))
            self.progress.setValue(self.progress.maximum())
            self.progress.setFormat(
                self.tr("done: {epochs} epoch(s) in {time}").format(epochs=epochs, time=elapsed)
            )
            self._show_results(result)
        self.name_edit.setText(self._default_name(result))
        self.save_button.setEnabled(True)
        self.run_finished.emit(result)

    def _show_results(self, result: training.TrainResult) -> None:
        if result.test_accuracy is None:
            self.accuracy_label.setText(
                self.tr("No test or validation images to measure the accuracy.")
            )
            return
        self.accuracy_label.setText(
            self.tr("<b>Accuracy {accuracy}</b> (loss {loss}) on {dataset}").format(
                accuracy=percent(result.test_accuracy, 2),
                loss=number(result.test_loss, 4),
                dataset=dataset_label(result.evaluation_name),
            )
        )
        names = [
            class_name(name) for name in result.data.class_names
        ]  # CIFAR-10 / Fashion-MNIST names translated
        if result.confusion is not None:
            self.confusion_view.set_matrix(result.confusion, names)
        confused = result.confused
        if confused is not None and len(confused.images):
            captions = [
                self.tr("{true} → {predicted} ({confidence})").format(
                    true=names[t], predicted=names[p], confidence=percent(c, 0)
                )
                for t, p, c in zip(
                    confused.true, confused.predicted, confused.confidence, strict=True
                )
            ]
            self.confused_grid.set_images(confused.images, captions, columns=4)
        pairs = (
            training.most_confused_pairs(result.confusion, 3)
            if result.confusion is not None
            else []
        )
        if pairs:
            text = ", ".join(f"{names[i]} → {names[j]} ×{n}" for i, j, n in pairs)
            self.accuracy_label.setText(
                self.accuracy_label.text()
                + "<br>"
                + self.tr("Most confused: {pairs}").format(pairs=text)
            )

    def _on_failed(self, message: str) -> None:
        self.curves.set_live(False)
        self._set_running(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("failed"))
        self.accuracy_label.setText(self.tr("The run failed; see the message above."))
        self._show_error(message)
        self.run_failed.emit(message)

    def _on_cancelled(self) -> None:  # only when the runner itself was shut down
        self.curves.set_live(False)
        self._set_running(False)
        self.progress.setFormat(self.tr("cancelled"))

    def _show_error(self, message: str) -> None:
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setText(message)
        self.context.status_message.emit(message)

    # ---------------------------------------------------------- preview
    def refresh_preview(self) -> None:
        """Program 8-5: show four augmented batches of a few training images (new draw each
        time)."""
        if not self.context.is_tf_ready:
            return
        config = self.config()
        if not config.dataset:
            self.preview_label.setText(self.tr("Choose an image folder."))
            return
        if not config.augmentation.enabled:
            self.preview_label.setText(
                self.tr("No augmentation is switched on: the rows show the images unchanged.")
            )
        else:
            self.preview_label.setText(
                self.tr("Each row is one generated batch of the same eight training images.")
            )
        self.preview_button.setEnabled(False)
        seed = int(time.time() * 1000) % 100_000
        self.preview_runner.start(
            _preview_job, config.dataset, config.augmentation, config.image_size, seed
        )

    def _on_preview(self, payload) -> None:
        batches, captions = payload
        self.preview_button.setEnabled(True)
        images = batches.reshape(-1, *batches.shape[2:])
        self.preview_grid.set_images(images, None, columns=batches.shape[1])
        self.preview_grid.setToolTip(", ".join(captions))

    def _on_preview_failed(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self.preview_label.setText(message)

    # ------------------------------------------------------------- save
    def _default_name(self, result: training.TrainResult) -> str:
        data = Path(result.data.name).name
        return safe_model_name(f"{result.config.arch}_{data}_{time.strftime('%Y%m%d-%H%M%S')}")

    def save(self) -> None:
        """Save the last result into the user models folder; the registry picks it up at once."""
        if self.result is None:
            return
        name = safe_model_name(self.name_edit.text() or self._default_name(self.result))
        path = paths.user_models_dir() / f"{name}.keras"
        self.save_button.setEnabled(False)
        self.saved_label.setText(self.tr("Saving…"))
        self.save_runner.start(_save_job, self.result, path)

    def _on_saved(self, path) -> None:
        path = Path(path)
        self.save_button.setEnabled(True)
        self.context.refresh_models()
        task = self.result.data.task if self.result is not None else ""
        where = {"digits": self.tr("the Digits tab"), "breeds": self.tr("the Dog breeds tab")}.get(
            task, ""
        )
        if self.use_check.isChecked() and task in ("digits", "breeds"):
            settings.set(f"{task}/model", path.stem)
        text = self.tr("Saved {file}.").format(file=str(path))
        if where:
            text += " " + self.tr("It is now in the model list of {tab}.").format(tab=where)
        self.saved_label.setText(text)
        self.context.status_message.emit(text)
        self.model_saved.emit(str(path))

    def _on_save_failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(message)
        self._show_error(message)

    # --------------------------------------------------------- shutdown
    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop the fit (within one batch) and every helper job, and wait for their threads."""
        if self._stop is not None:
            self._stop.cancel()
        self._summary_timer.stop()
        self.curves.set_live(False)
        for runner in (self.runner, self.summary_runner, self.preview_runner, self.save_runner):
            runner.shutdown(timeout_ms)


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(TrainingTab, size=(1300, 850)))

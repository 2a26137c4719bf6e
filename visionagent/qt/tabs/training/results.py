"""The Results page: accuracy, confusion matrix, most confident mistakes, Save and Export….

The page shows a finished :class:`~visionagent.core.training.TrainResult` and asks for a save or
an export with signals; the tab does the work. "Make it the recognizer's model" says which tab it
affects and which model that tab uses now, and after the save the page says what each tab uses.
"""

from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import training
from visionagent.core.training import runs
from visionagent.i18n import class_name, dataset_label, number, percent
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.training.confusion import ConfusionMatrixView
from visionagent.qt.tabs.training.recognizers import RECOGNIZER_TASKS
from visionagent.qt.tabs.training.views import ImageGrid


def diverged_message(result: training.TrainResult) -> str:
    """The core's words for a run whose loss became NaN (the same text ``save_result`` refuses
    with)."""
    return runs.diverged_message(*result.diverged)


class ResultsPage(QWidget):
    """``save_requested`` (Save), ``export_requested`` (Export…); :meth:`name` and
    :meth:`use_as_recognizer` say what the user asked for."""

    save_requested = pyqtSignal()
    export_requested = pyqtSignal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.confusion_view = ConfusionMatrixView()
        self.confusion_view.setToolTip(self.tr("Confusion matrix: rows true, columns predicted"))
        splitter.addWidget(self.confusion_view)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.accuracy_label = QLabel(self.tr("Train a model to see its accuracy here."))
        self.accuracy_label.setWordWrap(True)
        column.addWidget(self.accuracy_label)
        column.addWidget(QLabel(self.tr("Most confidently wrong (true → predicted):")))
        self.confused_grid = ImageGrid(thumb=64)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.confused_grid)
        column.addWidget(scroll, 1)
        column.addLayout(self._build_save_row())
        self.use_check = QCheckBox(self.tr("Make it the recognizer's model"))
        self.use_check.setChecked(True)
        column.addWidget(self.use_check)
        self.saved_label = StatusLine()
        column.addWidget(self.saved_label)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        self.save_button.clicked.connect(self.save_requested)
        self.name_edit.returnPressed.connect(self.save_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.set_savable(False)

    def _build_save_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("model name"))
        self.name_edit.setMinimumWidth(80)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(
            self.tr("Save into your models folder; every tab's model list shows it at once")
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("TFLite (float or INT8), SavedModel or a Keras program of a saved model")
        )
        row.addWidget(QLabel(self.tr("Name")))
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.export_button)
        return row

    # ------------------------------------------------------------------ asked
    def name(self) -> str:
        return self.name_edit.text().strip()

    def use_as_recognizer(self) -> bool:
        return self.use_check.isChecked() and self.use_check.isEnabled()

    # ------------------------------------------------------------------ shown
    def reset(self) -> None:
        self.confusion_view.reset()
        self.confused_grid.clear()
        self.accuracy_label.setText(self.tr("Training…"))
        self.saved_label.show_info("")
        self.set_savable(False)

    def set_savable(self, savable: bool) -> None:
        self.save_button.setEnabled(savable)
        self.name_edit.setEnabled(savable)

    def tab_name(self, task: str) -> str:
        """The recognizer tab that uses models of ``task`` ("" for none)."""
        names = {"digits": self.tr("the Digits tab"), "breeds": self.tr("the Photos tab")}
        return names.get(task, "")

    def set_recognizer(self, task: str, current: tuple[str, float | None] | None) -> None:
        """Explain the check box for a run of ``task``: which tab it changes, and the model
        (``(label, accuracy)``) that tab uses now."""
        tab = self.tab_name(task)
        if task in RECOGNIZER_TASKS:
            self.use_check.setEnabled(True)
            self.use_check.setText(
                self.tr(
                    "Make it the recognizer's model: {tab} uses it at once (now: {current})"
                ).format(tab=tab, current=current[0] if current else self.tr("no model"))
            )
            self.use_check.setToolTip(
                self.tr(
                    "After saving, {tab} switches to this model at once. You can choose another "
                    "model in its list at any time."
                ).format(tab=tab)
            )
        else:
            self.use_check.setEnabled(False)
            self.use_check.setText(self.tr("Make it the recognizer's model"))
            self.use_check.setToolTip(
                self.tr("Only digit and dog-breed models are used by a recognizer tab.")
            )

    def confirm_replace(self, name: str) -> bool:
        """Ask before a save replaces an existing model of the same name."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace model"),
            self.tr("A model named {name} exists already. Replace it?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_result(self, result: training.TrainResult, default_name: str) -> None:
        """A finished (or stopped) run: its figures, and Save ready with ``default_name``."""
        self.name_edit.setText(default_name)
        self.set_savable(True)
        if result.stopped:
            self.accuracy_label.setText(
                self.tr(
                    "Stopped. The model keeps the best weights seen so far; it was not tested. "
                    "You can still save it."
                )
            )
            return
        if result.test_accuracy is None:
            self.accuracy_label.setText(
                self.tr("No test or validation images to measure the accuracy.")
            )
            return
        names = [class_name(name) for name in result.data.class_names]
        text = self.tr("<b>Accuracy {accuracy}</b> (loss {loss}) on {dataset}").format(
            accuracy=percent(result.test_accuracy, 2),
            loss=number(result.test_loss, 4),
            dataset=dataset_label(result.evaluation_name),
        )
        if result.confusion is not None:
            self.confusion_view.set_matrix(result.confusion, names)
            pairs = training.most_confused_pairs(result.confusion, 3)
            if pairs:
                listed = ", ".join(f"{names[i]} → {names[j]} ×{n}" for i, j, n in pairs)
                text += "<br>" + self.tr("Most confused: {pairs}").format(pairs=listed)
        self.accuracy_label.setText(text)
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

    def show_failed(self, message: str) -> None:
        """A run that failed or diverged: nothing to save."""
        self.set_savable(False)
        self.accuracy_label.setText(message)

    def show_saving(self) -> None:
        self.set_savable(False)
        self.saved_label.show_info(self.tr("Saving…"))

    def show_saved(self, path: str, task: str, applied: bool, new, old) -> str:
        """Say what was saved and which model the recognizer tab uses now (see
        :meth:`describe_save`); returns the text."""
        self.set_savable(True)
        text, warning = self.describe_save(path, task, applied, new, old)
        if warning:
            self.saved_label.show_warning(text)
        else:
            self.saved_label.show_info(text)
        return text

    def show_save_error(self, message: str) -> None:
        """The save failed: the run is kept; another name can be tried."""
        self.set_savable(True)
        self.saved_label.show_error(
            self.tr("{message} The trained model is kept: try another name.").format(
                message=message
            )
        )
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def describe_save(
        self,
        path: str,
        task: str,
        applied: bool,
        new: tuple[str, float | None],
        old: tuple[str, float | None] | None,
    ) -> tuple[str, bool]:
        """The message after a save and whether it is a warning: which model the recognizer tab
        of ``task`` uses now.

        ``new`` and ``old`` are ``(label, accuracy or None)`` of the saved model and of the one
        that tab used before (None when it had none).
        """
        tab = self.tab_name(task)
        text = self.tr("Saved {file}.").format(file=path)
        if not tab:
            return text, False
        old_label = old[0] if old else self.tr("no model")
        if not applied:
            text += " " + self.tr(
                "It is in the model list of {tab}, which still uses {old}."
            ).format(tab=tab, old=old_label)
            return text, False
        text += " " + self.tr(
            "From now on {tab} uses {new} (before: {old}); you can switch back in its model list."
        ).format(tab=tab, new=new[0], old=old_label)
        if new[1] is None:
            return text + " " + self.tr(
                "Its accuracy was not measured (the run was stopped)."
            ), True
        if old and old[1] is not None and new[1] < old[1]:
            text += " " + self.tr(
                "Careful: its accuracy {new} is lower than the previous model's {old}."
            ).format(new=percent(new[1], 2), old=percent(old[1], 2))
            return text, True
        return text, False

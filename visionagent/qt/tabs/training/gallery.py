"""The architecture gallery: LeNet-5 to EfficientNet, what each introduced and what it costs.

:class:`GalleryDialog` lists the core gallery's networks (:func:`visionagent.core.gallery.
summaries`: precomputed numbers, nothing is built to list them) with their year, idea, parameters,
multiplications, depth and whether they train here; selecting one asks for its layer table, which
:class:`Gallery` (owned by the tab) builds in a worker through the core, one network at a time and
only when asked. "Use this architecture" (or its small version, Mini VGG for VGG16) chooses it in
the Training form.
"""

from __future__ import annotations

import shlex
from typing import Any

from PyQt6.QtCore import QObject, QSignalBlocker, Qt, pyqtSignal
from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from visionagent.core import gallery, training
from visionagent.i18n import number
from visionagent.qt.kit.layer_strip import LayerStrip
from visionagent.qt.kit.tab import StatusLine
from visionagent.qt.tabs.training.views import SortItem

COLUMNS = ("title", "year", "parameters", "multiplications", "depth", "trainable", "idea")
NAME_ROLE = Qt.ItemDataRole.UserRole


def try_settings(entry: gallery.Entry) -> dict[str, Any]:
    """The Training form's settings of an entry's ``try_here`` options (``--arch mini-vgg`` →
    ``{"arch": "mini-vgg"}``), read through the field table's command-line flags."""
    flags = {f.cli: f.key for f in training.TRAIN_FIELDS if f.cli}
    flags["--dataset"] = "dataset"
    words = shlex.split(entry.try_here)
    pairs = zip(words[::2], words[1::2], strict=False)
    return {flags[flag]: value for flag, value in pairs if flag in flags}


def title_of(summary: dict[str, Any]) -> str:
    """A network's name in the UI language: the trainer's label for the networks that train here
    ("Improved CNN"), the proper name otherwise ("VGG16")."""
    arch = training.ARCHITECTURES.get(summary["name"])
    return arch.title() if arch is not None else summary["title"]


def shape_text(shape) -> str:
    return "×".join(str(s) for s in shape)


class GalleryDialog(QDialog):
    """The list above, the selected network below. ``chosen(name)`` when a network is selected,
    ``use_requested(name)`` for "Use this architecture"."""

    chosen = pyqtSignal(str)
    use_requested = pyqtSignal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Architecture gallery"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How CNNs grew from LeNet-5 to EfficientNet. The numbers are counted from each "
                "network's layers for one input at its own size (no weights are downloaded). "
                "Select a network to see its layers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._build_list())
        split.addWidget(self._build_details())
        split.setSizes([260, 320])
        layout.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._rows: list[dict[str, Any]] = []
        self.list.itemSelectionChanged.connect(self._on_selection)
        self.use_button.clicked.connect(lambda: self.use_requested.emit(self.current_name() or ""))
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 980, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _build_list(self) -> QTableWidget:
        self.list = QTableWidget(0, len(COLUMNS))
        self.list.setObjectName("gallery_list")
        self.list.setHorizontalHeaderLabels(
            [
                self.tr("Architecture"),
                self.tr("Year"),
                self.tr("Parameters"),
                self.tr("Multiplications"),
                self.tr("Depth"),
                self.tr("Trains here"),
                self.tr("Idea"),
            ]
        )
        tips = {
            "multiplications": self.tr(
                "Products of an input value and a weight for one input (example 8-2)"
            ),
            "depth": self.tr(
                "Layers with weights, as Keras' table of applications counts them (fig. 8-22)"
            ),
            "trainable": self.tr("✓: trains here as it is; otherwise its small version, if any"),
        }
        for key, tip in tips.items():
            self.list.horizontalHeaderItem(COLUMNS.index(key)).setToolTip(tip)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(False)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the story's order until asked
        return self.list

    def _build_details(self) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.name_label = QLabel()
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.numbers_label = QLabel()
        self.numbers_label.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use this architecture"))
        self.use_button.setObjectName("use_architecture")
        top.addWidget(self.name_label)
        top.addWidget(self.numbers_label, 1)
        top.addWidget(self.use_button)
        column.addLayout(top)
        self.idea_label = QLabel()
        self.idea_label.setWordWrap(True)
        column.addWidget(self.idea_label)
        self.status = StatusLine()
        column.addWidget(self.status)
        self.layers = LayerStrip()
        column.addWidget(self.layers, 1)
        return widget

    # ------------------------------------------------------------------ the list
    def set_entries(self, rows: list[dict[str, Any]]) -> None:
        """The gallery's summaries (:func:`visionagent.core.gallery.summaries`)."""
        name = self.current_name()
        self._rows = list(rows)
        self.list.setSortingEnabled(False)
        with QSignalBlocker(self.list):
            self.list.setRowCount(len(rows))
            for row, summary in enumerate(rows):
                for column, (text, value, tip) in enumerate(self._cells(summary)):
                    item = SortItem(text, value)
                    item.setData(NAME_ROLE, summary["name"])
                    item.setToolTip(tip)
                    if COLUMNS[column] in ("year", "parameters", "multiplications", "depth"):
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.list.setItem(row, column, item)
        self.list.resizeColumnsToContents()
        self.list.setColumnWidth(COLUMNS.index("title"), min(220, self.list.columnWidth(0)))
        self.list.setSortingEnabled(True)
        if name:
            self.select(name)

    def _cells(self, summary: dict[str, Any]):
        year = summary["year"]
        small = try_settings(gallery.entry(summary["name"])).get("arch")
        if summary["trainable_here"]:
            trains = "✓"
        elif small in training.ARCHITECTURES:
            trains = self.tr("as {name}").format(name=training.ARCHITECTURES[small].title())
        else:
            trains = ""
        depth_tip = self.tr("{path} convolution and dense layers on the longest path").format(
            path=summary["longest_path"]
        )
        return (
            (title_of(summary), title_of(summary), summary["idea"]),
            (str(year) if year else "—", year, "" if year else self.tr("the textbook's program")),
            (number(summary["parameters"]), summary["parameters"], ""),
            (number(summary["multiplications"]), summary["multiplications"], ""),
            (str(summary["depth"]), summary["depth"], depth_tip),
            (trains, trains, ""),
            (summary["idea"], summary["idea"], summary["idea"]),
        )

    def names(self) -> list[str]:
        """The networks in the order shown."""
        return [self.list.item(row, 0).data(NAME_ROLE) for row in range(self.list.rowCount())]

    def summary(self, name: str) -> dict[str, Any]:
        return next(row for row in self._rows if row["name"] == name)

    def current_name(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        return self.list.item(rows[0].row(), 0).data(NAME_ROLE) if rows else None

    def select(self, name: str) -> bool:
        """Select ``name`` (as a click would, so its layers are asked for)."""
        names = self.names()
        if name not in names:
            return False
        self.list.selectRow(names.index(name))
        return True

    def _on_selection(self) -> None:
        name = self.current_name()
        if not name:
            return
        summary = self.summary(name)
        self.name_label.setText(title_of(summary))
        self.numbers_label.setText(
            self.tr(
                "{parameters} parameters · {multiplications} multiplications · depth {depth} · "
                "input {shape}, {classes} classes"
            ).format(
                parameters=number(summary["parameters"]),
                multiplications=number(summary["multiplications"]),
                depth=summary["depth"],
                shape=shape_text(summary["input_shape"]),
                classes=number(summary["classes"]),
            )
        )
        self.idea_label.setText(summary["idea"])
        self.chosen.emit(name)

    # ------------------------------------------------------------------ the details
    def set_use(self, text: str, enabled: bool, tip: str = "") -> None:
        self.use_button.setText(text)
        self.use_button.setEnabled(enabled)
        self.use_button.setToolTip(tip)

    def show_busy(self, message: str) -> None:
        self.layers.set_layers([])
        self.status.show_info(message)

    def show_details(self, details: gallery.Details) -> None:
        """A layer table built by the core (ignored when another network is selected now)."""
        if details.name != self.current_name():
            return
        self.layers.set_layers(details.table.layers)
        text = self.layers.palette().text()  # every layer counts here, with maps or not
        for row in range(self.layers.rowCount()):
            for column in range(self.layers.columnCount()):
                self.layers.item(row, column).setForeground(text)
        header = self.layers.horizontalHeader()
        header.setStretchLastSection(False)  # the last column fills the width again
        header.setStretchLastSection(True)
        self.status.show_info(
            self.tr("{count} layers, from the input to the prediction.").format(
                count=number(len(details.table.layers))
            )
        )

    def show_error(self, message: str) -> None:
        self.status.show_error(message)

    def show_message(self, message: str) -> None:
        self.status.show_info(message)


class Gallery(QObject):
    """The gallery of the Training tab: opens the dialog from the form's button, builds the
    selected network's layer table with the tab's runner, and applies "Use this architecture"."""

    def __init__(self, tab, runner):
        super().__init__(tab)
        self.tab = tab
        self.form = tab.form
        self.runner = runner
        self.dialog: GalleryDialog | None = None
        self._waiting: str | None = None  # the network to build once TensorFlow is ready
        self.form.gallery_requested.connect(self.open)
        runner.finished.connect(self._on_built)
        runner.failed.connect(self._on_failed)

    def open(self) -> GalleryDialog:
        """Show the gallery, the form's architecture selected when it is one of the networks."""
        if self.dialog is None:
            self.dialog = GalleryDialog(self.tab)
            self.dialog.chosen.connect(self.show_layers)
            self.dialog.use_requested.connect(self.use)
            self.dialog.set_entries(gallery.summaries())
        arch = self.form.config().arch
        if self.dialog.current_name() is None or arch in gallery.names():
            self.dialog.select(arch if arch in gallery.names() else gallery.names()[0])
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def show_layers(self, name: str) -> None:
        """Build ``name``'s layer table in the worker (cached by the core once built)."""
        entry = gallery.entry(name)
        self.dialog.set_use(*self._use_button(entry))
        if not self.tab.context.is_tf_ready:
            self.dialog.show_busy(self.tr("Waiting for TensorFlow to load…"))
            if self._waiting is None:
                self.tab.context.when_tf_ready(lambda _info: self.show_layers(self._waiting))
            self._waiting = name
            return
        self.dialog.show_busy(
            self.tr("Building the layers of {name} (random weights)…").format(
                name=title_of(self.dialog.summary(name))
            )
        )
        self.runner.start(gallery.gallery_job, name)

    def _on_built(self, details: gallery.Details) -> None:
        if self.dialog is not None:
            self.dialog.show_details(details)

    def _on_failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_error(message)

    def _use_button(self, entry: gallery.Entry) -> tuple[str, bool, str]:
        arch = try_settings(entry).get("arch")
        if entry.trainable_here and arch:
            return self.tr("Use this architecture"), True, entry.try_here
        if arch in training.ARCHITECTURES:
            title = training.ARCHITECTURES[arch].title()
            return (
                self.tr("Use its small version: {name}").format(name=title),
                True,
                training.ARCHITECTURES[arch].tooltip(),
            )
        return self.tr("Use this architecture"), False, self.tr("Too large to train here.")

    def use(self, name: str) -> bool:
        """Choose network ``name`` (or its small version) in the form; False when it cannot."""
        settings = try_settings(gallery.entry(name))
        if not settings.get("arch") or self.dialog is None:
            return False
        if not self.form.is_editable("arch"):
            self.dialog.show_error(
                self.tr(
                    "The architecture cannot be changed now (a run is going, or a lesson locks it)."
                )
            )
            return False
        problems = self.form.use_settings(settings)
        if problems:
            self.dialog.show_error("; ".join(problems))
            return False
        title = training.ARCHITECTURES[settings["arch"]].title()
        if settings.get("backbone"):
            title = f"{title} ({settings['backbone']})"
        self.dialog.show_message(
            self.tr("{name} is chosen in the Model settings: press Start to train it.").format(
                name=title
            )
        )
        return True

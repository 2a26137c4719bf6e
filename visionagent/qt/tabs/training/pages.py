"""The right side of the Training tab: the live curves above the pages (Model summary,
Augmentation preview, Results, Runs side by side).

Lessons name the pages (:data:`TrainingViews.PAGES`); more pages (a runs table, a gallery) are
added the same way.
"""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QSplitter, QTabWidget, QWidget

from visionagent.core import training
from visionagent.qt.tabs.training.augmentation import AugmentationPage
from visionagent.qt.tabs.training.curves import CurvePlot
from visionagent.qt.tabs.training.results import ResultsPage
from visionagent.qt.tabs.training.runs import RunsPage
from visionagent.qt.tabs.training.views import ModelSummaryTable


class TrainingViews(QSplitter):
    """The curves above the pages: Model (summary), Augmentation, Results, Runs.

    :data:`PAGES` names the pages for lessons; more pages (runs, a gallery) can be added.
    """

    PAGES = ("model", "augmentation", "results", "runs")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.curves = CurvePlot()
        self.summary = ModelSummaryTable()
        self.augmentation = AugmentationPage()
        self.results = ResultsPage()
        self.runs = RunsPage()
        self.pages = QTabWidget()
        self.pages.setObjectName("page")
        self.pages.addTab(self.summary, self.tr("Model"))
        self.pages.addTab(self.augmentation, self.tr("Augmentation"))
        self.pages.addTab(self.results, self.tr("Results"))
        self.pages.addTab(self.runs, self.tr("Runs"))
        self.addWidget(self.curves)
        self.addWidget(self.pages)
        self.setSizes([260, 420])

    def page_name(self) -> str:
        return self.PAGES[self.pages.currentIndex()]

    def set_page(self, name: str) -> bool:
        if name not in self.PAGES:
            return False
        self.pages.setCurrentIndex(self.PAGES.index(name))
        return True

    def show_partial(self, event: Any) -> None:
        """A run's partial result: its model (at the start), batches and epochs (the curves)."""
        if isinstance(event, training.RunStarted):
            info = event.info
            self.summary.set_summary(
                info["layers"], info["parameters"], info["trainable_parameters"]
            )
        elif isinstance(event, training.Batches):
            self.curves.add_batches(event.items)
        elif isinstance(event, training.EpochEnded):
            self.curves.add_epoch(event.info)

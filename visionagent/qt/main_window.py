"""The main window: four tabs, menus, a status bar that tells whether TensorFlow is ready."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PyQt6.QtCore import QByteArray, QRect, QSize, QUrl, pyqtSignal
from PyQt6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PyQt6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from visionagent import APP_NAME, __version__, about, paths, settings
from visionagent.core import backend
from visionagent.i18n import LANGUAGES, translate, without_mnemonic
from visionagent.qt.context import AppContext
from visionagent.qt.kit.files import remember_folder
from visionagent.qt.kit.image_input import open_image_dialog
from visionagent.qt.kit.tab import Tab
from visionagent.qt.workers import TaskRunner

log = logging.getLogger(__name__)
# Classroom projectors are often 1024×768 or 1280×720: every tab must work at this size.
MINIMUM_SIZE = QSize(960, 600)
PREFERRED_SIZE = QSize(1280, 860)


def first_size(available: QRect) -> QSize:
    """The window's first size: the preferred size, never larger than the screen's free area."""
    return PREFERRED_SIZE.boundedTo(available.size())


def fit_into(window: QWidget, available: QRect) -> None:
    """Shrink and move ``window`` so that its frame lies inside ``available`` (a remembered
    geometry may come from a larger or a second screen)."""
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    size = window.size().boundedTo(available.size() - frame_extra)
    if size != window.size():
        window.resize(size.expandedTo(window.minimumSize().boundedTo(available.size())))
    frame = window.frameGeometry()
    if available.contains(frame):
        return
    x = min(max(frame.x(), available.left()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.top()), available.bottom() - frame.height() + 1)
    window.move(max(x, available.left()), max(y, available.top()))


def _load_tensorflow(state):
    return backend.load()


class MainWindow(QMainWindow):
    """Tabs: Digits, Photos, Filters, Inside, Training (Ctrl+1…5)."""

    language_change_requested = pyqtSignal(str)

    def __init__(self, context: AppContext | None = None, load_tensorflow: bool = True):
        super().__init__()
        self.context = context or AppContext(parent=self)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setMinimumSize(MINIMUM_SIZE)
        self._fitted = False

        from visionagent.qt.tabs.digits import DigitsTab
        from visionagent.qt.tabs.filters import FiltersTab
        from visionagent.qt.tabs.inside import InsideTab
        from visionagent.qt.tabs.photos import PhotosTab
        from visionagent.qt.tabs.training import TrainingTab

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.digits_tab = DigitsTab(self.context)
        self.photos_tab = self.breeds_tab = PhotosTab(self.context)  # breeds_tab: the old name
        self.filters_tab = FiltersTab(self.context)
        self.inside_tab = InsideTab(self.context)
        self.training_tab = TrainingTab(self.context)
        self.tabs.addTab(self.digits_tab, self.tr("&Digits"))
        self.tabs.addTab(self.photos_tab, self.tr("&Photos"))
        self.tabs.addTab(self.filters_tab, self.tr("&Filters"))
        self.tabs.addTab(self.inside_tab, self.tr("&Inside"))
        self.tabs.addTab(self.training_tab, self.tr("&Training"))
        self.setCentralWidget(self.tabs)

        from visionagent.qt.dialogs import ModelImporter
        from visionagent.qt.lessons import LessonController

        self.lessons = LessonController(self)
        self.model_importer = ModelImporter(self, self.context)
        self._build_menus()
        self._build_status_bar()
        self.context.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.context.inspect_requested.connect(
            lambda _request: self.tabs.setCurrentWidget(self.inside_tab)
        )
        self._restore_settings()

        self._tf_runner = TaskRunner(self)
        self._tf_runner.finished.connect(self._on_tf_ready)
        self._tf_runner.failed.connect(self._on_tf_failed)
        if load_tensorflow:
            self.start_tensorflow()
        self._report_model_problems()

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open image…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_image_dialog)
        file_menu.addAction(self.open_action)
        models_action = QAction(self.tr("Open &models folder"), self)
        models_action.triggered.connect(self.open_models_folder)
        file_menu.addAction(self.model_importer.open_action)
        file_menu.addAction(models_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lessons.open_action)
        file_menu.addAction(self.lessons.save_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for index in range(self.tabs.count()):
            action = QAction(without_mnemonic(self.tabs.tabText(index)), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
            self.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current = QApplication.instance().property("visionagent_language") or "en"
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About VisionAgent"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        log_action = QAction(self.tr("Open &log folder"), self)
        log_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))
        )
        help_menu.addAction(log_action)

    def _build_status_bar(self) -> None:
        self.tf_label = QLabel(self.tr("TensorFlow: loading…"))
        self.tf_progress = QProgressBar()
        self.tf_progress.setRange(0, 0)  # busy indicator while importing
        self.tf_progress.setMaximumWidth(120)
        self.tf_progress.setTextVisible(False)
        self.statusBar().addPermanentWidget(self.tf_label)
        self.statusBar().addPermanentWidget(self.tf_progress)
        from visionagent.qt.gpu_label import GpuLabel

        self.gpu_label = GpuLabel(self.context)
        self.statusBar().addPermanentWidget(self.gpu_label)

    # ----------------------------------------------------------- TensorFlow
    def start_tensorflow(self) -> None:
        self.tf_progress.show()
        self._tf_runner.start(_load_tensorflow)

    def _on_tf_ready(self, info: backend.DeviceInfo) -> None:
        self.tf_progress.hide()
        self.tf_label.setText(
            self.tr("TensorFlow {version} ready").format(version=info.tensorflow_version)
        )  # the device is named once, by the GPU label beside it
        self.tf_label.setToolTip(
            self.tr("Computations run on: {device}").format(device=info.describe())
        )
        self.context.tf_ready.emit(info)

    def _on_tf_failed(self, message: str) -> None:
        self.tf_progress.hide()
        self.tf_label.setText(self.tr("TensorFlow unavailable"))
        self.context.tf_failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("TensorFlow could not start"),
            self.tr(
                "The neural network tabs need TensorFlow, which could not be loaded:\n{message}"
            ).format(message=message),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()  # not exec(): the window (and a self-test) must go on

    def _report_model_problems(self) -> None:
        problems = self.context.registry.problems()
        if problems:
            text = "\n".join(str(p) for p in problems)
            log.warning("model problems:\n%s", text)
            self.statusBar().showMessage(
                self.tr(
                    "{count} model file(s) could not be used; see Help ▸ Open log folder."
                ).format(count=len(problems)),
                15000,
            )

    # -------------------------------------------------------------- actions
    def open_image_dialog(self) -> None:
        path = open_image_dialog(self)  # the kit's one dialog: same extensions, last folder
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a lesson, import a model, or give a file to the current tab if it can open it,
        else to the first tab that can."""
        remember_folder(path)
        if self.lessons.can_open(path):
            return self.lessons.open_file(path)
        if self.model_importer.can_open(path):
            return self.model_importer.open_path(path)
        current = self.tabs.currentWidget()
        for tab in [current] + [t for t in self.tab_widgets() if t is not current]:
            if tab.can_open(path) and tab.open_path(path):
                self.tabs.setCurrentWidget(tab)
                return True
        self.statusBar().showMessage(
            self.tr("No tab can open {file}.").format(file=Path(path).name), 5000
        )
        return False

    def open_models_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_models_dir())))

    def change_language(self, code: str) -> None:
        current = QApplication.instance().property("visionagent_language") or "en"
        settings.set("ui/language", code)
        if code == current:
            return
        self.language_change_requested.emit(code)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language"))
        box.setText(self.tr("The new language is used from the next start of VisionAgent."))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def about_text(self) -> str:
        versions = backend.versions()
        from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR

        versions["Qt"] = QT_VERSION_STR
        versions["PyQt"] = PYQT_VERSION_STR
        if "TensorFlow" not in versions:
            versions["TensorFlow"] = self.tr("not loaded yet")
            versions["Keras"] = self.tr("not loaded yet")
        rows = "".join(
            f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in versions.items()
        )
        sources = "".join(
            f"<li><b>{html.escape(translate('About', what))}</b><br>"
            f"{html.escape(translate('About', src))}"
            f" — {html.escape(translate('About', lic))}</li>"
            for what, src, lic in about.SOURCES
        )
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            + self.tr("<p>Learn convolutional neural networks by using them.</p>")
            + f"<table>{rows}</table>"
            + "<h4>"
            + self.tr("Data and weights")
            + f"</h4><ul>{sources}</ul>"
            + about.offline_html()
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About VisionAgent"), self.about_text())

    # -------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                break

    # -------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        geometry = settings.get("window/geometry")
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(first_size(self._available()))
        fit_into(self, self._available())
        index = settings.get("window/tab")
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_settings(self) -> None:
        settings.set("window/geometry", bytes(self.saveGeometry()))
        settings.set("window/tab", self.tabs.currentIndex())

    def _available(self) -> QRect:
        screen = self.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def tab_widgets(self) -> list[Tab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def shutdown(self) -> None:
        """Stop every background job (training included) and wait for the threads."""
        for tab in self.tab_widgets():
            tab.shutdown()
        self.model_importer.shutdown()
        self.gpu_label.shutdown()
        self._tf_runner.shutdown(60000)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's size is known once the window is on the screen
            self._fitted = True
            fit_into(self, self._available())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.shutdown()
        event.accept()

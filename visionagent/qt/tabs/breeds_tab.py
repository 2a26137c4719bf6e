"""Dog breeds tab: a photo → the top-5 breeds as bars, "not a dog", Grad-CAM; a folder → a table.

Photos come from the Open button, drag and drop (files or folders), Ctrl+V (an image or copied
files) or the recent-files menu. All model work (loading, recognition, Grad-CAM, folder runs)
runs in worker threads through :class:`~visionagent.qt.workers.TaskRunner`; the model loads once,
in the background, after TensorFlow is ready. The widgets only show what
:mod:`visionagent.core.breeds` answers.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PyQt6.QtCore import QMimeData, QObject, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visionagent import settings
from visionagent.core import breeds
from visionagent.core.images import EXTENSIONS, is_image_file, list_images, read_image
from visionagent.i18n import number, percent
from visionagent.qt.context import AppContext
from visionagent.qt.kit.tab import Tab
from visionagent.qt.widgets.bar_chart import BarChart
from visionagent.qt.workers import TaskRunner

log = logging.getLogger(__name__)
TOP_K = 5
THUMBNAIL = 64


# ------------------------------------------------------------------ jobs (worker threads)
def _load_job(state, registry, name):
    return {"kind": "load", "recognizer": breeds.load_recognizer(state, registry, name or None)}


def _photo_job(state, source, recognizer, gradcam: bool):
    """Read a photo (path) or take it (array), then recognise it when a model is there."""
    image = read_image(source) if isinstance(source, (str, Path)) else source
    path = str(source) if isinstance(source, (str, Path)) else None
    out = {
        "kind": "photo",
        "path": path,
        "image": image,
        "result": None,
        "heatmap": None,
        "overlay": None,
    }
    state.check()
    if recognizer is not None:
        out["result"] = recognizer.recognize(image, top_k=TOP_K, file=path)
        if gradcam:
            state.check()
            out["heatmap"] = recognizer.gradcam(image, out["result"])
            out["overlay"] = breeds.overlay_heatmap(image, out["heatmap"])
    return out


def _gradcam_job(state, recognizer, image, result):
    heatmap = recognizer.gradcam(image, result)
    return {
        "kind": "gradcam",
        "result": result,
        "heatmap": heatmap,
        "overlay": breeds.overlay_heatmap(image, heatmap),
    }


def _folder_job(state, recognizer, files, on_row):
    return {
        "kind": "folder",
        "rows": breeds.recognize_folder(state, recognizer, files, top_k=TOP_K, on_row=on_row),
    }


# ---------------------------------------------------------------------------- helpers
def language() -> str:
    app = QApplication.instance()
    return (app.property("visionagent_language") if app is not None else None) or "en"


def to_qimage(image: np.ndarray) -> QImage:
    image = np.ascontiguousarray(image)
    height, width = image.shape[:2]
    return QImage(image.data, width, height, image.strides[0], QImage.Format.Format_RGB888).copy()


def from_qimage(qimage: QImage) -> np.ndarray:
    qimage = qimage.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = qimage.width(), qimage.height(), qimage.bytesPerLine()
    buffer = np.frombuffer(qimage.constBits().asstring(qimage.sizeInBytes()), np.uint8)
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


class PhotoView(QWidget):
    """A photo drawn as large as fits, keeping its aspect ratio, or a hint when empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._image: np.ndarray | None = None
        self._hint = ""
        self.setMinimumSize(240, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: np.ndarray | None) -> None:
        self._image = image
        self._pixmap = QPixmap.fromImage(to_qimage(image)) if image is not None else None
        self.update()

    def image(self) -> np.ndarray | None:
        return self._image

    def set_hint(self, text: str) -> None:
        self._hint = text
        self.update()

    def displayed_rect(self) -> QRectF:
        """Where the photo is drawn (aspect ratio kept, centred)."""
        if self._pixmap is None:
            return QRectF()
        size = QSize(self._pixmap.size())
        size.scale(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._pixmap is None:
            painter.setPen(
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            )
            painter.drawRect(self.rect().adjusted(8, 8, -9, -9))
            painter.drawText(
                self.rect().adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._hint,
            )
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self.displayed_rect(), self._pixmap, QRectF(self._pixmap.rect()))
        painter.end()


class _NumberItem(QTableWidgetItem):
    """A table cell shown as text but sorted by a number."""

    def __init__(self, text: str, value: float):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return super().__lt__(other)


class _RowRelay(QObject):
    """Carries folder rows from the worker thread to the GUI thread (queued signal)."""

    row = pyqtSignal(object)


# -------------------------------------------------------------------------------- tab
class BreedsTab(Tab):
    """Open a photo (or a folder), see the breeds; the model works in the background."""

    PHOTO_PAGE, FOLDER_PAGE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.context = context
        self.recognizer: breeds.BreedRecognizer | None = None
        self.current_image: np.ndarray | None = None
        self.current_path: str | None = None
        self.current_result: breeds.Recognition | None = None
        self.heatmap: np.ndarray | None = None
        self.overlay: np.ndarray | None = None
        self.folder_rows: list[breeds.FolderRow] = []
        self._pending = False  # a photo waits for the model
        self._loading = False
        self.setAcceptDrops(True)

        self._model_runner = TaskRunner(self)
        self._model_runner.finished.connect(self._on_finished)
        self._model_runner.failed.connect(self._on_model_failed)
        self._runner = TaskRunner(self)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._on_cancelled)
        self._runner.progress.connect(self._on_progress)
        self._relay = _RowRelay(self)
        self._relay.row.connect(self._add_folder_row)

        self._build_ui()
        self._refresh_models()
        self.context.models_changed.connect(self._refresh_models)
        self.context.tf_failed.connect(self._on_tf_failed)
        self.context.when_tf_ready(lambda _info: self._load_model())

    # ----------------------------------------------------------------------------- UI
    def _build_ui(self) -> None:
        self.open_button = QPushButton(self.tr("&Open photo…"))
        self.open_button.setToolTip(
            self.tr(
                "Open a photo of a dog (JPEG, PNG, BMP, WebP, TIFF). You can also drop files or "
                "paste with Ctrl+V."
            )
        )
        self.open_button.clicked.connect(self.choose_photo)
        self.folder_button = QPushButton(self.tr("Open &folder…"))
        self.folder_button.setToolTip(self.tr("Recognise every photo in a folder into a table"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.recent_button = QToolButton()
        self.recent_button.setText(self.tr("Recent"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        self.recognize_button = QPushButton(self.tr("&Recognize"))
        self.recognize_button.setEnabled(False)
        self.recognize_button.clicked.connect(self.recognize)
        self.gradcam_check = QCheckBox(self.tr("&Grad-CAM"))
        self.gradcam_check.setToolTip(
            self.tr(
                "Show where the network looked: colour the parts of the photo that drove the "
                "answer (Grad-CAM on the last convolution block)"
            )
        )
        self.gradcam_check.setChecked(bool(settings.get("breeds/gradcam")))
        self.gradcam_check.toggled.connect(self._on_gradcam_toggled)
        self.model_combo = QComboBox()
        self.model_combo.setToolTip(
            self.tr("The shipped ImageNet model, or a breed model you trained in the Training tab")
        )
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(24)
        self.model_combo.activated.connect(self._on_model_chosen)

        tools = QHBoxLayout()
        for widget in (
            self.open_button,
            self.folder_button,
            self.recent_button,
            self.recognize_button,
            self.gradcam_check,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Model:")))
        tools.addWidget(self.model_combo)

        self.mode_bar = QTabBar()
        self.mode_bar.addTab(self.tr("Photo"))
        self.mode_bar.addTab(self.tr("Folder"))
        self.mode_bar.setExpanding(False)
        self.mode_bar.setDocumentMode(True)
        self.mode_bar.currentChanged.connect(lambda index: self.pages.setCurrentIndex(index))

        # Photo page: the photo on the left, the answer on the right.
        self.photo_view = PhotoView()
        self.photo_view.set_hint(
            self.tr("Drop a dog photo here, open one, or paste one with Ctrl+V.")
        )
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.chart_title = QLabel()
        self.bar_chart = BarChart()
        self.bar_chart.clear(self.tr("The five most likely breeds appear here."))
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        answer = QWidget()
        answer_layout = QVBoxLayout(answer)
        answer_layout.addWidget(self.verdict_label)
        answer_layout.addWidget(self.chart_title)
        answer_layout.addWidget(self.bar_chart)
        answer_layout.addWidget(self.details_label)
        answer_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.photo_view)
        splitter.addWidget(answer)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        # Folder page: a sortable table with thumbnails, CSV export.
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Photo"),
                self.tr("File"),
                self.tr("Dog?"),
                self.tr("Breed"),
                self.tr("Probability"),
            ]
        )
        self.table.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL + 6)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, THUMBNAIL + 12)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open_table_row)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.choose_csv)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._runner.cancel)
        self.folder_label = QLabel(
            self.tr("Open a folder to recognise all its photos. Double-click a row to look at one.")
        )
        self.folder_label.setWordWrap(True)
        folder_page = QWidget()
        folder_layout = QVBoxLayout(folder_page)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.folder_label, 1)
        folder_buttons.addWidget(self.cancel_button)
        folder_buttons.addWidget(self.export_button)
        folder_layout.addLayout(folder_buttons)
        folder_layout.addWidget(self.table)

        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(folder_page)

        self.status_label = QLabel(self.tr("Waiting for TensorFlow…"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.busy)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.mode_bar)
        layout.addWidget(self.pages, 1)
        layout.addLayout(status)

        paste = QShortcut(QKeySequence.StandardKey.Paste, self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    def _set_busy(self, busy: bool, determinate: bool = False) -> None:
        self.busy.setVisible(busy)
        self.busy.setRange(0, 100 if determinate else 0)
        self.cancel_button.setEnabled(busy and determinate)

    # ------------------------------------------------------------------------ models
    def _refresh_models(self) -> None:
        wanted = (
            self.model_combo.currentData() or settings.get("breeds/model") or breeds.DEFAULT_MODEL
        )
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in self.context.registry.infos():
            if info.task in breeds.TASKS:
                self.model_combo.addItem(info.display_name(), info.name)
        index = self.model_combo.findData(wanted)
        if index < 0:
            index = self.model_combo.findData(breeds.DEFAULT_MODEL)
        self.model_combo.setCurrentIndex(max(0, index))
        self.model_combo.blockSignals(False)
        if self.model_combo.count() == 0:
            self._set_status(
                self.tr(
                    "No dog-breed model was found. Reinstall VisionAgent or train one in the "
                    "Training tab."
                ),
                error=True,
            )

    def _on_model_chosen(self, _index: int) -> None:
        name = self.model_combo.currentData()
        settings.set("breeds/model", "" if name == breeds.DEFAULT_MODEL else name)
        if self.context.is_tf_ready and (self.recognizer is None or self.recognizer.name != name):
            self._load_model()

    def _load_model(self) -> None:
        name = self.model_combo.currentData()
        if not name:
            return
        self.recognizer = None
        self._loading = True
        self.recognize_button.setEnabled(False)
        self._set_status(
            self.tr("Loading the model {name}…").format(name=self.model_combo.currentText())
        )
        self._set_busy(True)
        self._model_runner.start(_load_job, self.context.registry, name)

    def _on_model_failed(self, message: str) -> None:
        self._loading = False
        self._set_busy(False)
        self._set_status(message, error=True)
        self.context.status_message.emit(message)

    def _on_tf_failed(self, message: str) -> None:
        self._set_status(
            self.tr("TensorFlow could not start, so no photo can be recognised: {message}").format(
                message=message
            ),
            error=True,
        )

    @property
    def is_ready(self) -> bool:
        return self.recognizer is not None

    # ------------------------------------------------------------------- opening
    def can_open(self, path: str) -> bool:
        return Path(path).is_dir() or is_image_file(path)

    def open_path(self, path: str) -> bool:
        """Open a photo (or a folder of photos); False when the path is neither."""
        p = Path(path)
        if p.is_dir():
            self.open_folder(p)
            return True
        if not is_image_file(p):
            return False
        self.mode_bar.setCurrentIndex(self.PHOTO_PAGE)
        self._set_status(self.tr("Opening {file}…").format(file=p.name))
        self._start_photo(str(p))
        return True

    def open_image(self, image: np.ndarray, label: str = "") -> None:
        """Show and recognise a photo given as an RGB uint8 array (e.g. from the clipboard)."""
        self.mode_bar.setCurrentIndex(self.PHOTO_PAGE)
        self._set_status(label)
        self._start_photo(image)

    def _start_photo(self, source) -> None:
        self.current_result = None
        self.heatmap = self.overlay = None
        self._pending = self.recognizer is None
        self._set_busy(True)
        self._runner.start(_photo_job, source, self.recognizer, self.gradcam_check.isChecked())

    def choose_photo(self) -> None:
        start = settings.get("files/last_dir") or str(Path.home())
        patterns = " ".join(f"*{ext}" for ext in EXTENSIONS)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a dog photo"),
            start,
            self.tr("Images ({patterns})").format(patterns=patterns),
        )
        if path:
            settings.set("files/last_dir", str(Path(path).parent))
            self.open_path(path)

    def choose_folder(self) -> None:
        start = settings.get("files/last_dir") or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of photos"), start)
        if folder:
            settings.set("files/last_dir", folder)
            self.open_folder(folder)

    def paste(self) -> None:
        """Ctrl+V: an image from the clipboard, or copied image files."""
        mime: QMimeData = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files and self._open_files(files):
                return
        if mime is not None and mime.hasImage():
            image = QApplication.clipboard().image()
            if not image.isNull():
                self.open_image(from_qimage(image), self.tr("Pasted photo"))
                return
        if (
            mime is not None
            and mime.hasText()
            and Path(mime.text().strip()).exists()
            and self.open_path(mime.text().strip())
        ):
            return
        self._set_status(
            self.tr(
                "The clipboard holds no photo. Copy an image or an image file, then press Ctrl+V."
            ),
            error=True,
        )

    def _open_files(self, files: list[str]) -> bool:
        images = [f for f in files if is_image_file(f) or Path(f).is_dir()]
        if len(images) == 1:
            return self.open_path(images[0])
        if len(images) > 1:
            self.open_folder(None, files=[Path(f) for f in images if Path(f).is_file()])
            return True
        return False

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in settings.get("files/recent") if Path(p).is_file() and is_image_file(p)]
        if not recent:
            action = self.recent_menu.addAction(self.tr("No recent photos"))
            action.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))

    # ------------------------------------------------------------------- drag & drop
    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files and self._open_files(files):
            event.acceptProposedAction()
            return
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.open_image(from_qimage(image), self.tr("Dropped photo"))
                event.acceptProposedAction()
                return
        self._set_status(
            self.tr("Only photos (JPEG, PNG, BMP, WebP, TIFF) or folders can be dropped here."),
            error=True,
        )

    # ------------------------------------------------------------------- recognition
    def recognize(self) -> None:
        if self.current_image is None:
            self.choose_photo()
            return
        self._start_photo(self.current_image if self.current_path is None else self.current_path)

    def _on_gradcam_toggled(self, checked: bool) -> None:
        settings.set("breeds/gradcam", checked)
        if not checked:
            self.photo_view.set_image(self.current_image)
            return
        if self.overlay is not None:
            self.photo_view.set_image(self.overlay)
        elif (
            self.current_result is not None
            and self.recognizer is not None
            and not self._runner.busy
        ):
            self._set_busy(True)
            self._set_status(self.tr("Computing Grad-CAM…"))
            self._runner.start(
                _gradcam_job, self.recognizer, self.current_image, self.current_result
            )

    def _on_finished(self, payload: dict) -> None:
        kind = payload["kind"]
        if kind == "load":
            self._loading = False
            self.recognizer = payload["recognizer"]
            self._set_busy(self._runner.busy)
            self.recognize_button.setEnabled(True)
            self._set_status(
                self.tr("Ready: {model}. Open or drop a dog photo.").format(
                    model=self.recognizer.info.display_name()
                )
            )
            if self._pending and self.current_image is not None and not self._runner.busy:
                self.recognize()  # (a photo still being read is recognised when it arrives)
            return
        self._set_busy(False)
        if kind == "photo":
            self._show_photo(payload)
        elif kind == "gradcam":
            if payload["result"] is self.current_result:
                self.heatmap, self.overlay = payload["heatmap"], payload["overlay"]
                if self.gradcam_check.isChecked():
                    self.photo_view.set_image(self.overlay)
                self._set_status(
                    self.tr(
                        "Grad-CAM: red = the regions that raised the score of “{name}” most."
                    ).format(name=self._answer_name(self.current_result))
                )
        elif kind == "folder":
            self._finish_folder()

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self._set_status(message, error=True)
        self.context.status_message.emit(message)

    def _on_cancelled(self) -> None:
        self._set_busy(False)
        if self.pages.currentIndex() == self.FOLDER_PAGE:
            self._finish_folder(stopped=True)

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.busy.maximum() == 100:
            self.busy.setValue(int(100 * fraction))
        if message:
            self.folder_label.setText(message)

    def _show_photo(self, payload: dict) -> None:
        self.current_image = payload["image"]
        self.current_path = payload["path"]
        self.current_result = payload["result"]
        self.heatmap, self.overlay = payload["heatmap"], payload["overlay"]
        if self.current_path:
            settings.remember_recent(self.current_path)
        shown = (
            self.overlay
            if (self.gradcam_check.isChecked() and self.overlay is not None)
            else self.current_image
        )
        self.photo_view.set_image(shown)
        name = Path(self.current_path).name if self.current_path else self.tr("pasted photo")
        height, width = self.current_image.shape[:2]
        if self.current_result is None and self.recognizer is not None:
            self.recognize()  # the model became ready while the photo was being read
            return
        if self.current_result is None:
            self._pending = True
            self.verdict_label.setText("")
            self.bar_chart.clear(
                self.tr(
                    "The model is still loading; the photo is recognised as soon as it is ready."
                )
            )
            self._set_status(
                self.tr("{file} ({width}×{height})").format(file=name, width=width, height=height)
            )
            return
        self._pending = False
        self._show_result(self.current_result)
        if self.gradcam_check.isChecked() and self.overlay is None:
            self._on_gradcam_toggled(True)  # ticked while the photo was being recognised
        self._set_status(
            self.tr("{file} ({width}×{height}) recognised in {ms} ms.").format(
                file=name, width=width, height=height, ms=number(1000 * self.current_result.seconds)
            )
        )

    def _answer_name(self, result: breeds.Recognition) -> str:
        if not result.is_dog and result.looks_like is not None:
            return result.looks_like.name
        return result.top[0].display(language())

    def _show_result(self, result: breeds.Recognition) -> None:
        lang = language()
        if result.is_dog:
            best = result.top[0]
            self.verdict_label.setText(
                self.tr("{name} — {percent}").format(
                    name=best.display(lang), percent=percent(best.probability)
                )
            )
            self.chart_title.setText(
                self.tr("Top {count} breeds (share among the dog breeds):").format(
                    count=len(result.top)
                )
            )
            self.bar_chart.set_bars(
                [(s.display(lang), s.probability) for s in result.top], highlight=0
            )
        else:
            guess = result.looks_like
            self.verdict_label.setText(
                self.tr("Not a dog — looks like {name}").format(name=guess.name)
                if guess
                else self.tr("Not a dog")
            )
            self.chart_title.setText(self.tr("What it looks like (ImageNet classes):"))
            self.bar_chart.set_bars(
                [(g.name, g.probability) for g in result.imagenet_top], highlight=None, muted=True
            )
        details = []
        if result.dog_probability is not None:
            details.append(
                self.tr("Dog: {percent} (all dog classes together)").format(
                    percent=percent(result.dog_probability)
                )
            )
        model = (
            self.recognizer.info.display_name()
            if self.recognizer is not None and self.recognizer.name == result.model
            else result.model
        )
        details.append(self.tr("Model: {model}").format(model=model))
        self.details_label.setText("\n".join(details))

    # ------------------------------------------------------------------- folder mode
    def open_folder(self, folder: str | Path | None, files: list[Path] | None = None) -> None:
        if files is None:
            try:
                files = list_images(folder)
            except OSError as exc:
                self._set_status(
                    self.tr("Cannot open the folder {folder}: {error}").format(
                        folder=str(folder), error=exc.strerror
                    ),
                    error=True,
                )
                return
        self.mode_bar.setCurrentIndex(self.FOLDER_PAGE)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        self.folder_rows = []
        self.export_button.setEnabled(False)
        if not files:
            self.folder_label.setText(self.tr("No photos in {folder}.").format(folder=str(folder)))
            return
        if self.recognizer is None:
            self.folder_label.setText(self.tr("The model is still loading; try again in a moment."))
            return
        self.folder_label.setText(self.tr("Recognising {count} photos…").format(count=len(files)))
        self._set_busy(True, determinate=True)
        self._runner.start(_folder_job, self.recognizer, files, self._relay.row.emit)

    def _add_folder_row(self, row: breeds.FolderRow) -> None:
        self.folder_rows.append(row)
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)
        index = self.table.rowCount()
        self.table.insertRow(index)
        picture = QTableWidgetItem()
        if row.thumbnail is not None:
            picture.setIcon(QIcon(QPixmap.fromImage(to_qimage(row.thumbnail))))
        picture.setData(Qt.ItemDataRole.UserRole, row.path)
        file_item = QTableWidgetItem(Path(row.path).name)
        file_item.setToolTip(row.path)
        file_item.setData(Qt.ItemDataRole.UserRole, row.path)
        rec = row.recognition
        if rec is None:
            cells = [
                QTableWidgetItem(self.tr("error")),
                QTableWidgetItem(row.error),
                _NumberItem("", -1.0),
            ]
            cells[1].setToolTip(row.error)
        elif rec.is_dog:
            best = rec.top[0]
            cells = [
                _NumberItem(
                    self.tr("yes"), rec.dog_probability if rec.dog_probability is not None else 1.0
                ),
                QTableWidgetItem(best.display(language())),
                _NumberItem(BarChart.percent(best.probability), best.probability),
            ]
        else:
            guess = rec.looks_like
            cells = [
                _NumberItem(self.tr("no"), rec.dog_probability or 0.0),
                QTableWidgetItem(
                    self.tr("not a dog — {name}").format(name=guess.name)
                    if guess
                    else self.tr("not a dog")
                ),
                _NumberItem(
                    BarChart.percent(guess.probability) if guess else "",
                    guess.probability if guess else 0.0,
                ),
            ]
        for column, item in enumerate([picture, file_item, *cells]):
            self.table.setItem(index, column, item)
        self.table.setSortingEnabled(sorting)

    def _finish_folder(self, stopped: bool = False) -> None:
        self.table.setSortingEnabled(True)
        dogs = sum(
            1 for r in self.folder_rows if r.recognition is not None and r.recognition.is_dog
        )
        failed = sum(1 for r in self.folder_rows if r.recognition is None)
        text = self.tr("{count} photos: {dogs} dogs, {others} other, {failed} unreadable.").format(
            count=len(self.folder_rows),
            dogs=dogs,
            others=len(self.folder_rows) - dogs - failed,
            failed=failed,
        )
        self.folder_label.setText(
            self.tr("Stopped. {summary}").format(summary=text) if stopped else text
        )
        self._set_status(self.folder_label.text())
        self.export_button.setEnabled(bool(self.folder_rows))

    def _open_table_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 1)
        if item is not None:
            self.open_path(item.data(Qt.ItemDataRole.UserRole))

    def choose_csv(self) -> None:
        start = str(Path(settings.get("files/last_dir") or Path.home()) / "breeds.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table as CSV"), start, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> bool:
        try:
            breeds.write_csv(self.folder_rows, path)
        except OSError as exc:
            self._set_status(
                self.tr("Cannot write {file}: {error}").format(file=str(path), error=exc.strerror),
                error=True,
            )
            return False
        self._set_status(
            self.tr("Saved {count} rows to {file}.").format(
                count=len(self.folder_rows), file=str(path)
            )
        )
        return True

    # ----------------------------------------------------------------------- shutdown
    def shutdown(self) -> None:
        self._runner.shutdown()
        self._model_runner.shutdown(60000)


if __name__ == "__main__":
    import sys

    from visionagent.qt.preview import run_tab_alone

    sys.exit(run_tab_alone(BreedsTab, size=(1100, 700)))

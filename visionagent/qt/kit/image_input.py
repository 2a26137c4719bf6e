"""Every way a picture reaches a tab: the open dialogs, drag and drop, Ctrl+V, the samples menu.

One dialog (one list of extensions, the last folder remembered) and one interpretation of
dropped or pasted data for the whole app. A tab creates an :class:`ImageInput` for its widget and
connects ``paths_given`` (files or folders) and ``image_given`` (a bitmap from the clipboard or
another program); what cannot be used arrives as ``refused`` with one clear line.
"""

from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QEvent, QMimeData, QObject, Qt, pyqtSignal
from PyQt6.QtGui import QImage, QKeySequence, QShortcut
from PyQt6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from visionagent import settings
from visionagent.core import samples
from visionagent.core.images import EXTENSIONS
from visionagent.i18n import translate
from visionagent.qt.kit.files import open_file_dialog, start_folder
from visionagent.qt.kit.images import from_qimage


def image_filter() -> str:
    patterns = " ".join(f"*{ext}" for ext in EXTENSIONS)
    return translate("ImageInput", "Images ({patterns})").format(patterns=patterns)


def open_image_dialog(parent: QWidget, title: str | None = None) -> str | None:
    """Ask for one image file (starting in the last folder used); None when cancelled."""
    return open_file_dialog(parent, title or translate("ImageInput", "Open image"), image_filter())


def open_folder_dialog(parent: QWidget, title: str | None = None) -> str | None:
    """Ask for a folder (starting in the last folder used); None when cancelled."""
    title = title or translate("ImageInput", "Open a folder of images")
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder())
    if not folder:
        return None
    settings.set("files/last_dir", folder)
    return folder


def paths_from_mime(mime: QMimeData | None) -> list[str]:
    """Local files and folders in dragged or copied data (URLs, or a path as plain text)."""
    if mime is None:
        return []
    if mime.hasUrls():
        found = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if found:
            return found
    if mime.hasText():
        text = mime.text().strip()
        if text and "\n" not in text and len(text) < 4096 and Path(text).exists():
            return [text]
    return []


def image_from_mime(mime: QMimeData | None):
    """An RGB uint8 array from bitmap data in ``mime`` (a copied or dragged picture), or None."""
    if mime is None or not mime.hasImage():
        return None
    image = mime.imageData()
    if isinstance(image, QImage) and not image.isNull():
        return from_qimage(image)
    return None


def samples_menu(parent: QWidget, on_chosen, kinds: tuple[str, ...] | None = None) -> QMenu:
    """A menu of the shipped sample pictures; ``on_chosen(path)`` when one is picked."""
    menu = QMenu(parent)
    for sample in samples.samples(kinds):
        action = menu.addAction(sample.label())
        action.setData(str(sample.path))
        action.setToolTip(str(sample.path))
        action.triggered.connect(lambda _=False, p=str(sample.path): on_chosen(p))
    return menu


class ImageInput(QObject):
    """Drop and paste for ``widget``: emits ``paths_given``, ``image_given`` or ``refused``."""

    paths_given = pyqtSignal(list)  # local files and folders
    image_given = pyqtSignal(object, str)  # RGB uint8 array, a label ("Pasted picture")
    refused = pyqtSignal(str)

    def __init__(self, widget: QWidget, paste: bool = True):
        super().__init__(widget)
        self.widget = widget
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        if paste:
            shortcut = QShortcut(QKeySequence.StandardKey.Paste, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.paste)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()
            if mime.hasUrls() or mime.hasImage():
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            event.acceptProposedAction()
            self.take(event.mimeData(), translate("ImageInput", "Dropped picture"))
            return True
        return super().eventFilter(watched, event)

    def paste(self) -> None:
        """Ctrl+V: copied files, a copied picture, or a path as text."""
        self.take(QApplication.clipboard().mimeData(), translate("ImageInput", "Pasted picture"))

    def take(self, mime: QMimeData | None, label: str) -> bool:
        found = paths_from_mime(mime)
        if found:
            self.paths_given.emit(found)
            return True
        image = image_from_mime(mime)
        if image is not None:
            self.image_given.emit(image, label)
            return True
        self.refused.emit(
            translate(
                "ImageInput",
                "There is no picture to take. Copy or drag a photo or an image file (JPEG, PNG, "
                "BMP, WebP, TIFF), or a folder of them.",
            )
        )
        return False

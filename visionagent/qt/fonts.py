"""A Korean font when the computer has none, so Korean labels never show as empty boxes.

Many Linux classroom PCs have no font with Hangul. The bundled NanumSquare (SIL Open Font
License, resources/fonts/) is loaded only then, and set as the substitute of the default family
so Qt falls back to it for every Hangul character.
"""

from __future__ import annotations

import logging

from PyQt6.QtGui import QFont, QFontDatabase
from PyQt6.QtWidgets import QApplication

from visionagent import paths

log = logging.getLogger(__name__)
BUNDLED = ("NanumSquareR.ttf", "NanumSquareB.ttf")


def has_korean_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def ensure_korean_font(app: QApplication, force: bool = False) -> str | None:
    """Load the bundled Korean font when no installed font covers Hangul (or ``force``).

    Returns the family name that was added, or None when the system's fonts were enough.
    """
    if has_korean_font() and not force:
        return None
    family = None
    for name in BUNDLED:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family is None:
        log.warning("no Korean font installed and the bundled one could not be loaded")
        return None
    default = app.font().family()
    QFont.insertSubstitutions(default, [*QFont.substitutes(default), family])
    log.info("no Korean font installed: using the bundled %s for Hangul", family)
    return family

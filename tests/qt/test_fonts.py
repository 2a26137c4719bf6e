"""Korean labels never show as boxes: the bundled NanumSquare is used when no font has Hangul."""

from __future__ import annotations

import numpy as np
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QColor, QFontDatabase, QImage, QPainter

from visionagent.qt.fonts import ensure_korean_font
from visionagent.qt.kit.images import from_qimage


def _render(app, text: str) -> np.ndarray:
    image = QImage(64, 40, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(app.font())
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return from_qimage(image)


def test_hangul_renders_as_letters_not_boxes(qapp):
    ensure_korean_font(qapp, force=True)
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    tofu = _render(qapp, "\ue000\ue000")  # private-use code points: the "missing glyph" box
    for word in ("가나", "합성", "특징"):
        drawn = _render(qapp, word)
        assert (drawn < 128).any(), f"{word} drew nothing"
        assert not np.array_equal(drawn, tofu), f"{word} drew missing-glyph boxes"
    assert not np.array_equal(_render(qapp, "가나"), _render(qapp, "합성"))

"""Translation helpers shared by the core, the CLI and the GUI.

Widgets call ``self.tr("...")``. Code outside widgets (core error messages, CLI texts) calls
:func:`translate` with a context, which ``pylupdate6`` extracts like ``QCoreApplication.translate``.
The core stays free of Qt: Qt's translator is used only when the GUI (or a CLI that asked for a
language) has already imported it; otherwise the English source text is returned.
"""
from __future__ import annotations

import sys

LANGUAGES = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` translated in ``context`` when a Qt translator is installed."""
    qtcore = sys.modules.get("PyQt6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text
    return qtcore.QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    """The UI language from the system locale: ``ko`` for a Korean locale, else ``en``."""
    import locale
    import os

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "ko" if code.lower().startswith("ko") else DEFAULT_LANGUAGE


def install_translator(app, language: str) -> bool:
    """Load ``resources/i18n/visionagent_<language>.qm`` (and Qt's own) into ``app``.

    Returns True when a VisionAgent translation was installed. English needs none.
    """
    from PyQt6.QtCore import QLibraryInfo, QLocale, QTranslator

    from visionagent import paths

    for old in getattr(app, "_visionagent_translators", []):
        app.removeTranslator(old)
    app._visionagent_translators = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return False
    QLocale.setDefault(QLocale(language))
    installed = False
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        app._visionagent_translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(str(paths.resources_dir() / "i18n" / f"visionagent_{language}.qm")):
        app.installTranslator(ours)
        app._visionagent_translators.append(ours)
        installed = True
    return installed

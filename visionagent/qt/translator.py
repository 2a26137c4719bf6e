"""Qt's side of the translations: installing the ``.qm`` catalogues into an application.

Kept out of :mod:`visionagent.i18n`, which the core uses and which must not import Qt.
"""

from __future__ import annotations

from PyQt6.QtCore import QLibraryInfo, QLocale, QTranslator

from visionagent import paths


def install_translator(app, language: str) -> bool:
    """Load ``resources/i18n/visionagent_<language>.qm`` (and Qt's own) into ``app``.

    Returns True when a VisionAgent translation was installed. English needs none.
    """
    for old in getattr(app, "_visionagent_translators", []):
        app.removeTranslator(old)
    app._visionagent_translators = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return False
    QLocale.setDefault(QLocale(language))
    installed = False
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        app._visionagent_translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(str(paths.resources_dir() / "i18n" / f"visionagent_{language}.qm")):
        app.installTranslator(ours)
        app._visionagent_translators.append(ours)
        installed = True
    return installed

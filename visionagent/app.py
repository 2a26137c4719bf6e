"""QApplication set-up: names for QSettings, logging, the exception hook, the main window.

Importing this module does not import TensorFlow; the main window loads it in the background.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from pathlib import Path

from PyQt6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PyQt6.QtWidgets import QApplication, QMessageBox

from visionagent import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__, logs, paths, settings
from visionagent.i18n import system_language, translate, without_mnemonic
from visionagent.qt.translator import install_translator

log = logging.getLogger("visionagent")


def setup_logging() -> str:
    """Log to a rotating file in the user data folder; returns its path ("" when on stderr).

    A log folder that cannot be written (a file in its place, read-only) is no reason not to
    start: the messages then go to stderr (:func:`visionagent.logs.setup`).
    """
    path = logs.setup()
    return str(path) if path else ""


def _log_file_text() -> str:
    folder = logs.log_dir()
    return str(folder / logs.LOG_NAME) if folder else "stderr"


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind, context, message) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def route_qt_messages() -> None:
    """Qt's own messages (plugin warnings, font notes) go to the log, not to the console."""
    if not os.environ.get("VISIONAGENT_QT_MESSAGES_ON_STDERR"):
        qInstallMessageHandler(_qt_message)


def handle_ctrl_c(app: QApplication, on_interrupt) -> QTimer:
    """Call ``on_interrupt()`` on Ctrl-C while Qt's event loop runs (Python's handler needs the
    interpreter to run now and then: a timer gives it the chance). Returns the timer."""
    signal.signal(signal.SIGINT, lambda *_: on_interrupt())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(200)
    return timer


def _exception_hook(kind, value, tb) -> None:
    """Log the traceback and show a short dialog; the app keeps running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if sys.stderr is not None:  # a console (CLI, terminal): one line, the details are in the log
        print(f"{kind.__name__}: {value} (details: {_log_file_text()})", file=sys.stderr)
    app = QApplication.instance()
    if app is None:
        return
    from visionagent.qt.workers import friendly_message

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, friendly_message(value))
    box.setInformativeText(
        translate("App", "VisionAgent keeps running. Details were written to {file}.").format(
            file=_log_file_text()
        )
    )
    box.setModal(False)
    app._visionagent_error_box = box  # keep a reference while it is shown
    box.show()


def resolve_language(requested: str | None) -> str:
    if requested:
        return requested
    saved = settings.get("ui/language")
    return saved or system_language()


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """Create (or reuse) the QApplication with names, logging, translator and exception hook."""
    for stream in ("stdout", "stderr"):  # windowed frozen builds have no console streams
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setOrganizationDomain(ORG_DOMAIN)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    setup_logging()
    settings.migrate()
    lang = resolve_language(language)
    install_translator(app, lang)
    from visionagent.qt.fonts import ensure_korean_font

    ensure_korean_font(app)
    app.setProperty("visionagent_language", lang)
    icon = paths.resource("icons", "visionagent.png")
    if icon.is_file():
        from PyQt6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    sys.excepthook = _exception_hook
    return app


def run_gui(language: str | None = None, lessons: list[str] | None = None) -> int:
    route_qt_messages()
    app = create_application(language=language)
    interrupted = []

    def stop() -> None:  # Ctrl-C in the terminal: close the window as the user would, once the
        interrupted.append(True)  # event loop runs (the window may still be in the making)
        QTimer.singleShot(0, lambda: window.close())
        QTimer.singleShot(300, lambda: app.exit(130))

    app._visionagent_ctrl_c = handle_ctrl_c(app, stop)  # before the window: no Ctrl-C escapes
    from visionagent.qt.main_window import MainWindow

    window = MainWindow()
    window.show()
    log.info("window shown")
    for lesson in lessons or ():  # --lesson FILE: a bad file gets the window's message
        QTimer.singleShot(0, lambda name=lesson: window.lessons.open_file(name))
    if os.environ.get("VISIONAGENT_STARTUP_PROBE"):
        _startup_probe(window)
    code = app.exec()
    if interrupted:
        print(translate("Cli", "Stopped (Ctrl-C)."), file=sys.stderr, flush=True)
        return 130
    return code


def _startup_probe(window) -> None:
    """For bench/startup.py: print when the window is shown and when TensorFlow is ready, then
    quit."""
    QTimer.singleShot(0, lambda: print("probe window_shown", flush=True))

    def ready(_info) -> None:
        print("probe tf_ready", flush=True)
        QTimer.singleShot(0, lambda: window.close())

    window.context.tf_ready.connect(ready)
    window.context.tf_failed.connect(lambda _m: window.close())


def self_test(
    language: str | None = None, timeout_s: float = 120.0, lessons: list[str] | None = None
) -> int:
    """Open the main window, visit every tab, wait for TensorFlow, report, exit 0 on success.

    ``lessons`` (``--lesson FILE``) are opened in turn first; one that does not open fails.
    """
    if lessons:  # a file that is no lesson fails at once, before the window and TensorFlow
        from visionagent.qt.lessons import unreadable_lessons

        if unreadable_lessons(lessons):
            print(translate("SelfTest", "self-test failed"), flush=True)
            return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    route_qt_messages()
    app = create_application(language=language)
    outcome = {"code": 1}

    def interrupted() -> None:  # Ctrl-C: handled from here on, even while the window is made (a
        if outcome.get("interrupted"):  # KeyboardInterrupt there would leave Qt's threads running
            return  # at exit, and the process would abort)
        print(translate("Cli", "Stopped (Ctrl-C)."), file=sys.stderr, flush=True)
        outcome["interrupted"] = True
        QTimer.singleShot(0, lambda: finish(130))  # in the event loop, once everything exists

    app._visionagent_ctrl_c = handle_ctrl_c(app, interrupted)
    from visionagent.qt.main_window import MainWindow

    window = MainWindow()
    window.show()
    print(
        translate("SelfTest", "window shown with {count} tabs").format(count=window.tabs.count()),
        flush=True,
    )

    def visit(index: int = 0) -> None:
        if index < window.tabs.count():
            window.tabs.setCurrentIndex(index)
            print(
                translate("SelfTest", "tab {index}: {name}").format(
                    index=index + 1, name=without_mnemonic(window.tabs.tabText(index))
                ),
                flush=True,
            )
            QTimer.singleShot(50, lambda: visit(index + 1))

    def ready(info) -> None:
        print(
            translate("SelfTest", "TensorFlow {version} ready on {device}").format(
                version=info.tensorflow_version, device=info.describe()
            ),
            flush=True,
        )
        registry = window.context.registry
        problems = []
        for problem in registry.problems():  # a broken model of the user's is reported, but
            print(str(problem), file=sys.stderr)  # only a shipped one fails the self-test
            if not any(
                Path(f) in (problem.path, problem.path.parent) for f in registry.user_folders
            ):
                problems.append(problem)
        print(
            translate("SelfTest", "models: {names}").format(
                names=", ".join(registry.names()) or "-"
            ),
            flush=True,
        )
        for name in registry.names():  # every model must load, as the tabs will load them
            try:
                registry.load(name)
            except Exception as exc:
                problems.append(exc)
                print(str(exc), file=sys.stderr)
            else:
                print(translate("SelfTest", "model {name} loads").format(name=name), flush=True)
        finish(0 if not problems and outcome.get("lessons", True) else 1)

    def finish(code: int) -> None:
        outcome["code"] = code
        window.close()
        QTimer.singleShot(300, lambda: app.exit(code))  # also ends a dialog's event loop

    def failed(message: str) -> None:
        print(message, file=sys.stderr)
        finish(1)

    def timed_out() -> None:
        print(translate("SelfTest", "self-test timed out"), file=sys.stderr)
        finish(1)

    if lessons:
        from visionagent.qt.lessons import check_lessons

        outcome["lessons"] = check_lessons(window.lessons, lessons)
        if not outcome["lessons"]:
            QTimer.singleShot(0, lambda: finish(1))
    window.context.tf_ready.connect(ready)
    window.context.tf_failed.connect(failed)
    QTimer.singleShot(0, visit)
    QTimer.singleShot(int(timeout_s * 1000), timed_out)
    app.exec()
    window.shutdown()  # a job a late signal started after the close (a tab's model load)
    if outcome.get("interrupted"):
        return 130
    passed = outcome["code"] == 0
    print(
        translate("SelfTest", "self-test passed")
        if passed
        else translate("SelfTest", "self-test failed"),
        flush=True,
    )
    return outcome["code"]

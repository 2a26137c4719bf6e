"""One entry point: no arguments opens the GUI; subcommands run the same core without a window.

Subcommands live in :mod:`visionagent.commands` (one module each, with ``register(subparsers)``).

The language is decided before the parser is built (``--lang`` in the arguments, else the saved
choice, else the system's: :func:`ui_language`) and its translators installed, so every help text
(``translate("Cli", …)``) and argparse's own words (``usage:``, ``options``, errors:
:func:`argparse_in_ui_language`) come out in that language.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys
import unicodedata
from collections.abc import Iterator

from visionagent import APP_NAME, __version__
from visionagent.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

COMMAND_MODULES = (
    "digits",
    "breed",
    "classify",
    "train",
    "export",
    "lessons",
    "inspect",
    "architectures",
)
_cli_app = None  # a QCoreApplication holding the translators of the language for subcommands
_cli_app_ours = False  # made here (not found), so ours to delete before the GUI starts

# argparse's own words (Python 3.11–3.13) that a user can meet, for pylupdate6 to extract; argparse
# asks gettext for them, and :func:`argparse_in_ui_language` answers from the "Argparse" context.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
)


def _argparse_gettext(message: str | None) -> str | None:
    return translate("Argparse", message) if message else message


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    return translate("Argparse", singular if count == 1 else plural)


@contextlib.contextmanager
def argparse_in_ui_language() -> Iterator[None]:
    """Let argparse's own words follow the installed translators while parsers are built and used.

    argparse looks them up through the module globals ``_`` and ``ngettext`` (gettext's) each
    time it needs one; they are pointed at the "Argparse" context of our catalogue meanwhile and
    restored afterwards. Without a translator (English) the words come back unchanged.
    """
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap_by_width(text: str, width: int) -> list[str]:
    """Words of ``text`` in lines of at most ``width`` terminal columns (a Hangul syllable takes
    two); a longer word stays whole on its own line."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in text.split():
        size = _display_width(word)
        if line and used + 1 + size > width:
            lines.append(" ".join(line))
            line, used = [], 0
        used += size + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping texts with wide characters (Korean) by the columns they take
    on a terminal rather than by their length; other texts are wrapped exactly as argparse does."""

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        if prefix is None:
            prefix = argparse._("usage: ")  # (our "Argparse" words while a parser is in use)
        width = _display_width(prefix)
        if width == len(prefix):
            return super()._format_usage(usage, actions, groups, prefix)
        stand_in = "\0" * width  # as wide as the prefix, so the lines below it align
        return super()._format_usage(usage, actions, groups, stand_in).replace(stand_in, prefix, 1)

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        if _display_width(text) == len(text):
            return super()._split_lines(text, width)
        return _wrap_by_width(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        collapsed = self._whitespace_matcher.sub(" ", text).strip()
        if _display_width(collapsed) == len(collapsed):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in _wrap_by_width(collapsed, width - len(indent)))


class ArgumentParser(argparse.ArgumentParser):
    """The parser of ``visionagent`` and of its subcommands: :class:`HelpFormatter` by default."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def requested_language(argv: list[str]) -> str | None:
    """The value of ``--lang X`` / ``--lang=X`` in ``argv`` (or an abbreviation argparse would
    take, ``--lan``), when it names a known language; else None."""
    for index, token in enumerate(argv):
        if token == "--":
            break
        name, equals, value = token.partition("=")
        if len(name) < 4 or not "--lang".startswith(name):
            continue
        if not equals:
            value = argv[index + 1] if index + 1 < len(argv) else ""
        return value if value in LANGUAGES else None
    return None


def ui_language(argv: list[str]) -> str:
    """The language of this run, decided the GUI's way (:func:`visionagent.app.resolve_language`):
    ``--lang``, else the language saved in the settings, else the system's."""
    requested = requested_language(argv)
    if requested:
        return requested
    from visionagent import logs, settings
    from visionagent.i18n import system_language

    logs.setup()  # what reading the settings has to say (a damaged file) goes to the log
    return settings.get("ui/language") or system_language()


def build_parser() -> ArgumentParser:
    """The parser of every subcommand, its texts in the language of the installed translators."""
    parser = ArgumentParser(
        prog="visionagent",
        description=translate(
            "Cli",
            "{app}: learn convolutional neural networks by using them. "
            "Without a command the desktop app opens.",
        ).format(app=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help=translate("Cli", "user interface language (default: system / saved)"),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=translate(
            "Cli",
            "also show library messages (TensorFlow, OpenCV, Qt) and the log on stderr",
        ),
    )
    parser.add_argument(
        "--lesson",
        action="append",
        metavar="FILE",
        help=translate(
            "Cli",
            "open the desktop app with this lesson (a lesson file, or the id of a shipped one: "
            "see 'visionagent lessons'); with self-test, check that it opens (repeat to check "
            "several)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    st = sub.add_parser(
        "self-test",
        help=translate(
            "Cli", "open the main window offscreen, visit every tab, exit 0 when all is well"
        ),
    )
    st.add_argument(
        "--timeout",
        type=float,
        default=180.0,
        help=translate("Cli", "seconds to wait for TensorFlow (default 180)"),
    )
    st.set_defaults(func=lambda args: _self_test(args))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"visionagent.commands.{name}")
        except ImportError:
            continue
        module.register(sub)
    return parser


def _self_test(args) -> int:
    from visionagent.app import self_test

    return self_test(language=args.lang, timeout_s=args.timeout, lessons=args.lesson)


def _cli_translations(language: str) -> None:
    """Install the translators of ``language`` (Qt core only, no window) so that help texts and
    the core messages printed by subcommands follow it. English needs none."""
    if language == "en":
        return
    from PyQt6.QtCore import QCoreApplication

    from visionagent.qt.translator import install_translator

    global _cli_app, _cli_app_ours  # the application must outlive this function, or Qt's
    # translators go with it
    _cli_app = QCoreApplication.instance()
    _cli_app_ours = _cli_app is None
    if _cli_app is None:
        _cli_app = QCoreApplication(sys.argv[:1])
    install_translator(_cli_app, language)


def _release_cli_app() -> None:
    """Delete the QCoreApplication made for the translators, if this module made it: the GUI and
    self-test make their own QApplication (with the same language), which cannot sit beside it."""
    global _cli_app, _cli_app_ours
    app, ours, _cli_app, _cli_app_ours = _cli_app, _cli_app_ours, None, False
    if app is None or not ours:
        return
    from PyQt6 import sip

    if not sip.isdeleted(app):
        sip.delete(app)


def main(argv: list[str] | None = None) -> int:
    """Run the GUI or one subcommand; returns the exit status (130 after Ctrl-C)."""
    for stream in ("stdout", "stderr"):  # windowed builds have no console
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        language = ui_language(argv)
        _cli_translations(language)
        with argparse_in_ui_language():
            parser = build_parser()
            args = parser.parse_args(argv)
            if args.lesson and args.command not in (None, "self-test"):
                parser.error(
                    translate(
                        "Cli", "--lesson opens the desktop app: use it alone or with self-test"
                    )
                )
        if args.command in (None, "self-test"):
            _release_cli_app()
        if args.command is None:
            from visionagent import logs
            from visionagent.app import run_gui

            if not args.verbose:
                logs.quiet_libraries()
            logs.setup(verbose=args.verbose)
            return run_gui(language=args.lang, lessons=args.lesson)
        if args.command != "self-test":
            args.lang = language  # the language decided above, for commands that print names
        return _run_command(args)
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:  # `visionagent breed … | head`: the reader left, nothing to say
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _run_command(args) -> int:
    """A subcommand with the console kept for VisionAgent's own lines (unless --verbose)."""
    from visionagent import logs

    if not args.verbose:
        logs.quiet_libraries()
    logs.setup(verbose=args.verbose)
    quiet = contextlib.nullcontext() if args.verbose else logs.quiet_native_stderr()
    with quiet:
        try:
            return int(args.func(args) or 0)
        except KeyboardInterrupt:
            return _interrupted()


def _interrupted() -> int:
    """One line for Ctrl-C, exit status 130 (128 + SIGINT); a second Ctrl-C ends at once."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    print(translate("Cli", "Stopped (Ctrl-C)."), file=sys.stderr, flush=True)
    return 130


if __name__ == "__main__":
    sys.exit(main())

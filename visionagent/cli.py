"""One entry point: no arguments opens the GUI; subcommands run the same core without a window.

Subcommands live in :mod:`visionagent.commands` (one module each, with ``register(subparsers)``).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import signal
import sys

from visionagent import APP_NAME, __version__
from visionagent.i18n import LANGUAGES, translate

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
_cli_app = None  # a QCoreApplication holding the translators of --lang for subcommands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="visionagent",
        description=f"{APP_NAME}: learn convolutional neural networks by using them. "
        "Without a command the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help="user interface language (default: system / saved)",
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="also show library messages (TensorFlow, OpenCV, Qt) and the log on stderr",
    )
    parser.add_argument(
        "--lesson",
        action="append",
        metavar="FILE",
        help="open the desktop app with this lesson (a lesson file, or the id of a shipped one: "
        "see 'visionagent lessons'); with self-test, check that it opens (repeat to check several)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    st = sub.add_parser(
        "self-test", help="open the main window offscreen, visit every tab, exit 0 when all is well"
    )
    st.add_argument(
        "--timeout", type=float, default=180.0, help="seconds to wait for TensorFlow (default 180)"
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


def _cli_translations(language: str | None) -> None:
    """Let core messages printed by subcommands follow --lang (Qt core only, no window)."""
    if not language or language == "en":
        return
    from PyQt6.QtCore import QCoreApplication

    from visionagent.qt.translator import install_translator

    global _cli_app  # the application must outlive this function, or Qt's translators go with it
    _cli_app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translator(_cli_app, language)


def main(argv: list[str] | None = None) -> int:
    """Run the GUI or one subcommand; returns the exit status (130 after Ctrl-C)."""
    for stream in ("stdout", "stderr"):  # windowed builds have no console
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            from visionagent import logs
            from visionagent.app import run_gui

            if not args.verbose:
                logs.quiet_libraries()
            logs.setup(verbose=args.verbose)
            return run_gui(language=args.lang, lessons=args.lesson)
        if args.lesson and args.command != "self-test":
            parser.error("--lesson opens the desktop app: use it alone or with self-test")
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
            if args.command != "self-test":
                _cli_translations(args.lang)
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

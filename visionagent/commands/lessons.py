"""``visionagent lessons [--json]``: the shipped lessons (``resources/lessons``).

Plain output is one line per lesson (id, tab, title in the ``--lang`` language, file);
``--json`` prints ``[{"id", "title", "title_ko", "path"}]``. A shipped lesson that does not
load is reported on stderr and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys

from visionagent.i18n import translate


def register(sub) -> None:
    p = sub.add_parser(
        "lessons", help=translate("Cli", "list the shipped lessons (open one with --lesson)")
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("Cli", 'print [{"id", "title", "title_ko", "path"}]'),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from visionagent.core import lessons

    try:
        found = lessons.shipped()
    except lessons.LessonError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    if args.json:
        rows = [
            {"id": x.id, "title": x.title, "title_ko": x.title_ko, "path": str(x.path)}
            for x in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    language = getattr(args, "lang", None) or "en"
    for lesson in found:
        print(f"{lesson.id:<20} {lesson.tab:<9} {lesson.title_in(language)}  ({lesson.path})")
    return 0

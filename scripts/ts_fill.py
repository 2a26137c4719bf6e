"""Help translators fill resources/i18n/visionagent_<lang>.ts (the .ts stays the source of truth).

    python scripts/ts_fill.py export todo.json           # unfinished messages → {context: {source:
    ""}}
    python scripts/ts_fill.py apply done.json            # fill unfinished messages from such a file
    python scripts/ts_fill.py apply done.json --force    # …and overwrite finished ones too
    python scripts/ts_fill.py reuse                      # fill from the same source text in
    another context
    python scripts/ts_fill.py check                      # count unfinished messages (exit 1 if any)

Then run ``python scripts/build_translations.py`` (pylupdate6 rewrites the .ts in its own layout,
lrelease compiles the .qm). Placeholders such as ``{count}`` must survive: ``apply`` refuses a
translation whose placeholders differ from the source's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "i18n" / f"visionagent_{language}.ts"


def messages(root: ElementTree.Element):
    """Yield ``(context name, message element)`` for every message."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not translation_text(message).strip()
    )


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def set_translation(message: ElementTree.Element, text: str) -> None:
    """Set the translation; a plural message (``numerus="yes"``) gets it as its one
    ``<numerusform>`` (Korean has a single plural form)."""
    translation = message.find("translation")
    if translation is None:
        translation = ElementTree.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for old in list(translation):
        translation.remove(old)
    if message.get("numerus") == "yes":
        translation.text = None
        ElementTree.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def translation_text(message: ElementTree.Element) -> str:
    """The translation's text (the first plural form of a plural message)."""
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms[0] if forms else (translation.text or "")


def write(tree: ElementTree.ElementTree, path: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("export", "apply", "reuse", "check"))
    parser.add_argument("file", nargs="?", help="JSON file for export/apply")
    parser.add_argument("--lang", default="ko")
    parser.add_argument(
        "--force", action="store_true", help="apply: overwrite finished translations too"
    )
    args = parser.parse_args(argv)
    path = ts_path(args.lang)
    tree = ElementTree.parse(path)
    root = tree.getroot()

    if args.action == "check":
        todo = [(c, m.findtext("source")) for c, m in messages(root) if is_unfinished(m)]
        for context, source in todo:
            print(f"unfinished: [{context}] {source}")
        print(f"{len(todo)} unfinished of {sum(1 for _ in messages(root))} messages in {path.name}")
        return 1 if todo else 0

    if args.action == "export":
        todo: dict[str, dict[str, str]] = {}
        for context, message in messages(root):
            if is_unfinished(message):
                todo.setdefault(context, {})[message.findtext("source")] = ""
        Path(args.file).write_text(json.dumps(todo, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{sum(len(v) for v in todo.values())} unfinished messages written to {args.file}")
        return 0

    if args.action == "reuse":
        known = {
            m.findtext("source"): translation_text(m)
            for _, m in messages(root)
            if not is_unfinished(m)
        }
        filled = 0
        for _, message in messages(root):
            source = message.findtext("source")
            if is_unfinished(message) and source in known:
                set_translation(message, known[source])
                filled += 1
        write(tree, path)
        print(f"{filled} messages filled from other contexts")
        return 0

    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    filled, problems = 0, []
    for context, message in messages(root):
        source = message.findtext("source")
        text = data.get(context, {}).get(source) or data.get("*", {}).get(source)
        if not text or not (args.force or is_unfinished(message)):
            continue
        if placeholders(text) != placeholders(source):
            problems.append(f"[{context}] placeholders differ: {source!r} → {text!r}")
            continue
        set_translation(message, text)
        filled += 1
    write(tree, path)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{filled} messages filled in {path.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

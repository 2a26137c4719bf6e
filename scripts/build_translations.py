"""Update the translation sources and compile them.

    python scripts/build_translations.py            # pylupdate6 → resources/i18n/*.ts, lrelease →
    *.qm
    python scripts/build_translations.py --compile  # only compile the .ts files to .qm

pylupdate6 (PyQt6) extracts every ``self.tr(...)`` and ``translate(context, ...)`` call and keeps
existing translations. ``lrelease`` comes from Qt's tools (Debian: qt6-l10n-tools, which installs
/usr/lib/qt6/bin/lrelease). The compiled ``.qm`` files are committed, so running the app or the
tests never needs these tools.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ko",)


def find_lrelease() -> str | None:
    for candidate in ("lrelease", "lrelease-qt6", "/usr/lib/qt6/bin/lrelease", "pyside6-lrelease"):
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    return None


def update_sources() -> None:
    pylupdate = Path(sys.executable).with_name("pylupdate6")
    command = str(pylupdate) if pylupdate.exists() else "pylupdate6"
    for lang in LANGUAGES:
        ts = I18N / f"visionagent_{lang}.ts"
        subprocess.run(
            [command, "--no-obsolete", "--ts", str(ts), str(ROOT / "visionagent")],
            check=True,
            cwd=ROOT,
        )


def compile_all() -> int:
    lrelease = find_lrelease()
    if lrelease is None:
        print(
            "lrelease not found (install qt6-l10n-tools); keeping the committed .qm files",
            file=sys.stderr,
        )
        return 1
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run(
            [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
        print(f"compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if not args.compile:
        update_sources()
    return compile_all()


if __name__ == "__main__":
    sys.exit(main())

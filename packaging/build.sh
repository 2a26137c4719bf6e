#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/VisionAgent/ and smoke-test it.
#   bash packaging/build.sh            (uses .venv, creating it when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
if [ ! -x "$PY" ]; then
    python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[dev]"
fi
"$PY" scripts/build_translations.py --compile || echo "translations not compiled (see scripts/build_translations.py)" >&2
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/visionagent.spec
du -sh dist/VisionAgent
"$PY" scripts/check_bundle.py dist/VisionAgent

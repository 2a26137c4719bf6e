#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/VisionAgent/ and smoke-test it.
#
#   bash packaging/build.sh
#
# The bundle is built in its own clean virtualenv (.venv-build) so that nothing the app does not
# use gets collected (FIELD_NOTES: Keras imports other backends when present). The runtime
# dependencies come from pyproject.toml ([project] dependencies, PyInstaller from the dev extra)
# with one change: tensorflow-cpu instead of tensorflow, the same TensorFlow without the CUDA
# kernels (classroom PCs have no NVIDIA GPU set up; the bundle shrinks by about 1 GB). The venv is
# brought up to date whenever that list changes. Set BUILD_VENV=.venv to build from the dev venv.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_VENV=${BUILD_VENV:-.venv-build}
PY="$BUILD_VENV/bin/python"
[ -x "$PY" ] || python3 -m venv "$BUILD_VENV"
REQS=$("$PY" packaging/requirements.py)
STAMP="$BUILD_VENV/.visionagent-requirements"
if [ "$BUILD_VENV" != ".venv" ] && [ "$(cat "$STAMP" 2>/dev/null)" != "$REQS" ]; then
    "$PY" -m pip install -q --upgrade pip
    mapfile -t REQ_LIST <<<"$REQS"
    "$PY" -m pip install -q "${REQ_LIST[@]}"
    "$PY" -m pip install -q --no-deps -e .
    printf '%s\n' "$REQS" >"$STAMP"
fi
"$PY" scripts/build_translations.py --compile || echo "lrelease missing: using the committed .qm files" >&2
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/visionagent.spec
# Debug symbols out of TensorFlow's, Python's and PyQt6's libraries (the list: packaging/trim.py).
# Not PyInstaller's strip=True: it also strips NumPy's OpenBLAS, which then fails to load.
"$PY" packaging/trim.py strip dist/VisionAgent
du -sh dist/VisionAgent
"$PY" scripts/check_bundle.py dist/VisionAgent

#!/usr/bin/env bash
# Build the one-folder Linux bundle dist/VisionAgent/ and smoke-test it.
#
#   bash packaging/build.sh
#
# The bundle is built in its own clean virtualenv (.venv-build) so that nothing the app does not
# use gets collected (FIELD_NOTES: Keras imports other backends when present). It uses
# tensorflow-cpu, the same TensorFlow without the CUDA kernels: classroom PCs have no NVIDIA GPU
# set up, and the bundle shrinks by about 1 GB. Set BUILD_VENV=.venv to build from the dev venv.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_VENV=${BUILD_VENV:-.venv-build}
PY="$BUILD_VENV/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv "$BUILD_VENV"
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q "tensorflow-cpu>=2.20" "keras>=3.15" "PyQt6>=6.6" "pyqtgraph>=0.13.7" \
        "numpy>=1.26" "opencv-python-headless>=4.9" "pillow>=10" "pyinstaller>=6.10"
    "$PY" -m pip install -q --no-deps -e .
fi
"$PY" scripts/build_translations.py --compile || echo "lrelease missing: using the committed .qm files" >&2
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/visionagent.spec
# Debug symbols of TensorFlow's own libraries are dead weight (libtensorflow_cc sheds ~170 MB).
# Only those: PyInstaller's strip=True also strips NumPy's OpenBLAS, which then fails to load.
if [ -z "${VISIONAGENT_NO_EXCLUDES:-}" ] && command -v strip >/dev/null; then
    find dist/VisionAgent/_internal/tensorflow -name "*.so*" -type f -exec strip --strip-unneeded {} +
fi
du -sh dist/VisionAgent
"$PY" scripts/check_bundle.py dist/VisionAgent

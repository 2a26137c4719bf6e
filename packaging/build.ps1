# Build the one-folder Windows bundle dist\VisionAgent\ and smoke-test it.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    python -m venv .venv
    .venv\Scripts\python.exe -m pip install --upgrade pip
    .venv\Scripts\python.exe -m pip install -e ".[dev]"
}
$py = ".venv\Scripts\python.exe"
& $py scripts\build_translations.py --compile
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\visionagent.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $py scripts\check_bundle.py dist\VisionAgent
if ($LASTEXITCODE -ne 0) { throw "bundle check failed" }

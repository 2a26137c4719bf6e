# Build the one-folder Windows bundle dist\VisionAgent\ and smoke-test it.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#
# The Windows twin of build.sh: a clean build venv (.venv-build) with the runtime dependencies
# read from pyproject.toml by packaging\requirements.py (plain tensorflow: on Windows it has no
# CUDA kernels to shed), brought up to date when that list changes; PyInstaller with
# packaging\visionagent.spec (the trim steps of packaging\trim.py; the Linux-only ones - one
# linked executable, orphaned libraries, strip - do nothing here); then scripts\check_bundle.py.
# Set $env:BUILD_VENV = ".venv" to build from the dev venv.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = if ($env:BUILD_VENV) { $env:BUILD_VENV } else { ".venv-build" }
$py = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    python -m venv $venv
    if ($LASTEXITCODE -ne 0) { throw "python -m venv failed" }
}
$reqs = @(& $py packaging\requirements.py)
if ($LASTEXITCODE -ne 0) { throw "packaging\requirements.py failed" }
$stamp = Join-Path $venv ".visionagent-requirements"
$wanted = $reqs -join "`n"
$have = if (Test-Path $stamp) { (Get-Content $stamp -Raw).Trim() } else { "" }
if ($venv -ne ".venv" -and $have -ne $wanted) {
    & $py -m pip install -q --upgrade pip
    & $py -m pip install -q @reqs
    if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
    & $py -m pip install -q --no-deps -e .
    if ($LASTEXITCODE -ne 0) { throw "pip install -e . failed" }
    Set-Content -Path $stamp -Value $wanted -Encoding utf8
}
& $py scripts\build_translations.py --compile
if ($LASTEXITCODE -ne 0) { Write-Warning "lrelease missing: using the committed .qm files" }
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\visionagent.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $py packaging\trim.py strip dist\VisionAgent
$size = (Get-ChildItem dist\VisionAgent -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Output ("{0:N0} MB dist\VisionAgent" -f ($size / 1MB))
& $py scripts\check_bundle.py dist\VisionAgent
if ($LASTEXITCODE -ne 0) { throw "bundle check failed" }

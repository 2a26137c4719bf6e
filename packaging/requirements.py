"""Print the bundle's build requirements, one per line, read from pyproject.toml.

    python packaging/requirements.py

The runtime dependencies ([project] dependencies), then PyInstaller as the dev extra pins it.
On Linux ``tensorflow`` becomes ``tensorflow-cpu`` (same version range: the CUDA kernels are of
no use on classroom PCs and weigh about 1 GB); Windows' ``tensorflow`` has no CUDA kernels in
the first place and stays. ``build.sh`` and ``build.ps1`` install exactly this list into the
clean build venv, so a dependency added to pyproject.toml reaches the bundle without editing
the build scripts.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _name(requirement: str) -> str:
    match = NAME.match(requirement)
    if not match:
        raise SystemExit(f"{PYPROJECT}: cannot read the requirement {requirement!r}")
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def requirements(pyproject: Path = PYPROJECT, platform: str = sys.platform) -> list[str]:
    """The build venv's requirement strings, in pyproject order."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    out = []
    for req in project["dependencies"]:
        name = _name(req)
        if name == "tensorflow" and platform.startswith("linux"):
            req = "tensorflow-cpu" + req.strip()[len(NAME.match(req).group(1)) :]
        out.append(req.strip())
    tools = [r for r in project["optional-dependencies"]["dev"] if _name(r) == "pyinstaller"]
    if not tools:
        raise SystemExit(f"{PYPROJECT}: the dev extra names no pyinstaller")
    return out + tools


if __name__ == "__main__":
    sys.stdout.write("\n".join(requirements()) + "\n")

"""What the classroom bundle leaves out, step by step (issue 16 item 6), and a tool to measure it.

``visionagent.spec`` applies these steps; ``build.sh`` strips symbols afterwards. Each step
removes only what no feature reaches: ``scripts/check_bundle.py`` (self-tests, every lesson,
and every CLI command, TFLite export included) passes with all of them.

    VISIONAGENT_TRIM=all (default) | none | step,step,...   steps the spec applies
    VISIONAGENT_NO_EXCLUDES=1                                nothing left out (not even Keras'
                                                             other backends): the "before" build

    python packaging/trim.py list
    python packaging/trim.py strip dist/VisionAgent      (build.sh runs it after PyInstaller)
    python packaging/trim.py measure dist/VisionAgent [--keep-copy] [--skip STEP]...

``measure`` takes a bundle built with ``VISIONAGENT_TRIM=none``, copies it, applies the steps
one after another to the copy (deleting what each step leaves out, then the libraries nothing
needs any longer) and prints ``du`` after each, so every figure in the README's size table can
be reproduced. Steps that change the executable's module archive (``keras-tests``) show only in
a real build.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Step:
    name: str
    why: str
    modules: tuple[str, ...] = ()  # Analysis excludes: packages or extension modules
    paths: tuple[str, ...] = ()  # fnmatch patterns on bundle paths (forward slashes)


# Qt plugins a desktop PC never loads for this app. Kept: xcb and wayland (with their shell,
# decoration and GL integrations), offscreen and minimal, ibus/compose input contexts (Korean
# input), xdg portal theme, jpeg/gif/ico/svg/webp/tiff image formats, the svg icon engine.
_QT_PLUGINS = (
    "platformthemes/*qgtk3.*",  # loads the PC's GTK 3 against our older glib/cairo/pango
    "platforms/*qeglfs.*",  # embedded boards without a window system
    "platforms/*qlinuxfb.*",
    "platforms/*qminimalegl.*",
    "platforms/*qvkkhrdisplay.*",
    "platforms/*qvnc.*",  # remote framebuffer server
    "egldeviceintegrations/*",
    "generic/*",  # evdev/tuio input for eglfs/linuxfb
    "imageformats/*qpdf.*",  # images reach the app through OpenCV/Pillow, not Qt
    "imageformats/*qicns.*",
    "imageformats/*qtga.*",
    "imageformats/*qwbmp.*",
)

STEPS: tuple[Step, ...] = (
    Step(
        "orphan-libraries",
        "Linux: shared libraries nothing in the bundle links to (X11 helpers of the system's "
        "libxcb, which is not bundled); `measure` counts the ones a later step orphans with "
        "that step",
    ),
    Step(
        "one-executable",
        "Linux/macOS: VisionAgent-cli is a link to VisionAgent (a console makes no difference "
        "there; each executable carries its own copy of all Python modules)",
    ),
    Step(
        "tf-profiler-client",
        "tf.profiler.experimental.client (remote profiling over gRPC), imported by "
        "`import tensorflow`: a stub module stands in (runtime hook)",
        modules=("tensorflow.python.profiler.internal._pywrap_profiler_plugin",),
    ),
    Step(
        "tf-unused-extensions",
        "TensorFlow extension modules nothing in TensorFlow or Keras imports: XLA op wrappers "
        "(the ops themselves live in libtensorflow_cc), StableHLO bindings, TOCO, TPU embedding, "
        "graph-transform and test helpers",
        modules=(
            "tensorflow.compiler.tf2xla.ops._xla_ops",
            "tensorflow.compiler.mlir.stablehlo",
            "tensorflow.compiler.mlir.tensorflow_to_stablehlo",
            "tensorflow.python.util.pywrap_xla_ops",
            "tensorflow.python.util._pywrap_stat_summarizer",
            "tensorflow.python.util._pywrap_transform_graph",
            "tensorflow.python._pywrap_toco_api",
            "tensorflow.python.tpu._pywrap_tpu_embedding",
            "tensorflow.python.autograph.impl.testing",
        ),
    ),
    Step(
        "grpc",
        "gRPC: only TensorFlow's debugger server and RPC ops use it, never imported here",
        modules=("grpc",),
    ),
    Step("qt-plugins", "Qt plugins no classroom PC needs", paths=_QT_PLUGINS),
    Step(
        "qt-translations",
        "Qt's own catalogues except qtbase_ko.qm (English needs none)",
        paths=("PyQt6/Qt6/translations/*",),
    ),
    Step(
        "pillow-extras",
        "Pillow's font rendering and Tk bridge (and their FreeType/HarfBuzz/Brotli)",
        modules=("PIL._imagingft", "PIL.ImageFont", "PIL._imagingtk", "PIL.ImageTk"),
    ),
    Step("keras-tests", "Keras' own *_test modules (in the executable's module archive)"),
    Step(
        "strip",
        "Linux (build.sh): symbols of TensorFlow, libpython, Python's own extensions and PyQt6",
    ),
)
NAMES = tuple(step.name for step in STEPS)
KEEP_ALWAYS = ("PyQt6/Qt6/translations/qtbase_ko.qm",)
# Debug symbols of TensorFlow's own libraries are dead weight (libtensorflow_cc sheds ~170 MB);
# always stripped (unless VISIONAGENT_NO_EXCLUDES). The step adds Python's and PyQt6's. Never the
# auditwheel-patched *.libs folders: stripping NumPy's OpenBLAS there has broken it before.
BASE_STRIP_GLOBS = ("tensorflow/**/*.so*",)
STRIP_GLOBS = (
    "libpython3*.so*",
    "python3*/lib-dynload/*.so",
    "PyQt6/**/*.so*",
)


def selected(environ=os.environ) -> set[str]:
    """The step names ``VISIONAGENT_TRIM`` asks for (all when unset)."""
    if environ.get("VISIONAGENT_NO_EXCLUDES"):
        return set()
    value = environ.get("VISIONAGENT_TRIM", "all").strip()
    if value == "all":
        return set(NAMES)
    if value == "none":
        return set()
    names = {n.strip() for n in value.split(",") if n.strip()}
    unknown = names - set(NAMES)
    if unknown:
        raise SystemExit(f"VISIONAGENT_TRIM: unknown step(s) {sorted(unknown)}; known: {NAMES}")
    return names


def excluded_modules(steps: set[str]) -> list[str]:
    return [m for s in STEPS if s.name in steps for m in s.modules]


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def path_excluded(dest: str, steps: set[str]) -> bool:
    """True when a bundle path is left out by one of ``steps`` (Qt plugins, translations)."""
    d = _posix(dest)
    if d in KEEP_ALWAYS:
        return False
    for step in STEPS:
        if step.name not in steps:
            continue
        for pattern in step.paths:
            full = pattern if pattern.startswith("PyQt6/") else "PyQt6/Qt6/plugins/" + pattern
            if fnmatch.fnmatch(d, full):
                return True
    return False


def is_keras_test(module: str) -> bool:
    return module.startswith("keras.") and module.rsplit(".", 1)[-1].endswith("_test")


# ------------------------------------------------------------------------ orphan libraries
_LIB_DIRS = re.compile(r"^(|PyQt6/Qt6/lib|[^/]+\.libs)$")


def _is_candidate(dest: str) -> bool:
    """A shared library collected as a dependency (not a module, plugin or libpython)."""
    d = _posix(dest)
    base = d.rsplit("/", 1)[-1]
    folder = d[: -len(base) - 1] if "/" in d else ""
    return (
        base.startswith("lib")
        and ".so" in base
        and not base.startswith("libpython")
        and bool(_LIB_DIRS.match(folder))
    )


def _needed(files: list[str]) -> dict[str, set[str]]:
    """DT_NEEDED names of each ELF file (``readelf -d``; files that are no ELF need nothing)."""
    out: dict[str, set[str]] = {f: set() for f in files}
    for start in range(0, len(files), 200):
        chunk = files[start : start + 200]
        text = subprocess.run(
            ["readelf", "-d", "-W", *chunk], capture_output=True, text=True, check=False
        ).stdout
        current = chunk[0] if len(chunk) == 1 else None
        for line in text.splitlines():
            if line.startswith("File: "):
                current = line[6:].strip()
            elif current and "(NEEDED)" in line:
                match = re.search(r"\[(.+)\]", line)
                if match:
                    out.setdefault(current, set()).add(match.group(1))
    return out


def orphans(entries: list[tuple[str, str, str]]) -> set[str]:
    """Bundle paths of dependency libraries that nothing else in ``entries`` links to.

    ``entries`` are PyInstaller TOC tuples ``(dest, src, typecode)``; SYMLINK entries name
    their target in ``src`` (relative to the link). Linux only (an empty set elsewhere, or
    without ``readelf``).
    """
    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        return set()
    files = {_posix(d): s for d, s, t in entries if t in ("BINARY", "EXTENSION")}
    links = {}
    for d, s, t in entries:
        if t == "SYMLINK":
            d = _posix(d)
            links[d.rsplit("/", 1)[-1]] = _link_target(d, s)
    by_name = {d.rsplit("/", 1)[-1]: d for d in files}
    by_name.update({k: v for k, v in links.items() if v in files})
    needed = _needed(sorted(set(files.values())))
    needs = {d: needed.get(src, set()) for d, src in files.items()}
    keep: set[str] = set()
    stack = [n for d, ns in needs.items() if not _is_candidate(d) for n in ns]
    while stack:
        target = by_name.get(stack.pop())
        if target is not None and target not in keep:
            keep.add(target)
            stack.extend(needs.get(target, ()))
    return {d for d in files if _is_candidate(d) and d not in keep}


def _link_target(dest: str, src: str) -> str:
    return _posix(os.path.normpath(os.path.join(os.path.dirname(_posix(dest)), _posix(src))))


def drop_orphans(*tocs: list[tuple[str, str, str]]) -> tuple[list, ...]:
    """Each TOC without orphaned libraries and the links to them, then the list of what went.

    PyInstaller keeps the links it makes to libraries (typecode SYMLINK) in ``a.datas`` as
    well as ``a.binaries``: pass both, as ``drop_orphans(a.binaries, a.datas)``.
    """
    gone = orphans([entry for toc in tocs for entry in toc])
    kept = tuple(
        [
            (d, s, t)
            for d, s, t in toc
            if _posix(d) not in gone and not (t == "SYMLINK" and _link_target(d, s) in gone)
        ]
        for toc in tocs
    )
    return (*kept, sorted(gone))


def strip(internal: Path, globs: tuple[str, ...]) -> int:
    """``strip --strip-unneeded`` the shared libraries matching ``globs``; how many."""
    files = sorted(
        {p for g in globs for p in internal.glob(g) if p.is_file() and not p.is_symlink()}
    )
    if files:
        subprocess.run(["strip", "--strip-unneeded", *map(str, files)], check=True)
    return len(files)


def strip_bundle(bundle: Path) -> None:
    """What build.sh runs after PyInstaller (Linux, with binutils' strip)."""
    if not sys.platform.startswith("linux") or shutil.which("strip") is None:
        print("strip: skipped (not Linux, or no strip)")
        return
    if os.environ.get("VISIONAGENT_NO_EXCLUDES"):
        return
    globs = BASE_STRIP_GLOBS + (STRIP_GLOBS if "strip" in selected() else ())
    print(f"strip: {strip(bundle / '_internal', globs)} shared libraries stripped")


# ------------------------------------------------------------------------------ measuring
def _du_mb(path: Path) -> int:
    return int(
        subprocess.run(["du", "-sm", str(path)], capture_output=True, text=True).stdout.split()[0]
    )


def _bundle_entries(internal: Path) -> list[tuple[str, str, str]]:
    entries = []
    for root, _dirs, names in os.walk(internal):
        for name in names:
            path = Path(root, name)
            dest = path.relative_to(internal).as_posix()
            if path.is_symlink():
                entries.append((dest, os.readlink(path), "SYMLINK"))
            elif ".so" in name:
                entries.append((dest, str(path), "BINARY"))
    return entries


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def _apply(step: Step, bundle: Path) -> str:
    internal = bundle / "_internal"
    if step.name == "one-executable":
        cli = bundle / "VisionAgent-cli"
        _remove(cli)
        cli.symlink_to("VisionAgent")
        return "VisionAgent-cli -> VisionAgent"
    if step.name == "keras-tests":
        return "module archive only: see the build"
    if step.name == "strip":
        files = [
            p for g in STRIP_GLOBS for p in internal.glob(g) if p.is_file() and not p.is_symlink()
        ]
        subprocess.run(["strip", "--strip-unneeded", *map(str, files)], check=True)
        return f"{len(files)} files stripped"
    removed = 0
    for module in step.modules:
        base = internal.joinpath(*module.split("."))
        for path in [base] if base.is_dir() else list(base.parent.glob(base.name + ".*")):
            _remove(path)
            removed += 1
    for root, _dirs, names in os.walk(internal):
        for name in names:
            path = Path(root, name)
            if path_excluded(path.relative_to(internal).as_posix(), {step.name}):
                _remove(path)
                removed += 1
    return f"{removed} paths"


def _drop_orphans_in(internal: Path) -> list[str]:
    gone_all: list[str] = []
    while True:
        _kept, gone = drop_orphans(_bundle_entries(internal))
        if not gone:
            break
        for dest in gone:
            _remove(internal / dest)
        for dest, _target, typecode in _bundle_entries(internal):  # links left dangling
            if typecode == "SYMLINK" and not (internal / dest).exists():
                _remove(internal / dest)
        gone_all += gone
    return gone_all


def measure(bundle: Path, keep_copy: bool = False, skip: tuple[str, ...] = ()) -> None:
    work = Path(tempfile.mkdtemp(prefix="visionagent-trim-"))
    copy = work / bundle.name
    print(f"copying {bundle} to {copy}", flush=True)
    subprocess.run(["cp", "-a", str(bundle), str(copy)], check=True)
    internal = copy / "_internal"
    before = _du_mb(copy)
    print(f"{'step':<22} {'MB before':>9} {'MB after':>9} {'saved':>6}  what")
    for step in STEPS:
        if step.name in skip:
            continue
        if step.name == "orphan-libraries":
            gone = _drop_orphans_in(internal)
            note = f"{len(gone)} libraries: {', '.join(Path(g).name for g in gone)}"
        else:
            note = _apply(step, copy)
            gone = _drop_orphans_in(internal) if step.name != "strip" else []
            if gone:
                note += f"; then {len(gone)} orphaned libraries: " + ", ".join(
                    Path(g).name for g in gone
                )
        after = _du_mb(copy)
        print(f"{step.name:<22} {before:>9} {after:>9} {before - after:>6}  {note}", flush=True)
        before = after
    print(f"du -sm {copy}: {_du_mb(copy)}")
    if keep_copy:
        print(f"trimmed copy kept in {copy}")
    else:
        shutil.rmtree(work)


def main(argv: list[str]) -> None:
    if argv[:1] == ["list"]:
        for step in STEPS:
            print(f"{step.name:<22} {step.why}")
        return
    if argv[:1] == ["strip"] and len(argv) == 2:
        strip_bundle(Path(argv[1]))
        return
    if argv[:1] == ["measure"] and len(argv) >= 2:
        skip = tuple(argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--skip")
        measure(Path(argv[1]).resolve(), keep_copy="--keep-copy" in argv, skip=skip)
        return
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Running bad-input cases and judging the outcome: the shared part of the tests and report.py.

A :class:`Case` builds its bad input and returns an :class:`Outcome` with one of the verdicts:

``ok``         the input was fine after all (a PNG named ``.jpg``) and came out right;
``clear``      refused with one clear message naming the file (the exception the app shows, or
               one stderr line per bad path and the expected exit code);
``traceback``  anything else: another exception, "Traceback" on stderr, a wrong exit code, a
               message not naming the file, a wrong answer given silently;
``hang``       no answer within the time limit, or the memory limit was hit (every child
               process runs with a 6 GB data limit, so a runaway read stops there);
``lost``       something good was lost on the way (a good model no longer listed, a good setting
               gone);
``ran``        code ran from a file (a marker the crafted file would create exists).

``VISIONAGENT_REPO`` points the subprocess cases at another checkout (to measure an older
version with the same cases).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(os.environ.get("VISIONAGENT_REPO") or Path(__file__).resolve().parents[2])
VERDICTS = ("ok", "clear", "traceback", "hang", "lost", "ran")
GOOD = ("ok", "clear")
DATA_LIMIT_MB = 6000  # every child process: a file read without bound fails here, not the machine


@dataclass
class Outcome:
    verdict: str
    detail: str = ""

    def __post_init__(self) -> None:
        assert self.verdict in VERDICTS, self.verdict


@dataclass
class Case:
    family: str
    name: str
    check: Callable[[], Outcome | list[Outcome]] = field(repr=False)
    slow: bool = False
    count: int = 1  # how many cases one check covers (a grouped subprocess run)


@dataclass
class Result:
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    max_rss_mb: float
    timed_out: bool

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr + self.stdout


def run_python(
    args: list[str],
    env: dict[str, str] | None = None,
    timeout: float = 120.0,
    memory_mb: int | None = None,
    on_start: Callable[[subprocess.Popen, Path], None] | None = None,
    cwd: Path | None = None,
) -> Result:
    """``python ARGS`` in the repository with its own output files; kills it after ``timeout``.

    ``memory_mb`` caps the address space (for processes without TensorFlow); the peak resident
    size comes from ``wait4``. ``on_start(process, stdout_path)`` may signal the process.
    """
    import tempfile

    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    full_env.pop("PYTEST_CURRENT_TEST", None)
    full_env.update(env or {})

    def limits() -> None:
        if memory_mb:
            limit = memory_mb << 20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        else:  # TensorFlow needs address space, not data: a runaway read still stops at 6 GB
            resource.setrlimit(resource.RLIMIT_DATA, (DATA_LIMIT_MB << 20, DATA_LIMIT_MB << 20))

    with tempfile.TemporaryDirectory(prefix="va-run-") as tmp:
        out_path, err_path = Path(tmp) / "out", Path(tmp) / "err"
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, *args],
                cwd=cwd or REPO,
                env=full_env,
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                preexec_fn=limits,
                start_new_session=True,
            )
            if on_start is not None:
                on_start(process, out_path)
            timed_out, status, usage = False, None, None
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - started > timeout:
                    timed_out = True
                    os.killpg(process.pid, signal.SIGKILL)
                    _, status, usage = os.wait4(process.pid, 0)
                    break
                time.sleep(0.05)
            process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        return Result(
            None if timed_out else process.returncode,
            out_path.read_text("utf-8", "replace"),
            err_path.read_text("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024.0,
            timed_out,
        )


def wait_for_output(path: Path, text: str, timeout: float = 120.0) -> bool:
    """Poll a running process's stdout file until ``text`` shows (for signal cases)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if text in path.read_text("utf-8", "replace"):
            return True
        time.sleep(0.05)
    return False


def judge_cli(
    result: Result, bad_paths: list[str], expected_code: int, good_lines: list[str] = ()
) -> list[Outcome]:
    """One outcome per bad path (plus one for the run): a clear line each, the right exit code."""
    if result.timed_out or "MemoryError" in result.stderr:
        why = "no answer in time" if result.timed_out else "ran out of memory"
        return [Outcome("hang", why)] * (len(bad_paths) or 1)
    outcomes = []
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    for path in bad_paths:
        mine = [line for line in lines if path in line]
        if result.traceback:
            outcomes.append(Outcome("traceback", result.stderr[-400:]))
        elif len(mine) == 1:
            outcomes.append(Outcome("clear", mine[0]))
        else:
            outcomes.append(Outcome("traceback", f"{len(mine)} lines name {path}"))
    extra = [line for line in lines if not any(p in line for p in bad_paths)]
    run = "clear"
    why = ""
    if result.returncode != expected_code:
        run, why = "traceback", f"exit {result.returncode}, expected {expected_code}"
    elif extra:
        run, why = "traceback", f"other stderr lines: {extra[:3]}"
    elif any(g not in result.stdout for g in good_lines):
        run, why = "lost", "a good file was not processed"
    if not bad_paths:
        return [Outcome("ok" if run == "clear" else run, why)]
    if run != "clear":
        outcomes = [Outcome(run, why)] * len(outcomes)
    return outcomes


def summarize(outcomes: dict[str, list[Outcome]]) -> list[tuple]:
    """``(family, cases, clear or ok, tracebacks, hangs, data lost, code ran)`` rows."""
    rows = []
    for family, items in outcomes.items():
        counts = {v: sum(o.verdict == v for o in items) for v in VERDICTS}
        rows.append(
            (
                family,
                len(items),
                counts["ok"] + counts["clear"],
                counts["traceback"],
                counts["hang"],
                counts["lost"],
                counts["ran"],
            )
        )
    return rows

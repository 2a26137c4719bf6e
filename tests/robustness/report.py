"""Run every bad-input case and print the figures: ``python tests/robustness/report.py``.

Columns: cases / clear (a clear one-line refusal, or a right answer for inputs that were fine
after all) / tracebacks (anything else: another exception, a wrong answer, a wrong exit code) /
hangs (no answer in time, or the memory limit) / data lost (a good model or setting gone) / code
ran (a crafted file ran code: the settings pickle). ``--fast`` leaves out the whole-program
runs (the ``cli`` family, ~3 minutes); ``--details`` lists every case that is not clear.
``VISIONAGENT_REPO=/other/checkout`` measures another version with the same cases.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
if os.environ.get("VISIONAGENT_REPO"):  # the app's code from another checkout, the cases from here
    sys.path.insert(0, os.environ["VISIONAGENT_REPO"])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from tests.robustness import families  # noqa: E402
from tests.robustness.harness import GOOD, Outcome, summarize  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fast", action="store_true", help="skip the whole-program (cli) runs")
    parser.add_argument("--details", action="store_true", help="list every case not clear")
    args = parser.parse_args()
    import logging

    logging.disable(logging.WARNING)  # the cases make the app warn on purpose
    started = time.perf_counter()
    outcomes: dict[str, list[Outcome]] = {}
    failures = []
    with tempfile.TemporaryDirectory(prefix="va-robustness-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["VISIONAGENT_HOME"] = str(home)
        for case in families.all_cases(Path(tmp), slow=not args.fast):
            try:
                result = case.check()
            except Exception as exc:  # noqa: BLE001 - the harness itself must not stop
                result = Outcome("traceback", f"{type(exc).__name__}: {exc}")
            results = result if isinstance(result, list) else [result] * case.count
            outcomes.setdefault(case.family, []).extend(results)
            failures += [(case, r) for r in results if r.verdict not in GOOD]
    rows = summarize(outcomes)
    total = [sum(r[i] for r in rows) for i in range(1, 7)]
    header = ("family", "cases", "clear", "tracebacks", "hangs", "data lost", "code ran")
    width = max(len(r[0]) for r in rows + [header])
    print(f"{header[0]:<{width}}  " + "  ".join(f"{h:>10}" for h in header[1:]))
    for row in [*rows, ("total", *total)]:
        print(f"{row[0]:<{width}}  " + "  ".join(f"{v:>10}" for v in row[1:]))
    print(f"({time.perf_counter() - started:.0f} s)")
    if args.details or failures:
        for case, result in failures:
            print(f"- {case.family} | {case.name}: {result.verdict}: {result.detail[:300]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The offline promise: no module opens a network connection during the self-test or a CLI
recognition.

Each command runs in a fresh Python whose socket layer is guarded twice: an audit hook
(``sys.addaudithook``: every ``socket.connect``, ``getaddrinfo`` and ``gethostbyname`` made
through Python, whatever library calls it) and patched ``socket.create_connection`` /
``socket.socket.connect``. Internet connections and name look-ups raise and are recorded;
local Unix sockets (the desktop bus) are left alone. The guard itself is tested on a command
that does try the network. Connections opened inside C++ libraries without Python are outside
what this can see.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]

GUARD = r"""
import json, os, socket, sys, traceback

attempts = []
NET = (socket.AF_INET, socket.AF_INET6)
LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
           "socket.gethostbyaddr", "socket.getnameinfo")

def record(kind, target):
    where = [f"{f.filename}:{f.lineno}" for f in traceback.extract_stack()[:-2]][-4:]
    attempts.append({"kind": kind, "target": repr(target)[:120], "where": where})
    raise OSError(f"network use blocked by the offline test: {kind} {target!r}")

def hook(event, args):
    if event == "socket.connect" and getattr(args[0], "family", None) in NET:
        record("connect", args[1])
    elif event in LOOKUPS:
        record(event.split(".", 1)[1], args[0] if args else None)

sys.addaudithook(hook)
_connect = socket.socket.connect

def connect(self, address):
    if self.family in NET:
        record("connect", address)
    return _connect(self, address)

socket.socket.connect = connect
socket.create_connection = lambda address, *a, **k: record("create_connection", address)

code = 1
try:
    command = json.loads(os.environ["OFFLINE_COMMAND"])
    if command[0] == "-c":
        exec(command[1], {"__name__": "__main__"})
        code = 0
    else:
        from visionagent.cli import main
        code = main(command)
finally:
    with open(os.environ["OFFLINE_REPORT"], "w", encoding="utf-8") as handle:
        json.dump(attempts, handle)
sys.exit(code)
"""


def _guarded(command: list[str], tmp_path: Path, timeout: int = 300):
    report = tmp_path / "attempts.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TF_CPP_MIN_LOG_LEVEL="2",
        VISIONAGENT_HOME=str(tmp_path / "home"),
        OFFLINE_COMMAND=json.dumps(command),
        OFFLINE_REPORT=str(report),
    )
    done = subprocess.run(
        [sys.executable, "-c", GUARD],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    attempts = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else None
    return done, attempts


def test_the_guard_catches_a_connection_and_a_lookup(tmp_path):
    code = (
        "import socket, urllib.request\n"
        "for attempt in (lambda: urllib.request.urlopen('http://example.com', timeout=2),\n"
        "                lambda: socket.create_connection(('192.0.2.1', 80), timeout=2),\n"
        "                lambda: socket.socket().connect(('192.0.2.1', 80)),\n"
        "                lambda: socket.getaddrinfo('example.com', 443)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except OSError:\n"
        "        pass\n"
    )
    done, attempts = _guarded(["-c", code], tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    kinds = [a["kind"] for a in attempts]
    assert kinds == ["create_connection", "create_connection", "connect", "getaddrinfo"]


@pytest.mark.slow
def test_self_test_opens_no_network_connection(tmp_path):
    done, attempts = _guarded(["self-test"], tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "self-test passed" in done.stdout
    assert attempts == [], attempts


@pytest.mark.slow
def test_cli_recognition_opens_no_network_connection(tmp_path):
    import cv2

    digit = np.full((80, 60), 255, np.uint8)
    cv2.line(digit, (30, 12), (30, 68), 0, 6)  # a "1", dark ink on paper
    image = tmp_path / "one.png"
    cv2.imwrite(str(image), digit)
    done, attempts = _guarded(["digits", str(image), "--json"], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)[0]["digit"] == 1
    assert attempts == [], attempts
    photo = REPO / "resources" / "samples" / "bullmastiff.jpg"
    done, attempts = _guarded(["breed", str(photo), "--top", "3"], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "bullmastiff" in done.stdout.lower()
    assert attempts == [], attempts

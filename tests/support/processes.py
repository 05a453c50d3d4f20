"""The emulator as a separate process (``payermax-emulator serve``) on 127.0.0.1, for the tests that need one.

It waits for readiness with a generous deadline (a fresh clone on a busy machine starts slowly) and, when the
emulator does not come up, fails with the emulator's own log.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

START_DEADLINE = 60.0


class EmulatorStartError(RuntimeError):
    pass


def answers(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def start_emulator(port: int, log: Path, *arguments: str) -> subprocess.Popen[bytes]:
    """Start ``serve --port PORT ARGUMENTS...`` (its own process group, output in ``log``) and wait until it
    answers; on failure, stop it and raise with its log."""
    command = [sys.executable, "-m", "payermax_emulator.cli", "serve", "--port", str(port), "--log-level", "warning",
               *arguments]  # fmt: skip
    with log.open("ab") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + START_DEADLINE
    while not answers(port):
        if process.poll() is not None or time.monotonic() > deadline:
            stop(process)
            what = f"exited with {process.returncode}" if process.returncode is not None else "did not answer"
            raise EmulatorStartError(
                f"the emulator on port {port} {what} within {START_DEADLINE:.0f}s; its log:\n"
                + log.read_text(errors="replace")
            )
        time.sleep(0.1)
    return process


def stop(process: subprocess.Popen[bytes], *, kill: bool = False) -> None:
    """Stop the emulator and every worker process it started (SIGKILL at once with ``kill``, like a crash)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL if kill else signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=15)

"""Child processes the tests start on 127.0.0.1, the way ``payermax_emulator.testing`` starts the emulator:
waited for with a generous deadline (a fresh clone on a busy machine starts slowly), their output shown when
they do not start, tried on another port when another process took the free one first."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from payermax_emulator.testing.runner import START_DEADLINE, EmulatorStartError, answers, child_process, on_a_free_port

from .paths import REPO

__all__ = ["answers", "on_free_port", "start_emulator", "stop"]


@contextmanager
def on_free_port(
    command: Callable[[int], Sequence[str]],
    log: Path,
    ready: Callable[[int], bool],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
) -> Iterator[int]:
    """Run ``command(port)`` in the repository (in ``env``, default this process's) on a free port until the
    block ends, once ``ready(port)`` says it serves; its output goes to ``log``. Yields the port."""

    @contextmanager
    def started(port: int) -> Iterator[int]:
        with child_process(command(port), log, functools.partial(ready, port), what=what, env=env, cwd=REPO):
            yield port

    with on_a_free_port(started) as port:
        yield port


def start_emulator(port: int, log: Path, *arguments: str) -> subprocess.Popen[bytes]:
    """Start ``serve --port PORT ARGUMENTS...`` in its own process group (so that it can be killed with its
    workers, like a crash), output in ``log``, and wait until it answers; on failure, stop it and raise with its
    log."""
    command = [sys.executable, "-m", "payermax_emulator.cli", "serve", "--port", str(port), "--log-level", "warning",
               *arguments]  # fmt: skip
    with log.open("ab") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + START_DEADLINE
    while not answers(f"http://127.0.0.1:{port}/"):
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

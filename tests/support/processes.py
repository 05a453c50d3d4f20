"""Child processes the tests start on 127.0.0.1: each is waited for with a generous deadline, shows its output
when it does not start, and is tried on another port when another process took the free one first."""

from __future__ import annotations

import functools
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from payermax_emulator.local_server import free_port

REPO = Path(__file__).resolve().parents[2]
START_DEADLINE = 60.0


class StartError(RuntimeError):
    def __init__(self, message: str, *, exited: bool) -> None:
        super().__init__(message)
        self.exited = exited


@contextmanager
def child(
    command: Sequence[str],
    log: Path,
    ready: Callable[[], bool],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` (in ``env``, default this process's) until the block ends, once ``ready()`` says it
    serves; its output goes to ``log``."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + START_DEADLINE
        while not ready():
            if process.poll() is not None or time.monotonic() > deadline:
                exited = process.poll() is not None
                output_text = log.read_text(errors="replace")
                raise StartError(f"{what} did not start (exit {process.poll()}):\n{output_text}", exited=exited)
            time.sleep(0.05)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def on_free_port(
    command: Callable[[int], Sequence[str]],
    log: Path,
    ready: Callable[[int], bool],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
) -> Iterator[int]:
    """``child`` on a free port; tries another port when the process exits at start (another process on this
    shared machine took the port between the check and the bind)."""
    for attempt in range(1, 4):
        port = free_port()
        servers = ExitStack()
        try:
            servers.enter_context(child(command(port), log, functools.partial(ready, port), what=what, env=env))
        except StartError as error:
            if not error.exited or attempt == 3:
                raise
            continue
        with servers:
            yield port
        return


def answers(url: str) -> bool:
    """Whether ``url`` answers HTTP 200."""
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False

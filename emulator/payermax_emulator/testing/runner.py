"""Start an emulator on 127.0.0.1 for a test session: in this process (a uvicorn thread) or as a child process
(``python -m payermax_emulator.cli serve``). Either way it keeps nothing on disk and is driven over HTTP.

``child_process`` and ``on_a_free_port`` serve any server a test starts the same way: wait until it answers,
show what it printed when it does not, try another port when another process took the free one first.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import httpx

from ..app import create_app
from ..core import Emulator
from ..local_server import free_port, serve
from ..settings import Settings

T = TypeVar("T")
THREAD, SUBPROCESS = "thread", "subprocess"
MODES = (THREAD, SUBPROCESS)
#: How long a child may take to answer (a loaded CI machine), and how often a start is tried again when another
#: process took the free port between the check and the bind.
START_DEADLINE, START_ATTEMPTS = 60.0, 3


class EmulatorStartError(RuntimeError):
    """A server did not start; the message holds what it printed. ``exited``: it stopped (rather than hung)."""

    def __init__(self, message: str, *, exited: bool = True) -> None:
        super().__init__(message)
        self.exited = exited


@dataclass(frozen=True)
class EmulatorOptions:
    """How a test emulator behaves.

    Attributes:
        mode: ``"thread"`` (in this process) or ``"subprocess"``.
        time_scale: multiplies the emulator's waits: notification retries, automatic settlement. The default
            turns PayerMax's 30-second retry into 30 ms.
        settle_after: seconds (times ``time_scale``) before refunds and payouts settle on their own; ``None``
            leaves them to ``RunningEmulator.settle_refund`` / ``settle_payout``.
        opening_float: what the test merchant's payout account starts with (and gets back on reset).
        check_responses: validate every answer of the emulator against the spec.
        sandbox_values: honour PayerMax's sandbox test values (``products/sandbox_values.py``).
    """

    mode: str = THREAD
    time_scale: float = 0.001
    settle_after: float | None = 2.0
    opening_float: tuple[tuple[str, str], ...] = (("USD", "10000.00"),)
    check_responses: bool = True
    sandbox_values: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"emulator mode {self.mode!r}: use {' or '.join(MODES)}")

    def settings(self, port: int) -> Settings:
        return Settings(
            public_url=f"http://127.0.0.1:{port}",
            time_scale=self.time_scale,
            settle_after=self.settle_after,
            check_responses=self.check_responses,
            opening_float=self.opening_float,
            serve_private_key=True,  # the harness hands the test merchant's key to the tests
            sandbox_values=self.sandbox_values,
        )

    def command(self, port: int) -> list[str]:
        """The ``payermax-emulator serve`` command line of these options."""
        command = [sys.executable, "-m", "payermax_emulator.cli", "serve", "--in-memory", "--port", str(port),
                   "--time-scale", str(self.time_scale), "--log-level", "warning", "--serve-private-key",
                   "--settle-after", str(-1 if self.settle_after is None else self.settle_after)]  # fmt: skip
        command += [f"--opening-float={currency}:{amount}" for currency, amount in self.opening_float]
        command += [] if self.sandbox_values else ["--no-sandbox-values"]
        return command + (["--check-responses"] if self.check_responses else [])


def answers(url: str) -> bool:
    """Whether ``url`` answers HTTP 200."""
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@contextmanager
def child_process(
    command: Sequence[str],
    log: Path,
    ready: Callable[[], bool],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until the block ends, once ``ready()`` says it serves; its output goes to ``log``."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env, cwd=cwd)
    try:
        deadline = time.monotonic() + START_DEADLINE
        while not ready():
            if process.poll() is not None or time.monotonic() > deadline:
                printed = log.read_text(errors="replace")[-4000:]
                message = f"{what} did not start (exit status {process.poll()}):\n{printed}"
                raise EmulatorStartError(message, exited=process.poll() is not None)
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
def on_a_free_port(start: Callable[[int], AbstractContextManager[T]]) -> Iterator[T]:
    """``start(port)`` on a free port, tried on another when the server stopped at start."""
    for attempt in range(1, START_ATTEMPTS + 1):
        stack = ExitStack()
        try:
            started = stack.enter_context(start(free_port()))
        except EmulatorStartError as error:
            if not error.exited or attempt == START_ATTEMPTS:
                raise
            continue
        with stack:
            yield started
        return


@contextmanager
def in_thread(options: EmulatorOptions, port: int) -> Iterator[str]:
    with ExitStack() as stack:
        try:
            url = stack.enter_context(serve(create_app(emulator=Emulator(options.settings(port))), port=port))
        except RuntimeError as error:
            raise EmulatorStartError(str(error)) from None
        yield url


@contextmanager
def in_subprocess(options: EmulatorOptions, port: int, log: Path) -> Iterator[str]:
    url = f"http://127.0.0.1:{port}"
    with child_process(options.command(port), log, lambda: answers(f"{url}/emulator/merchant"), what="the emulator"):
        yield url


@contextmanager
def emulator_url(options: EmulatorOptions) -> Iterator[str]:
    """Run an emulator as ``options`` say until the block ends; yields its base URL (``http://127.0.0.1:N``)."""
    with tempfile.TemporaryDirectory(prefix="payermax-emulator-") as scratch:
        log = Path(scratch) / "emulator.log"

        def start(port: int) -> AbstractContextManager[str]:
            return in_thread(options, port) if options.mode == THREAD else in_subprocess(options, port, log)

        with on_a_free_port(start) as url:
            yield url

"""Start an emulator on 127.0.0.1 for a test session: in this process (a uvicorn thread) or as a child process
(``python -m payermax_emulator.cli serve``). Either way it keeps nothing on disk and is driven over HTTP."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..app import create_app
from ..core import Emulator
from ..local_server import free_port, serve
from ..settings import Settings

THREAD, SUBPROCESS = "thread", "subprocess"
MODES = (THREAD, SUBPROCESS)
#: How long a child emulator may take to answer (a loaded CI machine), and how often a start is tried again
#: when another process took the free port between the check and the bind.
START_DEADLINE, START_ATTEMPTS = 60.0, 3


class EmulatorStartError(RuntimeError):
    """The emulator did not start; the message holds what it printed."""


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
    """

    mode: str = THREAD
    time_scale: float = 0.001
    settle_after: float | None = 2.0
    opening_float: tuple[tuple[str, str], ...] = (("USD", "10000.00"),)
    check_responses: bool = True

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
        )

    def command(self, port: int) -> list[str]:
        """The ``payermax-emulator serve`` command line of these options."""
        command = [sys.executable, "-m", "payermax_emulator.cli", "serve", "--in-memory", "--port", str(port),
                   "--time-scale", str(self.time_scale), "--log-level", "warning",
                   "--settle-after", str(-1 if self.settle_after is None else self.settle_after)]  # fmt: skip
        command += [f"--opening-float={currency}:{amount}" for currency, amount in self.opening_float]
        return command + (["--check-responses"] if self.check_responses else [])


def answers(url: str) -> bool:
    """Whether the emulator at ``url`` answers its control API."""
    try:
        return httpx.get(f"{url}/emulator/merchant", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


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
    with log.open("wb") as output:
        process = subprocess.Popen(options.command(port), stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_DEADLINE
        while not answers(url):
            if process.poll() is not None or time.monotonic() > deadline:
                printed = log.read_text(errors="replace")[-4000:]
                raise EmulatorStartError(f"the emulator did not start (exit status {process.poll()}):\n{printed}")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def emulator_url(options: EmulatorOptions) -> Iterator[str]:
    """Run an emulator as ``options`` say until the block ends; yields its base URL (``http://127.0.0.1:N``)."""
    with tempfile.TemporaryDirectory(prefix="payermax-emulator-") as scratch:
        start: Callable[[int], AbstractContextManager[str]] = (
            (lambda port: in_thread(options, port))
            if options.mode == THREAD
            else (lambda port: in_subprocess(options, port, Path(scratch) / "emulator.log"))
        )
        for attempt in range(1, START_ATTEMPTS + 1):
            stack = ExitStack()
            try:
                url = stack.enter_context(start(free_port()))
            except EmulatorStartError:
                if attempt == START_ATTEMPTS:
                    raise
                continue
            with stack:
                yield url
            return

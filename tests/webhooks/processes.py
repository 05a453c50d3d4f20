"""Real servers the webhook tests start on 127.0.0.1 as child processes: redis-server, the emulator, and
receiver processes. Each waits on a condition with a generous deadline and shows its log when it fails."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from payermax_emulator.local_server import free_port

REPO = Path(__file__).resolve().parents[2]
START_DEADLINE = 60.0


def wait_for(predicate: Callable[[], Any], *, timeout: float = 30.0, what: str = "condition") -> Any:
    """The first truthy value of ``predicate``, polled until ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.02)


class StartError(RuntimeError):
    def __init__(self, message: str, *, exited: bool) -> None:
        super().__init__(message)
        self.exited = exited


@contextmanager
def child(
    command: Sequence[str], log: Path, ready: Callable[[], bool], *, what: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until the block ends, once ``ready()`` says it serves; its output goes to ``log``."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=REPO)
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
    command: Callable[[int], Sequence[str]], log: Path, ready: Callable[[int], bool], *, what: str
) -> Iterator[int]:
    """``child`` on a free port; tries another port when the process exits at start (another process on this
    shared machine took the port between the check and the bind)."""
    for attempt in range(1, 4):
        port = free_port()
        servers = ExitStack()
        try:
            servers.enter_context(child(command(port), log, functools.partial(ready, port), what=what))
        except StartError as error:
            if not error.exited or attempt == 3:
                raise
            continue
        with servers:
            yield port
        return


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


# -- redis-server ------------------------------------------------------------------------------------


def redis_executable() -> str:
    """The path of redis-server; skips the test when it is missing locally, fails in CI (which installs it)."""
    executable = shutil.which("redis-server")
    if executable is None:
        reason = "redis-server is not installed (apt-get install -y redis-server; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return executable


def _pings(port: int) -> bool:
    try:
        return bool(redis.Redis(host="127.0.0.1", port=port, socket_timeout=2).ping())
    except redis.RedisError:
        return False


@contextmanager
def redis_server(workdir: Path) -> Iterator[str]:
    """A throwaway redis-server on 127.0.0.1 (no persistence); yields its URL."""
    executable = redis_executable()

    def command(port: int) -> list[str]:
        return [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", str(workdir)]  # fmt: skip

    with on_free_port(command, workdir / "redis.log", _pings, what="redis-server") as port:
        yield f"redis://127.0.0.1:{port}/0"


# -- the emulator ------------------------------------------------------------------------------------


@contextmanager
def emulator_server(workdir: Path) -> Iterator[str]:
    """``payermax-emulator serve --in-memory --serve-private-key`` on 127.0.0.1; yields its base URL."""

    def command(port: int) -> list[str]:
        # --serve-private-key: the fixtures read the in-memory test merchant from GET /emulator/merchant
        return [sys.executable, "-m", "payermax_emulator.cli", "serve", "--in-memory", "--port", str(port),
                "--settle-after", "-1", "--serve-private-key", "--log-level", "warning"]  # fmt: skip

    def ready(port: int) -> bool:
        return _answers(f"http://127.0.0.1:{port}/")

    with on_free_port(command, workdir / "emulator.log", ready, what="emulator") as port:
        yield f"http://127.0.0.1:{port}"


# -- receiver processes ------------------------------------------------------------------------------


@contextmanager
def receiver_process(workdir: Path, name: str, *, redis_url: str, platform_key: str, app_id: str) -> Iterator[str]:
    """``tests.webhooks.receiver_process`` on 127.0.0.1; yields its notification URL."""

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "tests.webhooks.receiver_process", "--name", name, "--port", str(port),
                "--redis-url", redis_url, "--platform-key", platform_key, "--app-id", app_id]  # fmt: skip

    def ready(port: int) -> bool:
        return _answers(f"http://127.0.0.1:{port}/health")

    with on_free_port(command, workdir / f"receiver-{name}.log", ready, what=f"receiver {name}") as port:
        yield f"http://127.0.0.1:{port}/notify"

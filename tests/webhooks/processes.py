"""Real servers the webhook tests start on 127.0.0.1 as child processes: redis-server, the emulator, and
receiver processes (started as ``tests.support.processes`` starts any child)."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis

from payermax_emulator.testing.runner import SUBPROCESS, EmulatorOptions, emulator_url
from tests.support.processes import answers, on_free_port
from tests.support.tools import required


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


# -- redis-server ------------------------------------------------------------------------------------


def redis_executable() -> str:
    """The path of redis-server; skips the test when it is missing locally, fails in CI (which installs it)."""
    reason = "redis-server is not installed (apt-get install -y redis-server; .ci/run installs it)"
    return required(shutil.which("redis-server"), reason)


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
def emulator_server() -> Iterator[str]:
    """``payermax-emulator serve --in-memory`` on 127.0.0.1, settling only through the control API; yields its
    base URL."""
    options = EmulatorOptions(mode=SUBPROCESS, time_scale=1.0, settle_after=None, check_responses=False)
    with emulator_url(options) as url:
        yield url


# -- receiver processes ------------------------------------------------------------------------------


@contextmanager
def receiver_process(workdir: Path, name: str, *, redis_url: str, platform_key: str, app_id: str) -> Iterator[str]:
    """``tests.webhooks.receiver_process`` on 127.0.0.1; yields its notification URL."""

    def command(port: int) -> list[str]:
        return [sys.executable, "-m", "tests.webhooks.receiver_process", "--name", name, "--port", str(port),
                "--redis-url", redis_url, "--platform-key", platform_key, "--app-id", app_id]  # fmt: skip

    def ready(port: int) -> bool:
        return answers(f"http://127.0.0.1:{port}/health")

    with on_free_port(command, workdir / f"receiver-{name}.log", ready, what=f"receiver {name}") as port:
        yield f"http://127.0.0.1:{port}/notify"

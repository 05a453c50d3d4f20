"""The emulator as a separate process on 127.0.0.1, with its test merchant's credentials."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from payermax_emulator.local_server import free_port
from payermax_emulator.services.credentials import MERCHANT_ENV_FILE, read_env_file


@contextmanager
def emulator_process(data_dir: Path, *extra: str) -> Iterator[dict[str, str]]:
    """Start ``payermax-emulator serve``; yields the ``PAYERMAX_*`` variables of its test merchant."""
    port = free_port()
    command = [sys.executable, "-m", "payermax_emulator.cli", "serve", "--port", str(port),
               "--data-dir", str(data_dir), "--log-level", "warning", *extra]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the emulator did not start: {process.stderr.read().decode() if process.stderr else ''}"
                )
            time.sleep(0.1)
        yield read_env_file(data_dir / MERCHANT_ENV_FILE)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)

"""The emulator as a separate process on 127.0.0.1, with its test merchant's credentials."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from payermax_emulator.local_server import free_port
from payermax_emulator.services.credentials import MERCHANT_ENV_FILE, read_env_file
from tests.support.processes import start_emulator, stop


@contextmanager
def emulator_process(data_dir: Path, *extra: str) -> Iterator[dict[str, str]]:
    """Start ``payermax-emulator serve``; yields the ``PAYERMAX_*`` variables of its test merchant (read from
    ``merchant.env`` in its data directory). Its log is ``emulator.log`` beside the data."""
    process = start_emulator(free_port(), data_dir / "emulator.log", "--data-dir", str(data_dir), *extra)
    try:
        yield read_env_file(data_dir / MERCHANT_ENV_FILE)
    finally:
        stop(process)

"""The background worker of an emulator process: expiries, settlements and notification delivery."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from .core import Emulator
from .registry import SWEEPERS

log = logging.getLogger("payermax_emulator.worker")


def run_sweepers(emulator: Emulator) -> None:
    for sweep in SWEEPERS:
        try:
            sweep(emulator)
        except Exception:
            log.exception("sweeper %s failed", sweep.__name__)


async def tick(emulator: Emulator) -> None:
    """One round: sweepers, then every notification that is due."""
    await asyncio.to_thread(run_sweepers, emulator)
    try:
        await emulator.notifier.dispatch_due()
    except Exception:
        log.exception("notification dispatch failed")


async def run(emulator: Emulator, stop: asyncio.Event) -> None:
    while not stop.is_set():
        await tick(emulator)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=emulator.settings.tick)

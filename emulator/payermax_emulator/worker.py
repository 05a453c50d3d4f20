"""The background worker of an emulator process: due-time moves (expiries, settlements), then deliveries."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from .core import Emulator
from .http.delivery import dispatch_due
from .http.gateway import validator

log = logging.getLogger("payermax_emulator.worker")


async def tick(emulator: Emulator) -> None:
    """One round: every due move, then every notification that is due."""
    await asyncio.to_thread(emulator.sweep)
    try:
        checker = validator(emulator.spec).schema_problem
        await dispatch_due(emulator.outbox, emulator.platform_key, emulator.settings.notification_timeout, checker)
    except Exception:
        log.exception("notification dispatch failed")


async def run(emulator: Emulator, stop: asyncio.Event) -> None:
    while not stop.is_set():
        await tick(emulator)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=emulator.settings.tick)

"""The background worker of an emulator process: due-time moves (expiries, settlements), then deliveries.

Due-time moves and checkpoints are made by one process at a time of those that share a database
(``Database.sweeps``; another takes over when it dies); every process delivers what is due.

Deliveries run beside the worker's loop (``http/delivery.py``): a tick starts the attempts that are due
and goes on, so neither a slow merchant nor a hanging one delays settlement or other notifications. Every
``PRUNE_EVERY`` seconds the outbox forgets what its retention settings let go.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from .core import Emulator
from .http.delivery import Dispatcher, ReplyChecker, deliver_due
from .http.gateway import validator

log = logging.getLogger("payermax_emulator.worker")
PRUNE_EVERY = 1.0


def _reply_checker(emulator: Emulator) -> ReplyChecker:
    """How a merchant's reply is checked against the spec component its delivery policy names."""
    return validator(emulator.spec).schema_problem


async def tick(emulator: Emulator) -> None:
    """One round, waited for: every due move, then every notification that is due (tests that step time)."""
    await asyncio.to_thread(emulator.sweep)
    await deliver_due(emulator.outbox, emulator.platform_key, emulator.settings, _reply_checker(emulator))
    await asyncio.to_thread(emulator.outbox.prune)


async def _round(emulator: Emulator, dispatcher: Dispatcher, pruned_at: float) -> float:
    if emulator.db.sweeps():  # one process of those sharing the database (store/db.py)
        await asyncio.to_thread(emulator.sweep)
        await asyncio.to_thread(emulator.db.checkpoint)  # so that requests' commits need not (store/db.py)
    await dispatcher.dispatch_due()
    if time.monotonic() - pruned_at >= PRUNE_EVERY:
        await asyncio.to_thread(emulator.outbox.prune)
        return time.monotonic()
    return pruned_at


async def run(emulator: Emulator, stop: asyncio.Event) -> None:
    dispatcher = Dispatcher(emulator.outbox, emulator.platform_key, emulator.settings, _reply_checker(emulator))
    pruned_at = 0.0
    try:
        while not stop.is_set():
            try:
                pruned_at = await _round(emulator, dispatcher, pruned_at)
            except Exception as problem:  # e.g. the database is busy: the next round tries again
                log.error("worker round failed: %s", type(problem).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=emulator.settings.tick)
    finally:
        await dispatcher.aclose()

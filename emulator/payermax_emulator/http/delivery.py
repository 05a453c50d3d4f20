"""Notification delivery over HTTP: POST what the outbox says is due, signed with the platform key.

The merchant's reply counts as acknowledged when ``payermax_signing.protocol.is_acknowledgement`` says so;
the outbox (``services/outbox.py``) logs the attempt and schedules the next one.
"""

from __future__ import annotations

import asyncio
import logging

import httpx

from payermax_signing import SigningKey
from payermax_signing.protocol import SIGN_HEADER, is_acknowledgement

from ..services.outbox import ACKNOWLEDGED, ERROR, NOT_ACKNOWLEDGED, Due, Outbox

log = logging.getLogger("payermax_emulator.notifications")
DETAIL_LIMIT = 200


async def dispatch_due(outbox: Outbox, platform_key: SigningKey, timeout: float) -> int:
    """Deliver every notification whose time has come; returns how many attempts were made."""
    due = await asyncio.to_thread(outbox.claim_due)
    if not due:
        return 0
    async with httpx.AsyncClient(timeout=timeout) as client:
        await asyncio.gather(*(_deliver(client, outbox, platform_key, notification) for notification in due))
    return len(due)


async def _deliver(client: httpx.AsyncClient, outbox: Outbox, platform_key: SigningKey, due: Due) -> None:
    sign = due.sign if due.sign is not None else await asyncio.to_thread(platform_key.sign, due.body)
    headers = {"content-type": "application/json", "accept": "application/json", SIGN_HEADER: sign}
    status: int | None = None
    try:
        response = await client.post(due.url, content=due.body, headers=headers)
        status = response.status_code
        outcome = ACKNOWLEDGED if is_acknowledgement(response.status_code, response.content) else NOT_ACKNOWLEDGED
        detail = response.text[:DETAIL_LIMIT]
    except httpx.HTTPError as exc:
        outcome, detail = ERROR, f"{type(exc).__name__}: {exc}"[:DETAIL_LIMIT]
    await asyncio.to_thread(outbox.record, due, sign, status, outcome, detail)
    log.info("notification %s attempt %s to %s: %s", due.id, due.attempts + 1, due.url, outcome)

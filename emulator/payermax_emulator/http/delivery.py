"""Notification delivery over HTTP: POST what the outbox says is due, signed with the platform key.

The merchant's reply counts as acknowledged when ``payermax_signing.protocol.is_acknowledgement`` says so;
the outbox (``services/outbox.py``) logs the attempt and schedules the next one. For a kind whose policy
names a ``reply_schema`` (the bill-payment calls), an acknowledged reply is checked against that spec
component here, and its ``data`` - or the problem, naming the field and the rule - goes to the product's
reply handler through the outbox. Every message, notification or call, takes this one path.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping

import httpx

from payermax_signing import SigningKey
from payermax_signing.protocol import SIGN_HEADER, is_acknowledgement, loads

from ..services.outbox import ACKNOWLEDGED, ERROR, NOT_ACKNOWLEDGED, Due, Outbox

log = logging.getLogger("payermax_emulator.notifications")
DETAIL_LIMIT = 200

#: The first problem of a decoded reply against a spec component (``BillPaymentValidationReply``), or None.
ReplyChecker = Callable[[str, object], str | None]


async def dispatch_due(
    outbox: Outbox, platform_key: SigningKey, timeout: float, check_reply: ReplyChecker | None = None
) -> int:
    """Deliver every notification whose time has come; returns how many attempts were made."""
    due = await asyncio.to_thread(outbox.claim_due)
    if not due:
        return 0
    async with httpx.AsyncClient(timeout=timeout) as client:
        await asyncio.gather(
            *(_deliver(client, outbox, platform_key, notification, check_reply) for notification in due)
        )
    return len(due)


def _reply_data(
    outbox: Outbox, due: Due, content: bytes, check_reply: ReplyChecker | None
) -> tuple[Mapping[str, object] | None, str | None]:
    """The ``data`` of an acknowledged reply to a kind that expects one, or why it cannot be used."""
    policy = outbox.policy(due.kind)
    if policy is None or policy.reply_schema is None or check_reply is None:
        return None, None
    reply = loads(content)  # an acknowledgement is a JSON object
    problem = check_reply(policy.reply_schema, reply)
    if problem is not None:
        return None, problem
    data = reply.get("data")
    return (data if isinstance(data, Mapping) else None), None


async def _deliver(
    client: httpx.AsyncClient, outbox: Outbox, platform_key: SigningKey, due: Due, check_reply: ReplyChecker | None
) -> None:
    sign = due.sign if due.sign is not None else await asyncio.to_thread(platform_key.sign, due.body)
    headers = {"content-type": "application/json", "accept": "application/json", SIGN_HEADER: sign}
    status: int | None = None
    data: Mapping[str, object] | None = None
    problem: str | None = None
    try:
        response = await client.post(due.url, content=due.body, headers=headers)
        status = response.status_code
        outcome = ACKNOWLEDGED if is_acknowledgement(response.status_code, response.content) else NOT_ACKNOWLEDGED
        detail = response.text[:DETAIL_LIMIT]
        if outcome == ACKNOWLEDGED:
            data, problem = _reply_data(outbox, due, response.content, check_reply)
    except httpx.HTTPError as exc:
        outcome, detail = ERROR, f"{type(exc).__name__}: {exc}"[:DETAIL_LIMIT]
    await asyncio.to_thread(outbox.record, due, sign, status, outcome, detail, data=data, problem=problem)
    log.info("notification %s attempt %s to %s: %s", due.id, due.attempts + 1, due.url, outcome)

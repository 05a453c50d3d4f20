"""Notification delivery over HTTP: POST what the outbox says is due, signed with the platform key.

Each notification is delivered on its own:

- attempts run concurrently, at most ``Settings.delivery_concurrency`` at once, and the worker hands new ones
  over without waiting for those in flight, so a merchant that hangs holds one slot, never the others;
- one deadline (``Settings.notification_timeout``) covers the whole attempt: connecting, sending, waiting for
  the reply and reading it (a server that trickles one byte every few seconds is cut off too);
- at most ``Settings.delivery_reply_limit`` bytes of the reply are read, as a stream;
- whatever goes wrong - a URL httpx cannot use, a refused connection, the deadline, any exception - is
  recorded on that notification as a failed attempt, and the outbox retries it on PayerMax's schedule.

The merchant's reply counts as acknowledged when ``payermax_signing.protocol.is_acknowledgement`` says so;
the outbox (``services/outbox.py``) logs the attempt and schedules the next one. For a kind whose policy
names a ``reply_schema`` (the bill-payment calls), an acknowledged reply is checked against that spec
component here, and its ``data`` - or the problem, naming the field and the rule - goes to the product's
reply handler through the outbox. Every message, notification or call, takes this one path.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import httpx

from payermax_signing import SigningKey
from payermax_signing.protocol import SIGN_HEADER, is_acknowledgement, loads

from ..services.outbox import ACKNOWLEDGED, ERROR, NOT_ACKNOWLEDGED, Due, Outbox
from ..settings import Settings

log = logging.getLogger("payermax_emulator.notifications")
DETAIL_LIMIT = 200

#: The first problem of a decoded reply against a spec component (``BillPaymentValidationReply``), or None.
ReplyChecker = Callable[[str, object], str | None]


@dataclass(frozen=True)
class _Answer:
    status: int
    outcome: str
    detail: str
    content: bytes = b""  # the reply, when it was read whole


class Dispatcher:
    """Delivery attempts in flight, for one emulator process."""

    def __init__(
        self, outbox: Outbox, platform_key: SigningKey, settings: Settings, check_reply: ReplyChecker | None = None
    ) -> None:
        self.outbox = outbox
        self.platform_key = platform_key
        self.settings = settings
        self.check_reply = check_reply
        self._tasks: set[asyncio.Task[None]] = set()
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(settings.notification_timeout),
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=settings.delivery_concurrency),
        )

    @property
    def in_flight(self) -> int:
        return len(self._tasks)

    async def dispatch_due(self) -> int:
        """Start an attempt for every notification whose time has come, as far as free slots allow; returns
        how many were started. Does not wait for them."""
        free = self.settings.delivery_concurrency - len(self._tasks)
        if free <= 0:
            return 0
        due = await asyncio.to_thread(self.outbox.claim_due, free)
        for notification in due:
            task = asyncio.create_task(self.attempt(notification), name=f"notification-{notification.id}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return len(due)

    async def drain(self) -> None:
        """Wait for every attempt in flight."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def aclose(self) -> None:
        """Stop: attempts still in flight are abandoned (their lease runs out and they are retried)."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._client.aclose()

    async def attempt(self, due: Due) -> None:
        """One delivery attempt, recorded whatever happens."""
        sign, status, outcome, detail = due.sign or "", None, ERROR, ""
        data: Mapping[str, object] | None = None
        problem: str | None = None
        try:
            if due.sign is None:
                sign = await asyncio.to_thread(self.platform_key.sign, due.body)
            async with asyncio.timeout(self.settings.notification_timeout):
                answer = await self._post(due, sign)
            status, outcome, detail = answer.status, answer.outcome, answer.detail
            if outcome == ACKNOWLEDGED:
                data, problem = self._reply_data(due, answer.content)
        except TimeoutError:
            detail = f"no complete reply within {self.settings.notification_timeout:g}s"
        except Exception as failure:  # recorded on this notification, retried on the schedule
            detail = f"{type(failure).__name__}: {failure}"
        try:
            record = self.outbox.record
            await asyncio.to_thread(
                record, due, sign, status, outcome, detail[:DETAIL_LIMIT], data=data, problem=problem
            )
        except Exception as problem:  # the lease runs out and the attempt is made again
            log.error("notification %s: the attempt could not be recorded (%s)", due.id, type(problem).__name__)
            return
        log.info("notification %s attempt %s: %s", due.id, due.attempts + 1, outcome)

    def _reply_data(self, due: Due, content: bytes) -> tuple[Mapping[str, object] | None, str | None]:
        """The ``data`` of an acknowledged reply to a kind that expects one, or why it cannot be used."""
        policy = self.outbox.policy(due.kind)
        if policy is None or policy.reply_schema is None or self.check_reply is None:
            return None, None
        reply = loads(content)  # an acknowledgement is a JSON object
        problem = self.check_reply(policy.reply_schema, reply)
        if problem is not None:
            return None, problem
        data = reply.get("data")
        return (data if isinstance(data, Mapping) else None), None

    async def _post(self, due: Due, sign: str) -> _Answer:
        headers = {
            "content-type": "application/json",
            "accept": "application/json",
            "accept-encoding": "identity",  # the cap counts bytes on the wire: no decompression bomb
            SIGN_HEADER: sign,
        }
        limit = self.settings.delivery_reply_limit
        async with self._client.stream("POST", due.url, content=due.body, headers=headers) as response:
            reply = bytearray()
            async for chunk in response.aiter_raw():
                reply += chunk
                if len(reply) > limit:
                    return _Answer(
                        response.status_code, NOT_ACKNOWLEDGED, f"reply longer than {limit} bytes (not read)"
                    )
        text = bytes(reply[:DETAIL_LIMIT]).decode("utf-8", "replace")
        acknowledged = is_acknowledgement(response.status_code, bytes(reply))
        return _Answer(response.status_code, ACKNOWLEDGED if acknowledged else NOT_ACKNOWLEDGED, text, bytes(reply))


async def deliver_due(
    outbox: Outbox, platform_key: SigningKey, settings: Settings, check_reply: ReplyChecker | None = None
) -> int:
    """Make every attempt that is due now and wait for them (tests that step time themselves)."""
    dispatcher = Dispatcher(outbox, platform_key, settings, check_reply)
    try:
        started = await dispatcher.dispatch_due()
        await dispatcher.drain()
        return started
    finally:
        with contextlib.suppress(Exception):
            await dispatcher.aclose()

"""The notification outbox: what the emulator owes merchants, and the log of every delivery attempt.

A product queues a notification inside the transaction that changes the state it reports, so nothing is
lost if the process dies. The HTTP side (``http/delivery.py``) claims what is due, POSTs it and records
the attempt here; this module schedules the next one on PayerMax's retry schedule
(``payermax_signing.protocol.NOTIFICATION_RETRY_SCHEDULE``, scaled by ``Settings.time_scale``) until the
merchant acknowledges, then gives up. Every attempt is in the delivery log.

Order: a notification's first attempt waits until every earlier notification for the same merchant and
reference has had its first attempt and none is in flight (a token's creation is sent before its removal).
Retries do not hold later notifications back: PayerMax promises no order, merchants must cope with any.

Retention: delivered and abandoned notifications, with their delivery rows, are forgotten once older than
``Settings.notification_retention`` (emulator clock) or beyond the newest ``Settings.notification_keep``.
Listings are paginated by id (``limit``, ``after``).

Some messages are not plain notifications: a body the product builds itself (a :class:`Message` queued with
``enqueue_payload``: the RFI notification without ``notifyType``, the bare bill-payment validation call) and a
reply the product acts on.
A product declares such a kind once with :meth:`Outbox.define` and a :class:`Policy`: how many attempts it
gets, the spec component its reply must match (the delivery checks it), and the handler that receives every
attempt's :class:`Reply` inside the transaction that records the attempt. One delivery path serves them all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, dumps, format_time, loads, notification_envelope

from ..settings import Settings
from ..store.clock import Clock
from ..store.db import Database
from .merchants import Merchant

PENDING, DELIVERED, FAILED, NO_URL = "pending", "delivered", "failed", "no_url"
PRUNE_BATCH = 500
ACKNOWLEDGED, NOT_ACKNOWLEDGED, ERROR = "acknowledged", "not_acknowledged", "error"

DDL = """
CREATE TABLE IF NOT EXISTS notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL,
    notify_type TEXT NOT NULL,
    reference TEXT NOT NULL,
    url TEXT,
    body BLOB NOT NULL,
    sign TEXT,
    status TEXT NOT NULL,            -- pending | delivered | failed | no_url
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL,
    lease_until REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS notifications_by_reference ON notifications (app_id, reference, id);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id INTEGER NOT NULL REFERENCES notifications (id),
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    http_status INTEGER,
    outcome TEXT NOT NULL,           -- acknowledged | not_acknowledged | error
    detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_by_notification ON deliveries (notification_id, id);
"""
#: An earlier notification for the same merchant and reference that holds this one back: in flight, or not
#: yet attempted once.
_EARLIER_FIRST = """NOT EXISTS (SELECT 1 FROM notifications AS earlier WHERE earlier.app_id = n.app_id
    AND earlier.reference = n.reference AND earlier.id < n.id AND earlier.status = 'pending'
    AND (earlier.lease_until > :now OR earlier.attempts = 0))"""


@dataclass(frozen=True)
class Due:
    """A notification claimed for one delivery attempt."""

    id: int
    url: str
    body: bytes
    sign: str | None
    attempts: int
    kind: str = ""


@dataclass(frozen=True)
class Message:
    """One message to a merchant, as the outbox queues it.

    Attributes:
        kind: what it is - a notification's ``notifyType``, or the kind a product defined (``Outbox.define``).
        reference: the record it is about; a reference's messages are first sent in the order they were queued.
        payload: the body, signed and POSTed as it is.
        url: where it goes; None for the merchant's notify URL.
    """

    kind: str
    reference: str
    payload: Mapping[str, Any]
    url: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the merchant answered one delivery attempt of a kind whose reply matters.

    Attributes:
        status: the HTTP status, None when no answer came (refused connection, time-out).
        acknowledged: whether the answer was the acknowledgement (HTTP 200, ``code`` ``SUCCESS``).
        data: the answer's ``data`` member, when the answer matched the policy's ``reply_schema``.
        problem: why the answer did not match it (names the field and the rule, never a value).
        final: whether this was the last attempt (acknowledged, or out of attempts).
    """

    status: int | None
    acknowledged: bool
    data: Mapping[str, object] | None
    problem: str | None
    final: bool


#: Called with the reference the message was queued with and the attempt's reply, inside the transaction
#: that records the attempt.
ReplyHandler = Callable[[sqlite3.Connection, str, Reply], None]


@dataclass(frozen=True)
class Policy:
    """How one kind of message is delivered, when it differs from a plain notification.

    Attributes:
        attempts: how many attempts it gets (None: every attempt of the retry schedule).
        reply_schema: the spec component an acknowledged reply must match (``BillPaymentValidationReply``).
        on_reply: the product's handler of each attempt's reply.
    """

    attempts: int | None = None
    reply_schema: str | None = None
    on_reply: ReplyHandler | None = None


class Outbox:
    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._policies: dict[str, Policy] = {}

    def define(self, kind: str, policy: Policy) -> None:
        """Declare how messages of ``kind`` are delivered (once, when the product is composed)."""
        if kind in self._policies:
            raise ValueError(f"the delivery policy of {kind} is defined twice")
        self._policies[kind] = policy

    def policy(self, kind: str) -> Policy | None:
        """The delivery policy of ``kind``; None for a plain notification."""
        return self._policies.get(kind)

    def enqueue(
        self,
        tx: sqlite3.Connection,
        merchant: Merchant,
        *,
        notify_type: str,
        reference: str,
        data: Mapping[str, Any],
        url: str | None = None,
        code: str = SUCCESS_CODE,
        msg: str = SUCCESS_MSG,
        extra: Mapping[str, Any] | None = None,
    ) -> int:
        """Queue a notification inside the caller's transaction; returns its id. ``extra`` adds members some
        notification kinds carry beside ``data`` (the dispute notification's ``version``)."""
        # ISV mode: a sub-merchant's notification names its service provider too.
        extra = {**(extra or {}), **merchant.provider_members()} or None
        payload = notification_envelope(
            app_id=merchant.signing_app_id,
            merchant_no=merchant.merchant_no,
            notify_type=notify_type,
            notify_time=self._clock.now(),
            data=data,
            code=code,
            msg=msg,
            extra=extra,
        )
        return self.enqueue_payload(tx, merchant, Message(notify_type, reference, payload, url))

    def enqueue_payload(self, tx: sqlite3.Connection, merchant: Merchant, message: Message) -> int:
        """Queue a message whose body the product built itself (another envelope, or none) inside the caller's
        transaction; returns its id."""
        now = self._clock.now()
        target = message.url or merchant.notify_url
        cursor = tx.execute(
            "INSERT INTO notifications (app_id, notify_type, reference, url, body, status, next_attempt_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                merchant.app_id,
                message.kind,
                message.reference,
                target,
                dumps(message.payload),
                PENDING if target else NO_URL,
                now.timestamp() if target else None,
                format_time(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    def requeue(self, tx: sqlite3.Connection, merchant: Merchant, message: Message) -> int:
        """Queue a stored message again as it was, with a fresh ``notifyTime`` when it has one (the bodies a
        product built itself: the RFI notification, the bill-payment calls); returns its id."""
        payload = message.payload
        if "notifyTime" in payload:
            payload = {**payload, "notifyTime": format_time(self._clock.now())}
        return self.enqueue_payload(tx, merchant, replace(message, payload=payload))

    def claim_due(self, limit: int = 32) -> list[Due]:
        """Lease the notifications whose attempt is due, so that no other worker sends them meanwhile."""
        now = self._clock.timestamp()
        lease = now + self._settings.notification_timeout + 5
        with self._db.transaction() as tx:
            rows = tx.execute(
                "SELECT * FROM notifications AS n WHERE n.status = :pending AND n.next_attempt_at <= :now"  # noqa: S608
                f" AND n.lease_until <= :now AND {_EARLIER_FIRST} ORDER BY n.next_attempt_at, n.id LIMIT :limit",
                {"pending": PENDING, "now": now, "limit": limit},
            ).fetchall()
            for row in rows:
                tx.execute("UPDATE notifications SET lease_until = ? WHERE id = ?", (lease, row["id"]))
        return [
            Due(row["id"], row["url"], row["body"], row["sign"], row["attempts"], row["notify_type"]) for row in rows
        ]

    def record(
        self,
        due: Due,
        sign: str,
        status: int | None,
        outcome: str,
        detail: str,
        *,
        data: Mapping[str, object] | None = None,
        problem: str | None = None,
    ) -> None:
        """Log one attempt; schedule the next one unless it was acknowledged or was the last. A kind with a
        reply handler gets the attempt's :class:`Reply` (``data`` or ``problem`` from the delivery's check)."""
        now = self._clock.now()
        attempt = due.attempts + 1
        policy = self._policies.get(due.kind) or Policy()
        schedule = self._settings.notification_schedule
        limit = min(len(schedule), policy.attempts or len(schedule))
        with self._db.transaction() as tx:
            if tx.execute("SELECT 1 FROM notifications WHERE id = ?", (due.id,)).fetchone() is None:
                return  # the emulator was reset while this attempt was in flight
            tx.execute(
                "INSERT INTO deliveries (notification_id, attempt, at, http_status, outcome, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (due.id, attempt, format_time(now), status, outcome, detail),
            )
            if outcome == ACKNOWLEDGED:
                tx.execute(
                    "UPDATE notifications SET status = ?, attempts = ?, sign = ?, lease_until = 0,"
                    " delivered_at = ? WHERE id = ?",
                    (DELIVERED, attempt, sign, format_time(now), due.id),
                )
            elif attempt >= limit:
                tx.execute(
                    "UPDATE notifications SET status = ?, attempts = ?, sign = ?, lease_until = 0 WHERE id = ?",
                    (FAILED, attempt, sign, due.id),
                )
            else:
                delay = schedule[attempt] * self._settings.time_scale
                tx.execute(
                    "UPDATE notifications SET attempts = ?, sign = ?, lease_until = 0, next_attempt_at = ? WHERE id = ?",
                    (attempt, sign, now.timestamp() + delay, due.id),
                )
            if policy.on_reply is not None:
                reference = tx.execute("SELECT reference FROM notifications WHERE id = ?", (due.id,)).fetchone()[0]
                final = outcome == ACKNOWLEDGED or attempt >= limit
                policy.on_reply(tx, reference, Reply(status, outcome == ACKNOWLEDGED, data, problem, final))

    def in_flight(self) -> bool:
        """Whether an attempt is being made right now."""
        return bool(self._db.read("SELECT 1 FROM notifications WHERE lease_until > 0 LIMIT 1"))

    def prune(self) -> int:
        """Forget finished notifications (delivered, abandoned, without URL) past the retention settings, with
        their delivery rows; returns how many (at most ``PRUNE_BATCH`` per call)."""
        cutoff = format_time(
            datetime.fromtimestamp(self._clock.timestamp() - self._settings.notification_retention, UTC)
        )
        with self._db.transaction() as tx:
            rows = tx.execute(
                "SELECT id FROM notifications WHERE status != ? AND (COALESCE(delivered_at, created_at) < ?"
                " OR id < COALESCE((SELECT id FROM notifications WHERE status != ? ORDER BY id DESC"
                " LIMIT 1 OFFSET ?), 0)) ORDER BY id LIMIT ?",
                (PENDING, cutoff, PENDING, max(self._settings.notification_keep - 1, 0), PRUNE_BATCH),
            ).fetchall()
            ids = [(row["id"],) for row in rows]
            tx.executemany("DELETE FROM deliveries WHERE notification_id = ?", ids)
            tx.executemany("DELETE FROM notifications WHERE id = ?", ids)
        return len(ids)

    def deliveries(
        self, notification_id: int | None = None, *, limit: int = -1, after: int = 0
    ) -> list[dict[str, Any]]:
        """The delivery log, oldest first (of one notification, or of all): ``limit`` rows with ids over ``after``."""
        if notification_id is None:
            rows = self._db.read("SELECT * FROM deliveries WHERE id > ? ORDER BY id LIMIT ?", (after, limit))
        else:
            rows = self._db.read(
                "SELECT * FROM deliveries WHERE notification_id = ? AND id > ? ORDER BY id LIMIT ?",
                (notification_id, after, limit),
            )
        return [dict(row) for row in rows]

    def notifications(self, *, limit: int = -1, after: int = 0, **equal: str) -> list[dict[str, Any]]:
        """Notifications with their deliveries, oldest first, filtered by ``type``, ``status`` or ``reference``:
        ``limit`` of them with ids over ``after``."""
        columns = {"type": "notify_type", "status": "status", "reference": "reference"}
        chosen = {columns[name]: value for name, value in equal.items() if value}
        where = " AND ".join([f"{column} = ?" for column in chosen] + ["id > ?"])
        rows = self._db.read(
            f"SELECT * FROM notifications WHERE {where} ORDER BY id LIMIT ?",  # noqa: S608 - fixed column names
            (*chosen.values(), after, limit),
        )
        return [
            {
                "id": row["id"],
                "type": row["notify_type"],
                "reference": row["reference"],
                "url": row["url"],
                "status": row["status"],
                "attempts": row["attempts"],
                "createdAt": row["created_at"],
                "deliveredAt": row["delivered_at"],
                "payload": loads(row["body"]),
                "deliveries": self.deliveries(row["id"]),
            }
            for row in rows
        ]

"""The notification outbox: what the emulator owes merchants, and the log of every delivery attempt.

A product queues a notification inside the transaction that changes the state it reports, so nothing is
lost if the process dies. The HTTP side (``http/delivery.py``) claims what is due, POSTs it and records
the attempt here; this module schedules the next one on PayerMax's retry schedule
(``payermax_signing.protocol.NOTIFICATION_RETRY_SCHEDULE``, scaled by ``Settings.time_scale``) until the
merchant acknowledges, then gives up. Every attempt stays in the delivery log.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, dumps, format_time, loads, notification_envelope

from ..settings import Settings
from ..store.clock import Clock
from ..store.db import Database
from .merchants import Merchant

PENDING, DELIVERED, FAILED, NO_URL = "pending", "delivered", "failed", "no_url"
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
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    notification_id INTEGER NOT NULL REFERENCES notifications (id),
    attempt INTEGER NOT NULL,
    at TEXT NOT NULL,
    http_status INTEGER,
    outcome TEXT NOT NULL,           -- acknowledged | not_acknowledged | error
    detail TEXT NOT NULL
);
"""


def notify_url_problem(url: Any) -> str | None:
    """Why ``url`` cannot receive notifications (None when it can): an http or https URL with a host, no
    whitespace or control characters, that httpx can send to. Checked when the order is placed."""
    reason = "it must be an http or https URL with a host, without spaces or control characters"
    if not isinstance(url, str) or any(char.isspace() or unicodedata.category(char)[0] == "C" for char in url):
        return reason
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except Exception:  # httpx raises InvalidURL, IDNA errors and ValueError for bad URLs
        return reason
    if parsed.scheme not in ("http", "https") or not parsed.host or "%" in parsed.host:
        return reason
    if port is not None and not 0 < port < 65536:
        return reason
    return None


@dataclass(frozen=True)
class Due:
    """A notification claimed for one delivery attempt."""

    id: int
    url: str
    body: bytes
    sign: str | None
    attempts: int


class Outbox:
    def __init__(self, db: Database, clock: Clock, settings: Settings) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings

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
        now = self._clock.now()
        payload = notification_envelope(
            app_id=merchant.app_id,
            merchant_no=merchant.merchant_no,
            notify_type=notify_type,
            notify_time=now,
            data=data,
            code=code,
            msg=msg,
            extra=extra,
        )
        target = url or merchant.notify_url
        cursor = tx.execute(
            "INSERT INTO notifications (app_id, notify_type, reference, url, body, status, next_attempt_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                merchant.app_id,
                notify_type,
                reference,
                target,
                dumps(payload),
                PENDING if target else NO_URL,
                now.timestamp() if target else None,
                format_time(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    def claim_due(self, limit: int = 32) -> list[Due]:
        """Lease the notifications whose attempt is due, so that no other worker sends them meanwhile."""
        now = self._clock.timestamp()
        lease = now + self._settings.notification_timeout + 5
        with self._db.transaction() as tx:
            rows = tx.execute(
                "SELECT * FROM notifications WHERE status = ? AND next_attempt_at <= ? AND lease_until <= ?"
                " ORDER BY next_attempt_at LIMIT ?",
                (PENDING, now, now, limit),
            ).fetchall()
            for row in rows:
                tx.execute("UPDATE notifications SET lease_until = ? WHERE id = ?", (lease, row["id"]))
        return [Due(row["id"], row["url"], row["body"], row["sign"], row["attempts"]) for row in rows]

    def record(self, due: Due, sign: str, status: int | None, outcome: str, detail: str) -> None:
        """Log one attempt; schedule the next one unless it was acknowledged or was the last."""
        now = self._clock.now()
        attempt = due.attempts + 1
        schedule = self._settings.notification_schedule
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
            elif attempt >= len(schedule):
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

    def in_flight(self) -> bool:
        """Whether an attempt is being made right now."""
        return bool(self._db.read("SELECT 1 FROM notifications WHERE lease_until > 0 LIMIT 1"))

    def deliveries(self, notification_id: int | None = None) -> list[dict[str, Any]]:
        """The delivery log, oldest first (of one notification, or of all)."""
        if notification_id is None:
            return [dict(row) for row in self._db.read("SELECT * FROM deliveries ORDER BY id")]
        rows = self._db.read("SELECT * FROM deliveries WHERE notification_id = ? ORDER BY id", (notification_id,))
        return [dict(row) for row in rows]

    def notifications(self, **equal: str) -> list[dict[str, Any]]:
        """Every notification with its deliveries, filtered by ``type``, ``status`` or ``reference``."""
        columns = {"type": "notify_type", "status": "status", "reference": "reference"}
        chosen = {columns[name]: value for name, value in equal.items() if value}
        where = " AND ".join(f"{column} = ?" for column in chosen) or "1 = 1"
        rows = self._db.read(f"SELECT * FROM notifications WHERE {where} ORDER BY id", tuple(chosen.values()))  # noqa: S608
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

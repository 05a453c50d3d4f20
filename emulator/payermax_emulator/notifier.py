"""Signed notifications to merchants, delivered like PayerMax delivers them.

Every notification is written to an outbox table in the same transaction as the state change that caused
it, so nothing is lost if the process dies. The dispatcher POSTs it (signed with the platform key) to the
merchant's URL and retries on PayerMax's schedule - 0s, 30s, 5m, 10m, 1h, 12h, scaled by
``Settings.time_scale`` - until the merchant answers HTTP 200 with ``{"code": "SUCCESS"}``. Every attempt is
kept in a delivery log.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import TYPE_CHECKING, Any

import httpx

from .clock import format_time
from .codec import decode, encode
from .db import schema

if TYPE_CHECKING:
    from .core import Emulator
    from .merchants import Merchant

log = logging.getLogger("payermax_emulator.notifications")

schema(
    """
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
)

ACKNOWLEDGED = "SUCCESS"


def _acknowledged(response: httpx.Response) -> bool:
    if response.status_code != httpx.codes.OK:
        return False
    try:
        body = decode(response.content)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("code") == ACKNOWLEDGED


class Notifier:
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    def enqueue(
        self,
        tx: sqlite3.Connection,
        merchant: Merchant,
        *,
        notify_type: str,
        reference: str,
        data: dict[str, Any],
        url: str | None = None,
        code: str = "APPLY_SUCCESS",
        msg: str = "Success.",
        envelope: dict[str, Any] | None = None,
    ) -> int:
        """Queue a notification inside the caller's transaction; returns its id. ``envelope`` adds members
        some notification kinds carry beside ``data`` (e.g. the dispute notification's ``version``)."""
        now = self.emulator.clock.now()
        payload = {
            "code": code,
            "msg": msg,
            **(envelope or {}),
            "keyVersion": "1",
            "appId": merchant.app_id,
            "merchantNo": merchant.merchant_no,
            "notifyTime": format_time(now),
            "notifyType": notify_type,
            "data": data,
        }
        target = url or merchant.notify_url
        cursor = tx.execute(
            "INSERT INTO notifications (app_id, notify_type, reference, url, body, status, next_attempt_at, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                merchant.app_id,
                notify_type,
                reference,
                target,
                encode(payload),
                "pending" if target else "no_url",
                now.timestamp() if target else None,
                format_time(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    # -- delivery -----------------------------------------------------------------------------------
    def _claim_due(self) -> list[sqlite3.Row]:
        emulator = self.emulator
        now = emulator.clock.timestamp()
        lease = now + emulator.settings.notification_timeout + 5
        with emulator.db.transaction() as tx:
            rows = tx.execute(
                "SELECT * FROM notifications WHERE status = 'pending' AND next_attempt_at <= ? AND lease_until <= ?"
                " ORDER BY next_attempt_at LIMIT 32",
                (now, now),
            ).fetchall()
            for row in rows:
                tx.execute("UPDATE notifications SET lease_until = ? WHERE id = ?", (lease, row["id"]))
        return rows

    async def dispatch_due(self) -> int:
        """Deliver every notification whose time has come; returns how many attempts were made."""
        rows = await asyncio.to_thread(self._claim_due)
        if not rows:
            return 0
        async with httpx.AsyncClient(timeout=self.emulator.settings.notification_timeout) as client:
            await asyncio.gather(*(self._deliver(client, row) for row in rows))
        return len(rows)

    async def _deliver(self, client: httpx.AsyncClient, row: sqlite3.Row) -> None:
        sign = row["sign"] or await asyncio.to_thread(self.emulator.platform_key.sign, row["body"])
        headers = {"content-type": "application/json", "accept": "application/json", "sign": sign}
        status: int | None = None
        try:
            response = await client.post(row["url"], content=row["body"], headers=headers)
            status = response.status_code
            outcome = "acknowledged" if _acknowledged(response) else "not_acknowledged"
            detail = response.text[:200]
        except httpx.HTTPError as exc:
            outcome, detail = "error", f"{type(exc).__name__}: {exc}"[:200]
        await asyncio.to_thread(self._record, row, sign, status, outcome, detail)

    def _record(self, row: sqlite3.Row, sign: str, status: int | None, outcome: str, detail: str) -> None:
        emulator = self.emulator
        now = emulator.clock.now()
        attempt = row["attempts"] + 1
        schedule = emulator.settings.notification_schedule
        with emulator.db.transaction() as tx:
            if tx.execute("SELECT 1 FROM notifications WHERE id = ?", (row["id"],)).fetchone() is None:
                return  # the emulator was reset while this attempt was in flight
            tx.execute(
                "INSERT INTO deliveries (notification_id, attempt, at, http_status, outcome, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (row["id"], attempt, format_time(now), status, outcome, detail),
            )
            if outcome == "acknowledged":
                tx.execute(
                    "UPDATE notifications SET status = 'delivered', attempts = ?, sign = ?, lease_until = 0,"
                    " delivered_at = ? WHERE id = ?",
                    (attempt, sign, format_time(now), row["id"]),
                )
            elif attempt >= len(schedule):
                tx.execute(
                    "UPDATE notifications SET status = 'failed', attempts = ?, sign = ?, lease_until = 0 WHERE id = ?",
                    (attempt, sign, row["id"]),
                )
            else:
                delay = schedule[attempt] * emulator.settings.time_scale
                tx.execute(
                    "UPDATE notifications SET attempts = ?, sign = ?, lease_until = 0, next_attempt_at = ? WHERE id = ?",
                    (attempt, sign, now.timestamp() + delay, row["id"]),
                )
        log.info("notification %s attempt %s to %s: %s", row["id"], attempt, row["url"], outcome)

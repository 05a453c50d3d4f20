"""Merchants known to the emulator: app id, merchant number, public key and default notify URL."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from payermax_signing import VerifyingKey
from payermax_signing.protocol import format_time

from ..store.clock import Clock
from ..store.db import Database
from ..store.errors import BusinessError

MERCHANT_INVALID = "MERCHANT_INVALID"
MERCHANT_APP_INVALID = "MERCHANT_APP_INVALID"

DDL = """
CREATE TABLE IF NOT EXISTS merchants (
    app_id TEXT PRIMARY KEY,
    merchant_no TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL,
    notify_url TEXT,
    created_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Merchant:
    app_id: str
    merchant_no: str
    public_key: VerifyingKey
    notify_url: str | None


@lru_cache(maxsize=256)
def _public_key(encoded: str) -> VerifyingKey:
    return VerifyingKey.load(encoded)


def _merchant(row: sqlite3.Row) -> Merchant:
    return Merchant(row["app_id"], row["merchant_no"], _public_key(row["public_key"]), row["notify_url"])


class Merchants:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, app_id: str) -> Merchant | None:
        rows = self._db.read("SELECT * FROM merchants WHERE app_id = ?", (app_id,))
        return _merchant(rows[0]) if rows else None

    def require(self, app_id: str) -> Merchant:
        """The merchant of ``app_id``; ``MERCHANT_APP_INVALID`` when there is none."""
        merchant = self.get(app_id)
        if merchant is None:
            raise BusinessError(MERCHANT_APP_INVALID, f"No merchant with appId {app_id}.")
        return merchant

    def all(self) -> list[Merchant]:
        return [_merchant(row) for row in self._db.read("SELECT * FROM merchants ORDER BY created_at")]

    def register(
        self,
        public_key: VerifyingKey,
        *,
        app_id: str | None = None,
        merchant_no: str | None = None,
        notify_url: str | None = None,
    ) -> Merchant:
        """Add a merchant, or replace the key and notify URL of an existing app id."""
        merchant = Merchant(
            app_id=app_id or secrets.token_hex(16),
            merchant_no=merchant_no or f"P0101{secrets.randbelow(10**10):010d}",
            public_key=public_key,
            notify_url=notify_url,
        )
        with self._db.transaction() as tx:
            taken = tx.execute(
                "SELECT app_id FROM merchants WHERE merchant_no = ? AND app_id != ?",
                (merchant.merchant_no, merchant.app_id),
            ).fetchone()
            if taken:
                raise BusinessError(MERCHANT_INVALID, f"merchant number {merchant.merchant_no} belongs to another app")
            tx.execute(
                "INSERT INTO merchants (app_id, merchant_no, public_key, notify_url, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(app_id) DO UPDATE SET merchant_no = excluded.merchant_no,"
                " public_key = excluded.public_key, notify_url = excluded.notify_url",
                (
                    merchant.app_id,
                    merchant.merchant_no,
                    public_key.to_base64(),
                    notify_url,
                    format_time(self._clock.now()),
                ),
            )
        return merchant

"""Merchants known to the emulator: app id, merchant number, public key and default notify URL.

In ISV mode a service provider (a merchant with its own app) calls for its sub-merchants. A sub-merchant has
no app of its own: it is a row of ``sub_merchants``, filed under the key ``<provider app id>/<merchant number>``,
which is the :attr:`Merchant.app_id` products file its orders, balances and notifications under - so its state
is apart from the provider's and from every other sub-merchant's. The grant rules (tokens, revocation, the
gateway's checks) are in :mod:`.isv`; this module only stores who is who.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from payermax_signing import VerifyingKey
from payermax_signing.protocol import format_time

from ..store.clock import Clock
from ..store.db import Database
from ..store.errors import BusinessError
from ..store.generation import Cached

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
CREATE TABLE IF NOT EXISTS sub_merchants (
    key TEXT PRIMARY KEY,              -- <provider app id>/<merchant number>: what its state is filed under
    sp_app_id TEXT NOT NULL REFERENCES merchants (app_id),
    merchant_no TEXT NOT NULL UNIQUE,
    notify_url TEXT,
    token_digest TEXT,                 -- SHA-256 (hex) of the token it granted; NULL once revoked
    created_at TEXT NOT NULL
);
"""
#: Columns of a sub-merchant as a :class:`Merchant`: its own number and notify URL (else the provider's),
#: the provider's key (which signs its calls), app and number.
_SUB_MERCHANT = (
    "SELECT s.key AS app_id, s.merchant_no, m.public_key, COALESCE(s.notify_url, m.notify_url) AS notify_url,"
    " s.sp_app_id, m.merchant_no AS sp_merchant_no, s.token_digest"
    " FROM sub_merchants s JOIN merchants m ON m.app_id = s.sp_app_id"
)


@dataclass(frozen=True)
class Merchant:
    """A merchant, or (ISV mode) a sub-merchant: then ``app_id`` is the key its state is filed under, and
    ``sp_app_id``, ``sp_merchant_no`` name the service provider whose app signs its calls and its notifications."""

    app_id: str
    merchant_no: str
    public_key: VerifyingKey
    notify_url: str | None
    sp_app_id: str | None = None
    sp_merchant_no: str | None = None

    @property
    def signing_app_id(self) -> str:
        """The app its calls and notifications name in ``appId``: its own, or its service provider's."""
        return self.sp_app_id or self.app_id

    def provider_members(self) -> dict[str, str]:
        """What its notifications add to their envelope: ``spMerchantNo`` for a sub-merchant, else nothing."""
        return {"spMerchantNo": self.sp_merchant_no} if self.sp_merchant_no else {}


@dataclass(frozen=True)
class NewSubMerchant:
    """A sub-merchant to store: its number, its notify URL (None: keep the one it has, else the provider's)
    and the digest of the token it granted."""

    merchant_no: str
    notify_url: str | None
    token_digest: str


@dataclass(frozen=True)
class SubMerchant:
    """A sub-merchant as stored: the merchant it is, and the digest of the token it granted (None: revoked)."""

    merchant: Merchant
    token_digest: str | None


def sub_merchant_key(sp_app_id: str, merchant_no: str) -> str:
    return f"{sp_app_id}/{merchant_no}"


def new_merchant_no() -> str:
    return f"P0101{secrets.randbelow(10**10):010d}"


@lru_cache(maxsize=256)
def _public_key(encoded: str) -> VerifyingKey:
    return VerifyingKey.load(encoded)


def _merchant(row: sqlite3.Row) -> Merchant:
    return Merchant(row["app_id"], row["merchant_no"], _public_key(row["public_key"]), row["notify_url"])


def _sub_merchant(row: sqlite3.Row) -> SubMerchant:
    merchant = Merchant(
        row["app_id"],
        row["merchant_no"],
        _public_key(row["public_key"]),
        row["notify_url"],
        sp_app_id=row["sp_app_id"],
        sp_merchant_no=row["sp_merchant_no"],
    )
    return SubMerchant(merchant, row["token_digest"])


class Merchants:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._cached: Cached[Merchant] = Cached(db.generation)  # every write below marks its transaction

    def get(self, app_id: str) -> Merchant | None:
        """The merchant whose app is ``app_id`` (never a sub-merchant: they have no app to sign with); read once
        per process until a merchant changes (``store/generation.py``)."""
        return self._cached.get(app_id, lambda: self._read(app_id))

    def _read(self, app_id: str) -> Merchant | None:
        rows = self._db.read("SELECT * FROM merchants WHERE app_id = ?", (app_id,))
        return _merchant(rows[0]) if rows else None

    def require(self, app_id: str) -> Merchant:
        """The merchant - or sub-merchant - whose state is filed under ``app_id`` (a record's ``app_id``);
        ``MERCHANT_APP_INVALID`` when there is none."""
        merchant = self.get(app_id)
        if merchant is None:
            rows = self._db.read(f"{_SUB_MERCHANT} WHERE s.key = ?", (app_id,))
            merchant = _sub_merchant(rows[0]).merchant if rows else None
        if merchant is None:
            raise BusinessError(MERCHANT_APP_INVALID, f"No merchant with appId {app_id}.")
        return merchant

    def sub_merchant(self, sp_app_id: str, merchant_no: str) -> SubMerchant | None:
        """The sub-merchant ``merchant_no`` of the service provider whose app is ``sp_app_id``."""
        rows = self._db.read(f"{_SUB_MERCHANT} WHERE s.key = ?", (sub_merchant_key(sp_app_id, merchant_no),))
        return _sub_merchant(rows[0]) if rows else None

    def sub_merchants(self, sp_app_id: str) -> list[SubMerchant]:
        """The sub-merchants of the service provider whose app is ``sp_app_id``, oldest first."""
        rows = self._db.read(f"{_SUB_MERCHANT} WHERE s.sp_app_id = ? ORDER BY s.rowid", (sp_app_id,))
        return [_sub_merchant(row) for row in rows]

    def save_sub_merchant(self, sp_app_id: str, sub: NewSubMerchant) -> None:
        """Add a sub-merchant to a service provider, or update one it has (its notify URL when given, its token
        digest); ``MERCHANT_APP_INVALID`` without such a provider, ``MERCHANT_INVALID`` when the number is
        another merchant's."""
        with self._db.transaction() as tx:
            if tx.execute("SELECT 1 FROM merchants WHERE app_id = ?", (sp_app_id,)).fetchone() is None:
                raise BusinessError(MERCHANT_APP_INVALID, f"No merchant with appId {sp_app_id}.")
            self._save_sub_merchant(tx, sp_app_id, sub)

    def _save_sub_merchant(self, tx: sqlite3.Connection, sp_app_id: str, sub: NewSubMerchant) -> None:
        self._db.changed()
        key = sub_merchant_key(sp_app_id, sub.merchant_no)
        taken = tx.execute(
            "SELECT 1 FROM merchants WHERE merchant_no = ? OR app_id = ?"
            " UNION ALL SELECT 1 FROM sub_merchants WHERE merchant_no = ? AND key != ?",
            (sub.merchant_no, key, sub.merchant_no, key),
        ).fetchone()
        if taken:
            raise BusinessError(MERCHANT_INVALID, f"merchant number {sub.merchant_no} belongs to another merchant")
        tx.execute(
            "INSERT INTO sub_merchants (key, sp_app_id, merchant_no, notify_url, token_digest, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
            " notify_url = COALESCE(excluded.notify_url, notify_url), token_digest = excluded.token_digest",
            (key, sp_app_id, sub.merchant_no, sub.notify_url, sub.token_digest, format_time(self._clock.now())),
        )

    def revoke(self, sp_app_id: str, merchant_no: str) -> bool:
        """Forget the token a sub-merchant granted; False when there is no such sub-merchant."""
        with self._db.transaction() as tx:
            self._db.changed()
            cursor = tx.execute(
                "UPDATE sub_merchants SET token_digest = NULL WHERE key = ?",
                (sub_merchant_key(sp_app_id, merchant_no),),
            )
        return cursor.rowcount > 0

    def all(self) -> list[Merchant]:
        return [_merchant(row) for row in self._db.read("SELECT * FROM merchants ORDER BY created_at")]

    def register(
        self,
        public_key: VerifyingKey,
        *,
        app_id: str | None = None,
        merchant_no: str | None = None,
        notify_url: str | None = None,
        sub_merchants: Sequence[NewSubMerchant] = (),
    ) -> Merchant:
        """Add a merchant, or replace the key and notify URL of an existing app id; with ``sub_merchants``
        (ISV mode), add or update those of its sub-merchants too, all or nothing."""
        merchant = Merchant(
            app_id=app_id or secrets.token_hex(16),
            merchant_no=merchant_no or new_merchant_no(),
            public_key=public_key,
            notify_url=notify_url,
        )
        with self._db.transaction() as tx:
            taken = tx.execute(
                "SELECT app_id FROM merchants WHERE merchant_no = ? AND app_id != ?"
                " UNION ALL SELECT key FROM sub_merchants WHERE merchant_no = ?",
                (merchant.merchant_no, merchant.app_id, merchant.merchant_no),
            ).fetchone()
            if taken:
                raise BusinessError(MERCHANT_INVALID, f"merchant number {merchant.merchant_no} belongs to another app")
            if tx.execute("SELECT 1 FROM sub_merchants WHERE key = ?", (merchant.app_id,)).fetchone():
                raise BusinessError(MERCHANT_APP_INVALID, f"appId {merchant.app_id} names a sub-merchant")
            self._db.changed()
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
            for sub in sub_merchants:
                self._save_sub_merchant(tx, merchant.app_id, sub)
        return merchant

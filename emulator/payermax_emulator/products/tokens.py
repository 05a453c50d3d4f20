"""Stored payment methods (``paymentTokenID``): created by payments with ``tokenForFutureUse`` and by
``applyPaymentToken``, used by later payments, listed and removed by the tokenization operations."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from ..clock import format_time
from ..db import next_sequence, schema
from .cards import Card

ACTIVATED = "Activated"
DELETED = "Deleted"
EXPIRED = "Expired"

schema(
    """
    CREATE TABLE IF NOT EXISTS payment_tokens (
        token_id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        payment_method_type TEXT NOT NULL,
        target_org TEXT,
        card TEXT,
        token_scope TEXT NOT NULL,
        mit_type TEXT,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        removed_reason TEXT
    );
    CREATE INDEX IF NOT EXISTS payment_tokens_by_user ON payment_tokens (app_id, user_id);
    """
)


@dataclass(frozen=True)
class StoredToken:
    token_id: str
    app_id: str
    user_id: str
    payment_method_type: str
    target_org: str | None
    card: Card | None
    token_scope: str
    mit_type: str | None
    status: str
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> StoredToken:
        card = Card.from_json(json.loads(row["card"])) if row["card"] else None
        return cls(
            row["token_id"],
            row["app_id"],
            row["user_id"],
            row["payment_method_type"],
            row["target_org"],
            card,
            row["token_scope"],
            row["mit_type"],
            row["status"],
            row["created_at"],
        )


def create_token(
    tx: sqlite3.Connection,
    *,
    app_id: str,
    user_id: str,
    payment_method_type: str,
    target_org: str | None,
    card: Card | None,
    now: datetime,
    token_scope: str = "tokenAcq",  # noqa: S107 - a PayerMax scope name, not a secret
    mit_type: str | None = None,
) -> StoredToken:
    token_id = f"PMTOKEN{now:%Y%m%d%H%M%S}{next_sequence(tx, 'token'):012d}"
    created_at = format_time(now)
    tx.execute(
        "INSERT INTO payment_tokens (token_id, app_id, user_id, payment_method_type, target_org, card, token_scope,"
        " mit_type, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            token_id,
            app_id,
            user_id,
            payment_method_type,
            target_org,
            json.dumps(card.to_json()) if card else None,
            token_scope,
            mit_type,
            ACTIVATED,
            created_at,
        ),
    )
    return StoredToken(
        token_id, app_id, user_id, payment_method_type, target_org, card, token_scope, mit_type, ACTIVATED, created_at
    )


def find_token(tx: sqlite3.Connection, app_id: str, token_id: str) -> StoredToken | None:
    row = tx.execute("SELECT * FROM payment_tokens WHERE app_id = ? AND token_id = ?", (app_id, token_id)).fetchone()
    return StoredToken.from_row(row) if row else None


def user_tokens(tx: sqlite3.Connection, app_id: str, user_id: str) -> list[StoredToken]:
    rows = tx.execute(
        "SELECT * FROM payment_tokens WHERE app_id = ? AND user_id = ? ORDER BY created_at, token_id", (app_id, user_id)
    ).fetchall()
    return [StoredToken.from_row(row) for row in rows]


def set_token_status(tx: sqlite3.Connection, token_id: str, status: str, reason: str | None = None) -> None:
    tx.execute(
        "UPDATE payment_tokens SET status = ?, removed_reason = ? WHERE token_id = ?", (status, reason, token_id)
    )


def token_expiry(token: StoredToken) -> str:
    """When the token lapses: the card's expiry (end of month), or far in the future for other methods."""
    if token.card and token.card.expiry_year and token.card.expiry_month:
        year, month = 2000 + int(token.card.expiry_year), int(token.card.expiry_month)
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}-01T00:00:00.000+00:00"
    return "2099-12-31T23:59:59.000+00:00"

"""Stored payment methods (``paymentTokenID``): created by payments with ``tokenForFutureUse`` and by
``applyPaymentToken``, used by later payments, listed and removed by the tokenization operations.

A token is ``Activated`` until it is removed (``Deleted``) or lapses (``Expired``); an expired token can
still be removed; a removed one stays removed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from payermax_signing.protocol import format_time

from ..kit import Lifecycle, Product, Table
from ..store.db import next_sequence
from .cards import Card

ACTIVATED = "Activated"
DELETED = "Deleted"
EXPIRED = "Expired"
LIFECYCLE = Lifecycle("token", {ACTIVATED: (DELETED, EXPIRED), EXPIRED: (DELETED,)})


@dataclass
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
    removed_reason: str | None = None

    @property
    def expiry(self) -> str:
        """When the token lapses: the card's expiry (end of month), or far in the future for other methods."""
        return card_expiry(self.card)


def card_expiry(card: Card | None) -> str:
    """The expiry of a token of ``card``: the end of its expiry month (far in the future without a card)."""
    if card and card.expiry_year and card.expiry_month:
        year, month = 2000 + int(card.expiry_year), int(card.expiry_month)
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}-01T00:00:00.000+00:00"
    return "2099-12-31T23:59:59.000+00:00"


TOKENS = Table(StoredToken, "payment_tokens", "The paymentTokenID", "app_id, user_id")


@dataclass(eq=False)
class Tokens(Product):
    """The token store that payments and the tokenization operations share (no operation of its own)."""

    tables = (TOKENS,)

    def create(
        self,
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
        token = StoredToken(
            token_id,
            app_id,
            user_id,
            payment_method_type,
            target_org,
            card,
            token_scope,
            mit_type,
            ACTIVATED,
            format_time(now),
        )
        return TOKENS.insert(tx, token)

    def find(self, tx: sqlite3.Connection, app_id: str, token_id: str) -> StoredToken | None:
        return TOKENS.find(tx, app_id=app_id, token_id=token_id)

    def of_user(self, tx: sqlite3.Connection, app_id: str, user_id: str) -> list[StoredToken]:
        return TOKENS.where(tx, "app_id = ? AND user_id = ?", (app_id, user_id), order="created_at, token_id")

    def move(self, tx: sqlite3.Connection, token: StoredToken, status: str, reason: str | None = None) -> None:
        """Move a token to ``Deleted`` or ``Expired`` (the lifecycle refuses other moves)."""
        LIFECYCLE.move(token, status)
        token.removed_reason = reason
        TOKENS.save(tx, token)

"""Merchant accounts and their ledger: every movement of money, per account type and currency.

``ACQUIRING`` receives successful payments and pays refunds and lost disputes; ``DISBURSEMENT`` pays
payouts and gets bounced payouts back. Current balances live in ``balances``; ``ledger`` keeps each
movement so that day-end balances can be computed for any past day. Amounts are decimal strings and are
only ever added up as ``Decimal``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple

from payermax_signing.protocol import format_time

from ..kit import Product
from ..store.errors import BusinessError

ACQUIRING = "ACQUIRING"
DISBURSEMENT = "DISBURSEMENT"

DDL = """
CREATE TABLE IF NOT EXISTS balances (
    app_id TEXT NOT NULL,
    account_type TEXT NOT NULL,
    currency TEXT NOT NULL,
    balance TEXT NOT NULL,
    PRIMARY KEY (app_id, account_type, currency)
);
CREATE TABLE IF NOT EXISTS ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL,
    account_type TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount TEXT NOT NULL,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL,
    at TEXT NOT NULL,
    at_ts REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_by_account ON ledger (app_id, account_type, currency, at_ts);
"""


BALANCE_INSUFFICIENT = "BALANCE_INSUFFICIENT"


class Account(NamedTuple):
    """One account of a merchant: its type (``ACQUIRING``, ``DISBURSEMENT``) in one currency."""

    app_id: str
    account_type: str
    currency: str


@dataclass(frozen=True)
class Movement:
    account_type: str
    currency: str
    amount: Decimal
    at_ts: float


@dataclass(eq=False)
class Ledger(Product):
    """The accounts every product that moves money posts to (no gateway operation of its own)."""

    extra_ddl = (DDL,)

    def balance(self, tx: sqlite3.Connection, account: Account) -> Decimal:
        row = tx.execute(
            "SELECT balance FROM balances WHERE app_id = ? AND account_type = ? AND currency = ?", tuple(account)
        ).fetchone()
        return Decimal(row["balance"]) if row else Decimal(0)

    def post(
        self,
        tx: sqlite3.Connection,
        account: Account,
        amount: Decimal,
        kind: str,
        reference: str,
        *,
        at: datetime | None = None,
        shortfall: str | None = None,
    ) -> Decimal:
        """Move ``amount`` (negative for a debit) in or out of an account; returns the new balance. With
        ``shortfall`` (a result code), a debit the balance cannot cover is refused with that code."""
        at = at or self.services.clock.now()
        current = self.balance(tx, account)
        new = current + amount
        if new < 0 and amount < 0 and shortfall is not None:
            raise BusinessError(
                shortfall,
                f"Insufficient {account.currency} balance in the {account.account_type} account: "
                f"{format(current, 'f')}.",
            )
        tx.execute(
            "INSERT INTO balances (app_id, account_type, currency, balance) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(app_id, account_type, currency) DO UPDATE SET balance = excluded.balance",
            (*account, format(new, "f")),
        )
        tx.execute(
            "INSERT INTO ledger (app_id, account_type, currency, amount, kind, reference, at, at_ts)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*account, format(amount, "f"), kind, reference, format_time(at), at.timestamp()),
        )
        return new

    def posted(self, tx: sqlite3.Connection, app_id: str, currency: str, kind: str) -> bool:
        """Whether the merchant's ledger has a movement of ``kind`` in ``currency``."""
        found = tx.execute(
            "SELECT 1 FROM ledger WHERE app_id = ? AND currency = ? AND kind = ?", (app_id, currency, kind)
        ).fetchone()
        return found is not None

    def accounts(self, app_id: str) -> list[tuple[str, str, Decimal]]:
        """(account type, currency, balance) of every account the merchant has."""
        rows = self.services.db.read(
            "SELECT account_type, currency, balance FROM balances WHERE app_id = ? ORDER BY account_type, currency",
            (app_id,),
        )
        return [(row["account_type"], row["currency"], Decimal(row["balance"])) for row in rows]

    def movements(self, app_id: str, until_ts: float) -> list[Movement]:
        """Every movement of the merchant up to (excluding) ``until_ts``, oldest first."""
        rows = self.services.db.read(
            "SELECT account_type, currency, amount, at_ts FROM ledger WHERE app_id = ? AND at_ts < ? ORDER BY id",
            (app_id, until_ts),
        )
        return [Movement(r["account_type"], r["currency"], Decimal(r["amount"]), r["at_ts"]) for r in rows]

"""Merchant accounts and their ledger: every movement of money, per account type and currency.

``ACQUIRING`` receives successful payments and pays refunds and lost disputes; ``DISBURSEMENT`` (the
available balance) pays payouts, gets bounced payouts back, takes deposits (virtual-account receipts,
``POST /emulator/balances``) and both sides of exchanges. Current balances live in ``balances``; ``ledger``
keeps each movement so that day-end balances can be computed for any past day. Amounts are decimal strings
and are only ever added up as ``Decimal``.

**Balance notifications.** Every posting passes through :meth:`Ledger.post`, which looks its ``kind`` up in
``BALANCE_NOTICES``: the movements PayerMax reports with its balance notification (``DEPOSIT``, ``EXCHANGE``,
``WITHDRAW``, ``TRANSFER``: the ``notifyType``) are notified in the posting's own transaction, one notification
per posting (an exchange posts two), ``data.direction`` ``INCREASE`` or ``DECREASE``, ``data.amount`` the
movement's magnitude in the currency's decimals, ``relatedTradeNo`` the posting's reference, ``version``
``1.0``, to the merchant's default notify URL. The movements PayerMax says it does not report there -
collections (the captures of pre-authorisations included), refunds, payouts, disputes, bill payments (see the
``balanceChange`` webhook of the spec) - are listed with ``None``. A kind missing from the table is a
programming error (``ValueError``): a product that adds a movement decides there whether PayerMax notifies it.
So the signed sum of the balance notifications of an account equals its balance whenever only notified
movements touched it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from payermax_signing.protocol import format_time

from ..kit import Product
from ..store.errors import BusinessError
from ..store.money import money

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
DEPOSIT, WITHDRAW, TRANSFER, EXCHANGE = "DEPOSIT", "WITHDRAW", "TRANSFER", "EXCHANGE"
#: The ``notifyType`` of the balance notification for each kind of posting; None: PayerMax does not report it.
BALANCE_NOTICES: dict[str, str | None] = {
    DEPOSIT: DEPOSIT,
    WITHDRAW: WITHDRAW,
    TRANSFER: TRANSFER,
    EXCHANGE: EXCHANGE,
    "PAYMENT": None,
    "CAPTURE": None,  # the captured part of a pre-authorisation: a collection, like PAYMENT
    "REFUND": None,
    "REFUND_REVERSAL": None,
    "CHARGEBACK": None,
    "PAYOUT": None,
    "PAYOUT_RETURN": None,
    "PAYOUT_BOUNCEBACK": None,
    "BILL_PAYMENT": None,
    "OPENING_FLOAT": None,  # the state a fresh emulator starts in, not a movement
}
BALANCE_NOTIFICATION_VERSION = "1.0"


class Account(NamedTuple):
    """One account of a merchant: its type (``ACQUIRING``, ``DISBURSEMENT``) in one currency."""

    app_id: str
    account_type: str
    currency: str


@dataclass(frozen=True)
class Notice:
    """What a notified posting's balance notification says besides the amount: the other side (None: the
    merchant itself, as for exchanges), and the rate of an exchange or the fee taken."""

    counterparty_id: str | None = None
    counterparty_name: str | None = None
    exchange: Mapping[str, Any] | None = None
    fee: tuple[Decimal, str] | None = None


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
        notice: Notice | None = None,
    ) -> Decimal:
        """Move ``amount`` (negative for a debit) in or out of an account; returns the new balance. With
        ``shortfall`` (a result code), a debit the balance cannot cover is refused with that code. A kind
        PayerMax reports is notified (``notice`` completes the notification)."""
        if kind not in BALANCE_NOTICES:
            raise ValueError(f"ledger kind {kind} is not in BALANCE_NOTICES: say whether PayerMax notifies it")
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
        notify_type = BALANCE_NOTICES[kind]
        if notify_type is not None and amount != 0:
            self._notify(tx, account, amount, notify_type, reference, notice or Notice())
        return new

    def _notify(
        self,
        tx: sqlite3.Connection,
        account: Account,
        amount: Decimal,
        notify_type: str,
        reference: str,
        notice: Notice,
    ) -> None:
        merchant = self.services.merchants.require(account.app_id)
        data: dict[str, Any] = {
            "amount": {"currency": account.currency, "value": money(abs(amount), account.currency)},
            "direction": "INCREASE" if amount > 0 else "DECREASE",
            "counterparty": {
                "identifyId": notice.counterparty_id or merchant.merchant_no,
                "identifyName": notice.counterparty_name or f"Merchant {merchant.merchant_no}",
            },
            "relatedTradeNo": reference,
        }
        if notice.exchange is not None:
            data["exchange"] = dict(notice.exchange)
        if notice.fee is not None:
            value, currency = notice.fee
            data["fee"] = {"value": money(value, currency), "currency": currency}
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type=notify_type,
            reference=reference,
            data=data,
            extra={"version": BALANCE_NOTIFICATION_VERSION},
        )

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

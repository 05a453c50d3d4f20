"""Virtual-account receipts: bank transfers arriving into the merchant's virtual (local collection) accounts.

PayerMax has no gateway operation for them: a receipt arrives through the control API ("a bank transfer
arrives into virtual account X"), and every state it reaches - the first one included - sends the
virtual-account notification (``notifyType`` ``RECEIVE``, ``version`` ``1.0``) to the merchant's notify URL.

States: ``SETTLED`` (credited), ``TO_BE_PROVED`` (held until the merchant proves where the money comes from),
``REJECTED`` (refused and sent back). A receipt arrives in any of the three (``SETTLED`` by default); a
``TO_BE_PROVED`` one then becomes ``SETTLED`` or ``REJECTED`` - through the control API, or through a request
for information about it (``rfi.py``, ``businessType`` ``VA_PAYMENT``: ``PASS`` settles it, ``CLOSE`` rejects
it). ``SETTLED`` and ``REJECTED`` are final (``ORDER_CLOSED`` for another move).

Money: ``trade`` is what the bank received; the merchant is credited ``settle.amount = trade.amount - fee -
tax`` (one currency) into its available balance - the ``DISBURSEMENT`` account, from which exchanges and
payouts are paid - when the receipt is ``SETTLED``; this is a ``DEPOSIT`` movement, so a balance notification
follows (``ledger.py``), whose counterparty is the sender's masked account at its bank (never the sender's
name). A rejected receipt credits nothing and reports ``errorCode``/``errorMsg`` (``PAYMENT_REJECTED``, "The
transfer was refused and returned to the sender." unless the control API says otherwise).

Account numbers are kept masked (``7001xxxx3318``: first and last four characters); the sender's name is kept
for the notification only, never in control answers.

Control endpoints (``http/adapters/virtual_accounts.py``; under ``/emulator``, the test merchant or ``?appId=``):

| endpoint | what it does |
|---|---|
| `POST /emulator/virtual-accounts/{accountNo}/receipts` | a transfer arrives: `{"amount", "currency", "fee"? (0), "tax"? (0), "status"? (SETTLED, TO_BE_PROVED or REJECTED), "country"? (from the currency: PHP PH, IDR ID...), "accountNickName"? (DEFAULT), "bankCode"?, "payerAccountNo"?, "payerName"?, "payerBankCode"?, "payerBankName"?, "payerBankBranch"?, "remark"?, "channelTradeNo"?}`; answers the receipt |
| `POST /emulator/va-receipts/{requestNo}/settle` | a TO_BE_PROVED receipt is credited: SETTLED |
| `POST /emulator/va-receipts/{requestNo}/reject` | a TO_BE_PROVED receipt is refused: REJECTED, `{"errorCode"?, "errorMsg"?}` |
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Ending, Lifecycle, Product, Record, Table
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import optional_text, params_invalid
from ..store.money import check_amount, currency_decimals, decimal_amount, money
from . import rfi_subjects as rfi
from .ledger import DEPOSIT, DISBURSEMENT, Account, Ledger, Notice

TO_BE_PROVED, SETTLED, REJECTED = "TO_BE_PROVED", "SETTLED", "REJECTED"
LIFECYCLE = Lifecycle("receipt", {TO_BE_PROVED: (SETTLED, REJECTED)})
RETURNED = ("PAYMENT_REJECTED", "The transfer was refused and returned to the sender.")
RFI_CLOSED = "The request for information about the transfer was closed: it is returned to the sender."
NOTIFICATION_VERSION = "1.0"
#: The country of a virtual account when the control API names only the currency.
COUNTRIES = {"PHP": "PH", "IDR": "ID", "THB": "TH", "MYR": "MY", "VND": "VN", "INR": "IN", "BRL": "BR", "MXN": "MX"}
#: Text members of the control body and their limits (the notification's).
TEXTS = {
    "accountNickName": 256,
    "bankCode": 64,
    "payerAccountNo": 128,
    "payerName": 256,
    "payerBankCode": 64,
    "payerBankName": 256,
    "payerBankBranch": 64,
    "remark": 256,
    "channelTradeNo": 64,
}


def mask(account: str) -> str:
    """An account number as PayerMax shows it: first and last four characters (``7001xxxx3318``)."""
    return account if len(account) <= 8 else f"{account[:4]}xxxx{account[-4:]}"


@dataclass
class Receipt(Record):
    """A receipt with its document: the notification's ``data``."""

    request_no: str

    def summary(self) -> dict[str, Any]:
        """What the control API answers: the receipt without the sender."""
        detail = self.doc["paymentDetail"]
        return {
            "requestNo": self.request_no,
            "status": self.status,
            "accountNo": detail["payeeInfo"]["accountNo"],
            "trade": detail["trade"],
            "settle": detail["settle"],
        }


RECEIPTS = Table(Receipt, "va_receipts", "The receipt", "app_id")


def _amount(body: dict[str, Any], name: str, currency: str, default: str | None = None) -> Decimal:
    raw = body.get(name, default)
    if raw in (None, ""):
        raise params_invalid(f"{name} is required.")
    return decimal_amount(raw, name, currency)


@dataclass(eq=False)
class VirtualAccounts(Product):
    tables = (RECEIPTS,)
    ledger: Ledger

    def arrive(self, merchant: Merchant, account_no: str, body: dict[str, Any]) -> dict[str, Any]:
        """A bank transfer arrives into the merchant's virtual account ``account_no`` (the control API)."""
        currency = str(body.get("currency") or "")
        if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
            raise params_invalid("currency must be an ISO 4217 code (three capital letters).")
        received = _amount(body, "amount", currency)
        fee, tax = _amount(body, "fee", currency, "0"), _amount(body, "tax", currency, "0")
        credited = received - fee - tax
        check_amount(credited, currency, places=currency_decimals(currency), field="amount - fee - tax")
        status = str(body.get("status") or SETTLED)
        if status not in (SETTLED, TO_BE_PROVED, REJECTED):
            raise params_invalid("status must be SETTLED, TO_BE_PROVED or REJECTED.")
        country = str(body.get("country") or COUNTRIES.get(currency, ""))
        if len(country) != 2 or not country.isupper():
            raise params_invalid("country is required (two capital letters) when the currency's is not known.")
        texts = {name: optional_text(body, name, limit) for name, limit in TEXTS.items()}
        now = self.services.clock.now()
        payee: dict[str, Any] = {
            "country": country,
            "accountNo": mask(account_no),
            "accountNickName": texts["accountNickName"] or "DEFAULT",
        }
        payer: dict[str, Any] = {
            "accountNo": mask(texts["payerAccountNo"] or "004900009021"),
            "bankCode": texts["payerBankCode"] or "BOPIPHMM",
        }
        if texts["bankCode"]:
            payee["bankCode"] = texts["bankCode"]
        for member, name in (
            ("accountName", "payerName"),
            ("bankName", "payerBankName"),
            ("bankBranch", "payerBankBranch"),
        ):
            if texts[name]:
                payer[member] = texts[name]
        zero = money(Decimal(0), currency)
        detail: dict[str, Any] = {
            "payeeInfo": payee,
            "payerInfo": payer,
            "settle": {
                "amount": money(credited, currency),
                "currency": currency,
                "fee": money(fee, currency) if fee else zero,
                "feeCurrency": currency,
                "tax": money(tax, currency) if tax else zero,
                "taxCurrency": currency,
            },
            "trade": {"amount": money(received, currency), "currency": currency},
        }
        if texts["remark"]:
            detail["remark"] = texts["remark"]
        with self.services.db.transaction() as tx:
            sequence = next_sequence(tx, "va-receipt")
            request_no = f"{now:%Y%m%d%H%M%S}VA{sequence:016d}"
            doc = {
                "requestNo": request_no,
                "channelTradeNo": texts["channelTradeNo"] or f"BANK{now:%y%m%d%H%M%S}{sequence:06d}",
                "status": TO_BE_PROVED,
                "transactionUtcTime": format_time(now),
                "completeTime": format_time(now),
                "paymentDetail": detail,
            }
            receipt = RECEIPTS.insert(tx, Receipt(request_no, app_id=merchant.app_id, status=TO_BE_PROVED, doc=doc))
            if status == TO_BE_PROVED:
                self._notify(tx, merchant, receipt)
            else:
                self._finish(tx, merchant, receipt, Ending(status, *RETURNED) if status == REJECTED else Ending(status))
            return receipt.summary()

    def move(self, app_id: str, request_no: str, end: Ending) -> dict[str, Any]:
        """Settle or reject a TO_BE_PROVED receipt (the control API)."""
        with self.services.db.transaction() as tx:
            receipt = RECEIPTS.get(tx, app_id=app_id, request_no=request_no)
            self._finish(tx, self.services.merchants.require(app_id), receipt, end)
            return receipt.summary()

    def _finish(self, tx: sqlite3.Connection, merchant: Merchant, receipt: Receipt, end: Ending) -> None:
        now = self.services.clock.now()
        LIFECYCLE.end(receipt, end, now)
        if end.status == REJECTED:
            receipt.doc["errorCode"] = end.code or RETURNED[0]
            receipt.doc["errorMsg"] = end.msg or RETURNED[1]
        else:
            settle = receipt.doc["paymentDetail"]["settle"]
            payer = receipt.doc["paymentDetail"]["payerInfo"]
            sender = Notice(counterparty_id=payer["accountNo"], counterparty_name=f"Sender at {payer['bankCode']}")
            account = Account(receipt.app_id, DISBURSEMENT, settle["currency"])
            self.ledger.post(tx, account, Decimal(settle["amount"]), DEPOSIT, receipt.request_no, at=now, notice=sender)
        self._notify(tx, merchant, receipt)

    def _notify(self, tx: sqlite3.Connection, merchant: Merchant, receipt: Receipt) -> None:
        receipt.doc["status"] = receipt.status
        RECEIPTS.save(tx, receipt)
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type="RECEIVE",
            reference=receipt.request_no,
            data=receipt.doc,
            extra={"version": NOTIFICATION_VERSION},
        )

    # ------------------------------------------------------------------ requests for information (rfi.py)
    def rfi_order(self, tx: sqlite3.Connection, app_id: str, ref: str) -> str:
        """The receipt a request for information names (``ORDER_NOT_EXIST`` for an unknown one)."""
        return RECEIPTS.get(tx, app_id=app_id, request_no=ref).request_no

    def rfi_moved(self, tx: sqlite3.Connection, app_id: str, request_no: str, stage: str) -> None:
        """A held receipt follows its request for information: ``PASS`` settles it, ``CLOSE`` rejects it."""
        receipt = RECEIPTS.get(tx, app_id=app_id, request_no=request_no)
        if receipt.status != TO_BE_PROVED or stage not in (rfi.PASS, rfi.CLOSE):
            return
        end = Ending(SETTLED) if stage == rfi.PASS else Ending(REJECTED, RETURNED[0], RFI_CLOSED)
        self._finish(tx, self.services.merchants.require(app_id), receipt, end)

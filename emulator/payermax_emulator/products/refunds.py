"""Refunds of successful payments: refund, refundQuery, settlement.

A refund is refused when the order is unknown (``ORDER_NOT_EXIST``), closed (``ORDER_CLOSED``) or not paid
(``PARAMS_INVALID``), in another currency (``CURRENCY_INVALID``), or above what is left to refund
(``AMOUNT_INVALID``); a repeated ``outRefundNo`` is ``ORDER_REPEAT``. An authorisation (``captureMode``
``MANUAL``) refunds only what was captured: before a capture it is refused (``PARAMS_INVALID``), after one the
captured amount bounds the refunds (``AMOUNT_INVALID``). It reserves its amount from the
``ACQUIRING`` account at once (``REFUND_INSUFFICIENT_BALANCE`` when the account cannot pay it) and is
``REFUND_PENDING`` until it settles - after ``Settings.settle_after`` or through the control API - as
``REFUND_SUCCESS`` or ``REFUND_FAILED`` (the money goes back), with a ``REFUND`` notification.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, format_time

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, closed, params_invalid
from ..store.money import amount, check_amount
from . import sandbox_values
from .collection import Collection
from .ledger import ACQUIRING, Account, Ledger
from .orders import CLOSED, ORDERS, SUCCESS

REFUND_PENDING, REFUND_SUCCESS, REFUND_FAILED = "REFUND_PENDING", "REFUND_SUCCESS", "REFUND_FAILED"
LIFECYCLE = Lifecycle("refund", {REFUND_PENDING: (REFUND_SUCCESS, REFUND_FAILED)})
DEFAULT_FAILURE = "Provider failed to process."
SHORTFALL = "REFUND_INSUFFICIENT_BALANCE"


@dataclass
class Refund(Record):
    refund_trade_no: str
    out_refund_no: str
    trade_token: str
    refund_amount: Decimal
    currency: str
    settle_ts: float | None

    def result(self) -> dict[str, Any]:
        """The ``RefundQueryResult``."""
        result: dict[str, Any] = {
            "outRefundNo": self.out_refund_no,
            "refundTradeNo": self.refund_trade_no,
            "refundAmount": self.refund_amount,
            "refundCurrency": self.currency,
            "outTradeNo": self.doc["outTradeNo"],
            "status": self.status,
        }
        if self.doc.get("refundFinishTime"):
            result["refundFinishTime"] = self.doc["refundFinishTime"]
        if self.status == REFUND_FAILED:
            result["resultMsg"] = self.doc.get("resultMsg", DEFAULT_FAILURE)
        return result


REFUNDS = Table(
    Refund,
    "refunds",
    "The refund",
    "status, settle_ts",
    unique="app_id, out_refund_no",
    references={"trade_token": "orders"},
)


@dataclass(eq=False)
class Refunds(Product):
    tables = (REFUNDS,)
    collection: Collection
    ledger: Ledger

    def _refunded(self, tx: sqlite3.Connection, trade_token: str) -> Decimal:
        refunds = REFUNDS.where(tx, "trade_token = ? AND status != ?", (trade_token, REFUND_FAILED))
        return sum((refund.refund_amount for refund in refunds), Decimal(0))

    @operation("refund")
    def refund(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        refund_amount, currency = amount(data["refundAmount"]), data["refundCurrency"]
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            order = self.collection.find(
                tx, merchant.app_id, out_trade_no=data.get("outTradeNo"), trade_token=data.get("tradeToken")
            )
            if order is None:
                raise ORDERS.missing()
            if order.status == CLOSED:
                raise closed("The order is closed and was never paid.")
            if order.status != SUCCESS:
                raise params_invalid(f"The order is {order.status}: only successful payments can be refunded.")
            if currency != order.currency:
                raise BusinessError("CURRENCY_INVALID", f"refundCurrency must be the order currency {order.currency}.")
            check_amount(refund_amount, currency, places=4, field="refundAmount")
            collected = order.collected
            if collected is None:
                raise params_invalid(
                    "The order is an authorisation that was not captured: only captured money can be refunded."
                )
            refundable = collected - self._refunded(tx, order.trade_token)
            if refund_amount > refundable:
                raise BusinessError(
                    "AMOUNT_INVALID", f"refundAmount exceeds the refundable amount {format(refundable, 'f')}."
                )
            refund_trade_no = f"{now:%Y%m%d%H%M%S}RF{next_sequence(tx, 'refund'):012d}"
            account = Account(merchant.app_id, ACQUIRING, currency)
            self.ledger.post(tx, account, -refund_amount, "REFUND", refund_trade_no, at=now, shortfall=SHORTFALL)
            doc = {
                "outRefundNo": data["outRefundNo"],
                "outTradeNo": order.out_trade_no,
                "refundNotifyUrl": data.get("refundNotifyUrl"),
                "comments": data.get("comments"),
            }
            forced = sandbox_values.refund(refund_amount) if self.services.settings.sandbox_values else None
            if forced:
                doc["sandboxOutcome"] = forced
            refund = Refund(
                refund_trade_no,
                data["outRefundNo"],
                order.trade_token,
                refund_amount,
                currency,
                None if forced == REFUND_PENDING else self.services.settings.settle_at(now.timestamp()),
                app_id=merchant.app_id,
                status=REFUND_PENDING,
                doc=doc,
            )
            REFUNDS.insert(tx, refund, unique=f"outRefundNo {data['outRefundNo']}")
        return {
            "outRefundNo": data["outRefundNo"],
            "tradeOrderNo": order.trade_token,
            "refundTradeNo": refund_trade_no,
            "status": REFUND_PENDING,
        }

    @operation("refundQuery")
    def refund_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            if data.get("refundTradeNo"):
                return REFUNDS.get(tx, app_id=merchant.app_id, refund_trade_no=data["refundTradeNo"]).result()
            return REFUNDS.get(tx, app_id=merchant.app_id, out_refund_no=data["outRefundNo"]).result()

    def settle(self, app_id: str, refund_key: str, status: str, msg: str | None = None) -> Refund:
        """Finish a pending refund (named by refundTradeNo or outRefundNo): ledger and notification included."""
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            found = REFUNDS.where(
                tx, "app_id = ? AND (refund_trade_no = ? OR out_refund_no = ?)", (app_id, refund_key, refund_key)
            )
            if not found:
                raise REFUNDS.missing()
            refund = found[0]
            LIFECYCLE.move(refund, status)
            refund.settle_ts = None
            refund.doc["refundFinishTime"] = format_time(now)
            if status == REFUND_FAILED:
                refund.doc["resultMsg"] = msg or DEFAULT_FAILURE
                account = Account(app_id, ACQUIRING, refund.currency)
                self.ledger.post(tx, account, refund.refund_amount, "REFUND_REVERSAL", refund.refund_trade_no, at=now)
            REFUNDS.save(tx, refund)
            data = refund.result()
            data.pop("resultMsg", None)
            succeeded = status == REFUND_SUCCESS
            self.services.outbox.enqueue(
                tx,
                self.services.merchants.require(app_id),
                notify_type="REFUND",
                reference=refund.refund_trade_no,
                data=data,
                url=refund.doc.get("refundNotifyUrl"),
                code=SUCCESS_CODE if succeeded else "PAYMENT_FAILED",
                msg=SUCCESS_MSG if succeeded else refund.doc["resultMsg"],
            )
            return refund

    @when_due(REFUNDS, REFUND_PENDING, "settle_ts")
    def _settle_due(self, refund_trade_no: str) -> None:
        with self.services.db.transaction() as tx:
            refund = REFUNDS.get(tx, refund_trade_no=refund_trade_no)
        if refund.doc.get("sandboxOutcome") == REFUND_FAILED:
            self.settle(refund.app_id, refund_trade_no, REFUND_FAILED, sandbox_values.REFUND_FAILURE_MSG)
            return
        self.settle(refund.app_id, refund_trade_no, REFUND_SUCCESS)

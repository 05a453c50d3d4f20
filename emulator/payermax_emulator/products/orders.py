"""The order record: its row, its lifecycle, and how PayerMax reports it (queries, notifications).

An order is ``PENDING`` until the payer finishes, then ``SUCCESS`` or ``FAILED``; a ``PENDING`` order is
``CLOSED`` once its expiry passes. A finished order never moves again (``ORDER_CLOSED``). An order placed with
``captureMode`` ``MANUAL`` is an authorisation: it reports ``captureMode`` and ``authorizationType``, and what it
``collected`` is what was captured (``auth_capture.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..kit import Lifecycle, MerchantNumbered, Record, Table
from .cards import Card

PENDING, SUCCESS, FAILED, CLOSED = "PENDING", "SUCCESS", "FAILED", "CLOSED"
HOSTED, DIRECT = "Hosted_Checkout", "Direct_Payment"
#: ``captureMode`` of an authorisation (pre-authorisation), and its only ``authorizationType``.
MANUAL, FINAL_AUTH = "MANUAL", "FINAL_AUTH"
#: What an authorisation reports besides a sale's members (its notification is told apart by them).
AUTHORISATION = ("captureMode", "authorizationType")
LIFECYCLE = Lifecycle("order", {PENDING: (SUCCESS, FAILED, CLOSED)})
DEFAULT_COUNTRY = {
    "USD": "US",
    "IDR": "ID",
    "SAR": "SA",
    "EUR": "DE",
    "AED": "AE",
    "PHP": "PH",
    "THB": "TH",
    "MYR": "MY",
    "BRL": "BR",
    "MXN": "MX",
    "TRY": "TR",
    "EGP": "EG",
    "INR": "IN",
    "HKD": "HK",
}


@dataclass
class Order(Record, MerchantNumbered):
    """An order row with its document (everything PayerMax reports about it)."""

    trade_token: str
    out_trade_no: str
    out_trade_no_key: str = field(default="", kw_only=True)
    integrate: str
    total_amount: Decimal
    currency: str
    created_ts: float
    expires_ts: float

    @property
    def card(self) -> Card | None:
        stored = self.doc.get("card")
        return Card.from_json(stored) if stored else None

    @property
    def is_authorisation(self) -> bool:
        """Placed with ``captureMode`` ``MANUAL``: a successful payment only holds the money."""
        return self.doc.get("captureMode") == MANUAL

    @property
    def collected(self) -> Decimal | None:
        """The money this order took: its total once paid, or for an authorisation what was captured (None
        before a capture)."""
        if self.status != SUCCESS:
            return None
        if not self.is_authorisation:
            return self.total_amount
        captured = self.doc.get("capturedAmount")
        return Decimal(str(captured)) if captured is not None else None

    @property
    def country(self) -> str:
        return str(self.doc.get("country") or DEFAULT_COUNTRY.get(self.currency, "US"))

    def payment_details(self) -> list[dict[str, Any]]:
        if self.status != SUCCESS:
            return []
        detail: dict[str, Any] = {
            "paymentMethodType": self.doc.get("paymentMethodType") or "CARD",
            "payAmount": self.total_amount,
            "payCurrency": self.currency,
            "exchangeRate": "1",
        }
        if self.doc.get("targetOrg"):
            detail["targetOrg"] = self.doc["targetOrg"]
        token_id = self.doc.get("paymentTokenID")
        if token_id:
            detail["paymentTokenID"] = token_id
        card = self.card
        if card is not None:
            detail["cardInfo"] = card.result(token_id=token_id, source=self.doc.get("cardSource", "CARD"))
        return [detail]

    def _report(self, middle: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
        report: dict[str, Any] = {
            "outTradeNo": self.out_trade_no,
            "tradeToken": self.trade_token,
            "totalAmount": self.total_amount,
            "currency": self.currency,
            "country": self.country,
            "status": self.status,
            **middle,
        }
        for name in optional:
            if self.doc.get(name):
                report[name] = self.doc[name]
        return report

    def query_result(self) -> dict[str, Any]:
        """The ``OrderQueryResult``."""
        middle = {
            "resultMsg": self.doc.get("resultMsg", ""),
            "paymentDetails": self.payment_details(),
            "createTime": self.doc["createTime"],
        }
        optional = ("reference", "resultCode", "completeTime", "cashierCountry", "channelNo", *AUTHORISATION)
        return self._report(middle, optional)

    def notification_data(self) -> dict[str, Any]:
        """The ``PAYMENT`` notification's ``data``."""
        middle = {"paymentDetails": self.payment_details()}
        return self._report(middle, ("reference", "completeTime", "cashierCountry", "channelNo", *AUTHORISATION))


ORDERS = Table(Order, "orders", "The order", "status, expires_ts", unique="app_id, out_trade_no_key")

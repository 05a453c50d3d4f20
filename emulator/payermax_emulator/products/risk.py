"""Fraud and risk lists: addOrDelRiskNameList, payments refused for a listed card, user or IP, and the fraud
notification.

**addOrDelRiskNameList** (envelope with ``merchantAppId``) adds (``ADD``, overwriting an entry with the same
``key`` and ``value``) or removes (``DELETE``; removing an entry that is not listed changes nothing) entries of
the merchant's block list. A repeated ``requestId`` is ``ORDER_REPEAT``. Each entry's ``value`` must fit its
list (``PARAMS_INVALID`` otherwise, naming the entry):

| ``key`` | list | ``value`` | checked against |
|---|---|---|---|
| ``NEG0001`` | card | first six and last four digits, ``411111-1111`` | the card of the payment |
| ``NEG0002`` | user | the merchant's user id | ``userId`` |
| ``NEG0003`` | IP address | an IPv4 or IPv6 address | ``paymentDetail.buyerInfo.clientIp``, ``envInfo.clientIp`` |
| ``NEG0004`` | card BIN | 6 to 8 digits | the card number's first six digits (the emulator keeps no more) |
| ``NEG0005`` | BIN country | two letters (upper-cased) | the card's issuing country: ``US`` for every emulator card (it has no BIN table) |

An entry stays listed for its ``expireType`` (``DAY`` 1 day, ``WEEK`` 7, ``MONTH`` 30, ``HALFYEAR`` 180, ``YEAR``
365 on the emulator clock; ``FOREVER`` or none: until deleted).

**At payment time** every order being placed is screened (sales, authorisations, Drop-in, stored cards, and the
emulator's own subscription charges, which then fail): a listed user, IP or card refuses ``orderAndPay`` with
``PAYMENT_REJECTED``, the message naming the field and the list, never the value. A hosted-checkout order is
screened by user and IP when it is placed; the card a payer picks on the cashier page is not screened.

**The fraud notification** (``notifyType`` ``FRAUD``, version ``1.0``) tells the merchant that a paid order was
reported as fraud; the emulator sends it when the control API says so, ``POST /emulator/orders/{ref}/fraud``
(``http/adapters/risk.py``), to the merchant's default notification address. ``GET /emulator/risk-list`` lists the
merchant's entries.
"""

from __future__ import annotations

import ipaddress
import re
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, format_time

from ..kit import Product, Table, operation
from ..services import Merchant
from ..store.errors import BusinessError, params_invalid
from .collection import Collection, Placing
from .orders import SUCCESS, Order

CARD, USER, IP, BIN, BIN_COUNTRY = "NEG0001", "NEG0002", "NEG0003", "NEG0004", "NEG0005"
DURATIONS = {"DAY": 1, "WEEK": 7, "MONTH": 30, "HALFYEAR": 180, "YEAR": 365}
#: Every emulator card is issued here (the emulator has no BIN table).
CARD_COUNTRY = "US"
FORMATS = {
    CARD: (re.compile(r"^[0-9]{6}-[0-9]{4}$"), "the card's first six and last four digits (123456-4321)"),
    BIN: (re.compile(r"^[0-9]{6,8}$"), "a card BIN of 6 to 8 digits"),
    BIN_COUNTRY: (re.compile(r"^[A-Za-z]{2}$"), "a two-letter country code"),
    USER: (re.compile(r"^.+$"), "a user id"),
}
LISTS = {CARD: "card", USER: "user", IP: "IP address", BIN: "card BIN", BIN_COUNTRY: "card issuing country"}


@dataclass
class RiskEntry:
    entry_id: str
    app_id: str
    list_key: str
    value: str
    expires_ts: float | None
    doc: dict[str, Any]


@dataclass
class RiskRequest:
    """One addOrDelRiskNameList call (its ``requestId`` may not repeat)."""

    request_key: str
    app_id: str
    request_id: str
    doc: dict[str, Any]


ENTRIES = Table(RiskEntry, "risk_list", "The risk-list entry", "app_id, list_key, value")
REQUESTS = Table(RiskRequest, "risk_list_requests", "The risk-list request", unique="app_id, request_id")


def _value(key: str, value: str, where: str) -> str:
    """An entry's value in its list's canonical form, or the refusal naming the entry and the rule."""
    if key == IP:
        try:
            return str(ipaddress.ip_address(value.strip()))
        except ValueError:
            raise params_invalid(f"{where}.value must be an IPv4 or IPv6 address for {key}.") from None
    pattern, what = FORMATS[key]
    if not pattern.match(value.strip()):
        raise params_invalid(f"{where}.value must be {what} for {key}.")
    return value.strip().upper() if key == BIN_COUNTRY else value.strip()


@dataclass(eq=False)
class Risk(Product):
    tables = (ENTRIES, REQUESTS)
    collection: Collection

    def __post_init__(self) -> None:
        self.collection.on_placing(self._screen)

    @operation("addOrDelRiskNameList")
    def add_or_del_risk_name_list(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        now = self.services.clock.now()
        entries = []
        for position, entry in enumerate(data["nameList"]):
            key = str(entry["key"])
            entries.append((key, _value(key, str(entry["value"]), f"nameList[{position}]"), entry.get("expireType")))
        with self.services.db.transaction() as tx:
            doc = {"operateType": data["operateType"], "remark": data.get("remark"), "time": format_time(now)}
            request = RiskRequest(f"{merchant.app_id}:{data['requestId']}", merchant.app_id, data["requestId"], doc)
            REQUESTS.insert(tx, request, unique=f"requestId {data['requestId']}")
            for key, value, duration in entries:
                entry_id = f"{merchant.app_id}:{key}:{value}"
                tx.execute(f"DELETE FROM {ENTRIES.name} WHERE entry_id = ?", (entry_id,))  # noqa: S608 - fixed name
                if data["operateType"] == "ADD":
                    days = DURATIONS.get(str(duration))
                    expires = (now + timedelta(days=days)).timestamp() if days else None
                    entry_doc = {"expireType": duration or "FOREVER", "requestId": data["requestId"],
                                 "addedTime": format_time(now)}  # fmt: skip
                    ENTRIES.insert(tx, RiskEntry(entry_id, merchant.app_id, key, value, expires, entry_doc))
        return {"requestId": data["requestId"]}

    def _listed(self, tx: sqlite3.Connection, app_id: str, key: str, value: str | None) -> bool:
        if not value:
            return False
        found = ENTRIES.find(tx, entry_id=f"{app_id}:{key}:{value}")
        return found is not None and (found.expires_ts is None or found.expires_ts > self.services.clock.timestamp())

    def _screen(self, tx: sqlite3.Connection, placing: Placing) -> None:
        """Refuse an order whose user, IP or card is on the merchant's block list."""
        data, app_id = placing.data, placing.merchant.app_id
        detail = data.get("paymentDetail") or {}
        candidates: list[tuple[str, str, str | None]] = [(USER, "userId", data.get("userId"))]
        for field, holder in (("paymentDetail.buyerInfo.clientIp", detail.get("buyerInfo")),
                              ("envInfo.clientIp", data.get("envInfo"))):  # fmt: skip
            ip = holder.get("clientIp") if isinstance(holder, dict) else None
            candidates.append((IP, field, _canonical_ip(ip)))
        card = placing.outcome.card if placing.outcome is not None else None
        if card is not None:
            candidates += [
                (CARD, "the card", f"{card.bin}-{card.last4}"),
                (BIN, "the card's BIN", card.bin),
                (BIN_COUNTRY, "the card's issuing country", CARD_COUNTRY),
            ]
        for key, field, value in candidates:
            if self._listed(tx, app_id, key, value):
                raise BusinessError(
                    "PAYMENT_REJECTED",
                    f"Refused by risk control: {field} is on the merchant's {LISTS[key]} block list ({key}).",
                )

    def report_fraud(self, order: Order) -> dict[str, Any]:
        """Send the fraud notification of a paid order; returns its ``data``."""
        if order.status != SUCCESS:
            raise params_invalid(f"The order is {order.status}: only a paid order can be reported as fraud.")
        merchant = self.services.merchants.require(order.app_id)
        now = self.services.clock.now()
        data = {
            "merchantNo": merchant.merchant_no,
            "outTradeNo": order.out_trade_no,
            "tradeAmount": format(order.total_amount.quantize(Decimal("0.0001")), "f"),
            "tradeCurrency": order.currency,
            "tradeCreateTime": order.doc["createTime"],
            "receiveDate": format_time(now),
            "outUserId": order.doc["userId"],
        }
        with self.services.db.transaction() as tx:
            self.services.outbox.enqueue(
                tx, merchant, notify_type="FRAUD", reference=order.trade_token, data=data, code=SUCCESS_CODE,
                msg=SUCCESS_MSG, extra={"version": "1.0", "requestTime": format_time(now)},
            )  # fmt: skip
        return data

    def entries(self, app_id: str) -> list[dict[str, Any]]:
        """The merchant's listed entries (expired ones left out)."""
        now = self.services.clock.timestamp()
        with self.services.db.transaction() as tx:
            found = ENTRIES.where(tx, "app_id = ? AND (expires_ts IS NULL OR expires_ts > ?)", (app_id, now),
                                  order="list_key, value")  # fmt: skip
        return [{"key": entry.list_key, "value": entry.value, **entry.doc} for entry in found]


def _canonical_ip(value: Any) -> str | None:
    try:
        return str(ipaddress.ip_address(str(value).strip())) if value else None
    except ValueError:
        return None

"""Collection: orders (hosted cashier and direct API), their life cycle, order queries and refunds.

Order statuses follow PayerMax: ``PENDING`` until the payer finishes, then ``SUCCESS`` or ``FAILED``;
a ``PENDING`` order is ``CLOSED`` once its expiry passes (``expireTime`` clamped to 30 minutes .. 24 hours,
30 minutes by default). A successful payment credits the merchant's ``ACQUIRING`` account and sends a
``PAYMENT`` notification; so does a failure or a closure. Refunds reserve their amount from that
account at once and settle after ``Settings.settle_after`` (or through the control API), then send a
``REFUND`` notification.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from ..clock import format_time
from ..codec import amount
from ..core import Emulator
from ..db import next_sequence, schema
from ..errors import BusinessError, not_found, params_invalid, repeated
from ..merchants import Merchant
from ..registry import Call, operation, sweeper
from . import cards, ledger, tokens
from .money import NO_DECIMALS, check_amount

PENDING, SUCCESS, FAILED, CLOSED = "PENDING", "SUCCESS", "FAILED", "CLOSED"
HOSTED, DIRECT = "Hosted_Checkout", "Direct_Payment"
MIN_EXPIRY, MAX_EXPIRY = 30 * 60, 24 * 60 * 60
WALLETS = {"APPLEPAY": "APPLEPAY", "GOOGLEPAY": "GOOGLEPAY_PAN"}
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
CLOSED_CODE = ("PAYMENT_FAILED", "Payment was not completed on time.")

schema(
    """
    CREATE TABLE IF NOT EXISTS orders (
        trade_token TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        out_trade_no TEXT NOT NULL,
        out_trade_no_key TEXT NOT NULL,
        integrate TEXT NOT NULL,
        status TEXT NOT NULL,
        total_amount TEXT NOT NULL,
        currency TEXT NOT NULL,
        created_ts REAL NOT NULL,
        expires_ts REAL NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (app_id, out_trade_no_key)
    );
    CREATE INDEX IF NOT EXISTS orders_pending ON orders (status, expires_ts);
    CREATE TABLE IF NOT EXISTS refunds (
        refund_trade_no TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        out_refund_no TEXT NOT NULL,
        trade_token TEXT NOT NULL REFERENCES orders (trade_token),
        status TEXT NOT NULL,
        refund_amount TEXT NOT NULL,
        currency TEXT NOT NULL,
        settle_ts REAL,
        doc TEXT NOT NULL,
        UNIQUE (app_id, out_refund_no)
    );
    CREATE INDEX IF NOT EXISTS refunds_pending ON refunds (status, settle_ts);
    """
)


# ------------------------------------------------------------------------------------------- orders
@dataclass
class Order:
    """An order row with its document (everything PayerMax reports about it)."""

    trade_token: str
    app_id: str
    status: str
    integrate: str
    total_amount: Decimal
    currency: str
    expires_ts: float
    doc: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Order:
        return cls(
            row["trade_token"],
            row["app_id"],
            row["status"],
            row["integrate"],
            Decimal(row["total_amount"]),
            row["currency"],
            row["expires_ts"],
            json.loads(row["doc"]),
        )

    @property
    def out_trade_no(self) -> str:
        return str(self.doc["outTradeNo"])

    @property
    def card(self) -> cards.Card | None:
        stored = self.doc.get("card")
        return cards.Card.from_json(stored) if stored else None

    def save(self, tx: sqlite3.Connection) -> None:
        tx.execute(
            "UPDATE orders SET status = ?, doc = ? WHERE trade_token = ?",
            (self.status, json.dumps(self.doc), self.trade_token),
        )

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

    def query_result(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "outTradeNo": self.out_trade_no,
            "tradeToken": self.trade_token,
            "totalAmount": self.total_amount,
            "currency": self.currency,
            "country": self.doc.get("country") or DEFAULT_COUNTRY.get(self.currency, "US"),
            "status": self.status,
            "resultMsg": self.doc.get("resultMsg", ""),
            "paymentDetails": self.payment_details(),
            "createTime": self.doc["createTime"],
        }
        for name in ("reference", "resultCode", "completeTime", "cashierCountry", "channelNo"):
            if self.doc.get(name):
                result[name] = self.doc[name]
        return result

    def notification_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "outTradeNo": self.out_trade_no,
            "tradeToken": self.trade_token,
            "totalAmount": self.total_amount,
            "currency": self.currency,
            "country": self.doc.get("country") or DEFAULT_COUNTRY.get(self.currency, "US"),
            "status": self.status,
            "paymentDetails": self.payment_details(),
        }
        for name in ("reference", "completeTime", "cashierCountry", "channelNo"):
            if self.doc.get(name):
                data[name] = self.doc[name]
        return data


def find_order(
    tx: sqlite3.Connection, app_id: str, *, out_trade_no: str | None = None, trade_token: str | None = None
) -> Order | None:
    if trade_token:
        row = tx.execute("SELECT * FROM orders WHERE app_id = ? AND trade_token = ?", (app_id, trade_token)).fetchone()
        if row is None or (out_trade_no and row["out_trade_no_key"] != out_trade_no.upper()):
            return None
    else:
        row = tx.execute(
            "SELECT * FROM orders WHERE app_id = ? AND out_trade_no_key = ?", (app_id, str(out_trade_no).upper())
        ).fetchone()
    return Order.from_row(row) if row else None


def order_by_token(tx: sqlite3.Connection, trade_token: str) -> Order | None:
    row = tx.execute("SELECT * FROM orders WHERE trade_token = ?", (trade_token,)).fetchone()
    return Order.from_row(row) if row else None


def _check_amount(total: Decimal, currency: str, field: str) -> None:
    """Orders and refunds: up to four decimals, none for the currencies that have none."""
    check_amount(total, currency, places=0 if currency in NO_DECIMALS else 4, field=field)


def _expiry_seconds(value: Any) -> int:
    if value in (None, ""):
        return MIN_EXPIRY
    return max(MIN_EXPIRY, min(MAX_EXPIRY, int(value)))


@dataclass(frozen=True)
class Outcome:
    """How a Direct_Payment order ends when it is placed."""

    status: str
    payment_method_type: str
    target_org: str | None = None
    card: cards.Card | None = None
    card_source: str = "CARD"
    token: tokens.StoredToken | None = None
    redirect: str | None = None  # "3ds" | "cashier"
    code: str | None = None
    msg: str | None = None


def _direct_outcome(emulator: Emulator, merchant: Merchant, data: dict[str, Any]) -> Outcome:
    detail = data["paymentDetail"]
    method = str(detail["paymentMethodType"])
    target_org = detail.get("targetOrg") or None
    token_id = detail.get("paymentTokenID")
    if token_id:
        with emulator.db.transaction() as tx:
            token = tokens.find_token(tx, merchant.app_id, token_id)
        if token is None or token.user_id != data["userId"] or token.status != tokens.ACTIVATED:
            raise params_invalid("paymentTokenID is invalid: unknown, removed, or issued to another userId.")
        card = token.card
        behaviour = card.behaviour if card else cards.SUCCESS
        if behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS) and detail.get("merchantInitiated"):
            behaviour = cards.SUCCESS  # merchant-initiated payments skip 3DS
        return _card_outcome(behaviour, token.payment_method_type, token.target_org, card, token=token)
    if method == "CARD":
        card = cards.read_card(detail["cardInfo"], emulator.clock.now())  # the spec requires cardInfo here
        return _card_outcome(card.behaviour, method, target_org, card)
    if method in WALLETS:
        return Outcome(SUCCESS, method, target_org, card_source=WALLETS[method])
    return Outcome(PENDING, method, target_org, redirect="cashier")


def _card_outcome(
    behaviour: str,
    method: str,
    target_org: str | None,
    card: cards.Card | None,
    token: tokens.StoredToken | None = None,
) -> Outcome:
    if behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS):
        return Outcome(PENDING, method, target_org, card, token=token, redirect="3ds")
    if behaviour in cards.DECLINE_CODES:
        code, msg = cards.DECLINE_CODES[behaviour]
        return Outcome(FAILED, method, target_org, card, token=token, code=code, msg=msg)
    return Outcome(SUCCESS, method, target_org, card, token=token)


#: Called inside the transaction that finishes an order (pay-by-link keeps its links up to date this way).
ORDER_LISTENERS: list[Callable[[Emulator, sqlite3.Connection, Merchant, Order], None]] = []


@operation("orderAndPay")
def order_and_pay(call: Call) -> dict[str, Any]:
    return place_order(call.emulator, call.merchant, call.data)


def place_order(
    emulator: Emulator, merchant: Merchant, data: dict[str, Any], *, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Place an order from validated ``orderAndPay`` data; ``extra`` members are kept in the order's document
    (e.g. the pay-by-link ``linkId``). Returns the ``OrderAndPayResult``."""
    total, currency = amount(data["totalAmount"]), data["currency"]
    _check_amount(total, currency, "totalAmount")
    outcome = _direct_outcome(emulator, merchant, data) if data["integrate"] == DIRECT else None
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        trade_token = f"T{now:%Y%m%d%H%M%S}{next_sequence(tx, 'order'):09d}"
        detail = data.get("paymentDetail") or {}
        doc: dict[str, Any] = {
            "outTradeNo": data["outTradeNo"],
            "subject": data["subject"],
            "userId": data["userId"],
            "country": data.get("country"),
            "reference": data.get("reference"),
            "notifyUrl": data.get("notifyUrl"),
            "frontCallbackUrl": data.get("frontCallbackUrl"),
            "language": data.get("language"),
            "paymentMethodType": detail.get("paymentMethodType"),
            "targetOrg": detail.get("targetOrg"),
            "tokenForFutureUse": bool(detail.get("tokenForFutureUse")),
            "createTime": format_time(now),
            "resultMsg": "",
            **(extra or {}),
        }
        expires = now + timedelta(seconds=_expiry_seconds(data.get("expireTime")))
        try:
            tx.execute(
                "INSERT INTO orders (trade_token, app_id, out_trade_no, out_trade_no_key, integrate, status,"
                " total_amount, currency, created_ts, expires_ts, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    trade_token,
                    merchant.app_id,
                    data["outTradeNo"],
                    data["outTradeNo"].upper(),
                    data["integrate"],
                    PENDING,
                    format(total, "f"),
                    currency,
                    now.timestamp(),
                    expires.timestamp(),
                    json.dumps(doc),
                ),
            )
        except sqlite3.IntegrityError:
            raise repeated(f"outTradeNo {data['outTradeNo']}") from None
        order = Order(
            trade_token, merchant.app_id, PENDING, data["integrate"], total, currency, expires.timestamp(), doc
        )
        answer: dict[str, Any] = {"outTradeNo": order.out_trade_no, "tradeToken": trade_token, "status": PENDING}
        if outcome is None:
            answer["redirectUrl"] = emulator.page_url(f"/cashier/{trade_token}")
            return answer
        order.doc.update(
            paymentMethodType=outcome.payment_method_type, targetOrg=outcome.target_org, cardSource=outcome.card_source
        )
        if outcome.card is not None:
            order.doc["card"] = outcome.card.to_json()
        if outcome.token is not None:
            order.doc["paymentTokenID"] = outcome.token.token_id
        if outcome.status == PENDING:
            order.save(tx)
            page = "3ds" if outcome.redirect == "3ds" else "cashier"
            answer["redirectUrl"] = emulator.page_url(f"/{page}/{trade_token}")
            return answer
        finish_order(emulator, tx, merchant, order, outcome.status, code=outcome.code, msg=outcome.msg)
        answer["status"] = order.status
        return answer


def finish_order(
    emulator: Emulator,
    tx: sqlite3.Connection,
    merchant: Merchant,
    order: Order,
    status: str,
    *,
    code: str | None = None,
    msg: str | None = None,
) -> None:
    """Move a PENDING order to its final status: ledger, stored token and notification included."""
    if order.status != PENDING:
        raise BusinessError("ORDER_CLOSED", f"Order {order.out_trade_no} is already {order.status}.")
    now = emulator.clock.now()
    order.status = status
    order.doc["completeTime"] = format_time(now)
    order.doc.setdefault("country", None)
    if not order.doc.get("country"):
        order.doc["country"] = DEFAULT_COUNTRY.get(order.currency, "US")
    if order.integrate == HOSTED and status == SUCCESS:
        order.doc["cashierCountry"] = order.doc["country"]
    if status == SUCCESS:
        order.doc["channelNo"] = f"DMCP{next_sequence(tx, 'channel'):015d}"
        if order.doc.get("tokenForFutureUse") and not order.doc.get("paymentTokenID"):
            token = tokens.create_token(
                tx,
                app_id=merchant.app_id,
                user_id=order.doc["userId"],
                payment_method_type=order.doc.get("paymentMethodType") or "CARD",
                target_org=order.doc.get("targetOrg"),
                card=order.card,
                now=now,
            )
            order.doc["paymentTokenID"] = token.token_id
        ledger.post(
            tx,
            merchant.app_id,
            account_type=ledger.ACQUIRING,
            currency=order.currency,
            amount=order.total_amount,
            kind="PAYMENT",
            reference=order.trade_token,
            at=now,
        )
    else:
        order.doc["resultCode"] = code or "PAYMENT_FAILED"
        order.doc["resultMsg"] = msg or "Provider failed to process."
    order.save(tx)
    for listener in ORDER_LISTENERS:
        listener(emulator, tx, merchant, order)
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type="PAYMENT",
        reference=order.trade_token,
        data=order.notification_data(),
        url=order.doc.get("notifyUrl"),
        code="APPLY_SUCCESS" if status == SUCCESS else order.doc["resultCode"],
        msg="Success." if status == SUCCESS else order.doc["resultMsg"],
    )


def settle_pending_order(
    emulator: Emulator, trade_token: str, status: str, *, code: str | None = None, msg: str | None = None
) -> Order:
    """Finish a PENDING order from outside the gateway (cashier page, 3DS page, control API)."""
    with emulator.db.transaction() as tx:
        order = order_by_token(tx, trade_token)
        if order is None:
            raise not_found(f"Order {trade_token}")
        merchant = emulator.merchants.get(order.app_id)
        assert merchant is not None
        if status == SUCCESS and order.card is not None and order.card.behaviour == cards.CHALLENGE_FAILS:
            status, (code, msg) = FAILED, cards.DECLINE_CODES[cards.CHALLENGE_FAILS]
        finish_order(emulator, tx, merchant, order, status, code=code, msg=msg)
        return order


@operation("orderQuery")
def order_query(call: Call) -> dict[str, Any]:
    with call.emulator.db.transaction() as tx:
        order = find_order(tx, call.merchant.app_id, out_trade_no=call.data["outTradeNo"])
        if order is None:
            raise BusinessError("ORDER_NOT_EXIST", "The order does not exist.")
        return order.query_result()


@sweeper
def close_expired_orders(emulator: Emulator) -> None:
    now = emulator.clock.timestamp()
    rows = emulator.db.read("SELECT trade_token FROM orders WHERE status = 'PENDING' AND expires_ts <= ?", (now,))
    for row in rows:
        try:
            settle_pending_order(emulator, row["trade_token"], CLOSED, code=CLOSED_CODE[0], msg=CLOSED_CODE[1])
        except BusinessError:
            continue  # settled meanwhile by another worker or the payer


# ------------------------------------------------------------------------------------------ refunds
REFUND_PENDING, REFUND_SUCCESS, REFUND_FAILED = "REFUND_PENDING", "REFUND_SUCCESS", "REFUND_FAILED"


def _refunded(tx: sqlite3.Connection, trade_token: str) -> Decimal:
    rows = tx.execute(
        "SELECT refund_amount FROM refunds WHERE trade_token = ? AND status != ?", (trade_token, REFUND_FAILED)
    ).fetchall()
    return sum((Decimal(row["refund_amount"]) for row in rows), Decimal(0))


@operation("refund")
def refund(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    refund_amount, currency = amount(data["refundAmount"]), data["refundCurrency"]
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        order = find_order(tx, merchant.app_id, out_trade_no=data.get("outTradeNo"), trade_token=data.get("tradeToken"))
        if order is None:
            raise BusinessError("ORDER_NOT_EXIST", "The order does not exist.")
        if order.status == CLOSED:
            raise BusinessError("ORDER_CLOSED", "The order is closed and was never paid.")
        if order.status != SUCCESS:
            raise params_invalid(f"The order is {order.status}: only successful payments can be refunded.")
        if currency != order.currency:
            raise BusinessError("CURRENCY_INVALID", f"refundCurrency must be the order currency {order.currency}.")
        _check_amount(refund_amount, currency, "refundAmount")
        refundable = order.total_amount - _refunded(tx, order.trade_token)
        if refund_amount > refundable:
            raise BusinessError(
                "AMOUNT_INVALID", f"refundAmount exceeds the refundable amount {format(refundable, 'f')}."
            )
        refund_trade_no = f"{now:%Y%m%d%H%M%S}RF{next_sequence(tx, 'refund'):012d}"
        ledger.post(
            tx,
            merchant.app_id,
            account_type=ledger.ACQUIRING,
            currency=currency,
            amount=-refund_amount,
            kind="REFUND",
            reference=refund_trade_no,
            at=now,
            allow_negative=False,
            shortfall_code="REFUND_INSUFFICIENT_BALANCE",
        )
        settle_after = emulator.settings.settle_after
        doc = {
            "outRefundNo": data["outRefundNo"],
            "outTradeNo": order.out_trade_no,
            "refundNotifyUrl": data.get("refundNotifyUrl"),
            "comments": data.get("comments"),
        }
        try:
            tx.execute(
                "INSERT INTO refunds (refund_trade_no, app_id, out_refund_no, trade_token, status, refund_amount,"
                " currency, settle_ts, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    refund_trade_no,
                    merchant.app_id,
                    data["outRefundNo"],
                    order.trade_token,
                    REFUND_PENDING,
                    format(refund_amount, "f"),
                    currency,
                    None if settle_after is None else now.timestamp() + settle_after * emulator.settings.time_scale,
                    json.dumps(doc),
                ),
            )
        except sqlite3.IntegrityError:
            raise repeated(f"outRefundNo {data['outRefundNo']}") from None
    return {
        "outRefundNo": data["outRefundNo"],
        "tradeOrderNo": order.trade_token,
        "refundTradeNo": refund_trade_no,
        "status": REFUND_PENDING,
    }


def _refund_result(row: sqlite3.Row) -> dict[str, Any]:
    doc = json.loads(row["doc"])
    result: dict[str, Any] = {
        "outRefundNo": row["out_refund_no"],
        "refundTradeNo": row["refund_trade_no"],
        "refundAmount": Decimal(row["refund_amount"]),
        "refundCurrency": row["currency"],
        "outTradeNo": doc["outTradeNo"],
        "status": row["status"],
    }
    if doc.get("refundFinishTime"):
        result["refundFinishTime"] = doc["refundFinishTime"]
    if row["status"] == REFUND_FAILED:
        result["resultMsg"] = doc.get("resultMsg", "Provider failed to process.")
    return result


@operation("refundQuery")
def refund_query(call: Call) -> dict[str, Any]:
    data = call.data
    if data.get("refundTradeNo"):
        sql, key = "SELECT * FROM refunds WHERE app_id = ? AND refund_trade_no = ?", data["refundTradeNo"]
    else:
        sql, key = "SELECT * FROM refunds WHERE app_id = ? AND out_refund_no = ?", data["outRefundNo"]
    rows = call.emulator.db.read(sql, (call.merchant.app_id, key))
    if not rows:
        raise BusinessError("ORDER_NOT_EXIST", "The refund does not exist.")
    return _refund_result(rows[0])


def settle_refund(emulator: Emulator, app_id: str, refund_key: str, status: str, msg: str | None = None) -> None:
    """Finish a pending refund (named by refundTradeNo or outRefundNo): ledger and notification included."""
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        row = tx.execute(
            "SELECT * FROM refunds WHERE app_id = ? AND (refund_trade_no = ? OR out_refund_no = ?)",
            (app_id, refund_key, refund_key),
        ).fetchone()
        if row is None:
            raise BusinessError("ORDER_NOT_EXIST", "The refund does not exist.")
        if row["status"] != REFUND_PENDING:
            raise BusinessError("ORDER_CLOSED", f"The refund is already {row['status']}.")
        doc = json.loads(row["doc"])
        doc["refundFinishTime"] = format_time(now)
        if status == REFUND_FAILED:
            doc["resultMsg"] = msg or "Provider failed to process."
            ledger.post(
                tx,
                app_id,
                account_type=ledger.ACQUIRING,
                currency=row["currency"],
                amount=Decimal(row["refund_amount"]),
                kind="REFUND_REVERSAL",
                reference=row["refund_trade_no"],
                at=now,
            )
        tx.execute(
            "UPDATE refunds SET status = ?, settle_ts = NULL, doc = ? WHERE refund_trade_no = ?",
            (status, json.dumps(doc), row["refund_trade_no"]),
        )
        merchant = emulator.merchants.get(app_id)
        assert merchant is not None
        data = _refund_result(
            tx.execute("SELECT * FROM refunds WHERE refund_trade_no = ?", (row["refund_trade_no"],)).fetchone()
        )
        data["refundFinishTime"] = doc["refundFinishTime"]
        data.pop("resultMsg", None)
        emulator.notifier.enqueue(
            tx,
            merchant,
            notify_type="REFUND",
            reference=row["refund_trade_no"],
            data=data,
            url=doc.get("refundNotifyUrl"),
            code="APPLY_SUCCESS" if status == REFUND_SUCCESS else "PAYMENT_FAILED",
            msg="Success." if status == REFUND_SUCCESS else doc["resultMsg"],
        )


@sweeper
def settle_due_refunds(emulator: Emulator) -> None:
    now = emulator.clock.timestamp()
    rows = emulator.db.read(
        "SELECT app_id, refund_trade_no FROM refunds WHERE status = ? AND settle_ts IS NOT NULL AND settle_ts <= ?",
        (REFUND_PENDING, now),
    )
    for row in rows:
        try:
            settle_refund(emulator, row["app_id"], row["refund_trade_no"], REFUND_SUCCESS)
        except BusinessError:
            continue

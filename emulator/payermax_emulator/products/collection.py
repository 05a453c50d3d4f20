"""Collection: orders (hosted cashier and direct API), their life cycle and order queries.

Order statuses follow PayerMax: ``PENDING`` until the payer finishes, then ``SUCCESS`` or ``FAILED``;
a ``PENDING`` order is ``CLOSED`` once its expiry passes (``expireTime`` clamped to 30 minutes .. 24 hours,
30 minutes by default). A successful payment credits the merchant's ``ACQUIRING`` account and sends a
``PAYMENT`` notification; so does a failure or a closure. Refunds are ``refunds.py``; the payer's pages
(cashier, 3-D Secure) and the control endpoints are ``http/adapters/collection.py``.

Direct_Payment outcomes by test card are in ``cards.py``; wallets (APPLEPAY, GOOGLEPAY) succeed at once;
other methods send the payer to the cashier page; a stored ``paymentTokenID`` pays like its card
(merchant-initiated payments skip 3-D Secure).

An order with ``captureMode`` ``MANUAL`` is an authorisation (``auth_capture.py``): its success holds the
money and credits nothing until it is captured; its notifications carry ``captureMode`` and
``authorizationType`` (``FINAL_AUTH`` unless the order says otherwise).

Other products take part in placing an order without this module knowing them: ``on_payment_detail``
resolvers say how a Direct_Payment detail of their kind pays (a Drop-in ``paymentToken``, a wallet that asks
for a one-time code), ``on_placing`` checks refuse or amend the order inside its transaction (block lists,
subscription plans, DDC sessions), ``on_finished`` listeners follow every order that ends.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, format_time

from ..kit import Ending, Product, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import params_invalid
from ..store.money import amount, check_amount
from . import cards, sandbox_values
from .ledger import ACQUIRING, Account, Ledger
from .orders import CLOSED, DIRECT, FAILED, FINAL_AUTH, HOSTED, LIFECYCLE, MANUAL, ORDERS, PENDING, SUCCESS, Order
from .tokens import ACTIVATED, StoredToken, Tokens

MIN_EXPIRY, MAX_EXPIRY = 30 * 60, 24 * 60 * 60
WALLETS = {"APPLEPAY": "APPLEPAY", "GOOGLEPAY": "GOOGLEPAY_PAN"}
CLOSED_CODE = ("PAYMENT_FAILED", "Payment was not completed on time.")
#: The card a payer pays with on the cashier page when the order names none.
CASHIER_CARD = {"cardIdentifierNo": "4111111111111111", "cardExpirationMonth": "12", "cardExpirationYear": "39"}
#: Called inside the transaction that finishes an order (pay-by-link and tokenization follow orders so).
OrderListener = Callable[[sqlite3.Connection, Merchant, Order], None]


@dataclass(frozen=True)
class Outcome:
    """How a Direct_Payment order ends when it is placed."""

    status: str
    payment_method_type: str
    target_org: str | None = None
    card: cards.Card | None = None
    card_source: str = "CARD"
    token: StoredToken | None = None
    redirect: str | None = None  # "3ds" | "cashier" | None (no page: e.g. waiting for a one-time code)
    code: str | None = None
    msg: str | None = None
    #: Members the order's document keeps (the Drop-in session's ``captureMode``, an OTP wait...).
    extra: Mapping[str, Any] = field(default_factory=dict)


def card_outcome(
    behaviour: str,
    method: str,
    target_org: str | None,
    card: cards.Card | None,
    token: StoredToken | None = None,
    *,
    source: str = "CARD",
    extra: Mapping[str, Any] | None = None,
) -> Outcome:
    """The outcome of a card payment by the card's test behaviour (``cards.py``)."""
    status, redirect, code, msg = SUCCESS, None, None, None
    if behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS):
        status, redirect = PENDING, "3ds"
    elif behaviour in cards.DECLINE_CODES:
        status, (code, msg) = FAILED, cards.DECLINE_CODES[behaviour]
    return Outcome(status, method, target_org, card, source, token, redirect, code, msg, extra or {})


@dataclass
class Placing:
    """An order being placed, as the placing checks of other products see it (and may amend it)."""

    merchant: Merchant
    data: dict[str, Any]
    doc: dict[str, Any]
    outcome: Outcome | None
    #: A check accepts a zero ``totalAmount`` (a subscription activated by a free trial).
    zero_amount: bool = False


#: Finds how a Direct_Payment is paid when its ``paymentDetail`` is another product's kind (a Drop-in
#: ``paymentToken``, a wallet that asks for a one-time code): its Outcome, or None when it is not its kind.
DetailResolver = Callable[[sqlite3.Connection, Merchant, dict[str, Any]], "Outcome | None"]
#: Checks an order being placed inside its transaction (block lists, plans, DDC sessions); refuses with a
#: ``BusinessError`` or amends the ``Placing``.
PlacingCheck = Callable[[sqlite3.Connection, Placing], None]


def _expiry_seconds(value: Any) -> int:
    if value in (None, ""):
        return MIN_EXPIRY
    text = str(value)
    if not (text.isascii() and text.isdigit()) or len(text) > 9:  # a long one is clamped without int()
        return MAX_EXPIRY
    return max(MIN_EXPIRY, min(MAX_EXPIRY, int(text)))


@dataclass(eq=False)
class Collection(Product):
    tables = (ORDERS,)
    ledger: Ledger
    tokens: Tokens
    _listeners: list[OrderListener] = field(default_factory=list, init=False)
    _resolvers: list[DetailResolver] = field(default_factory=list, init=False)
    _checks: list[PlacingCheck] = field(default_factory=list, init=False)

    def on_finished(self, listener: OrderListener) -> None:
        """Have ``listener`` called inside the transaction that finishes any order."""
        self._listeners.append(listener)

    def on_payment_detail(self, resolver: DetailResolver) -> None:
        """Have ``resolver`` tried, in turn, on the payment detail of every Direct_Payment order."""
        self._resolvers.append(resolver)

    def on_placing(self, check: PlacingCheck) -> None:
        """Have ``check`` run on every order being placed, inside its transaction, before it is stored."""
        self._checks.append(check)

    # ------------------------------------------------------------------------------------ operations
    @operation("orderAndPay")
    def order_and_pay(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        return self.place_order(merchant, data)

    @operation("orderQuery")
    def order_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.snapshot() as tx:
            return ORDERS.get(
                tx, app_id=merchant.app_id, out_trade_no_key=str(data["outTradeNo"]).upper()
            ).query_result()

    # -------------------------------------------------------------------------------------- placing
    def _direct_outcome(self, tx: sqlite3.Connection, merchant: Merchant, data: dict[str, Any]) -> Outcome:
        detail = data["paymentDetail"]
        for resolver in self._resolvers:
            found = resolver(tx, merchant, data)
            if found is not None:
                return found
        method = str(detail["paymentMethodType"])
        target_org = detail.get("targetOrg") or None
        token_id = detail.get("paymentTokenID")
        if token_id:
            token = self.tokens.find(tx, merchant.app_id, token_id)
            if token is None or token.user_id != data["userId"] or token.status != ACTIVATED:
                raise params_invalid("paymentTokenID is invalid: unknown, removed, or issued to another userId.")
            behaviour = token.card.behaviour if token.card else cards.SUCCESS
            if behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS) and detail.get("merchantInitiated"):
                behaviour = cards.SUCCESS  # merchant-initiated payments skip 3DS
            return card_outcome(behaviour, token.payment_method_type, token.target_org, token.card, token=token)
        if method == "CARD":
            card = cards.read_card(detail["cardInfo"], self.services.clock.now())  # the spec requires cardInfo
            return card_outcome(card.behaviour, method, target_org, card)
        if method in WALLETS:
            return Outcome(SUCCESS, method, target_org, card_source=WALLETS[method])
        return Outcome(PENDING, method, target_org, redirect="cashier")

    def place_order(
        self, merchant: Merchant, data: dict[str, Any], *, extra: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Place an order from validated ``orderAndPay`` data; ``extra`` members are kept in the order's document
        (e.g. the pay-by-link ``linkId``). Returns the ``OrderAndPayResult``."""
        total, currency = amount(data["totalAmount"]), data["currency"]
        now = self.services.clock.now()
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
        if data.get("captureMode") == MANUAL:
            doc.update(captureMode=MANUAL, authorizationType=data.get("authorizationType") or FINAL_AUTH)
        expires = now + timedelta(seconds=_expiry_seconds(data.get("expireTime")))
        with self.services.db.transaction() as tx:
            outcome = self._direct_outcome(tx, merchant, data) if data["integrate"] == DIRECT else None
            if outcome is not None and self.services.settings.sandbox_values:  # the subject's test values
                mit = bool(detail.get("merchantInitiated"))
                forced = sandbox_values.payment(data["subject"], outcome.payment_method_type, challenge_allowed=not mit)
                outcome = replace(outcome, **forced)
            placing = Placing(merchant, data, doc, outcome)
            for check in self._checks:
                check(tx, placing)
            if not (placing.zero_amount and total == 0):
                check_amount(total, currency, places=4, field="totalAmount")
            outcome = placing.outcome
            trade_token = f"T{now:%Y%m%d%H%M%S}{next_sequence(tx, 'order'):09d}"
            order = Order(
                trade_token,
                data["outTradeNo"],
                data["integrate"],
                total,
                currency,
                now.timestamp(),
                expires.timestamp(),
                app_id=merchant.app_id,
                status=PENDING,
                doc=doc,
            )
            ORDERS.insert(tx, order, unique=f"outTradeNo {data['outTradeNo']}")
            answer: dict[str, Any] = {"outTradeNo": order.out_trade_no, "tradeToken": trade_token, "status": PENDING}
            if outcome is None:
                answer["redirectUrl"] = self.services.page_url(f"/cashier/{trade_token}")
                return answer
            doc.update(outcome.extra)
            doc.update(
                paymentMethodType=outcome.payment_method_type,
                targetOrg=outcome.target_org,
                cardSource=outcome.card_source,
            )
            if outcome.card is not None:
                doc["card"] = outcome.card.to_json()
            if outcome.token is not None:
                doc["paymentTokenID"] = outcome.token.token_id
            if outcome.status == PENDING:
                ORDERS.save(tx, order)
                if outcome.redirect:
                    answer["redirectUrl"] = self.services.page_url(f"/{outcome.redirect}/{trade_token}")
                return answer
            self.finish(tx, merchant, order, Ending(outcome.status, outcome.code, outcome.msg))
            answer["status"] = order.status
            return answer

    # ------------------------------------------------------------------------------------ finishing
    def finish(self, tx: sqlite3.Connection, merchant: Merchant, order: Order, end: Ending) -> None:
        """Move a PENDING order to its final status: ledger, stored token and notification included."""
        now = self.services.clock.now()
        LIFECYCLE.end(order, end, now)
        status, code, msg, doc = end.status, end.code, end.msg, order.doc
        doc["country"] = order.country
        if order.integrate == HOSTED and status == SUCCESS:
            doc["cashierCountry"] = doc["country"]
        if status == SUCCESS:
            doc["channelNo"] = f"DMCP{next_sequence(tx, 'channel'):015d}"
            if doc.get("tokenForFutureUse") and not doc.get("paymentTokenID"):
                token = self.tokens.create(
                    tx,
                    app_id=merchant.app_id,
                    user_id=doc["userId"],
                    payment_method_type=doc.get("paymentMethodType") or "CARD",
                    target_org=doc.get("targetOrg"),
                    card=order.card,
                    now=now,
                )
                doc["paymentTokenID"] = token.token_id
            if not order.is_authorisation:  # an authorisation moves money only when it is captured
                account = Account(merchant.app_id, ACQUIRING, order.currency)
                self.ledger.post(tx, account, order.total_amount, "PAYMENT", order.trade_token, at=now)
        else:
            doc["resultCode"] = code or "PAYMENT_FAILED"
            doc["resultMsg"] = msg or "Provider failed to process."
        ORDERS.save(tx, order)
        for listener in self._listeners:
            listener(tx, merchant, order)
        if doc.get("notifyPayment") is False:
            return  # reported by its own product (a subscription period)
        succeeded = status == SUCCESS
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type="PAYMENT",
            reference=order.trade_token,
            data=order.notification_data(),
            url=doc.get("notifyUrl"),
            code=SUCCESS_CODE if succeeded else doc["resultCode"],
            msg=SUCCESS_MSG if succeeded else doc["resultMsg"],
        )

    def settle(self, trade_token: str, status: str, *, code: str | None = None, msg: str | None = None) -> Order:
        """Finish a PENDING order from outside the gateway (cashier page, 3DS page, control API, clock)."""
        with self.services.db.transaction() as tx:
            order = ORDERS.get(tx, trade_token=trade_token)
            merchant = self.services.merchants.require(order.app_id)
            card = order.card
            if status == SUCCESS and card is not None and card.behaviour == cards.CHALLENGE_FAILS:
                status, (code, msg) = FAILED, cards.DECLINE_CODES[cards.CHALLENGE_FAILS]
            self.finish(tx, merchant, order, Ending(status, code, msg))
            return order

    def pay_on_cashier(self, trade_token: str) -> Order:
        """The payer pressed Pay on the cashier page; a card order without a card pays with ``CASHIER_CARD``."""
        with self.services.db.transaction() as tx:
            order = ORDERS.get(tx, trade_token=trade_token)
            if (order.doc.get("paymentMethodType") or "CARD") == "CARD" and order.card is None:
                card = cards.read_card(CASHIER_CARD, self.services.clock.now())
                order.doc.update(paymentMethodType="CARD", card=card.to_json())
                ORDERS.save(tx, order)
        return self.settle(trade_token, SUCCESS)

    def authenticate(self, trade_token: str, confirmed: bool) -> Order:
        """The payer confirmed (or cancelled) the 3-D Secure challenge of a PENDING order."""
        if confirmed:
            return self.settle(trade_token, SUCCESS)
        code, msg = cards.CHALLENGE_CANCELLED
        return self.settle(trade_token, FAILED, code=code, msg=msg)

    @when_due(ORDERS, PENDING, "expires_ts")
    def close(self, trade_token: str) -> Order:
        """Close a PENDING order unpaid (its expiry passed)."""
        return self.settle(trade_token, CLOSED, code=CLOSED_CODE[0], msg=CLOSED_CODE[1])

    # -------------------------------------------------------------------------------------- finding
    def find(
        self, tx: sqlite3.Connection, app_id: str, *, out_trade_no: str | None = None, trade_token: str | None = None
    ) -> Order | None:
        """The merchant's order by tradeToken (and outTradeNo, when both are given) or by outTradeNo."""
        if trade_token:
            order = ORDERS.find(tx, app_id=app_id, trade_token=trade_token)
            if order is None or (out_trade_no and order.out_trade_no_key != out_trade_no.upper()):
                return None
            return order
        return ORDERS.find(tx, app_id=app_id, out_trade_no_key=str(out_trade_no).upper())

    def by_token(self, trade_token: str) -> Order | None:
        with self.services.db.transaction() as tx:
            return ORDERS.find(tx, trade_token=trade_token)

    def by_ref(self, app_id: str, ref: str) -> Order:
        """An order named by its tradeToken, or by the merchant's outTradeNo."""
        with self.services.db.transaction() as tx:
            order = ORDERS.find(tx, trade_token=ref) or self.find(tx, app_id, out_trade_no=ref)
        if order is None:
            raise ORDERS.missing()
        return order

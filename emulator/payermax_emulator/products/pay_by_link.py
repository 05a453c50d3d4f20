"""Pay by link: one-time payment links, the page a payer opens to pay one, link queries and early expiry.

**createPaybylink** - ``merchantLinkId`` is unique per merchant (a second link with the same one is refused
with ``ORDER_REPEAT``, atomically; compared exactly). The link gets a ``linkId``, a ``linkUrl`` (the payer's
page below), a ``qrCodeUrl`` (an SVG image naming the link - a placeholder, not a scannable QR code) and
``linkStatus`` ``ACTIVE`` until ``expiresAt``: ``expiresTime`` seconds from now, 86400 (24 hours) when
absent; a value below 3600 or above 2592000 (30 days) is refused with ``PARAMS_INVALID``. ``totalAmount``
must be above zero with the currency's decimals - none for IDR, TWD, KRW, VND, CLP, PKR, COP, JPY, ISK and
PYG, at most two for every other currency - or the link is refused with ``AMOUNT_INVALID``.

**The link page** - ``GET /link/{linkId}`` shows the description, amount, goods, merchant contact and the
link's state, with a card number field (4111 1111 1111 1111 by default) and a Pay button that ``POST``s
back to the same address. The page stands for the whole cashier, 3-D Secure included: the declining test
cards of ``cards.py`` (4000 0000 0000 0002, 4000 0000 0000 9995) and the failing challenge
(4000 0084 0000 1629) are declined, every other valid number pays (4000 0000 0000 3220 passes its
challenge). Paying places a ``Hosted_Checkout`` order (``outTradeNo`` ``PBL_{linkId}_{n}``, ``userId`` of
the link, ``reference`` the ``merchantLinkId``, ``subject`` the description) and settles it at once:

- success (HTTP 303 back to the link page): the order is ``SUCCESS`` and sends its ``PAYMENT`` notification
  (to the merchant's default address); the link records the payment (``payByLinkInfo`` entry ``SUCCESS``
  with ``completeAt``, ``userInfo`` and ``paymentDetails``) and sends a ``PAYBYLINK`` notification to the
  link's ``notifyUrl``, in the same transaction;
- a declined card (HTTP 402 page): the order is ``FAILED``, the attempt shows as ``CLOSE`` in
  ``payByLinkInfo``, and the link can still be paid;
- a card number failing the Luhn check: HTTP 400 page, no order.

A paid link stays ``ACTIVE`` (as in PayerMax's own examples; ``linkStatus`` only says whether its time ran
out) but cannot be paid again: the page shows it paid and a second payment is refused with an HTTP 409 page
(also when two payments race: the second one's order is closed unpaid). An ``EXPIRED`` link's page refuses
payment with an HTTP 410 page. An unknown link is an HTTP 404 page.

**queryPaybylink** - the link named by ``merchantLinkId`` (the only key the spec accepts), with every payment
attempt in ``payByLinkInfo`` (``PENDING``, ``SUCCESS`` or ``CLOSE``) and its goods (a ``showUrl`` longer than
the 128 characters the answer allows is left out); an unknown link is refused with ``ORDER_NOT_EXIST``. The
``PAYBYLINK`` notification lists the successful payment only.

**expirePaybylink** - makes the link ``EXPIRED`` now, ``expiresAt`` becoming the moment it was ended;
expiring an ``EXPIRED`` link changes nothing (same answer). A paid link may be expired too (its payment
stays). Unknown: ``ORDER_NOT_EXIST``.

A link whose ``expiresAt`` passes on the emulator clock is ``EXPIRED`` at once for every reader, and the
background worker writes it so.

A link whose ``expiresAt`` passes on the emulator clock is ``EXPIRED`` at once for every reader, and the
background worker writes it so.

The pages (``GET``/``POST /link/{linkId}``, ``GET /link/{linkId}/qrcode``, an SVG) are
``http/adapters/pay_by_link.py``. No control endpoint.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, closed, params_invalid
from ..store.money import amount, check_amount
from . import cards
from .collection import Collection
from .orders import CLOSED, FAILED, HOSTED, PENDING, SUCCESS, Order

ACTIVE, EXPIRED = "ACTIVE", "EXPIRED"
PAY_SUCCESS, PAY_PENDING, PAY_CLOSE = "SUCCESS", "PENDING", "CLOSE"
DEFAULT_LIFETIME, MIN_LIFETIME, MAX_LIFETIME = 24 * 60 * 60, 60 * 60, 30 * 24 * 60 * 60
TEST_CARD = "4111111111111111"
CARD_EXPIRY = {"cardExpirationMonth": "12", "cardExpirationYear": "39"}
GOODS_SHOW_URL_MAX = 128  # PayByLinkGoodsResult.showUrl is shorter than the request's
LIFECYCLE = Lifecycle("link", {ACTIVE: (EXPIRED,), EXPIRED: (EXPIRED,)})


class LinkRefusedError(Exception):
    """A payment the link page refuses, and why: ``unknown``, ``expired``, ``paid``, ``card`` or ``refused``."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(text)
        self.reason = reason
        self.text = text


@dataclass
class Link(Record):
    link_id: str
    merchant_link_id: str
    paid: bool
    expires_ts: float

    def status_at(self, now: datetime) -> str:
        """``EXPIRED`` as soon as ``expiresAt`` has passed, even before the sweeper wrote it."""
        if self.status == ACTIVE and self.expires_ts <= now.timestamp():
            return EXPIRED
        return self.status

    @property
    def total_amount(self) -> Decimal:
        return Decimal(self.doc["totalAmount"])

    def summary(self, now: datetime) -> dict[str, Any]:
        """``ExpirePaybylinkResult`` (and the core of ``CreatePaybylinkResult``)."""
        return {
            "linkId": self.link_id,
            "merchantLinkId": self.merchant_link_id,
            "linkUrl": self.doc["linkUrl"],
            "linkStatus": self.status_at(now),
            "qrCodeUrl": self.doc["qrCodeUrl"],
            "expiresAt": self.doc["expiresAt"],
        }

    def payments(self, *, successful_only: bool = False) -> list[dict[str, Any]]:
        return [
            {name: value for name, value in payment.items() if name != "tradeToken"}
            for payment in self.doc["payments"]
            if not successful_only or payment["status"] == PAY_SUCCESS
        ]

    def _report(self, now: datetime, payments: list[dict[str, Any]], **more: Any) -> dict[str, Any]:
        report = self.summary(now)
        report.update(
            totalAmount=self.total_amount,
            country=self.doc["country"],
            currency=self.doc["currency"],
            **more,
            payByLinkInfo=payments,
        )
        return report

    def query_result(self, now: datetime) -> dict[str, Any]:
        result = self._report(now, self.payments(), description=self.doc["description"])
        result["goodsDetails"] = [_goods_result(goods) for goods in self.doc["goodsDetails"]]
        if self.doc.get("linkDescription"):
            result["linkDescription"] = self.doc["linkDescription"]
        return result

    def notification_data(self, now: datetime) -> dict[str, Any]:
        data = self._report(now, self.payments(successful_only=True))
        if self.doc.get("linkDescription"):
            data["linkDescription"] = self.doc["linkDescription"]
        return data


def _goods_result(goods: dict[str, Any]) -> dict[str, Any]:
    result = {name: goods[name] for name in ("goodsName", "goodsDescription", "quantity", "goodsCurrency")}
    result["price"] = Decimal(goods["price"])
    if len(goods.get("showUrl") or "") <= GOODS_SHOW_URL_MAX:
        result["showUrl"] = goods["showUrl"]
    return result


LINKS = Table(Link, "pay_by_link_links", "The link", "status, expires_ts", unique="app_id, merchant_link_id")


def _lifetime(value: Any) -> int:
    if value in (None, ""):
        return DEFAULT_LIFETIME
    text = str(value)
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        raise params_invalid(f"expiresTime must be between {MIN_LIFETIME} and {MAX_LIFETIME} seconds.")
    seconds = int(text)
    if not MIN_LIFETIME <= seconds <= MAX_LIFETIME:
        raise params_invalid(f"expiresTime must be between {MIN_LIFETIME} and {MAX_LIFETIME} seconds.")
    return seconds


def _payment_entry(link: Link, order: Order) -> dict[str, Any]:
    user = link.doc["userInfo"]
    entry: dict[str, Any] = {
        "tradeToken": order.trade_token,
        "outTradeNo": order.out_trade_no,
        "status": {PENDING: PAY_PENDING, SUCCESS: PAY_SUCCESS}.get(order.status, PAY_CLOSE),
        "userInfo": {"userId": user["userId"], **({"userName": user["username"]} if user.get("username") else {})},
    }
    if order.status == SUCCESS:
        entry["completeAt"] = order.doc["completeTime"]
        entry["paymentDetails"] = order.payment_details()
    return entry


def _record(link: Link, entry: dict[str, Any]) -> None:
    payments: list[dict[str, Any]] = link.doc["payments"]
    for index, known in enumerate(payments):
        if known["tradeToken"] == entry["tradeToken"]:
            payments[index] = entry
            return
    payments.append(entry)


@dataclass(eq=False)
class PayByLink(Product):
    tables = (LINKS,)
    collection: Collection

    def __post_init__(self) -> None:
        self.collection.on_finished(self._link_order_finished)

    @operation("createPaybylink")
    def create_paybylink(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        total, currency = amount(data["totalAmount"]), data["currency"]
        check_amount(total, currency, places=2, field="totalAmount")
        now = self.services.clock.now()
        expires = now + timedelta(seconds=_lifetime(data.get("expiresTime")))
        with self.services.db.transaction() as tx:
            suffix = "".join(secrets.choice(string.ascii_letters) for _ in range(5))
            link_id = f"BYL{next_sequence(tx, 'paybylink'):06d}{suffix}"
            doc: dict[str, Any] = {
                "linkType": data["linkType"],
                "country": data["country"],
                "currency": currency,
                "totalAmount": format(total, "f"),
                "language": data.get("language"),
                "description": data["description"],
                "linkDescription": data.get("linkDescription"),
                "userInfo": data["userInfo"],
                "goodsDetails": [
                    {**goods, "price": format(amount(goods["price"]), "f")} for goods in data["goodsDetails"]
                ],
                "merchantInfo": data["merchantInfo"],
                "notifyUrl": data["notifyUrl"],
                "linkUrl": self.services.page_url(f"/link/{link_id}"),
                "qrCodeUrl": self.services.page_url(f"/link/{link_id}/qrcode"),
                "expiresAt": format_time(expires),
                "createTime": format_time(now),
                "payments": [],
            }
            link = Link(
                link_id,
                data["merchantLinkId"],
                False,
                expires.timestamp(),
                app_id=merchant.app_id,
                status=ACTIVE,
                doc=doc,
            )
            LINKS.insert(tx, link, unique=f"merchantLinkId {data['merchantLinkId']}")
            return link.summary(now)

    @operation("queryPaybylink")
    def query_paybylink(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            link = LINKS.get(tx, app_id=merchant.app_id, merchant_link_id=data["merchantLinkId"])
        return link.query_result(self.services.clock.now())

    @operation("expirePaybylink")
    def expire_paybylink(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            link = LINKS.get(tx, app_id=merchant.app_id, merchant_link_id=data["merchantLinkId"])
            return self._expire(tx, link)

    def _expire(self, tx: sqlite3.Connection, link: Link) -> dict[str, Any]:
        now = self.services.clock.now()
        if link.status_at(now) == ACTIVE:
            link.expires_ts = now.timestamp()
            link.doc["expiresAt"] = format_time(now)
        LIFECYCLE.move(link, EXPIRED)
        LINKS.save(tx, link)
        return link.summary(now)

    @when_due(LINKS, ACTIVE, "expires_ts")
    def _expire_due(self, link_id: str) -> None:
        with self.services.db.transaction() as tx:
            link = LINKS.get(tx, link_id=link_id)
            LIFECYCLE.move(link, EXPIRED)  # its expiresAt stays the moment it passed
            LINKS.save(tx, link)

    def link(self, link_id: str) -> tuple[Link | None, datetime]:
        """A link by its id, and the emulator clock's now (to read its status)."""
        with self.services.db.transaction() as tx:
            return LINKS.find(tx, link_id=link_id), self.services.clock.now()

    # ------------------------------------------------------------------------------ payments through links
    def _link_order_finished(self, tx: sqlite3.Connection, merchant: Merchant, order: Order) -> None:
        """Record a finished link payment in its link; a successful one also sends the PAYBYLINK notification."""
        link_id = order.doc.get("linkId")
        link = LINKS.find(tx, link_id=link_id) if link_id else None
        if link is None:
            return
        now = self.services.clock.now()
        if order.status == SUCCESS:
            if link.paid:
                raise closed("This one-time link has already been paid.")
            if link.status_at(now) != ACTIVE:
                raise closed("This link has expired.")
            link.paid = True
        _record(link, _payment_entry(link, order))
        LINKS.save(tx, link)
        if order.status == SUCCESS:
            self.services.outbox.enqueue(
                tx,
                merchant,
                notify_type="PAYBYLINK",
                reference=link.link_id,
                data=link.notification_data(now),
                url=link.doc["notifyUrl"],
            )

    def _payable(self, tx: sqlite3.Connection, link_id: str, now: datetime) -> Link:
        link = LINKS.find(tx, link_id=link_id)
        if link is None:
            raise LinkRefusedError("unknown", "This payment link does not exist.")
        if link.status_at(now) != ACTIVE:
            raise LinkRefusedError("expired", "This payment link has expired and can no longer be paid.")
        if link.paid:
            raise LinkRefusedError("paid", "This payment link has already been paid.")
        return link

    def pay(self, link_id: str, card_number: str) -> Order:
        """The payer pays a link with a card: place the order, settle it, return it finished."""
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            link = self._payable(tx, link_id, now)
            out_trade_no = f"PBL_{link_id}_{next_sequence(tx, 'paybylink_order')}"
        merchant = self.services.merchants.require(link.app_id)
        try:
            card = cards.read_card({"cardIdentifierNo": card_number, **CARD_EXPIRY}, now)
        except BusinessError as error:
            raise LinkRefusedError("card", error.msg) from None
        data: dict[str, Any] = {
            "integrate": HOSTED,
            "outTradeNo": out_trade_no,
            "subject": link.doc["description"],
            "totalAmount": link.total_amount,
            "currency": link.doc["currency"],
            "country": link.doc["country"],
            "userId": link.doc["userInfo"]["userId"],
            "language": link.doc.get("language"),
            "reference": link.merchant_link_id,
            "frontCallbackUrl": link.doc["linkUrl"],
        }
        extra = {"linkId": link_id, "paymentMethodType": "CARD", "card": card.to_json(), "cardSource": "CARD"}
        try:
            trade_token = str(self.collection.place_order(merchant, data, extra=extra)["tradeToken"])
        except BusinessError as error:
            raise LinkRefusedError("refused", error.msg) from None
        with self.services.db.transaction() as tx:  # the attempt shows as PENDING until it is settled
            pending = LINKS.find(tx, link_id=link_id)
            order = self.collection.find(tx, link.app_id, trade_token=trade_token)
            if pending is not None and order is not None and order.status == PENDING:
                _record(pending, _payment_entry(pending, order))
                LINKS.save(tx, pending)
        try:
            if card.behaviour in cards.DECLINE_CODES and card.behaviour != cards.CHALLENGE_FAILS:
                code, msg = cards.DECLINE_CODES[card.behaviour]
                return self.collection.settle(trade_token, FAILED, code=code, msg=msg)
            return self.collection.settle(trade_token, SUCCESS)
        except BusinessError as error:  # paid or expired meanwhile: the order is closed unpaid
            with contextlib.suppress(BusinessError):
                self.collection.settle(trade_token, CLOSED, code="PAYMENT_FAILED", msg=error.msg)
            raise LinkRefusedError("refused", error.msg) from None

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

Page endpoints: ``GET``/``POST /link/{linkId}``, ``GET /link/{linkId}/qrcode`` (SVG). No control endpoint.
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

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..clock import format_time
from ..codec import amount, decode, encode
from ..core import Emulator
from ..db import next_sequence, schema
from ..errors import BusinessError, params_invalid, repeated
from ..merchants import Merchant
from ..registry import PAGE_ROUTES, Call, operation, sweeper
from ..web import emulator_of, escape, form_fields, in_thread, page
from . import cards, collection
from .money import NO_DECIMALS, check_amount

ACTIVE, EXPIRED = "ACTIVE", "EXPIRED"
PAY_SUCCESS, PAY_PENDING, PAY_CLOSE = "SUCCESS", "PENDING", "CLOSE"
DEFAULT_LIFETIME, MIN_LIFETIME, MAX_LIFETIME = 24 * 60 * 60, 60 * 60, 30 * 24 * 60 * 60
TEST_CARD = "4111111111111111"
CARD_EXPIRY = {"cardExpirationMonth": "12", "cardExpirationYear": "39"}
GOODS_SHOW_URL_MAX = 128  # PayByLinkGoodsResult.showUrl is shorter than the request's

schema(
    """
    CREATE TABLE IF NOT EXISTS pay_by_link_links (
        link_id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        merchant_link_id TEXT NOT NULL,
        status TEXT NOT NULL,
        paid INTEGER NOT NULL DEFAULT 0,
        expires_ts REAL NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (app_id, merchant_link_id)
    );
    CREATE INDEX IF NOT EXISTS pay_by_link_links_active ON pay_by_link_links (status, expires_ts);
    """
)


class LinkPageError(Exception):
    """A payment the link page refuses: an HTML page with a status code."""

    def __init__(self, status_code: int, title: str, text: str) -> None:
        super().__init__(text)
        self.status_code = status_code
        self.title = title
        self.text = text


# -------------------------------------------------------------------------------------------- links
@dataclass
class Link:
    link_id: str
    app_id: str
    merchant_link_id: str
    stored_status: str
    paid: bool
    expires_ts: float
    doc: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Link:
        return cls(
            row["link_id"],
            row["app_id"],
            row["merchant_link_id"],
            row["status"],
            bool(row["paid"]),
            row["expires_ts"],
            decode(row["doc"]),
        )

    def status(self, now: datetime) -> str:
        """``EXPIRED`` as soon as ``expiresAt`` has passed, even before the sweeper wrote it."""
        if self.stored_status == ACTIVE and self.expires_ts <= now.timestamp():
            return EXPIRED
        return self.stored_status

    @property
    def total_amount(self) -> Decimal:
        return Decimal(self.doc["totalAmount"])

    def save(self, tx: sqlite3.Connection) -> None:
        tx.execute(
            "UPDATE pay_by_link_links SET status = ?, paid = ?, expires_ts = ?, doc = ? WHERE link_id = ?",
            (self.stored_status, int(self.paid), self.expires_ts, encode(self.doc).decode("utf-8"), self.link_id),
        )

    def summary(self, now: datetime) -> dict[str, Any]:
        """``ExpirePaybylinkResult`` (and the core of ``CreatePaybylinkResult``)."""
        return {
            "linkId": self.link_id,
            "merchantLinkId": self.merchant_link_id,
            "linkUrl": self.doc["linkUrl"],
            "linkStatus": self.status(now),
            "qrCodeUrl": self.doc["qrCodeUrl"],
            "expiresAt": self.doc["expiresAt"],
        }

    def payments(self, *, successful_only: bool = False) -> list[dict[str, Any]]:
        shown = []
        for payment in self.doc["payments"]:
            if successful_only and payment["status"] != PAY_SUCCESS:
                continue
            shown.append({name: value for name, value in payment.items() if name != "tradeToken"})
        return shown

    def query_result(self, now: datetime) -> dict[str, Any]:
        result = self.summary(now)
        result.update(
            totalAmount=self.total_amount,
            country=self.doc["country"],
            currency=self.doc["currency"],
            description=self.doc["description"],
            payByLinkInfo=self.payments(),
            goodsDetails=[_goods_result(goods) for goods in self.doc["goodsDetails"]],
        )
        if self.doc.get("linkDescription"):
            result["linkDescription"] = self.doc["linkDescription"]
        return result

    def notification_data(self, now: datetime) -> dict[str, Any]:
        data = self.summary(now)
        data.update(
            totalAmount=self.total_amount,
            country=self.doc["country"],
            currency=self.doc["currency"],
            payByLinkInfo=self.payments(successful_only=True),
        )
        if self.doc.get("linkDescription"):
            data["linkDescription"] = self.doc["linkDescription"]
        return data


def _goods_result(goods: dict[str, Any]) -> dict[str, Any]:
    result = {name: goods[name] for name in ("goodsName", "goodsDescription", "quantity", "goodsCurrency")}
    result["price"] = Decimal(goods["price"])
    if len(goods.get("showUrl") or "") <= GOODS_SHOW_URL_MAX:
        result["showUrl"] = goods["showUrl"]
    return result


def _load(tx: sqlite3.Connection, link_id: str) -> Link | None:
    row = tx.execute("SELECT * FROM pay_by_link_links WHERE link_id = ?", (link_id,)).fetchone()
    return Link.from_row(row) if row else None


def _find(tx: sqlite3.Connection, app_id: str, merchant_link_id: str) -> Link:
    row = tx.execute(
        "SELECT * FROM pay_by_link_links WHERE app_id = ? AND merchant_link_id = ?", (app_id, merchant_link_id)
    ).fetchone()
    if row is None:
        raise BusinessError("ORDER_NOT_EXIST", "The link does not exist.")
    return Link.from_row(row)


def _check_amount(total: Decimal, currency: str) -> None:
    """Links: at most two decimals, none for the currencies that have none."""
    check_amount(total, currency, places=0 if currency in NO_DECIMALS else 2, field="totalAmount")


def _lifetime(value: Any) -> int:
    if value in (None, ""):
        return DEFAULT_LIFETIME
    seconds = int(value)
    if not MIN_LIFETIME <= seconds <= MAX_LIFETIME:
        raise params_invalid(f"expiresTime must be between {MIN_LIFETIME} and {MAX_LIFETIME} seconds.")
    return seconds


def _new_link_id(tx: sqlite3.Connection) -> str:
    suffix = "".join(secrets.choice(string.ascii_letters) for _ in range(5))
    return f"BYL{next_sequence(tx, 'paybylink'):06d}{suffix}"


@operation("createPaybylink")
def create_paybylink(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    total, currency = amount(data["totalAmount"]), data["currency"]
    _check_amount(total, currency)
    lifetime = _lifetime(data.get("expiresTime"))
    now = emulator.clock.now()
    expires = now + timedelta(seconds=lifetime)
    with emulator.db.transaction() as tx:
        link_id = _new_link_id(tx)
        doc: dict[str, Any] = {
            "linkType": data["linkType"],
            "country": data["country"],
            "currency": currency,
            "totalAmount": format(total, "f"),
            "language": data.get("language"),
            "description": data["description"],
            "linkDescription": data.get("linkDescription"),
            "userInfo": data["userInfo"],
            "goodsDetails": [{**goods, "price": format(amount(goods["price"]), "f")} for goods in data["goodsDetails"]],
            "merchantInfo": data["merchantInfo"],
            "notifyUrl": data["notifyUrl"],
            "linkUrl": emulator.page_url(f"/link/{link_id}"),
            "qrCodeUrl": emulator.page_url(f"/link/{link_id}/qrcode"),
            "expiresAt": format_time(expires),
            "createTime": format_time(now),
            "payments": [],
        }
        try:
            tx.execute(
                "INSERT INTO pay_by_link_links (link_id, app_id, merchant_link_id, status, paid, expires_ts, doc)"
                " VALUES (?, ?, ?, ?, 0, ?, ?)",
                (
                    link_id,
                    merchant.app_id,
                    data["merchantLinkId"],
                    ACTIVE,
                    expires.timestamp(),
                    encode(doc).decode("utf-8"),
                ),
            )
        except sqlite3.IntegrityError:
            raise repeated(f"merchantLinkId {data['merchantLinkId']}") from None
        link = Link(link_id, merchant.app_id, data["merchantLinkId"], ACTIVE, False, expires.timestamp(), doc)
        return link.summary(now)


@operation("queryPaybylink")
def query_paybylink(call: Call) -> dict[str, Any]:
    with call.emulator.db.transaction() as tx:
        link = _find(tx, call.merchant.app_id, call.data["merchantLinkId"])
    return link.query_result(call.emulator.clock.now())


@operation("expirePaybylink")
def expire_paybylink(call: Call) -> dict[str, Any]:
    now = call.emulator.clock.now()
    with call.emulator.db.transaction() as tx:
        link = _find(tx, call.merchant.app_id, call.data["merchantLinkId"])
        if link.status(now) == ACTIVE:
            link.expires_ts = now.timestamp()
            link.doc["expiresAt"] = format_time(now)
        link.stored_status = EXPIRED
        link.save(tx)
    return link.summary(now)


@sweeper
def expire_links(emulator: Emulator) -> None:
    now = emulator.clock.timestamp()
    if emulator.db.read("SELECT 1 FROM pay_by_link_links WHERE status = ? AND expires_ts <= ? LIMIT 1", (ACTIVE, now)):
        with emulator.db.transaction() as tx:
            tx.execute(
                "UPDATE pay_by_link_links SET status = ? WHERE status = ? AND expires_ts <= ?", (EXPIRED, ACTIVE, now)
            )


# ------------------------------------------------------------------------------ payments through links
def _payment_entry(link: Link, order: collection.Order) -> dict[str, Any]:
    user = link.doc["userInfo"]
    entry: dict[str, Any] = {
        "tradeToken": order.trade_token,
        "outTradeNo": order.out_trade_no,
        "status": {collection.PENDING: PAY_PENDING, collection.SUCCESS: PAY_SUCCESS}.get(order.status, PAY_CLOSE),
        "userInfo": {"userId": user["userId"], **({"userName": user["username"]} if user.get("username") else {})},
    }
    if order.status == collection.SUCCESS:
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


def _link_order_finished(
    emulator: Emulator, tx: sqlite3.Connection, merchant: Merchant, order: collection.Order
) -> None:
    """Record a finished link payment in its link; a successful one also sends the PAYBYLINK notification."""
    link_id = order.doc.get("linkId")
    if not link_id:
        return
    link = _load(tx, link_id)
    if link is None:
        return
    now = emulator.clock.now()
    if order.status == collection.SUCCESS:
        if link.paid:
            raise BusinessError("ORDER_CLOSED", "This one-time link has already been paid.")
        if link.status(now) != ACTIVE:
            raise BusinessError("ORDER_CLOSED", "This link has expired.")
        link.paid = True
    _record(link, _payment_entry(link, order))
    link.save(tx)
    if order.status == collection.SUCCESS:
        emulator.notifier.enqueue(
            tx,
            merchant,
            notify_type="PAYBYLINK",
            reference=link.link_id,
            data=link.notification_data(now),
            url=link.doc["notifyUrl"],
        )


collection.ORDER_LISTENERS.append(_link_order_finished)


def _payable(tx: sqlite3.Connection, link_id: str, now: datetime) -> Link:
    link = _load(tx, link_id)
    if link is None:
        raise LinkPageError(404, "Unknown link", "This payment link does not exist.")
    if link.status(now) != ACTIVE:
        raise LinkPageError(410, "Link expired", "This payment link has expired and can no longer be paid.")
    if link.paid:
        raise LinkPageError(409, "Link already paid", "This payment link has already been paid.")
    return link


def pay_link(emulator: Emulator, link_id: str, card_number: str) -> collection.Order:
    """The payer pays a link with a card: place the order, settle it, return it finished."""
    now = emulator.clock.now()
    with emulator.db.transaction() as tx:
        link = _payable(tx, link_id, now)
        out_trade_no = f"PBL_{link_id}_{next_sequence(tx, 'paybylink_order')}"
    merchant = emulator.merchants.get(link.app_id)
    assert merchant is not None
    try:
        card = cards.read_card({"cardIdentifierNo": card_number, **CARD_EXPIRY}, now)
    except BusinessError as error:
        raise LinkPageError(400, "Card refused", error.msg) from None
    data: dict[str, Any] = {
        "integrate": collection.HOSTED,
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
        trade_token = str(collection.place_order(emulator, merchant, data, extra=extra)["tradeToken"])
    except BusinessError as error:
        raise LinkPageError(409, "Payment refused", error.msg) from None
    with emulator.db.transaction() as tx:  # the attempt shows as PENDING until it is settled
        pending = _load(tx, link_id)
        order = collection.order_by_token(tx, trade_token)
        if pending is not None and order is not None and order.status == collection.PENDING:
            _record(pending, _payment_entry(pending, order))
            pending.save(tx)
    try:
        if card.behaviour in cards.DECLINE_CODES and card.behaviour != cards.CHALLENGE_FAILS:
            code, msg = cards.DECLINE_CODES[card.behaviour]
            return collection.settle_pending_order(emulator, trade_token, collection.FAILED, code=code, msg=msg)
        return collection.settle_pending_order(emulator, trade_token, collection.SUCCESS)
    except BusinessError as error:  # paid or expired meanwhile: the order is closed unpaid
        with contextlib.suppress(BusinessError):
            collection.settle_pending_order(
                emulator, trade_token, collection.CLOSED, code="PAYMENT_FAILED", msg=error.msg
            )
        raise LinkPageError(409, "Payment refused", error.msg) from None


# ---------------------------------------------------------------------------------------------- pages
def _read(request: Request) -> tuple[Link | None, datetime]:
    emulator = emulator_of(request)
    with emulator.db.transaction() as tx:
        return _load(tx, request.path_params["link_id"]), emulator.clock.now()


def _describe(link: Link, now: datetime) -> str:
    goods = "".join(
        f"<li>{escape(item['quantity'])} &times; {escape(item['goodsName'])} "
        f"({escape(item['price'])} {escape(item['goodsCurrency'])})</li>"
        for item in link.doc["goodsDetails"]
    )
    state = "PAID" if link.paid else link.status(now)
    return (
        f"<h2>{escape(link.doc['description'])}</h2>"
        f"<p class='amount'>{escape(format(link.total_amount, 'f'))} {escape(link.doc['currency'])}</p>"
        f"<ul>{goods}</ul>"
        f"<p class='muted'>Link {escape(link.link_id)} &middot; status <b id='status'>{escape(state)}</b> &middot; "
        f"expires {escape(link.doc['expiresAt'])} &middot; "
        f"contact {escape(link.doc['merchantInfo'].get('contactEmail', ''))}</p>"
    )


async def link_page(request: Request) -> Response:
    link, now = await in_thread(_read, request)
    if link is None:
        return page("Unknown link", "<h2>This payment link does not exist.</h2>", status_code=404)
    if link.paid:
        return page("Link paid", _describe(link, now) + "<p>This link has been paid. Thank you.</p>")
    if link.status(now) != ACTIVE:
        return page("Link expired", _describe(link, now) + "<p>This link has expired.</p>")
    form = (
        f"<form method='post' action='/link/{escape(link.link_id)}'>"
        f"<p><label>Card number <input name='cardNumber' value='{TEST_CARD}' autocomplete='off'></label></p>"
        "<button class='primary' name='action' value='pay'>Pay</button></form>"
    )
    return page("Pay by link", _describe(link, now) + form)


async def link_submit(request: Request) -> Response:
    fields = await form_fields(request)
    if fields.get("action") != "pay":
        return page("Bad request", "<p>Unknown action.</p>", status_code=400)
    link_id = request.path_params["link_id"]
    card_number = "".join((fields.get("cardNumber") or TEST_CARD).split())
    try:
        order = await in_thread(pay_link, emulator_of(request), link_id, card_number)
    except LinkPageError as refused:
        return page(
            refused.title, f"<h2>{escape(refused.title)}</h2><p>{escape(refused.text)}</p>", refused.status_code
        )
    if order.status != collection.SUCCESS:
        text = f"The payment was declined: {order.doc.get('resultMsg', '')} You may try again."
        retry = f"<p><a href='/link/{escape(link_id)}'>Back to the payment link</a></p>"
        return page("Payment declined", f"<h2>Payment declined</h2><p>{escape(text)}</p>{retry}", status_code=402)
    return RedirectResponse(f"/link/{link_id}", status_code=303)


QR_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='240' viewBox='0 0 240 240'>"
    "<rect width='240' height='240' fill='#fff' stroke='#000' stroke-width='8'/>"
    "<text x='120' y='110' font-family='monospace' font-size='14' text-anchor='middle'>PayerMax emulator</text>"
    "<text x='120' y='135' font-family='monospace' font-size='12' text-anchor='middle'>link {link_id}</text></svg>"
)


async def link_qrcode(request: Request) -> Response:
    link, _ = await in_thread(_read, request)
    if link is None:
        return Response(b"unknown link", status_code=404, media_type="text/plain")
    return Response(QR_SVG.format(link_id=escape(link.link_id)), media_type="image/svg+xml")


PAGE_ROUTES.extend(
    [
        Route("/link/{link_id}", link_page, methods=["GET"]),
        Route("/link/{link_id}", link_submit, methods=["POST"]),
        Route("/link/{link_id}/qrcode", link_qrcode, methods=["GET"]),
    ]
)

"""Tokenization: apply for a ``paymentTokenID`` without paying, list a user's tokens, remove one.

**applyPaymentToken** - a token application, named by the merchant's ``requestId`` (unique per merchant:
a second application with the same ``requestId`` is refused with ``ORDER_REPEAT``, atomically).

- ``CARD``: ``cardInfo`` is required (``PARAMS_INVALID`` without it) and read like a payment card (see
  ``cards.py``): a number failing the Luhn check is refused with ``CARD_INVALID``, a past expiry with
  ``CARD_EXPIRE_DATE_INVALID``, and a ``cardOrg`` naming another scheme than the number's with
  ``CARD_INVALID``. Then, by test card:

  | card | answer |
  |---|---|
  | 4111 1111 1111 1111 and any other valid number | ``SUCCESS`` with the ``paymentTokenID`` at once |
  | 4000 0000 0000 0002 / 4000 0000 0000 9995 | ``FAILED`` (``ISSUER_PAYMENT_REJECTED`` / ``PAYMENT_REJECTED``) |
  | 4000 0000 0000 3220 | ``PENDING`` with a ``redirectUrl`` to the 3-D Secure page; confirming succeeds |
  | 4000 0084 0000 1629 | ``PENDING`` with a ``redirectUrl``; confirming fails (``AUTHENTICATE_FAILED``) |

- ``BANKTRANSFER``: ``targetOrg`` must be ``YUSHANBANK`` (``PARAMS_INVALID`` otherwise); always ``PENDING``
  with a ``redirectUrl`` to the authorisation page, where confirming succeeds.

The page is ``GET /token-3ds/{applicationId}`` (``redirectUrl``), with two buttons that ``POST`` back:
``authenticate`` and ``fail``; both send the payer to the application's ``frontCallbackUrl`` (HTTP 303). An
application still ``PENDING`` 30 minutes after it was made fails (``AUTHENTICATE_FAILED``).

A new token has ``tokenScope`` ``tokenAcq`` (the only value the request accepts) and keeps the request's
``mitType``. Every application that ends (``SUCCESS`` or ``FAILED``) sends a ``TOKENIZATION`` notification to
the merchant's default address (the request has no ``notifyUrl``), with ``requestId``, ``status`` and
``supportMIT``; a failed one carries the failure in ``code``/``msg``, an empty ``paymentTokenID`` and
``paymentTokenStatus`` ``Deleted`` (the schema requires both; no token exists).

Tokens created by a successful payment with ``tokenForFutureUse`` (``collection.py``) send a
``TOKENIZATION`` notification too, with the order's ``outTradeNo`` (the first time only).

**inquirePaymentToken** - every token of the user, ``Deleted`` and ``Expired`` ones included, oldest first;
an unknown user gets an empty ``tokenList``. Filters: ``paymentTokenID``, ``paymentMethodType``,
``cardOrg`` (card scheme), ``targetOrg`` (non-card tokens), ``referralCode`` (the binding: the application's
id for applied tokens, the order's ``tradeToken`` for tokens stored by a payment), and ``tokenScope``:
``tokenAcq`` lists every token, ``tokenMit`` only those usable for merchant-initiated payments (applied
with a ``mitType``). A token applied with a ``mitType`` shows ``tokenScope`` ``tokenMit`` and
``merchantInitiated`` ``true``; cards show ``ifCVV`` ``N``, and empty ``targetOrg``/``accountDisplay``.

**removePaymentToken** - marks the token ``Deleted`` (and sends a ``TOKENIZATION`` notification). A token
that does not exist, belongs to another merchant or to another ``userId`` is refused with
``ORDER_NOT_EXIST``. Removing a ``Deleted`` token again is idempotent: the same answer, no new notification.
A ``Deleted`` or ``Expired`` token can no longer pay (``orderAndPay`` answers ``PARAMS_INVALID``).

Tokens lapse on their own: a card token becomes ``Expired`` when its ``paymentTokenExpiry`` (the end of
the card's expiry month) passes on the emulator clock, with a ``TOKENIZATION`` notification.

Control endpoint:

| endpoint | what it does |
|---|---|
| `POST /emulator/tokens/{paymentTokenID}/expire` | make an ``Activated`` token ``Expired`` now (with its notification); ``?appId=`` for another merchant |
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ..clock import format_time
from ..core import Emulator
from ..db import next_sequence, schema
from ..errors import BusinessError, not_found, params_invalid, repeated
from ..merchants import Merchant
from ..registry import CONTROL_ROUTES, PAGE_ROUTES, Call, operation, sweeper
from ..web import control, emulator_of, escape, form_fields, in_thread, page
from . import cards, collection, tokens

PENDING, SUCCESS, FAILED = "PENDING", "SUCCESS", "FAILED"
TOKEN_ACQ, TOKEN_MIT = "tokenAcq", "tokenMit"
BANK_TRANSFER, BANK = "BANKTRANSFER", "YUSHANBANK"
#: How long the payer has to finish a PENDING application.
APPLICATION_LIFETIME = 30 * 60
NOT_COMPLETED = ("AUTHENTICATE_FAILED", "The payer did not complete the binding in time.")
CANCELLED = ("AUTHENTICATE_FAILED", "3-D Secure was not completed.")
DEFAULT_COUNTRY = "US"

schema(
    """
    CREATE TABLE IF NOT EXISTS tokenization_applications (
        application_id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        request_id TEXT NOT NULL,
        status TEXT NOT NULL,
        created_ts REAL NOT NULL,
        expires_ts REAL NOT NULL,
        doc TEXT NOT NULL,
        UNIQUE (app_id, request_id)
    );
    CREATE INDEX IF NOT EXISTS tokenization_applications_pending ON tokenization_applications (status, expires_ts);
    CREATE TABLE IF NOT EXISTS tokenization_bindings (
        token_id TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        referral_code TEXT NOT NULL,
        country TEXT NOT NULL,
        expiry_ts REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS tokenization_bindings_expiry ON tokenization_bindings (expiry_ts);
    """
)


# ------------------------------------------------------------------------------------- what is shown
def _token_fields(token: tokens.StoredToken) -> dict[str, Any]:
    """Members common to ``StoredPaymentToken`` and ``TokenizationNotificationData``."""
    card = token.card
    return {
        "paymentTokenID": token.token_id,
        "userId": token.user_id,
        "paymentTokenExpiry": tokens.token_expiry(token),
        "paymentTokenStatus": token.status,
        "paymentMethodType": token.payment_method_type,
        "cardInfo": card.masked if card else "",
        "ifCVV": "N" if card else "",
        "brand": card.scheme if card else "",
        "targetOrg": "" if card else (token.target_org or ""),
        "accountDisplay": "",
    }


def stored_token(token: tokens.StoredToken, referral_code: str | None) -> dict[str, Any]:
    """A ``StoredPaymentToken`` of ``inquirePaymentToken``."""
    found = _token_fields(token)
    found["tokenScope"] = TOKEN_MIT if token.mit_type else TOKEN_ACQ
    found["merchantInitiated"] = bool(token.mit_type)
    if referral_code:
        found["referralCode"] = referral_code
    return found


def _notification_data(token: tokens.StoredToken, binding: sqlite3.Row | None, **extra: Any) -> dict[str, Any]:
    data = _token_fields(token)
    data["tokenScope"] = TOKEN_ACQ
    data["supportMIT"] = bool(token.mit_type)
    data["country"] = binding["country"] if binding else DEFAULT_COUNTRY
    if binding:
        data["referralCode"] = binding["referral_code"]
    data.update({name: value for name, value in extra.items() if value is not None})
    return data


def _binding(tx: sqlite3.Connection, token_id: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = tx.execute(
        "SELECT * FROM tokenization_bindings WHERE token_id = ?", (token_id,)
    ).fetchone()
    return row


def _bind(tx: sqlite3.Connection, token: tokens.StoredToken, *, referral_code: str, country: str) -> sqlite3.Row:
    expiry = datetime.fromisoformat(tokens.token_expiry(token)).timestamp()
    tx.execute(
        "INSERT INTO tokenization_bindings (token_id, app_id, referral_code, country, expiry_ts)"
        " VALUES (?, ?, ?, ?, ?)",
        (token.token_id, token.app_id, referral_code, country, expiry),
    )
    binding = _binding(tx, token.token_id)
    assert binding is not None
    return binding


def _notify_state(emulator: Emulator, tx: sqlite3.Connection, merchant: Merchant, token_id: str) -> None:
    """A ``TOKENIZATION`` notification of a token whose state changed (no ``outTradeNo`` nor ``requestId``)."""
    token = tokens.find_token(tx, merchant.app_id, token_id)
    assert token is not None
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type="TOKENIZATION",
        reference=token.token_id,
        data=_notification_data(token, _binding(tx, token.token_id)),
    )


# ------------------------------------------------------------------------------------- applications
@dataclass
class Application:
    application_id: str
    app_id: str
    status: str
    doc: dict[str, Any]

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Application:
        return cls(row["application_id"], row["app_id"], row["status"], json.loads(row["doc"]))

    @property
    def card(self) -> cards.Card | None:
        stored = self.doc.get("card")
        return cards.Card.from_json(stored) if stored else None

    def save(self, tx: sqlite3.Connection) -> None:
        tx.execute(
            "UPDATE tokenization_applications SET status = ?, doc = ? WHERE application_id = ?",
            (self.status, json.dumps(self.doc), self.application_id),
        )


def _load_application(tx: sqlite3.Connection, application_id: str) -> Application | None:
    row = tx.execute("SELECT * FROM tokenization_applications WHERE application_id = ?", (application_id,)).fetchone()
    return Application.from_row(row) if row else None


def _read_card(card_info: dict[str, Any] | None, now: datetime) -> cards.Card:
    if not card_info:
        raise params_invalid("data.cardInfo is invalid,because data.cardInfo is null.")
    card = cards.read_card(card_info, now)
    card_org = str(card_info.get("cardOrg") or "").strip().upper()
    if card_org and card.scheme != "UNKNOWN" and card_org != card.scheme:
        raise BusinessError("CARD_INVALID", f"cardOrg {card_org} does not match the card number ({card.scheme}).")
    return card


@operation("applyPaymentToken")
def apply_payment_token(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    now = emulator.clock.now()
    method = str(data["paymentMethodType"]).upper()
    card: cards.Card | None = None
    if method == "CARD":
        card = _read_card(data.get("cardInfo"), now)
        target_org = None
        needs_payer = card.behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS)
    else:
        if str(data.get("targetOrg") or "").upper() != BANK:
            raise params_invalid(f"targetOrg must be {BANK} when paymentMethodType is {BANK_TRANSFER}.")
        target_org, needs_payer = BANK, True
    with emulator.db.transaction() as tx:
        application_id = f"TA{now:%Y%m%d%H%M%S}{next_sequence(tx, 'token_application'):09d}"
        doc: dict[str, Any] = {
            "requestId": data["requestId"],
            "userId": data["userId"],
            "country": data["country"],
            "paymentMethodType": method,
            "targetOrg": target_org,
            "tokenScope": data["tokenScope"],
            "mitType": data.get("mitType"),
            "frontCallbackUrl": data["frontCallbackUrl"],
            "card": card.to_json() if card else None,
            "createTime": format_time(now),
        }
        try:
            tx.execute(
                "INSERT INTO tokenization_applications (application_id, app_id, request_id, status, created_ts,"
                " expires_ts, doc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    application_id,
                    merchant.app_id,
                    data["requestId"],
                    PENDING,
                    now.timestamp(),
                    (now + timedelta(seconds=APPLICATION_LIFETIME)).timestamp(),
                    json.dumps(doc),
                ),
            )
        except sqlite3.IntegrityError:
            raise repeated(f"requestId {data['requestId']}") from None
        application = Application(application_id, merchant.app_id, PENDING, doc)
        answer: dict[str, Any] = {"requestId": data["requestId"], "status": PENDING}
        if needs_payer:
            answer["redirectUrl"] = emulator.page_url(f"/token-3ds/{application_id}")
            return answer
        assert card is not None
        if card.behaviour in cards.DECLINE_CODES:
            code, msg = cards.DECLINE_CODES[card.behaviour]
            finish_application(emulator, tx, merchant, application, FAILED, code=code, msg=msg)
        else:
            finish_application(emulator, tx, merchant, application, SUCCESS)
        answer["status"] = application.status
        if application.doc.get("paymentTokenID"):
            answer["paymentTokenID"] = application.doc["paymentTokenID"]
        return answer


def finish_application(
    emulator: Emulator,
    tx: sqlite3.Connection,
    merchant: Merchant,
    application: Application,
    status: str,
    *,
    code: str | None = None,
    msg: str | None = None,
) -> None:
    """Move a PENDING application to SUCCESS (creating the token) or FAILED; notification included."""
    if application.status != PENDING:
        raise BusinessError("ORDER_CLOSED", f"The token application is already {application.status}.")
    now = emulator.clock.now()
    doc = application.doc
    application.status = status
    doc["completeTime"] = format_time(now)
    extra = {"requestId": doc["requestId"], "status": status}
    if status == SUCCESS:
        token = tokens.create_token(
            tx,
            app_id=merchant.app_id,
            user_id=doc["userId"],
            payment_method_type=doc["paymentMethodType"],
            target_org=doc.get("targetOrg"),
            card=application.card,
            now=now,
            token_scope=doc["tokenScope"],
            mit_type=doc.get("mitType"),
        )
        doc["paymentTokenID"] = token.token_id
        binding = _bind(tx, token, referral_code=application.application_id, country=doc["country"])
        data = _notification_data(token, binding, **extra)
        code, msg = "APPLY_SUCCESS", "Success."
    else:
        code, msg = code or "PAYMENT_FAILED", msg or "Provider failed to process."
        doc["resultCode"], doc["resultMsg"] = code, msg
        card = application.card
        data = {
            "userId": doc["userId"],
            "paymentTokenID": "",
            "tokenScope": TOKEN_ACQ,
            "paymentTokenExpiry": _card_expiry(card) if card else format_time(now),
            "paymentTokenStatus": tokens.DELETED,
            "paymentMethodType": doc["paymentMethodType"],
            "cardInfo": card.masked if card else "",
            "ifCVV": "N" if card else "",
            "brand": card.scheme if card else "",
            "targetOrg": doc.get("targetOrg") or "",
            "accountDisplay": "",
            "country": doc["country"],
            "supportMIT": bool(doc.get("mitType")),
            "referralCode": application.application_id,
            **extra,
        }
    application.save(tx)
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type="TOKENIZATION",
        reference=doc.get("paymentTokenID") or application.application_id,
        data=data,
        code=code,
        msg=msg,
    )


def _card_expiry(card: cards.Card) -> str:
    """The expiry a token of this card would have."""
    probe = tokens.StoredToken("", "", "", "CARD", None, card, TOKEN_ACQ, None, tokens.ACTIVATED, "")
    return tokens.token_expiry(probe)


def settle_application(
    emulator: Emulator, application_id: str, status: str, *, code: str | None = None, msg: str | None = None
) -> Application:
    """Finish a PENDING application from the payer's page (or the sweeper)."""
    with emulator.db.transaction() as tx:
        application = _load_application(tx, application_id)
        if application is None:
            raise not_found(f"Token application {application_id}")
        merchant = emulator.merchants.get(application.app_id)
        assert merchant is not None
        card = application.card
        if status == SUCCESS and card is not None and card.behaviour == cards.CHALLENGE_FAILS:
            status, (code, msg) = FAILED, cards.DECLINE_CODES[cards.CHALLENGE_FAILS]
        finish_application(emulator, tx, merchant, application, status, code=code, msg=msg)
        return application


@sweeper
def fail_abandoned_applications(emulator: Emulator) -> None:
    rows = emulator.db.read(
        "SELECT application_id FROM tokenization_applications WHERE status = ? AND expires_ts <= ?",
        (PENDING, emulator.clock.timestamp()),
    )
    for row in rows:
        try:
            settle_application(emulator, row["application_id"], FAILED, code=NOT_COMPLETED[0], msg=NOT_COMPLETED[1])
        except BusinessError:
            continue  # finished meanwhile by the payer


# -------------------------------------------------------------------------- tokens stored by payments
def _token_stored_by_order(
    emulator: Emulator, tx: sqlite3.Connection, merchant: Merchant, order: collection.Order
) -> None:
    """Notify a token created by a successful payment with ``tokenForFutureUse`` (first time only)."""
    token_id = order.doc.get("paymentTokenID")
    if order.status != collection.SUCCESS or not order.doc.get("tokenForFutureUse") or not token_id:
        return
    if _binding(tx, token_id) is not None:
        return  # an existing token paid this order: it was notified when it was created
    token = tokens.find_token(tx, merchant.app_id, token_id)
    if token is None:
        return
    binding = _bind(tx, token, referral_code=order.trade_token, country=order.doc.get("country") or DEFAULT_COUNTRY)
    emulator.notifier.enqueue(
        tx,
        merchant,
        notify_type="TOKENIZATION",
        reference=token.token_id,
        data=_notification_data(token, binding, outTradeNo=order.out_trade_no),
    )


collection.ORDER_LISTENERS.append(_token_stored_by_order)


# ------------------------------------------------------------------------------------ inquire, remove
def _matches(token: tokens.StoredToken, referral_code: str | None, data: dict[str, Any]) -> bool:
    if data["tokenScope"] == TOKEN_MIT and not token.mit_type:
        return False
    if data.get("paymentTokenID") and token.token_id != data["paymentTokenID"]:
        return False
    if data.get("paymentMethodType") and token.payment_method_type.upper() != str(data["paymentMethodType"]).upper():
        return False
    if data.get("cardOrg") and (token.card is None or token.card.scheme != str(data["cardOrg"]).upper()):
        return False
    if data.get("targetOrg") and (token.target_org or "").upper() != str(data["targetOrg"]).upper():
        return False
    return not (data.get("referralCode") and referral_code != data["referralCode"])


@operation("inquirePaymentToken")
def inquire_payment_token(call: Call) -> dict[str, Any]:
    data = call.data
    with call.emulator.db.transaction() as tx:
        found = []
        for token in tokens.user_tokens(tx, call.merchant.app_id, data["userId"]):
            binding = _binding(tx, token.token_id)
            referral_code = binding["referral_code"] if binding else None
            if _matches(token, referral_code, data):
                found.append(stored_token(token, referral_code))
    return {"tokenList": found}


@operation("removePaymentToken")
def remove_payment_token(call: Call) -> dict[str, Any]:
    emulator, merchant, data = call.emulator, call.merchant, call.data
    with emulator.db.transaction() as tx:
        token = tokens.find_token(tx, merchant.app_id, data["paymentTokenID"])
        if token is None or token.user_id != data["userId"]:
            raise BusinessError("ORDER_NOT_EXIST", "The paymentTokenID does not exist for this userId.")
        if token.status != tokens.DELETED:
            tokens.set_token_status(tx, token.token_id, tokens.DELETED, data.get("removeReason"))
            _notify_state(emulator, tx, merchant, token.token_id)
    return {"userId": token.user_id, "paymentTokenID": token.token_id, "paymentTokenStatus": tokens.DELETED}


def expire_token(emulator: Emulator, merchant: Merchant, token_id: str) -> tokens.StoredToken:
    """Make an Activated token Expired (idempotent for Expired ones), with its notification."""
    with emulator.db.transaction() as tx:
        token = tokens.find_token(tx, merchant.app_id, token_id)
        if token is None:
            raise not_found(f"Token {token_id}")
        if token.status == tokens.DELETED:
            raise BusinessError("ORDER_CLOSED", f"Token {token_id} was removed.")
        if token.status == tokens.ACTIVATED:
            tokens.set_token_status(tx, token_id, tokens.EXPIRED)
            _notify_state(emulator, tx, merchant, token_id)
        found = tokens.find_token(tx, merchant.app_id, token_id)
        assert found is not None
        return found


@sweeper
def expire_lapsed_tokens(emulator: Emulator) -> None:
    rows = emulator.db.read(
        "SELECT b.app_id, b.token_id FROM tokenization_bindings b JOIN payment_tokens p ON p.token_id = b.token_id"
        " WHERE b.expiry_ts <= ? AND p.status = ?",
        (emulator.clock.timestamp(), tokens.ACTIVATED),
    )
    for row in rows:
        merchant = emulator.merchants.get(row["app_id"])
        if merchant is None:
            continue
        try:
            expire_token(emulator, merchant, row["token_id"])
        except BusinessError:
            continue  # removed meanwhile


# ------------------------------------------------------------------------------------------ the page
def _application(request: Request) -> Application | None:
    with emulator_of(request).db.transaction() as tx:
        return _load_application(tx, request.path_params["application_id"])


def _summary(application: Application) -> str:
    card = application.card
    what = f"card {card.masked}" if card else f"{application.doc.get('targetOrg')} account"
    return (
        f"<h2>Save your {escape(what)}</h2>"
        f"<p class='muted'>Request {escape(application.doc['requestId'])} &middot; "
        f"status <b id='status'>{escape(application.status)}</b></p>"
    )


async def token_page(request: Request) -> Response:
    application = await in_thread(_application, request)
    if application is None:
        return page("Unknown request", "<h2>This token request does not exist.</h2>", status_code=404)
    if application.status != PENDING:
        return page("Saved payment method", _summary(application) + "<p>This request is finished.</p>")
    question = (
        "Your bank asks you to confirm that this card may be saved."
        if application.card
        else "Authorise the merchant to charge this bank account later."
    )
    form = (
        f"<p>{escape(question)}</p>"
        f"<form method='post' action='/token-3ds/{escape(application.application_id)}'>"
        "<button class='primary' name='action' value='authenticate'>Confirm</button>"
        "<button name='action' value='fail'>Cancel</button></form>"
    )
    return page("3-D Secure", _summary(application) + form)


async def token_submit(request: Request) -> Response:
    application = await in_thread(_application, request)
    if application is None:
        return page("Unknown request", "<h2>This token request does not exist.</h2>", status_code=404)
    action = (await form_fields(request)).get("action", "")
    if action not in ("authenticate", "fail"):
        return page("Bad request", "<p>Unknown action.</p>", status_code=400)
    emulator = emulator_of(request)
    if action == "authenticate":
        status, code, msg = SUCCESS, None, None
    else:
        status, (code, msg) = FAILED, CANCELLED
    try:
        await in_thread(settle_application, emulator, application.application_id, status, code=code, msg=msg)
    except BusinessError as error:
        return page("Request finished", f"<p>{escape(error.msg)}</p>", status_code=409)
    return RedirectResponse(application.doc["frontCallbackUrl"], status_code=303)


async def expire_token_endpoint(request: Request) -> Any:
    from ..control import merchant_for  # the control module imports the products: import it late

    emulator = emulator_of(request)
    token = await in_thread(expire_token, emulator, merchant_for(request), request.path_params["token_id"])
    with emulator.db.transaction() as tx:
        binding = _binding(tx, token.token_id)
    return stored_token(token, binding["referral_code"] if binding else None)


PAGE_ROUTES.extend(
    [
        Route("/token-3ds/{application_id}", token_page, methods=["GET"]),
        Route("/token-3ds/{application_id}", token_submit, methods=["POST"]),
    ]
)
CONTROL_ROUTES.append(Route("/tokens/{token_id}/expire", control(expire_token_endpoint), methods=["POST"]))

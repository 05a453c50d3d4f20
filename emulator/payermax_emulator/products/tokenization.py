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

**InquireApplyRequest** - the state of an application, named by its ``requestId`` and ``userId`` (an unknown
pair is ``ORDER_NOT_EXIST``): ``PENDING`` with the page's ``redirectUrl``, ``SUCCESS`` with the
``paymentTokenID``, or ``FAILED``.

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
The payer's page (``GET``/``POST /token-3ds/{applicationId}``) and the control endpoint
``POST /emulator/tokens/{paymentTokenID}/expire`` (make an ``Activated`` token ``Expired`` now, with its
notification; ``?appId=`` for another merchant) are ``http/adapters/tokenization.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from payermax_signing.protocol import SUCCESS_CODE, SUCCESS_MSG, format_time

from ..kit import Due, Ending, Product, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import params_invalid
from . import cards
from .collection import Collection
from .orders import Order
from .token_records import (
    APPLICATIONS,
    BINDINGS,
    DEFAULT_COUNTRY,
    EXPIRIES,
    FAILED,
    LIFECYCLE,
    PENDING,
    SUCCESS,
    TOKEN_ACQ,
    Application,
    Binding,
    card_fields,
    notification_data,
    read_card,
    stored_token,
    token_matches,
)
from .tokens import ACTIVATED, DELETED, EXPIRED, TOKENS, StoredToken, Tokens, card_expiry

BANK_TRANSFER, BANK = "BANKTRANSFER", "YUSHANBANK"
#: How long the payer has to finish a PENDING application.
APPLICATION_LIFETIME = 30 * 60
NOT_COMPLETED = ("AUTHENTICATE_FAILED", "The payer did not complete the binding in time.")


@dataclass(eq=False)
class Tokenization(Product):
    tables = (APPLICATIONS, BINDINGS)
    extra_ddl = (EXPIRIES,)

    tokens: Tokens
    collection: Collection

    def __post_init__(self) -> None:
        self.collection.on_finished(self._token_stored_by_order)

    def due(self) -> Sequence[Due]:
        # The lapse of a token is read from a view (``EXPIRIES``), not from one of the product's tables.
        return [*super().due(), Due("tokenization_expiries", "token_id", ACTIVATED, "expiry_ts", then=self._lapse)]

    def _bind(self, tx: sqlite3.Connection, token: StoredToken, *, referral_code: str, country: str) -> Binding:
        expiry = datetime.fromisoformat(token.expiry).timestamp()
        return BINDINGS.insert(tx, Binding(token.token_id, token.app_id, referral_code, country, expiry))

    def _notify(self, tx: sqlite3.Connection, merchant: Merchant, token: StoredToken, **extra: Any) -> None:
        """A ``TOKENIZATION`` notification of a token (``extra``: ``outTradeNo``, ``requestId``...)."""
        binding = BINDINGS.find(tx, token_id=token.token_id)
        data = notification_data(token, binding, **extra)
        self.services.outbox.enqueue(tx, merchant, notify_type="TOKENIZATION", reference=token.token_id, data=data)

    # ---------------------------------------------------------------------------------- applications
    @operation("applyPaymentToken")
    def apply_payment_token(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        now = self.services.clock.now()
        method = str(data["paymentMethodType"]).upper()
        card: cards.Card | None = None
        if method == "CARD":
            card = read_card(data.get("cardInfo"), now)
            target_org = None
            needs_payer = card.behaviour in (cards.CHALLENGE, cards.CHALLENGE_FAILS)
        else:
            if str(data.get("targetOrg") or "").upper() != BANK:
                raise params_invalid(f"targetOrg must be {BANK} when paymentMethodType is {BANK_TRANSFER}.")
            target_org, needs_payer = BANK, True
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
        with self.services.db.transaction() as tx:
            application_id = f"TA{now:%Y%m%d%H%M%S}{next_sequence(tx, 'token_application'):09d}"
            expires = (now + timedelta(seconds=APPLICATION_LIFETIME)).timestamp()
            application = Application(
                application_id,
                data["requestId"],
                now.timestamp(),
                expires,
                app_id=merchant.app_id,
                status=PENDING,
                doc=doc,
            )
            APPLICATIONS.insert(tx, application, unique=f"requestId {data['requestId']}")
            answer: dict[str, Any] = {"requestId": data["requestId"], "status": PENDING}
            if needs_payer:
                answer["redirectUrl"] = self.services.page_url(f"/token-3ds/{application_id}")
                return answer
            assert card is not None
            code, msg = cards.DECLINE_CODES.get(card.behaviour, (None, None))
            self.finish(tx, merchant, application, Ending(FAILED if code else SUCCESS, code, msg))
            answer["status"] = application.status
            if application.doc.get("paymentTokenID"):
                answer["paymentTokenID"] = application.doc["paymentTokenID"]
            return answer

    @operation("InquireApplyRequest")
    def inquire_apply_request(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            application = APPLICATIONS.find(tx, app_id=merchant.app_id, request_id=data["requestId"])
        if application is None or application.doc["userId"] != data["userId"]:
            raise APPLICATIONS.missing()
        answer: dict[str, Any] = {"requestId": application.request_id, "status": application.status}
        if application.status == PENDING:
            answer["redirectUrl"] = self.services.page_url(f"/token-3ds/{application.application_id}")
        if application.doc.get("paymentTokenID"):
            answer["paymentTokenID"] = application.doc["paymentTokenID"]
        return answer

    def finish(self, tx: sqlite3.Connection, merchant: Merchant, application: Application, end: Ending) -> None:
        """Move a PENDING application to SUCCESS (creating the token) or FAILED; notification included."""
        now = self.services.clock.now()
        LIFECYCLE.end(application, end, now)
        doc, status, code, msg = application.doc, end.status, end.code, end.msg
        extra = {"requestId": doc["requestId"], "status": status}
        if status == SUCCESS:
            token = self.tokens.create(
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
            binding = self._bind(tx, token, referral_code=application.application_id, country=doc["country"])
            data = notification_data(token, binding, **extra)
            code, msg = SUCCESS_CODE, SUCCESS_MSG
        else:
            code, msg = code or "PAYMENT_FAILED", msg or "Provider failed to process."
            doc["resultCode"], doc["resultMsg"] = code, msg
            card = application.card
            data = {
                "userId": doc["userId"],
                "paymentTokenID": "",
                "tokenScope": TOKEN_ACQ,
                "paymentTokenExpiry": card_expiry(card) if card else format_time(now),
                "paymentTokenStatus": DELETED,
                "paymentMethodType": doc["paymentMethodType"],
                **card_fields(card, doc.get("targetOrg")),
                "country": doc["country"],
                "supportMIT": bool(doc.get("mitType")),
                "referralCode": application.application_id,
                **extra,
            }
        APPLICATIONS.save(tx, application)
        self.services.outbox.enqueue(
            tx,
            merchant,
            notify_type="TOKENIZATION",
            reference=doc.get("paymentTokenID") or application.application_id,
            data=data,
            code=code,
            msg=msg,
        )

    def application(self, application_id: str) -> Application | None:
        with self.services.db.transaction() as tx:
            return APPLICATIONS.find(tx, application_id=application_id)

    def settle(self, application_id: str, confirmed: bool) -> Application:
        """The payer confirmed (or cancelled) a PENDING application on its page."""
        code, msg = cards.CHALLENGE_CANCELLED if not confirmed else (None, None)
        with self.services.db.transaction() as tx:
            application = APPLICATIONS.get(tx, application_id=application_id)
            failure = cards.challenge_failure(application.card) if confirmed else None
            if failure:
                code, msg = failure
            merchant = self.services.merchants.require(application.app_id)
            self.finish(tx, merchant, application, Ending(FAILED if code else SUCCESS, code, msg))
            return application

    @when_due(APPLICATIONS, PENDING, "expires_ts")
    def _abandon(self, application_id: str) -> None:
        """The payer did not finish in time."""
        with self.services.db.transaction() as tx:
            application = APPLICATIONS.get(tx, application_id=application_id)
            merchant = self.services.merchants.require(application.app_id)
            self.finish(tx, merchant, application, Ending(FAILED, *NOT_COMPLETED))

    # ------------------------------------------------------------------------ tokens stored by payments
    def _token_stored_by_order(self, tx: sqlite3.Connection, merchant: Merchant, order: Order) -> None:
        """Notify a token created by a successful payment with ``tokenForFutureUse`` (first time only)."""
        token_id = order.doc.get("paymentTokenID")
        if order.status != SUCCESS or not order.doc.get("tokenForFutureUse") or not token_id:
            return
        if BINDINGS.find(tx, token_id=token_id) is not None:
            return  # an existing token paid this order: it was notified when it was created
        token = self.tokens.find(tx, merchant.app_id, token_id)
        if token is None:
            return
        self._bind(tx, token, referral_code=order.trade_token, country=order.doc.get("country") or DEFAULT_COUNTRY)
        self._notify(tx, merchant, token, outTradeNo=order.out_trade_no)

    # ------------------------------------------------------------------------------- inquire, remove
    @operation("inquirePaymentToken")
    def inquire_payment_token(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        found = []
        with self.services.db.transaction() as tx:
            for token in self.tokens.of_user(tx, merchant.app_id, data["userId"]):
                binding = BINDINGS.find(tx, token_id=token.token_id)
                if token_matches(token, binding, data):
                    found.append(stored_token(token, binding))
        return {"tokenList": found}

    @operation("removePaymentToken")
    def remove_payment_token(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            token = self.tokens.find(tx, merchant.app_id, data["paymentTokenID"])
            if token is None or token.user_id != data["userId"]:
                raise TOKENS.missing()
            if token.status != DELETED:
                self.tokens.move(tx, token, DELETED, data.get("removeReason"))
                self._notify(tx, merchant, token)
        return {"userId": token.user_id, "paymentTokenID": token.token_id, "paymentTokenStatus": DELETED}

    def expire(self, merchant: Merchant, token_id: str) -> dict[str, Any]:
        """Make an Activated token Expired (idempotent for Expired ones), with its notification; answers the
        token as ``inquirePaymentToken`` lists it."""
        with self.services.db.transaction() as tx:
            token = self.tokens.find(tx, merchant.app_id, token_id)
            if token is None:
                raise TOKENS.missing()
            if token.status != EXPIRED:
                self.tokens.move(tx, token, EXPIRED)
                self._notify(tx, merchant, token)
            return stored_token(token, BINDINGS.find(tx, token_id=token_id))

    def _lapse(self, token_id: str) -> None:
        with self.services.db.transaction() as tx:
            binding = BINDINGS.get(tx, token_id=token_id)
        self.expire(self.services.merchants.require(binding.app_id), token_id)

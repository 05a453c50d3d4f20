"""Drop-in: the sessions of PayerMax's browser component, the one-time ``paymentToken`` it produces, and the
orders paid with one.

**applyDropinSession** opens a session for one checkout (``userId``, ``currency``, ``country``, optionally
``totalAmount``, ``componentList``, ``tokenForFutureUse``, ``mitType`` and, for pre-authorisations,
``captureMode``/``authorizationType``) and answers its ``sessionKey`` and ``clientKey``. A ``totalAmount`` must
be above zero, except ``0`` together with ``mitType`` (``AMOUNT_INVALID``). A session serves for 30 minutes on
the emulator clock (PayerMax does not say how long).

**The component.** In a browser PayerMax's script collects the card and produces the one-time ``paymentToken``;
the emulator's stand-in is ``POST /dropin/payment-token`` with ``{"clientKey", "sessionKey", "component"?
(CARD, APPLEPAY or GOOGLEPAY; CARD by default; it must be in the session's ``componentList`` when that was
given), "cardInfo"? ({"cardIdentifierNo", "cardExpirationMonth", "cardExpirationYear"}: a test card of
``cards.py``; 4111 1111 1111 1111 when left out), "agreementAccepted"?}``, answering ``{"paymentToken"}``
(``http/adapters/dropin.py``). Only the masked card and its test behaviour are kept.

**orderAndPay** with ``integrate`` ``Direct_Payment`` and a ``paymentDetail`` holding ``paymentToken`` and
``sessionKey`` pays like the card behind the token (``cards.py``: success, decline, or ``PENDING`` with a 3-D
Secure ``redirectUrl``); Apple Pay and Google Pay tokens succeed. The order is refused with
``PARAMS_INVALID`` when the token is unknown or was used already, when ``sessionKey`` is not its session's,
when the session has expired, or when ``userId`` is not the session's; with ``CURRENCY_INVALID`` when the
currency is not the session's. ``tokenForFutureUse`` ``true`` needs a session opened with
``tokenForFutureUse`` and a payer who accepted the agreement (``PARAMS_INVALID`` otherwise); the order then
stores the card (``paymentTokenID``). A session opened with ``captureMode`` ``MANUAL`` makes its order an
authorisation (``auth_capture.py``) even when the order leaves ``captureMode`` out.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Lifecycle, Product, Table, operation
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, params_invalid
from ..store.money import amount, check_amount
from . import cards
from .collection import WALLETS, Collection, Outcome, card_outcome
from .orders import FINAL_AUTH, MANUAL, SUCCESS

SESSION_LIFETIME = timedelta(minutes=30)
COMPONENTS = ("CARD", "APPLEPAY", "GOOGLEPAY")
#: The card a component pays with when the test names none.
DEFAULT_CARD = {"cardIdentifierNo": "4111111111111111", "cardExpirationMonth": "12", "cardExpirationYear": "39"}
ISSUED, USED = "ISSUED", "USED"
TOKEN_LIFECYCLE = Lifecycle("paymentToken", {ISSUED: (USED,)}, refusal="PARAMS_INVALID")
UNUSABLE = "paymentDetail.paymentToken is invalid: unknown, already used, or issued to another merchant."


@dataclass
class DropinSession:
    session_key: str
    app_id: str
    client_key: str
    user_id: str
    expires_ts: float
    doc: dict[str, Any]


@dataclass
class ComponentToken:
    """A one-time ``paymentToken`` produced by the component of a session."""

    payment_token: str
    session_key: str
    status: str
    doc: dict[str, Any]


SESSIONS = Table(DropinSession, "dropin_sessions", "The Drop-in session", unique="client_key")
TOKENS = Table(
    ComponentToken, "dropin_payment_tokens", "The paymentToken", references={"session_key": "dropin_sessions"}
)


@dataclass(eq=False)
class Dropin(Product):
    tables = (SESSIONS, TOKENS)
    collection: Collection

    def __post_init__(self) -> None:
        self.collection.on_payment_detail(self._pay)

    @operation("applyDropinSession")
    def apply_dropin_session(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        total = data.get("totalAmount")
        if total is not None and not (amount(total) == 0 and data.get("mitType")):
            check_amount(amount(total), data["currency"], places=4, field="totalAmount")
        now = self.services.clock.now()
        doc = {
            name: data.get(name)
            for name in ("currency", "country", "totalAmount", "mitType", "referralCode", "componentList")
        }
        doc.update(tokenForFutureUse=bool(data.get("tokenForFutureUse")), createTime=format_time(now))
        if data.get("captureMode") == MANUAL:
            doc.update(captureMode=MANUAL, authorizationType=data.get("authorizationType") or FINAL_AUTH)
        with self.services.db.transaction() as tx:
            session_key = f"DS{now:%Y%m%d%H%M%S}{next_sequence(tx, 'dropin_session'):09d}"
            client_key = f"ck_{secrets.token_hex(16)}"
            expires = (now + SESSION_LIFETIME).timestamp()
            SESSIONS.insert(tx, DropinSession(session_key, merchant.app_id, client_key, data["userId"], expires, doc))
        return {"sessionKey": session_key, "clientKey": client_key}

    def tokenize(self, client_key: str, session_key: str, body: dict[str, Any]) -> dict[str, Any]:
        """What the browser component does: a one-time ``paymentToken`` for the payer's card or wallet."""
        component = str(body.get("component") or "CARD").upper()
        with self.services.db.transaction() as tx:
            session = SESSIONS.find(tx, client_key=client_key)
            if session is None or session.session_key != session_key:
                raise params_invalid("clientKey and sessionKey do not name one Drop-in session.")
            if session.expires_ts <= self.services.clock.timestamp():
                raise params_invalid("The Drop-in session has expired: open a new one.")
            offered = session.doc.get("componentList") or COMPONENTS
            if component not in COMPONENTS or component not in offered:
                raise params_invalid(f"component must be one of the session's components: {', '.join(offered)}.")
            doc: dict[str, Any] = {"component": component, "agreementAccepted": bool(body.get("agreementAccepted"))}
            if component == "CARD":
                card = cards.read_card(body.get("cardInfo") or DEFAULT_CARD, self.services.clock.now())
                doc["card"] = card.to_json()
            token = f"PT{secrets.token_hex(16)}"
            TOKENS.insert(tx, ComponentToken(token, session_key, ISSUED, doc))
        return {"paymentToken": token}

    def _pay(self, tx: sqlite3.Connection, merchant: Merchant, data: dict[str, Any]) -> Outcome | None:
        """The outcome of a Drop-in order (a ``paymentToken`` in its detail); None for other details."""
        detail = data["paymentDetail"]
        if not detail.get("paymentToken"):
            return None
        token = TOKENS.find(tx, payment_token=detail["paymentToken"])
        session = SESSIONS.find(tx, session_key=token.session_key) if token else None
        if token is None or session is None or session.app_id != merchant.app_id:
            raise params_invalid(UNUSABLE)
        if token.status != ISSUED:
            raise params_invalid(UNUSABLE)
        if detail.get("sessionKey") != session.session_key:
            raise params_invalid("paymentDetail.sessionKey is not the session of the paymentToken.")
        if session.expires_ts <= self.services.clock.timestamp():
            raise params_invalid("paymentDetail.sessionKey has expired: open a new Drop-in session.")
        if data["userId"] != session.user_id:
            raise params_invalid("userId must be the userId of the Drop-in session.")
        if data["currency"] != session.doc["currency"]:
            raise BusinessError("CURRENCY_INVALID", "currency must be the currency of the Drop-in session.")
        if detail.get("tokenForFutureUse") and not (
            session.doc["tokenForFutureUse"] and token.doc["agreementAccepted"]
        ):
            raise params_invalid(
                "paymentDetail.tokenForFutureUse needs a session opened with tokenForFutureUse and a payer who "
                "accepted the agreement."
            )
        TOKEN_LIFECYCLE.move(token, USED)
        TOKENS.save(tx, token)
        extra = {"dropinSession": session.session_key}
        if session.doc.get("captureMode") == MANUAL:
            extra.update(captureMode=MANUAL, authorizationType=session.doc["authorizationType"])
        component = token.doc["component"]
        if component != "CARD":
            return Outcome(SUCCESS, component, card_source=WALLETS[component], extra=extra)
        card = cards.Card.from_json(token.doc["card"])
        return card_outcome(card.behaviour, "CARD", None, card, extra=extra)

"""Token applications and token bindings: the records of the tokenization product, and how tokens are shown.

A binding says how a token came to be - the application or the order that created it (``referralCode``) -
with its country and the moment it lapses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..kit import Lifecycle, Record, Table
from ..store.errors import BusinessError, params_invalid
from . import cards
from .tokens import StoredToken

PENDING, SUCCESS, FAILED = "PENDING", "SUCCESS", "FAILED"
TOKEN_ACQ, TOKEN_MIT = "tokenAcq", "tokenMit"
DEFAULT_COUNTRY = "US"
LIFECYCLE = Lifecycle("token application", {PENDING: (SUCCESS, FAILED)})


@dataclass
class Application(Record):
    application_id: str
    request_id: str
    created_ts: float
    expires_ts: float

    @property
    def card(self) -> cards.Card | None:
        stored = self.doc.get("card")
        return cards.Card.from_json(stored) if stored else None


@dataclass
class Binding:
    """How a token came to be: the application or the order (``referralCode``), its country and expiry."""

    token_id: str
    app_id: str
    referral_code: str
    country: str
    expiry_ts: float


APPLICATIONS = Table(
    Application, "tokenization_applications", "The token application", "status, expires_ts", unique="app_id, request_id"
)
BINDINGS = Table(Binding, "tokenization_bindings", "The token", "expiry_ts")
#: Tokens with the moment they lapse, for the due-time move Activated -> Expired.
EXPIRIES = """
CREATE VIEW IF NOT EXISTS tokenization_expiries AS
SELECT b.token_id AS token_id, p.status AS status, b.expiry_ts AS expiry_ts
FROM tokenization_bindings b JOIN payment_tokens p ON p.token_id = b.token_id;
"""


# ------------------------------------------------------------------------------------- what is shown
def _token_fields(token: StoredToken) -> dict[str, Any]:
    """Members common to ``StoredPaymentToken`` and ``TokenizationNotificationData``."""
    card = token.card
    return {
        "paymentTokenID": token.token_id,
        "userId": token.user_id,
        "paymentTokenExpiry": token.expiry,
        "paymentTokenStatus": token.status,
        "paymentMethodType": token.payment_method_type,
        **card_fields(card, token.target_org),
    }


def card_fields(card: cards.Card | None, target_org: str | None) -> dict[str, Any]:
    return {
        "cardInfo": card.masked if card else "",
        "ifCVV": "N" if card else "",
        "brand": card.scheme if card else "",
        "targetOrg": "" if card else (target_org or ""),
        "accountDisplay": "",
    }


def stored_token(token: StoredToken, binding: Binding | None) -> dict[str, Any]:
    """A ``StoredPaymentToken`` of ``inquirePaymentToken``."""
    found = _token_fields(token)
    found["tokenScope"] = TOKEN_MIT if token.mit_type else TOKEN_ACQ
    found["merchantInitiated"] = bool(token.mit_type)
    if binding:
        found["referralCode"] = binding.referral_code
    return found


def notification_data(token: StoredToken, binding: Binding | None, **extra: Any) -> dict[str, Any]:
    data = _token_fields(token)
    data["tokenScope"] = TOKEN_ACQ
    data["supportMIT"] = bool(token.mit_type)
    data["country"] = binding.country if binding else DEFAULT_COUNTRY
    if binding:
        data["referralCode"] = binding.referral_code
    data.update({name: value for name, value in extra.items() if value is not None})
    return data


def token_matches(token: StoredToken, binding: Binding | None, data: dict[str, Any]) -> bool:
    referral_code = binding.referral_code if binding else None
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


def read_card(card_info: dict[str, Any] | None, now: datetime) -> cards.Card:
    if not card_info:
        raise params_invalid("data.cardInfo is invalid,because data.cardInfo is null.")
    card = cards.read_card(card_info, now)
    card_org = str(card_info.get("cardOrg") or "").strip().upper()
    if card_org and card.scheme != "UNKNOWN" and card_org != card.scheme:
        raise BusinessError("CARD_INVALID", f"cardOrg {card_org} does not match the card number ({card.scheme}).")
    return card

"""Test cards: how a card number behaves in the emulator, and what may be stored or shown of it.

| number | outcome |
|---|---|
| 4111 1111 1111 1111, 5555 5555 5555 4444, 3782 822463 10005, any other valid number | success |
| 4000 0000 0000 0002 | declined by the issuer (``ISSUER_PAYMENT_REJECTED``) |
| 4000 0000 0000 9995 | declined, insufficient funds (``PAYMENT_REJECTED``) |
| 4000 0000 0000 3220 | 3-D Secure challenge: ``PENDING`` with a ``redirectUrl``; passing it succeeds |
| 4000 0084 0000 1629 | 3-D Secure challenge that fails |
| a number failing the Luhn check | refused: ``CARD_INVALID`` |
| an expiry date in the past | refused: ``CARD_EXPIRE_DATE_INVALID`` |

Only the masked number, the scheme and the behaviour are ever stored; never the number or the CVV.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..store.errors import BusinessError

SUCCESS = "success"
DECLINE = "decline"
DECLINE_FUNDS = "decline_funds"
CHALLENGE = "challenge"
CHALLENGE_FAILS = "challenge_fails"

_BEHAVIOUR = {
    "4000000000000002": DECLINE,
    "4000000000009995": DECLINE_FUNDS,
    "4000000000003220": CHALLENGE,
    "4000008400001629": CHALLENGE_FAILS,
}
#: The payer cancelled a 3-D Secure challenge (or a confirmation page).
CHALLENGE_CANCELLED = ("AUTHENTICATE_FAILED", "3-D Secure was not completed.")
DECLINE_CODES = {
    DECLINE: ("ISSUER_PAYMENT_REJECTED", "The issuer declined the payment."),
    DECLINE_FUNDS: ("PAYMENT_REJECTED", "Insufficient funds on the card."),
    CHALLENGE_FAILS: ("AUTHENTICATE_FAILED", "3-D Secure authentication failed."),
}


def luhn_valid(number: str) -> bool:
    if not (number.isascii() and number.isdigit()) or not 12 <= len(number) <= 19:
        return False
    total = 0
    for index, digit in enumerate(reversed(number)):
        value = int(digit)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def scheme(number: str) -> str:
    if number.startswith("4"):
        return "VISA"
    if number[:2] in {"51", "52", "53", "54", "55"} or 2221 <= int(number[:4] or 0) <= 2720:
        return "MASTERCARD"
    if number[:2] in {"34", "37"}:
        return "AMEX"
    return "UNKNOWN"


@dataclass(frozen=True)
class Card:
    """What the emulator keeps of a card: masked, with its test behaviour."""

    masked: str
    bin: str
    last4: str
    scheme: str
    behaviour: str
    expiry_month: str | None
    expiry_year: str | None

    def result(self, *, token_id: str | None = None, source: str = "CARD") -> dict[str, Any]:
        """The card as a ``CardResult`` of answers and notifications."""
        result: dict[str, Any] = {
            "cardOrg": self.scheme,
            "cardType": "CREDIT",
            "type": "PAN" if source == "CARD" else "NETWORK_TOKEN",
            "source": source,
            "cardBinNo": self.bin,
            "cardNumber": self.masked,
            "cardLast4": self.last4,
            "cardIdentifierNo": self.masked,
            "totalCardOrg": [self.scheme],
        }
        if self.expiry_month and self.expiry_year:
            result["cardExpirationMonth"] = self.expiry_month
            result["cardExpirationYear"] = self.expiry_year
        if token_id:
            result["paymentTokenID"] = token_id
        return result

    def to_json(self) -> dict[str, Any]:
        return {
            k: getattr(self, k)
            for k in ("masked", "bin", "last4", "scheme", "behaviour", "expiry_month", "expiry_year")
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Card:
        return cls(**data)


def read_card(card_info: dict[str, Any], now: datetime) -> Card:
    """Check a submitted card (refusing invalid numbers and expired cards) and keep only its safe parts."""
    number = "".join(str(card_info.get("cardIdentifierNo") or "").split())
    if not luhn_valid(number):
        raise BusinessError("CARD_INVALID", "Invalid card number.")
    month, year = card_info.get("cardExpirationMonth"), card_info.get("cardExpirationYear")
    if month is not None and year is not None:
        digits = str(month).isascii() and str(month).isdigit() and str(year).isascii() and str(year).isdigit()
        if not (digits and len(str(month)) <= 2 and len(str(year)) <= 4 and 1 <= int(month) <= 12):
            raise BusinessError("CARD_EXPIRE_DATE_INVALID", "Invalid card expiry date.")
        if (2000 + int(year), int(month)) < (now.year, now.month):
            raise BusinessError("CARD_EXPIRE_DATE_INVALID", "The card has expired.")
    return Card(
        masked=f"{number[:6]}******{number[-4:]}",
        bin=number[:6],
        last4=number[-4:],
        scheme=scheme(number),
        behaviour=_BEHAVIOUR.get(number, SUCCESS),
        expiry_month=str(month) if month is not None else None,
        expiry_year=str(year) if year is not None else None,
    )


def challenge_failure(card: Card | None) -> tuple[str, str] | None:
    """(code, msg) of a 3-D Secure challenge the payer confirmed but the card fails; None when it passes."""
    if card is not None and card.behaviour == CHALLENGE_FAILS:
        return DECLINE_CODES[CHALLENGE_FAILS]
    return None

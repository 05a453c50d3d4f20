"""Amounts: parsing, currency decimals, checks and the decimal strings PayerMax writes. Never ``float``.

PayerMax's pages give the rules per product: orders and refunds take up to four decimals (none for the
currencies below), payment links two, payouts each currency's own decimals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from .errors import BusinessError, params_invalid

#: Currencies whose amounts have no decimals.
NO_DECIMALS = frozenset({"IDR", "TWD", "KRW", "JPY", "VND", "CLP", "PKR", "COP", "ISK", "PYG"})
#: Currencies whose amounts have three decimals.
THREE_DECIMALS = frozenset({"KWD", "BHD", "OMR", "JOD", "TND"})


def amount(value: Any) -> Decimal:
    """An amount from validated request data (string, int or Decimal)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


def currency_decimals(currency: str) -> int:
    """How many decimals amounts in ``currency`` have."""
    if currency in NO_DECIMALS:
        return 0
    return 3 if currency in THREE_DECIMALS else 2


def check_amount(value: Decimal, currency: str, *, places: int, field: str) -> None:
    """Refuse (``AMOUNT_INVALID``) an amount that is not positive or has more than ``places`` decimals
    (none for the currencies that have none)."""
    places = 0 if currency in NO_DECIMALS else places
    if value <= 0:
        raise BusinessError("AMOUNT_INVALID", f"{field} must be greater than 0.")
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise BusinessError("AMOUNT_INVALID", f"{currency} amounts take at most {places} decimals.")


def money(value: Decimal, currency: str) -> str:
    """An amount as a decimal string with the currency's decimals."""
    return format(value.quantize(Decimal(1).scaleb(-currency_decimals(currency)), rounding=ROUND_HALF_UP), "f")


def signed_money(value: Decimal, currency: str) -> str:
    """``money`` for a balance, which may be negative but is never written ``-0``."""
    text = money(value, currency)
    return text[1:] if text.startswith("-") and Decimal(text) == 0 else text


def control_amount(value: Any, name: str, currency: str) -> Decimal:
    """An amount a control-API body gives as ``name``: a finite, non-negative decimal with at most the
    currency's decimals, else ``PARAMS_INVALID`` naming ``name`` (never the value)."""
    try:
        parsed = Decimal(str(value))
    except InvalidOperation:
        raise params_invalid(f"{name} must be a decimal amount.") from None
    if not parsed.is_finite() or parsed < 0:
        raise params_invalid(f"{name} must be a positive decimal amount.")
    if parsed != Decimal(money(parsed, currency)):
        raise params_invalid(f"{name} has more decimals than {currency} allows.")
    return parsed

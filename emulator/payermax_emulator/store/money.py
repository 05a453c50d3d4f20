"""Amounts: parsing, currency decimals, checks and the decimal strings PayerMax writes. Never ``float``.

PayerMax's pages give the rules per product: orders and refunds take up to four decimals (none for the
currencies below), payment links two, payouts each currency's own decimals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import pycountry

from .errors import BusinessError, params_invalid

#: Currencies whose amounts have no decimals.
NO_DECIMALS = frozenset({"IDR", "TWD", "KRW", "JPY", "VND", "CLP", "PKR", "COP", "ISK", "PYG"})
#: Currencies whose amounts have three decimals.
THREE_DECIMALS = frozenset({"KWD", "BHD", "OMR", "JOD", "TND"})


#: ISO 4217 codes that name no money a payment can be made in: metals, units of account, test and "no currency".
NOT_MONEY = frozenset(
    {"XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX"}
)
CURRENCIES = frozenset(currency.alpha_3 for currency in pycountry.currencies) - NOT_MONEY
COUNTRIES = frozenset(country.alpha_2 for country in pycountry.countries)


def is_currency(code: Any) -> bool:
    """Whether ``code`` is an ISO 4217 currency money can be paid in (pycountry's table)."""
    return isinstance(code, str) and code in CURRENCIES


def is_country(code: Any) -> bool:
    """Whether ``code`` is an ISO 3166-1 alpha-2 country code (pycountry's table)."""
    return isinstance(code, str) and code in COUNTRIES


def amount(value: Any) -> Decimal:
    """An amount from validated request data (string, int or Decimal)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))


#: Amounts are below this (the spec's ``Amount`` says so too).
AMOUNT_CEILING = Decimal(10) ** 20


def number(value: Any, field: str, *, low: float, high: float) -> float:
    """A finite number between ``low`` and ``high`` from a control-API body (``PARAMS_INVALID`` otherwise)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise params_invalid(f"{field} must be a number.")
    try:
        parsed = Decimal(value)
    except (InvalidOperation, ValueError):
        raise params_invalid(f"{field} must be a finite number.") from None
    if not parsed.is_finite() or not Decimal(str(low)) <= parsed <= Decimal(str(high)):
        raise params_invalid(f"{field} must be a finite number between {low:g} and {high:g}.")
    return float(parsed)


def decimal_amount(value: Any, field: str, currency: str, *, signed: bool = False) -> Decimal:
    """An amount in ``currency`` from a control-API body: a decimal string or number, finite, below 10^20,
    with at most the currency's decimals; negative only when ``signed`` (``PARAMS_INVALID`` otherwise)."""
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal) or len(str(value)) > 40:
        raise params_invalid(f"{field} must be a decimal amount.")
    try:
        parsed = Decimal(str(value).strip())
    except InvalidOperation:
        raise params_invalid(f"{field} must be a decimal amount.") from None
    if not parsed.is_finite() or abs(parsed) >= AMOUNT_CEILING or (parsed < 0 and not signed):
        raise params_invalid(f"{field} must be a finite{'' if signed else ' positive'} amount below 10^20.")
    if parsed != parsed.quantize(Decimal(1).scaleb(-currency_decimals(currency))):
        raise params_invalid(f"{field} has more decimals than {currency} allows.")
    return parsed


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

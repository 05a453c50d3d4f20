"""Currency conversion at the emulator's fixed rates (payouts convert with it; no fee, no tax).

Rates are US dollars per unit of each currency (``USD_PER_UNIT``); a pair the table does not hold is
refused with ``CURRENCY_INVALID``. Converted amounts are rounded half-up to the target currency's decimals.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..store.errors import BusinessError
from ..store.money import money

#: Fixed conversion rates: US dollars per unit of each currency.
USD_PER_UNIT = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
    "IDR": Decimal("0.000064"),
    "PHP": Decimal("0.0178"),
    "SAR": Decimal("0.2666"),
    "AED": Decimal("0.2723"),
    "THB": Decimal("0.0282"),
    "MYR": Decimal("0.2128"),
    "BRL": Decimal("0.198"),
    "MXN": Decimal("0.0588"),
    "TRY": Decimal("0.031"),
    "EGP": Decimal("0.0206"),
    "INR": Decimal("0.012"),
    "HKD": Decimal("0.128"),
    "KWD": Decimal("3.25"),
    "VND": Decimal("0.0000393"),
    "KRW": Decimal("0.00073"),
    "JPY": Decimal("0.0067"),
}
RATE_TEXT_LIMIT = 16  # the published length of an exchangeRate


def rate(from_currency: str, to_currency: str) -> Decimal:
    """How many ``to_currency`` one ``from_currency`` buys, to 10 decimals."""
    if from_currency == to_currency:
        return Decimal("1.0000000000")
    if from_currency not in USD_PER_UNIT or to_currency not in USD_PER_UNIT:
        raise BusinessError("CURRENCY_INVALID", f"The emulator cannot convert {from_currency} to {to_currency}.")
    return (USD_PER_UNIT[from_currency] / USD_PER_UNIT[to_currency]).quantize(Decimal("1E-10"))


def rate_text(exchange_rate: Decimal) -> str:
    """The rate as a decimal string of at most 16 characters (the published limit)."""
    text = format(exchange_rate, "f")
    if len(text) > RATE_TEXT_LIMIT:
        places = max(0, RATE_TEXT_LIMIT - 1 - len(text.split(".")[0]))
        text = format(exchange_rate.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return text


def convert(value: Decimal, from_currency: str, to_currency: str, *, what: str) -> tuple[Decimal, Decimal]:
    """(rate, amount) of ``value`` converted; ``AMOUNT_INVALID`` when nothing is left after rounding."""
    exchange_rate = rate(from_currency, to_currency)
    converted = Decimal(money(value * exchange_rate, to_currency))
    if converted <= 0:
        raise BusinessError("AMOUNT_INVALID", f"{what} is too small to pay out in {to_currency}.")
    return exchange_rate, converted


def breakdown(value: Decimal, currency: str, exchange_rate: Decimal) -> dict[str, Any]:
    """A payout side (``source``, ``destination``): amount, currency, rate, and no fee or tax."""
    zero = money(Decimal(0), currency)
    return {
        "amount": money(value, currency),
        "currency": currency,
        "exchangeRate": rate_text(exchange_rate),
        "fee": zero,
        "feeCurrency": currency,
        "tax": zero,
        "taxCurrency": currency,
    }

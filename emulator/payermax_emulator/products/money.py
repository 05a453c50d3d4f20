"""Currency decimals and amount checks shared by every product that takes an amount.

PayerMax's pages give the rules per product: orders and refunds take up to four decimals (none for the
currencies below), payment links two, payouts each currency's own decimals.
"""

from __future__ import annotations

from decimal import Decimal

from ..errors import BusinessError

#: Currencies whose amounts have no decimals.
NO_DECIMALS = frozenset({"IDR", "TWD", "KRW", "JPY", "VND", "CLP", "PKR", "COP", "ISK", "PYG"})
#: Currencies whose amounts have three decimals.
THREE_DECIMALS = frozenset({"KWD", "BHD", "OMR", "JOD", "TND"})


def currency_decimals(currency: str) -> int:
    """How many decimals amounts in ``currency`` have."""
    if currency in NO_DECIMALS:
        return 0
    return 3 if currency in THREE_DECIMALS else 2


def check_amount(value: Decimal, currency: str, *, places: int, field: str) -> None:
    """Refuse (``AMOUNT_INVALID``) an amount that is not positive or has more than ``places`` decimals."""
    if value <= 0:
        raise BusinessError("AMOUNT_INVALID", f"{field} must be greater than 0.")
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise BusinessError("AMOUNT_INVALID", f"{currency} amounts take at most {places} decimals.")

"""What records have in common beyond their table: the merchant's own number, matched without regard to case.

PayerMax takes a merchant's ``outTradeNo`` as written and finds it again whatever its case (``order_1`` is
``ORDER_1``), so a record keeps it twice: as written (``out_trade_no``, what it reports) and in the form it is
matched in (``out_trade_no_key``, the unique column). The record derives the second from the first itself.
"""

from __future__ import annotations


def merchant_key(number: str) -> str:
    """A merchant's number in the form it is matched in."""
    return number.upper()


class MerchantNumbered:
    """Mixin of a record dataclass numbered by the merchant. Declare ``out_trade_no_key`` as
    ``field(default="", kw_only=True)``: it is derived from ``out_trade_no`` when the record is made."""

    out_trade_no: str
    out_trade_no_key: str

    def __post_init__(self) -> None:
        self.out_trade_no_key = merchant_key(self.out_trade_no)

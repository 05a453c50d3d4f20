"""What records have in common beyond their own columns.

- :class:`Record`: the owner (``app_id``), the ``status`` its lifecycle moves and the document (``doc``,
  everything PayerMax reports about it) that nearly every record has. A record declares its own columns,
  its PayerMax number first; these three are keyword-only and its table stores them after its own.
- :class:`MerchantNumbered`: the merchant's own number, matched without regard to case. PayerMax takes a
  merchant's ``outTradeNo`` as written and finds it again whatever its case (``order_1`` is ``ORDER_1``), so a
  record keeps it twice: as written (``out_trade_no``, what it reports) and in the form it is matched in
  (``out_trade_no_key``, the unique column). The record derives the second from the first itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(kw_only=True)
class Record:
    """Base of a record dataclass: ``Refund(number, ..., app_id=..., status=..., doc=...)``.

    Attributes:
        app_id: the app of the merchant it belongs to.
        status: where it stands; only its ``Lifecycle`` moves it.
        doc: everything PayerMax reports about it, as a JSON document.
    """

    app_id: str
    status: str
    doc: dict[str, Any]


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

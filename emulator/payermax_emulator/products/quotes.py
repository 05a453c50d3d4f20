"""The FX desk: quotes for exchanging balance (quoteQuery) and reference rates (queryClientExchangeRate).

**Rates.** ``DESK`` holds, for each currency, PayerMax's bid and offer in units of that currency per US
dollar (PayerMax buys dollars at the bid, sells them at the offer), as exact decimals. Rates move every
``PERIOD`` (30 minutes, aligned on the emulator clock's UTC half hours): period ``n`` multiplies both prices
by ``1 + ((n mod 7) - 3) / 2000`` (at most 0.15 % either way), rounded to 8 decimals - so a quote taken in one
period and an exchange at the latest rate in the next differ, and both are exact.

**quoteQuery** answers one quote per pair asked for (``USDxxx``, in the order asked): ``bidRate`` and/or
``offerRate`` as ``priceTypeList`` says (null or empty: both), ``rateTime`` the start of the current period,
``expiryTime`` its end, and ``version`` ``Q{yyyyMMddHHmmss of rateTime}{pair}`` (``Q20240305080000USDINR``). A
pair the desk does not quote is refused with ``CURRENCY_INVALID`` naming its position in ``ccyPairList``.
A version names its pair and period, so exchanges find a quote's rates from its version alone; it can be
traded (``exchange`` with ``rateVersion``) until ``expiryTime``, after which the exchange is refused with
``PARAMS_INVALID`` (``data.rateVersion`` ... expired: PayerMax publishes no dedicated code).

**queryClientExchangeRate** answers the rates the emulator really converts with: ``PAY_OUT`` rates are those
payouts apply (``fx.py``: one unit of ``transactionCurrency`` in ``targetCurrency``, 10 decimals), and
``PAY_IN`` the same table (collections never convert in the emulator). Every rate is ``Reference`` (no
merchant has locked rates, so ``validTime`` is ignored, as PayerMax documents for such merchants);
``rateReferenceId`` is ``R{yyyyMMddHHmmss}{pair}``. A currency without a rate is refused with
``PARAMS_INVALID`` naming the pair's position in ``ccyPairList``. Every merchant has signed both products.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Product, operation
from ..services import Merchant
from ..store.errors import BusinessError, params_invalid
from . import fx

USD = "USD"
#: Units of each currency per US dollar: (bid, offer).
DESK: dict[str, tuple[Decimal, Decimal]] = {
    currency: (Decimal(bid), Decimal(offer))
    for currency, bid, offer in (
        ("AED", "3.6712", "3.6745"),
        ("BRL", "5.0412", "5.0566"),
        ("EGP", "48.412", "48.633"),
        ("EUR", "0.9241", "0.9263"),
        ("GBP", "0.7862", "0.7881"),
        ("HKD", "7.8102", "7.8166"),
        ("IDR", "15652.5", "15701.25"),
        ("INR", "83.1187", "83.1542"),
        ("JPY", "149.82", "150.11"),
        ("KRW", "1368.2", "1371.9"),
        ("KWD", "0.30712", "0.30788"),
        ("MXN", "16.982", "17.031"),
        ("MYR", "4.4702", "4.4813"),
        ("PHP", "56.1025", "56.2875"),
        ("SAR", "3.7489", "3.7532"),
        ("THB", "35.412", "35.518"),
        ("TRY", "32.118", "32.254"),
        ("VND", "25402", "25466"),
    )
}
PERIOD = timedelta(minutes=30)
STEP = Decimal("0.0005")
RATE_PLACES = Decimal("1E-8")
VERSION = re.compile(r"^Q(\d{14})(USD[A-Z]{3})$")
BID, OFFER = "BID", "OFFER"


@dataclass(frozen=True)
class Quote:
    """The desk's prices for one ``USDxxx`` pair during one period."""

    pair: str
    rate_time: datetime
    bid: Decimal
    offer: Decimal

    @property
    def version(self) -> str:
        return f"Q{self.rate_time:%Y%m%d%H%M%S}{self.pair}"

    @property
    def expiry_time(self) -> datetime:
        return self.rate_time + PERIOD

    def listing(self, prices: set[str]) -> dict[str, Any]:
        """The quote as ``quoteQuery`` lists it."""
        listed: dict[str, Any] = {"ccyPair": self.pair}
        if BID in prices:
            listed["bidRate"] = self.bid
        if OFFER in prices:
            listed["offerRate"] = self.offer
        listed.update(
            rateTime=format_time(self.rate_time), version=self.version, expiryTime=format_time(self.expiry_time)
        )
        return listed


def period_start(moment: datetime) -> datetime:
    """The start of the rate period ``moment`` falls in."""
    seconds = int(PERIOD.total_seconds())
    return datetime.fromtimestamp(int(moment.timestamp()) // seconds * seconds, UTC)


def quote_of(pair: str, start: datetime) -> Quote | None:
    """The desk's quote for ``pair`` in the period starting at ``start``; None for a pair it does not quote."""
    prices = DESK.get(pair[3:]) if pair.startswith(USD) else None
    if prices is None:
        return None
    index = int(start.timestamp()) // int(PERIOD.total_seconds())
    factor = 1 + STEP * (index % 7 - 3)
    bid, offer = ((price * factor).quantize(RATE_PLACES, rounding=ROUND_HALF_UP) for price in prices)
    return Quote(pair, start, bid, offer)


@dataclass(eq=False)
class Quotes(Product):
    """The desk (no records: a quote is named by its pair and period)."""

    def latest(self, pair: str, where: str) -> Quote:
        """The current quote of ``pair``; ``CURRENCY_INVALID`` naming ``where`` for a pair not quoted."""
        found = quote_of(pair, period_start(self.services.clock.now()))
        if found is None:
            raise BusinessError("CURRENCY_INVALID", f"{where} is a pair the emulator's FX desk does not quote.")
        return found

    def tradable(self, version: str) -> Quote:
        """The quote a ``rateVersion`` names, if it can still be traded; ``PARAMS_INVALID`` otherwise."""
        matched = VERSION.match(version)
        now = self.services.clock.now()
        found = None
        if matched:
            try:
                start = datetime.strptime(matched.group(1), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
            except ValueError:
                start = None
            if start is not None and start == period_start(start) and start <= now:
                found = quote_of(matched.group(2), start)
        if found is None:
            raise params_invalid("data.rateVersion names no quote of the FX desk (take it from quoteQuery).")
        if now >= found.expiry_time:
            raise params_invalid("data.rateVersion is a quote that has expired: ask quoteQuery for a new one.")
        return found

    @operation("quoteQuery")
    def quote_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        prices = set(data.get("priceTypeList") or (BID, OFFER))
        quotes = [self.latest(pair, f"data.ccyPairList[{i}]") for i, pair in enumerate(data["ccyPairList"])]
        return {"rateList": [quote.listing(prices) for quote in quotes]}

    @operation("queryClientExchangeRate")
    def query_client_exchange_rate(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        now = self.services.clock.now()
        rates = []
        for index, pair in enumerate(data["ccyPairList"]):
            source, target = pair["transactionCurrency"], pair["targetCurrency"]
            if source not in fx.USD_PER_UNIT or target not in fx.USD_PER_UNIT:
                raise params_invalid(f"data.ccyPairList[{index}] names a currency the emulator has no rate for.")
            rates.append(
                {
                    "ccyPair": source + target,
                    "rate": fx.rate(source, target),
                    "rateType": "Reference",
                    "side": pair["side"],
                    "transactionCurrency": source,
                    "targetCurrency": target,
                    "rateReferenceId": f"R{now:%Y%m%d%H%M%S}{source}{target}",
                }
            )
        return {"currencyList": rates}

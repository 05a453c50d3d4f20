"""Exchanges: converting available balance between US dollars and another currency (exchange,
exchangeQuery), at a quote of the FX desk (``quotes.py``).

**exchange** checks, after the spec: ``ccyPair`` has USD first (``USDxxx``, the pairs the desk quotes) and
``transactionCcy``/``targetCcy`` are its two currencies (else ``PARAMS_INVALID``); the desk quotes the pair
(``CURRENCY_INVALID``); ``rateVersion``, when given, names a quote of that pair that has not expired
(``PARAMS_INVALID``: "data.rateVersion ... expired"); without it the current quote is used. The amount must be
positive with the transaction currency's decimals (``AMOUNT_INVALID``), ``outTradeNo`` new for the merchant
(``ORDER_REPEAT``), and the available balance - the ``DISBURSEMENT`` account - of the currency the merchant
gives away must cover what it gives (``BALANCE_INSUFFICIENT``). Nothing is created by a refusal.

The price is the one PayerMax deals at: when the merchant ends up with more dollars (buying USD, or selling
the other currency) PayerMax sells dollars at the ``offerRate``; otherwise it buys them at the ``bidRate``.
``targetAmount`` is ``transactionAmount`` times the rate (USD transaction currency) or divided by it, rounded
to the target currency's decimals in PayerMax's favour: up when the merchant pays it (``BUY``), down when
the merchant receives it (``SELL``) - as both of PayerMax's published examples do. ``rate`` has 10 decimals.

The exchange answers ``PENDING`` (``completeTime`` and the error members empty). It completes after
``Settings.settle_after * time_scale`` seconds (a sweeper) or through the control API. ``SUCCESS`` moves both
currencies in the ``DISBURSEMENT`` accounts in one transaction - and so sends two balance notifications
(``EXCHANGE``, one ``DECREASE`` and one ``INCREASE``, with the rate; see ``ledger.py``) - unless the balance no
longer covers the debit, which makes it ``FAILED`` with ``errorCode`` ``BALANCE_INSUFFICIENT``. ``FAILED``
moves nothing. PayerMax sends no notification of the exchange itself in this API family: follow it with
**exchangeQuery** (by ``outTradeNo``; ``ORDER_NOT_EXIST`` for an unknown one).

Control endpoint (``http/adapters/fx.py``; ``ref`` is the tradeNo or the outTradeNo of the test merchant or
of ``?appId=``):

| endpoint | what it does |
|---|---|
| `POST /emulator/exchanges/{ref}/settle` | finish a PENDING exchange: `{"status": "SUCCESS" (default) or "FAILED", "errorCode"?, "errorMsg"?}`; a forced failure reports `PAYMENT_REJECTED` unless told otherwise |
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from payermax_signing.protocol import format_time

from ..kit import Lifecycle, Product, Record, Table, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, params_invalid
from ..store.money import amount, check_amount, currency_decimals, money
from .ledger import BALANCE_INSUFFICIENT, DISBURSEMENT, EXCHANGE, Account, Ledger, Notice
from .quotes import USD, Quote, Quotes

PENDING, SUCCESS, FAILED = "PENDING", "SUCCESS", "FAILED"
BUY, SELL = "BUY", "SELL"
LIFECYCLE = Lifecycle("exchange", {PENDING: (SUCCESS, FAILED)})
REJECTED = ("PAYMENT_REJECTED", "The exchange was refused by the FX desk.")
SHORT = (BALANCE_INSUFFICIENT, "The available balance no longer covers the exchange.")


@dataclass
class Exchange(Record):
    """An exchange with its document: the answer's members, and the two legs (``gives``, ``gets``)."""

    trade_no: str
    out_trade_no: str
    settle_ts: float | None

    def result(self) -> dict[str, Any]:
        """The exchange as ``exchange`` and ``exchangeQuery`` answer it."""
        return {**self.doc["result"], "status": self.status}

    def leg(self, name: str) -> tuple[str, Decimal]:
        currency, value = self.doc[name]
        return currency, Decimal(value)


EXCHANGES = Table(Exchange, "exchanges", "The exchange", "status, settle_ts", unique="app_id, out_trade_no")


def _price(quote: Quote, data: dict[str, Any]) -> tuple[Decimal, Decimal]:
    """(rate, target amount) of an exchange at ``quote``."""
    source, target, side = data["transactionCcy"], data["targetCcy"], data["side"]
    value = amount(data["transactionAmount"])
    merchant_gets_dollars = (source == USD) == (side == BUY)
    rate = quote.offer if merchant_gets_dollars else quote.bid
    converted = value * rate if source == USD else value / rate
    rounding = ROUND_CEILING if side == BUY else ROUND_FLOOR
    return rate, converted.quantize(Decimal(1).scaleb(-currency_decimals(target)), rounding=rounding)


def _check_pair(data: dict[str, Any]) -> None:
    pair = data["ccyPair"]
    if not pair.startswith(USD):
        raise params_invalid("data.ccyPair must have USD first: the FX desk trades USDxxx pairs.")
    if sorted((data["transactionCcy"], data["targetCcy"])) != sorted((pair[:3], pair[3:])):
        raise params_invalid("data.transactionCcy and data.targetCcy must be the two currencies of data.ccyPair.")


@dataclass(eq=False)
class Exchanges(Product):
    tables = (EXCHANGES,)
    quotes: Quotes
    ledger: Ledger

    @operation("exchange")
    def exchange(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        _check_pair(data)
        pair, source, target = data["ccyPair"], data["transactionCcy"], data["targetCcy"]
        version = data.get("rateVersion")
        quote = self.quotes.tradable(version) if version else self.quotes.latest(pair, "data.ccyPair")
        if quote.pair != pair:
            raise params_invalid("data.rateVersion is a quote of another pair than data.ccyPair.")
        value = amount(data["transactionAmount"])
        check_amount(value, source, places=currency_decimals(source), field="data.transactionAmount")
        rate, converted = _price(quote, data)
        if converted <= 0:
            raise BusinessError("AMOUNT_INVALID", "data.transactionAmount is too small to exchange.")
        gives, gets = ((target, converted), (source, value))[:: 1 if data["side"] == BUY else -1]
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            if self.ledger.balance(tx, Account(merchant.app_id, DISBURSEMENT, gives[0])) < gives[1]:
                raise BusinessError(
                    BALANCE_INSUFFICIENT, "The available balance of the currency given away does not cover it."
                )
            trade_no = f"{now:%Y%m%d%H%M%S}TU{next_sequence(tx, 'exchange'):016d}"
            result = {
                "outTradeNo": data["outTradeNo"],
                "tradeNo": trade_no,
                "ccyPair": pair,
                "side": data["side"],
                "transactionCcy": source,
                "transactionAmount": money(value, source),
                "targetCcy": target,
                "targetAmount": money(converted, target),
                "rate": f"{rate:.10f}",
                "rateVersion": quote.version,
                "rateTime": format_time(quote.rate_time),
                "completeTime": "",
                "errorCode": "",
                "errorMsg": "",
            }
            doc = {"result": result, "gives": [gives[0], str(gives[1])], "gets": [gets[0], str(gets[1])]}
            settle_ts = self.services.settings.settle_at(now.timestamp())
            record = Exchange(trade_no, data["outTradeNo"], settle_ts, app_id=merchant.app_id, status=PENDING, doc=doc)
            EXCHANGES.insert(tx, record, unique=f"outTradeNo of exchange {data['outTradeNo']}")
        return record.result()

    @operation("exchangeQuery")
    def exchange_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            return EXCHANGES.get(tx, app_id=merchant.app_id, out_trade_no=str(data["outTradeNo"])).result()

    def _find(self, tx: sqlite3.Connection, app_id: str, ref: str) -> Exchange:
        found = EXCHANGES.where(tx, "app_id = ? AND (trade_no = ? OR out_trade_no = ?)", (app_id, ref, ref))
        if not found:
            raise EXCHANGES.missing()
        return found[0]

    def settle(
        self, app_id: str, ref: str, status: str = SUCCESS, *, code: str | None = None, msg: str | None = None
    ) -> dict[str, Any]:
        """Finish a PENDING exchange: ``SUCCESS`` moves both currencies (``FAILED`` when the balance no longer
        covers the debit), ``FAILED`` moves nothing."""
        now = self.services.clock.now()
        with self.services.db.transaction() as tx:
            record = self._find(tx, app_id, ref)
            (gives_ccy, gives), (gets_ccy, gets) = record.leg("gives"), record.leg("gets")
            debit = Account(app_id, DISBURSEMENT, gives_ccy)
            failure = None
            if status == FAILED:
                failure = (code or REJECTED[0], msg or REJECTED[1])
            elif LIFECYCLE.allows(record.status, SUCCESS) and self.ledger.balance(tx, debit) < gives:
                failure = SHORT
            LIFECYCLE.move(record, FAILED if failure else SUCCESS)
            result = record.doc["result"]
            result["completeTime"] = format_time(now)
            if failure:
                result["errorCode"], result["errorMsg"] = failure
            else:
                notice = Notice(
                    exchange={"ccyPair": result["ccyPair"], "rate": result["rate"], "rateTime": result["rateTime"]}
                )
                self.ledger.post(tx, debit, -gives, EXCHANGE, record.trade_no, at=now, notice=notice)
                credit = Account(app_id, DISBURSEMENT, gets_ccy)
                self.ledger.post(tx, credit, gets, EXCHANGE, record.trade_no, at=now, notice=notice)
            record.settle_ts = None
            EXCHANGES.save(tx, record)
            return record.result()

    @when_due(EXCHANGES, PENDING, "settle_ts")
    def _settle_due(self, trade_no: str) -> None:
        with self.services.db.transaction() as tx:
            record = EXCHANGES.get(tx, trade_no=trade_no)
        self.settle(record.app_id, trade_no)

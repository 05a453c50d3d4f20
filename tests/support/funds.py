"""FX and funds through the generated client: quotes, exchanges, and the balance notifications a merchant
received, added up per currency so that they can be compared with the balances to the cent."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from payermax_client import Client
from payermax_client.api.fx import exchange, exchange_query, quote_query
from payermax_client.models import (
    BalanceMovementDirection,
    BalanceNotification,
    ExchangeQueryRequest,
    ExchangeRequest,
    ExchangeResult,
    FxQuote,
    FxSide,
    QuoteQueryRequest,
    QuoteQueryResult,
)
from payermax_client.types import Unset

from .answers import data_of
from .gateway import Gateway
from .loops import every


def fresh_period(gateway: Gateway) -> None:
    """Move the emulator clock to one second into the next rate period, so that a quote taken now stays
    tradable for the rest of the test however slow the machine is (quotes live 30 minutes)."""
    now = gateway.emulator.clock.now().timestamp()
    period = 1800
    gateway.control("POST", "/clock/advance", {"seconds": period - now % period + 1})


def quotes(client: Client, *pairs: str) -> list[FxQuote]:
    answer = quote_query.sync(client=client, body=QuoteQueryRequest(ccy_pair_list=list(pairs), price_type_list=[]))
    listed = data_of(answer, QuoteQueryResult).rate_list
    assert not isinstance(listed, Unset)
    return listed


def exchange_request(
    out_trade_no: str, side: str, amount: str, currency: str, target: str, version: str | Unset | None = None
) -> ExchangeRequest:
    usd_first = "USD" + (target if currency == "USD" else currency)
    request = ExchangeRequest(
        ccy_pair=usd_first,
        out_trade_no=out_trade_no,
        side=FxSide(side),
        transaction_amount=Decimal(amount),
        transaction_ccy=currency,
        target_ccy=target,
    )
    if isinstance(version, str):
        request.rate_version = version
    return request


def exchange_money(client: Client, request: ExchangeRequest) -> ExchangeResult:
    return data_of(exchange.sync(client=client, body=request), ExchangeResult)


def query_exchange(client: Client, out_trade_no: str) -> ExchangeResult:
    return data_of(
        exchange_query.sync(client=client, body=ExchangeQueryRequest(out_trade_no=out_trade_no)), ExchangeResult
    )


def balance_notifications(gateway: Gateway, count: int) -> list[BalanceNotification]:
    """The balance notifications the merchant received, once there are ``count`` of them."""

    def received() -> list[BalanceNotification]:
        return [n for n in gateway.endpoint.received if isinstance(n, BalanceNotification)]

    gateway.wait_for(lambda: len(received()) >= count)
    found = received()
    assert len(found) == count, [n.to_dict() for n in found]
    return found


def notified_totals(notifications: list[BalanceNotification]) -> dict[str, Decimal]:
    """The signed sum of the notified movements, per currency."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for notification in every(notifications, "balance notification"):
        movement = notification.data
        sign = 1 if movement.direction == BalanceMovementDirection.INCREASE else -1
        totals[movement.amount.currency] += sign * movement.amount.value
    return dict(totals)


def payloads_follow_the_spec(gateway: Gateway, kind: str, component: str) -> int:
    """Every body the emulator queued as ``kind`` matches the spec component ``component``; returns how many."""
    validator = gateway.emulator.spec.schema_validator(component)
    sent = every(gateway.emulator.outbox.notifications(type=kind), f"{kind} message")
    for message in sent:
        problems = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(message["payload"])
        ]
        assert not problems, problems
    return len(sent)

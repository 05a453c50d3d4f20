"""Every call ends: a silent gateway, a closed port and a gateway that trickles its answer all give a
``PayerMaxError`` subclass, with the httpx exception as its cause - over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from payermax_client import AsyncPayerMax, PayerMax, RetryPolicy, Timeouts
from payermax_emulator.local_server import free_port
from payermax_signing import (
    ConnectionFailedError,
    MerchantCredentials,
    OutcomeUnknownError,
    PayerMaxError,
    TimedOutError,
)
from tests.support.orders import hosted_order
from tests.support.raw_servers import silent_server, trickling_server


def test_defaults_are_finite_and_within_a_minute() -> None:
    defaults = Timeouts()
    assert defaults.connect <= 10 and defaults.total <= 60
    assert max(defaults.read, defaults.write, defaults.pool) <= defaults.total


def test_a_silent_gateway_gives_an_error_with_default_settings(credentials: MerchantCredentials) -> None:
    """The documented bound is ``Timeouts().total`` (60 s): a query is retried inside it, a create is not
    repeated and says its outcome is unknown. Both run at once, so the test takes one bound, not two."""

    async def both(url: str) -> tuple[object, object]:
        async with AsyncPayerMax(credentials, base_url=url) as payermax:
            return await asyncio.gather(
                payermax.collection.order_query(out_trade_no="ORDER_SILENT_Q"),
                payermax.collection.order_and_pay(hosted_order("ORDER_SILENT_C")),
                return_exceptions=True,
            )

    with silent_server() as (url, connections):
        query_error, create_error = asyncio.run(both(url))
        queries = [r for r in connections.received if b"/orderQuery" in r]
        creates = [r for r in connections.received if b"/orderAndPay" in r]

    assert isinstance(query_error, TimedOutError) and query_error.request_sent
    assert isinstance(query_error.__cause__, httpx.TimeoutException)
    assert len(queries) >= 2 and query_error.attempts == len(queries)  # queries are retried inside the bound

    assert isinstance(create_error, OutcomeUnknownError) and isinstance(create_error, PayerMaxError)
    assert isinstance(create_error.__cause__, httpx.ReadTimeout)
    assert len(creates) == 1 and b"ORDER_SILENT_C" in creates[0]  # sent once, never repeated
    assert create_error.identifiers == {"outTradeNo": "ORDER_SILENT_C"}
    assert create_error.follow_up == "orderQuery"
    assert "orderQuery" in str(create_error) and "ORDER_SILENT_C" in str(create_error)


def test_a_closed_port_gives_a_connection_error_at_once(credentials: MerchantCredentials) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    quick = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.05, wait_jitter=0.01)
    with PayerMax(credentials, base_url=closed, retry=quick) as payermax:
        with pytest.raises(ConnectionFailedError) as query:
            payermax.collection.order_query(out_trade_no="ORDER_1")
        with pytest.raises(ConnectionFailedError) as create:
            payermax.collection.order_and_pay(hosted_order("ORDER_2"))
    for caught in (query, create):
        assert not caught.value.request_sent
        assert isinstance(caught.value.__cause__, httpx.ConnectError)
        assert caught.value.attempts == 3  # nothing left the machine, so even the create was retried
    assert not isinstance(create.value, OutcomeUnknownError)


def test_the_total_bound_holds_while_the_answer_trickles_in(credentials: MerchantCredentials) -> None:
    """Each byte arrives well within the read timeout; only the call's deadline can stop this."""
    body = b'{"code":"APPLY_SUCCESS","msg":"","data":{"outTradeNo":"ORDER_1"}}' * 4
    limits = Timeouts(connect=1.0, read=1.0, write=1.0, pool=1.0, total=1.0)
    with (
        trickling_server(body, pause=0.05) as (url, _),
        PayerMax(credentials, base_url=url, timeout=limits) as payermax,
        pytest.raises(TimedOutError) as caught,
    ):
        payermax.collection.order_query(out_trade_no="ORDER_1", retry=RetryPolicy.never())
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_the_async_client_holds_the_same_bound(credentials: MerchantCredentials) -> None:
    body = b'{"code":"APPLY_SUCCESS","msg":"","data":{"outTradeNo":"ORDER_1"}}' * 4

    async def call(url: str) -> None:
        async with AsyncPayerMax(credentials, base_url=url, timeout=1.0, retry=RetryPolicy.never()) as payermax:
            await payermax.collection.order_query(out_trade_no="ORDER_1")

    with trickling_server(body, pause=0.05) as (url, _), pytest.raises(TimedOutError) as caught:
        asyncio.run(call(url))
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_a_timeout_can_be_set_per_call(credentials: MerchantCredentials) -> None:
    with silent_server() as (url, connections), PayerMax(credentials, base_url=url) as payermax:
        with pytest.raises(TimedOutError):
            payermax.balances.current_balance_query(timeout=0.3, retry=RetryPolicy.never())
        with pytest.raises(OutcomeUnknownError):
            payermax.collection.order_and_pay(hosted_order("ORDER_3"), timeout=Timeouts(read=0.3, total=5))
    assert connections.requests_with_body() == 2


def test_timeouts_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="total"):
        Timeouts(total=0)
    assert Timeouts.coerce(2.5, Timeouts()).total == 2.5 and Timeouts.coerce(2.5, Timeouts()).connect == 2.5

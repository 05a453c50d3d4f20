"""What is retried, and how: every attempt is a freshly stamped and signed request; a create that may have
reached PayerMax is never repeated."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import httpx
import pytest

from payermax_client import PayerMax, RetryPolicy
from payermax_client.models import PaymentStatus
from payermax_signing import (
    DuplicateRequestError,
    GatewayError,
    OutcomeUnknownError,
    RateLimitError,
    UnexpectedResponseError,
)
from payermax_signing.caller import transport_error
from payermax_signing.retry import is_retryable
from tests.support.orders import hosted_order
from tests.support.scripted_gateway import ScriptedGateway, Step, refusal

from .conftest import QUICK_RETRY

ORDER = {"outTradeNo": "ORDER_1", "totalAmount": "19.90", "currency": "USD", "country": "US", "resultMsg": "",
         "status": "SUCCESS"}  # fmt: skip


def _success(data: Mapping[str, object]) -> dict[str, object]:
    return {"code": "APPLY_SUCCESS", "msg": "", "data": data}


@pytest.mark.parametrize(
    "failure",
    ["http-503", refusal("SYSTEM_ERROR", "System is busy, please try again later."), refusal("TOO_MANY_REQUEST")],
)
@pytest.mark.parametrize("failures", [1, 2])
def test_a_query_is_retried_with_a_new_request_time_and_signature(
    gateway: ScriptedGateway, payermax: PayerMax, failure: Step, failures: int
) -> None:
    gateway.script = [failure] * failures
    gateway.answer = _success(ORDER)
    result = payermax.collection.order_query(out_trade_no="ORDER_1")
    assert result.status is PaymentStatus.SUCCESS
    assert len(gateway.received) == failures + 1
    assert all(exchange.signature_ok for exchange in gateway.received)
    times = gateway.request_times
    assert len(set(times)) == len(times)  # every attempt is stamped anew...
    assert [datetime.fromisoformat(t) for t in times] == sorted(datetime.fromisoformat(t) for t in times)
    signatures = {exchange.headers["sign"] for exchange in gateway.received}
    assert len(signatures) == len(times)  # ...and signed anew


def test_attempts_are_bounded(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.answer = "http-503"
    with pytest.raises(UnexpectedResponseError) as caught:
        payermax.collection.order_query(out_trade_no="ORDER_1")
    assert caught.value.http_status == 503
    assert len(gateway.received) == QUICK_RETRY.attempts


def test_retries_can_be_turned_off_per_call(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.script = [refusal("SYSTEM_ERROR")]
    with pytest.raises(GatewayError):
        payermax.collection.order_query(out_trade_no="ORDER_1", retry=RetryPolicy.never())
    assert len(gateway.received) == 1


@pytest.mark.parametrize("failure", ["http-503"])
def test_a_create_that_was_sent_is_not_retried(gateway: ScriptedGateway, payermax: PayerMax, failure: str) -> None:
    gateway.script = [failure]
    gateway.answer = _success({"outTradeNo": "ORDER_NEW", "tradeToken": "T1", "status": "PENDING"})
    with pytest.raises(OutcomeUnknownError) as caught:
        payermax.collection.order_and_pay(hosted_order())
    assert len(gateway.received) == 1
    error = caught.value
    assert error.identifiers == {"outTradeNo": "ORDER_NEW"} and error.follow_up == "orderQuery"
    assert isinstance(error.reason, UnexpectedResponseError)


def test_a_create_refused_as_a_system_error_is_not_repeated(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.script = [refusal("SYSTEM_ERROR", "System is busy, please try again later.")]
    with pytest.raises(GatewayError, match="SYSTEM_ERROR"):
        payermax.collection.order_and_pay(hosted_order())
    assert len(gateway.received) == 1


def test_a_create_refused_unprocessed_for_the_rate_limit_is_retried(
    gateway: ScriptedGateway, payermax: PayerMax
) -> None:
    gateway.script = [refusal("TOO_MANY_REQUEST", "Exceed request limitation, please retry later")]
    gateway.answer = _success({"outTradeNo": "ORDER_NEW", "tradeToken": "T1", "status": "PENDING"})
    assert payermax.collection.order_and_pay(hosted_order()).trade_token == "T1"
    assert len(gateway.received) == 2
    assert gateway.received[0].data == gateway.received[1].data  # the same order, sent again


def test_a_repeated_order_number_is_a_typed_refusal(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.answer = refusal("ORDER_REPEAT", "Duplicate order")
    with pytest.raises(DuplicateRequestError) as caught:
        payermax.collection.order_and_pay(hosted_order())
    assert (caught.value.code, caught.value.operation) == ("ORDER_REPEAT", "orderAndPay")
    assert len(gateway.received) == 1


def test_the_retry_rules() -> None:
    connect = httpx.ConnectError("refused")
    not_sent, sent = transport_error(connect, "refund"), transport_error(httpx.ReadTimeout("slow"), "refund")
    assert is_retryable(not_sent, idempotent=False) and not is_retryable(sent, idempotent=False)
    assert is_retryable(sent, idempotent=True)
    assert is_retryable(RateLimitError("TOO_MANY_REQUEST", ""), idempotent=False)
    assert not is_retryable(GatewayError("SYSTEM_ERROR", ""), idempotent=False)
    assert not is_retryable(DuplicateRequestError("ORDER_REPEAT", ""), idempotent=True)


def test_a_retry_policy_validates_its_numbers() -> None:
    with pytest.raises(ValueError, match="attempts"):
        RetryPolicy(attempts=0)


def test_the_default_policy_retries() -> None:
    assert RetryPolicy().attempts > 1 and RetryPolicy.never().attempts == 1

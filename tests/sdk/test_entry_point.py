"""``PayerMax`` and ``AsyncPayerMax``: built from arguments or the environment, grouped by tag, returning the
typed ``data`` of a successful answer."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from payermax_client import PRODUCTION_BASE_URL, UAT_BASE_URL, AsyncPayerMax, PayerMax
from payermax_client.models import OrderQueryRequest, OrderQueryResult, PaymentStatus, RefundRequest
from payermax_signing import ConfigurationError, MerchantCredentials, SigningKey
from tests.support.scripted_gateway import ScriptedGateway
from tests.support.spec_examples import successful_answers

from .conftest import QUICK_RETRY

PAID = successful_answers("orderQuery")["cardPaymentSucceeded"]


def _environment(credentials: MerchantCredentials, merchant_key: SigningKey, **extra: str) -> dict[str, str]:
    return {
        "PAYERMAX_APP_ID": credentials.app_id,
        "PAYERMAX_MERCHANT_NO": str(credentials.merchant_no),
        "PAYERMAX_MERCHANT_PRIVATE_KEY": merchant_key.to_base64(),
        "PAYERMAX_PLATFORM_PUBLIC_KEY": credentials.platform_key.to_base64(),
        **extra,
    }


def test_a_query_returns_the_typed_data(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.answer = PAID
    order = payermax.collection.order_query(out_trade_no=PAID["data"]["outTradeNo"])
    assert isinstance(order, OrderQueryResult)
    assert order.status is PaymentStatus.SUCCESS
    assert isinstance(order.total_amount, Decimal) and order.total_amount == Decimal(str(PAID["data"]["totalAmount"]))
    envelope = gateway.received[-1].envelope
    assert envelope["data"] == {"outTradeNo": PAID["data"]["outTradeNo"]}
    assert (envelope["version"], envelope["appId"]) == ("1.5", "3b242b56a8b64274bcc37dac281120e3")
    assert "spMerchantNo" not in envelope and "merchant_auth_token" not in gateway.received[-1].headers


def test_the_request_model_and_keyword_fields_send_the_same_data(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.answer = PAID
    number = PAID["data"]["outTradeNo"]
    payermax.collection.order_query(OrderQueryRequest(out_trade_no=number))
    payermax.collection.order_query(out_trade_no=number)
    assert gateway.received[0].data == gateway.received[1].data
    with pytest.raises(TypeError, match="not both"):
        payermax.collection.order_query(OrderQueryRequest(out_trade_no=number), out_trade_no=number)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        payermax.collection.refund(out_refund_no="R1")  # type: ignore[call-overload]  # required fields missing
    assert len(gateway.received) == 2


def test_amounts_leave_as_exact_decimals(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    accepted = successful_answers("refund")["accepted"]
    gateway.answer = {**accepted, "data": {**accepted["data"], "outRefundNo": "R1"}}
    payermax.collection.refund(
        RefundRequest(out_refund_no="R1", refund_amount=Decimal("0.1") + Decimal("0.2"), refund_currency="USD")
    )
    assert b'"refundAmount":"0.3"' in gateway.received[-1].body


def test_the_async_twin(gateway: ScriptedGateway, credentials: MerchantCredentials, gateway_url: str) -> None:
    gateway.answer = PAID

    async def call() -> OrderQueryResult:
        async with AsyncPayerMax(credentials, base_url=gateway_url, retry=QUICK_RETRY) as payermax:
            return await payermax.collection.order_query(out_trade_no=PAID["data"]["outTradeNo"])

    assert asyncio.run(call()).status is PaymentStatus.SUCCESS
    assert gateway.received[-1].signature_ok


def test_settings_come_from_the_environment(
    gateway: ScriptedGateway, gateway_url: str, credentials: MerchantCredentials, merchant_key: SigningKey
) -> None:
    gateway.answer = PAID
    environ = _environment(credentials, merchant_key, PAYERMAX_BASE_URL=gateway_url)
    with PayerMax(environ=environ) as payermax:
        assert payermax.settings.base_url == gateway_url
        assert payermax.collection.order_query(out_trade_no=PAID["data"]["outTradeNo"]).status is PaymentStatus.SUCCESS
    assert gateway.received[-1].envelope["merchantNo"] == credentials.merchant_no


def test_arguments_win_over_the_environment(credentials: MerchantCredentials, merchant_key: SigningKey) -> None:
    environ = _environment(credentials, merchant_key, PAYERMAX_ENVIRONMENT="production")
    with PayerMax(environ=environ) as production:
        assert production.settings.base_url == PRODUCTION_BASE_URL
    with PayerMax(environ=environ, environment="uat", merchant_no="OTHER") as uat:
        assert uat.settings.base_url == UAT_BASE_URL
        assert uat.settings.credentials.merchant_no == "OTHER"
    with PayerMax(
        app_id="app",
        merchant_private_key=merchant_key.to_pem(),
        platform_public_key=credentials.platform_key.to_base64(),
        base_url="http://127.0.0.1:9",
        environ={},
    ) as pieces:
        assert pieces.settings.credentials.app_id == "app" and pieces.settings.credentials.merchant_no is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "PAYERMAX_BASE_URL or PAYERMAX_ENVIRONMENT"),
        ({"environment": "staging"}, "unknown PayerMax environment"),
        ({"base_url": "http://127.0.0.1:9", "app_id": "x"}, "either credentials or its pieces"),
        ({"base_url": "http://127.0.0.1:9", "httpx_args": {"auth": None}}, "httpx_args may not set auth"),
    ],
)
def test_a_misconfigured_client_refuses_to_start(
    credentials: MerchantCredentials, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        PayerMax(credentials, environ={}, **options)  # type: ignore[arg-type]


def test_missing_credentials_are_named(credentials: MerchantCredentials) -> None:
    with pytest.raises(ConfigurationError, match="PAYERMAX_APP_ID"):
        PayerMax(environ={"PAYERMAX_ENVIRONMENT": "uat"})


def test_closing_and_reprs(credentials: MerchantCredentials, merchant_key: SigningKey) -> None:
    with PayerMax(credentials, environment="uat") as payermax:
        text = repr(payermax) + repr(payermax.settings)
        assert "020213827212251" in text
        assert merchant_key.to_base64()[:40] not in text and "PRIVATE" not in text
    assert payermax._http.is_closed

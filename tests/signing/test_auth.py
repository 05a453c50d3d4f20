"""PayerMaxAuth with the generated client over a real local HTTP server: the call names only its business
data; the plugin frames, stamps and signs the exact bytes, and refuses unsigned or tampered answers."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from payermax_client import Client
from payermax_client.api.bill_payment import order_confirm
from payermax_client.api.collection import refund, refund_query
from payermax_client.api.risk import add_or_del_risk_name_list
from payermax_client.models import (
    AddOrDelRiskNameListRequest,
    AddOrDelRiskNameListRequestNameType,
    AddOrDelRiskNameListRequestOperateType,
    BillPaymentConfirmation,
    OrderConfirmRequest,
    RefundQueryRequest,
    RefundRequest,
    RefundStatus,
    RiskListEntry,
    RiskListType,
)
from payermax_emulator.local_server import serve
from payermax_emulator.openapi import bundled_spec
from payermax_signing import (
    DuplicateRequestError,
    InvalidSignatureError,
    MerchantCredentials,
    MissingSignatureError,
    PayerMaxAuth,
    SigningKey,
    UnexpectedResponseError,
)
from tests.support.signed_gateway import SignedGateway

REFUND_ANSWER = {
    "code": "APPLY_SUCCESS",
    "msg": "",
    "data": {
        "outRefundNo": "R1",
        "refundTradeNo": "20220117091657TI790000055087",
        "refundAmount": 10000.50,
        "refundCurrency": "IDR",
        "outTradeNo": "P1",
        "status": "REFUND_SUCCESS",
        "refundFinishTime": "2023-10-20T03:28:23.092Z",
    },
}


@pytest.fixture
def gateway(credentials: MerchantCredentials, platform_key: SigningKey) -> SignedGateway:
    return SignedGateway(merchant_public_key=credentials.merchant_key.verifying_key, platform_key=platform_key)


@pytest.fixture
def base_url(gateway: SignedGateway) -> Iterator[str]:
    with serve(gateway.app()) as url:
        yield url


def _client(base_url: str, auth: PayerMaxAuth) -> Client:
    return Client(base_url=base_url, httpx_args={"auth": auth}, raise_on_unexpected_status=True)


def test_signed_round_trip_with_typed_models(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = REFUND_ANSWER
    client = _client(base_url, PayerMaxAuth(credentials))
    answer = refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))
    assert answer is not None and answer.data
    assert answer.data.status is RefundStatus.REFUND_SUCCESS
    assert answer.data.refund_amount == Decimal("10000.50") and isinstance(answer.data.refund_amount, Decimal)

    sent = gateway.requests[-1]
    assert sent.path == "/refundQuery" and sent.signature_ok
    envelope = json.loads(sent.body)
    assert envelope["version"] == "1.5" and envelope["keyVersion"] == "1"
    assert envelope["appId"] == credentials.app_id and envelope["merchantNo"] == credentials.merchant_no
    assert envelope["data"] == {"outRefundNo": "R1"}
    stamped = datetime.fromisoformat(envelope["requestTime"])
    assert abs(stamped - datetime.now(UTC)) < timedelta(seconds=30)
    assert len(envelope["requestTime"]) == len("2022-01-17T08:04:13.879+00:00")


def test_amounts_are_sent_as_exact_decimal_strings(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = {"code": "APPLY_SUCCESS", "msg": "", "data": {
        "outRefundNo": "R2", "tradeOrderNo": "T", "refundTradeNo": "RT", "status": "REFUND_PENDING"}}  # fmt: skip
    client = _client(base_url, PayerMaxAuth(credentials))
    body = RefundRequest(
        out_refund_no="R2", refund_amount=Decimal("0.1") + Decimal("0.2"), refund_currency="USD", out_trade_no="P1"
    )
    answer = refund.sync(client=client, body=body)
    assert answer is not None and answer.data and answer.data.status is RefundStatus.REFUND_PENDING
    assert b'"refundAmount":"0.3"' in gateway.requests[-1].body


def test_an_envelope_that_names_the_app_merchant_app_id_gets_it(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = {"code": "APPLY_SUCCESS", "msg": "", "data": {"requestId": "RISK1"}}
    client = _client(base_url, PayerMaxAuth(credentials))
    body = AddOrDelRiskNameListRequest(
        name_type=AddOrDelRiskNameListRequestNameType.BLACK,
        remark="",
        operate_type=AddOrDelRiskNameListRequestOperateType.ADD,
        request_id="RISK1",
        name_list=[RiskListEntry(key=RiskListType.NEG0002, value="user001")],
    )
    answer = add_or_del_risk_name_list.sync(client=client, body=body)
    assert answer is not None and answer.data and answer.data.request_id == "RISK1"
    envelope = json.loads(gateway.requests[-1].body)
    assert envelope["merchantAppId"] == credentials.app_id and "appId" not in envelope
    assert envelope["version"] == "1.0" and gateway.requests[-1].signature_ok
    schema = "#/components/schemas/AddOrDelRiskNameListRequestEnvelope"
    assert not list(bundled_spec().validator(schema).iter_errors(envelope))


def test_the_bill_payment_confirmation_uses_the_same_merchant_app_id_envelope(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = {"code": "APPLY_SUCCESS", "msg": "", "data": {"referenceNo": "PMX1", "tradeToken": "T1"}}
    client = _client(base_url, PayerMaxAuth(credentials))
    body = OrderConfirmRequest(
        trade_token="T1",
        reference_no="PMX1",
        amount=Decimal("1250.00"),
        currency="PHP",
        confirmation=BillPaymentConfirmation.Y,
        failure_reason="",
    )
    answer = order_confirm.sync(client=client, body=body)
    assert answer is not None and answer.data and answer.data.reference_no == "PMX1"
    envelope = json.loads(gateway.requests[-1].body)
    assert envelope["merchantAppId"] == credentials.app_id and "appId" not in envelope
    assert envelope["version"] == "1.0" and gateway.requests[-1].signature_ok
    schema = "#/components/schemas/OrderConfirmRequestEnvelope"
    assert not list(bundled_spec().validator(schema).iter_errors(envelope))


def test_every_attempt_gets_a_fresh_request_time(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = REFUND_ANSWER
    ticks = iter([datetime(2026, 1, 1, 0, 0, 0, 123000, tzinfo=UTC), datetime(2026, 1, 1, 0, 0, 5, tzinfo=UTC)])
    client = _client(base_url, PayerMaxAuth(credentials, clock=lambda: next(ticks)))
    for _ in range(2):
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))
    times = [json.loads(r.body)["requestTime"] for r in gateway.requests[-2:]]
    assert times == ["2026-01-01T00:00:00.123+00:00", "2026-01-01T00:00:05.000+00:00"]


def test_async_client_is_signed_and_verified_too(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = REFUND_ANSWER

    async def call() -> object:
        async with _client(base_url, PayerMaxAuth(credentials)) as client:
            answer = await refund_query.asyncio(client=client, body=RefundQueryRequest(out_refund_no="R1"))
            return answer.data.status if answer and answer.data else None

    assert asyncio.run(call()) is RefundStatus.REFUND_SUCCESS
    assert gateway.requests[-1].signature_ok


def test_refusal_becomes_a_typed_error_with_code_and_msg(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = {"code": "ORDER_REPEAT", "msg": "Duplicate order"}
    client = _client(base_url, PayerMaxAuth(credentials))
    with pytest.raises(DuplicateRequestError) as caught:
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))
    assert (caught.value.code, caught.value.msg, caught.value.operation) == (
        "ORDER_REPEAT",
        "Duplicate order",
        "refundQuery",
    )


def test_refusal_can_be_returned_instead(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = {"code": "ORDER_NOT_EXIST", "msg": "The order does not exist."}
    client = _client(base_url, PayerMaxAuth(credentials, raise_on_error=False))
    answer = refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R404"))
    assert answer is not None and answer.code == "ORDER_NOT_EXIST" and not answer.data


@pytest.mark.parametrize(
    ("mode", "error"),
    [("unsigned", MissingSignatureError), ("tampered", InvalidSignatureError), ("wrong-key", InvalidSignatureError)],
)
def test_untrustworthy_answers_are_refused(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials, mode: str, error: type[Exception]
) -> None:
    gateway.answer = REFUND_ANSWER
    gateway.mode = mode
    client = _client(base_url, PayerMaxAuth(credentials, raise_on_error=False))
    with pytest.raises(error):
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))


def test_error_answers_are_verified_too(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    """The official SDKs only verify successes; a forged refusal must not pass either."""
    gateway.answer = {"code": "ORDER_NOT_EXIST", "msg": "forged"}
    gateway.mode = "wrong-key"
    client = _client(base_url, PayerMaxAuth(credentials))
    with pytest.raises(InvalidSignatureError):
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))


def test_proxy_error_page_is_reported_as_such(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    gateway.mode = "http-502"
    client = _client(base_url, PayerMaxAuth(credentials))
    with pytest.raises(UnexpectedResponseError) as caught:
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no="R1"))
    assert caught.value.http_status == 502 and caught.value.retryable


def test_a_wrong_merchant_key_is_refused_by_the_gateway(
    gateway: SignedGateway, base_url: str, credentials: MerchantCredentials
) -> None:
    from payermax_signing import AuthenticationError, generate_key_pair

    other = MerchantCredentials(
        app_id=credentials.app_id,
        merchant_no=credentials.merchant_no,
        merchant_key=generate_key_pair(),
        platform_key=credentials.platform_key,
    )
    with pytest.raises(AuthenticationError, match="SIGN_VERIFY_FAILED"):
        refund_query.sync(client=_client(base_url, PayerMaxAuth(other)), body=RefundQueryRequest(out_refund_no="R1"))
    assert not gateway.requests[-1].signature_ok

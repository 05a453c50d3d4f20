"""The gateway's checks, in PayerMax's order, over real HTTP: signature, merchant, clock, schema. Every
answer, refusals included, is signed with the platform key."""

from __future__ import annotations

import concurrent.futures
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.api.collection import order_and_pay, order_query, refund
from payermax_client.models import OrderQueryRequest, RefundRequest
from payermax_signing import (
    DuplicateRequestError,
    InvalidRequestError,
    NotFoundError,
    build_envelope,
    generate_key_pair,
)
from payermax_signing.credentials import MerchantCredentials
from payermax_signing.protocol import SIGN_HEADER
from tests.support.builders import hosted_order
from tests.support.gateway import Gateway, raw_call

QUERY = {"outTradeNo": "NOPE"}


def test_missing_signature_is_refused(gateway: Gateway) -> None:
    body = build_envelope(json.dumps(QUERY).encode(), version="1.5", credentials=gateway.credentials)
    response = httpx.post(f"{gateway.emulator.settings.gateway_url}/orderQuery", content=body)
    assert response.json()["code"] == "SIGN_VERIFY_FAILED"
    assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])


def test_signature_by_another_key_is_refused(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderQuery", QUERY, signer=generate_key_pair())
    assert answer["code"] == "SIGN_VERIFY_FAILED"


def test_body_changed_after_signing_is_refused(gateway: Gateway) -> None:
    creds = gateway.credentials
    body = build_envelope(json.dumps(QUERY).encode(), version="1.5", credentials=creds)
    headers = {"content-type": "application/json", SIGN_HEADER: creds.merchant_key.sign(body)}
    tampered = body.replace(b"NOPE", b"NOPF")
    response = httpx.post(f"{gateway.emulator.settings.gateway_url}/orderQuery", content=tampered, headers=headers)
    assert response.json()["code"] == "SIGN_VERIFY_FAILED"


def test_unknown_app_is_refused(gateway: Gateway) -> None:
    stranger = MerchantCredentials(
        app_id="0" * 32,
        merchant_no="P0000",
        merchant_key=generate_key_pair(),
        platform_key=gateway.credentials.platform_key,
    )
    answer = raw_call(gateway, "orderQuery", QUERY, credentials=stranger)
    assert answer == {"code": "MERCHANT_APP_INVALID", "msg": "Signature key is not configured."}


def test_merchant_number_of_another_merchant_is_refused(gateway: Gateway) -> None:
    creds = gateway.credentials
    other = MerchantCredentials(
        app_id=creds.app_id,
        merchant_no="SOMEONE_ELSE",
        merchant_key=creds.merchant_key,
        platform_key=creds.platform_key,
    )
    assert raw_call(gateway, "orderQuery", QUERY, credentials=other)["code"] == "MERCHANT_INVALID"


@pytest.mark.parametrize("skew", [timedelta(minutes=-3), timedelta(minutes=3)])
def test_stale_or_future_request_time_is_refused(gateway: Gateway, skew: timedelta) -> None:
    answer = raw_call(gateway, "orderQuery", QUERY, now=datetime.now(UTC) + skew)
    assert answer["code"] == "REQ_TIME_OVER_TIME"


def test_request_time_within_two_minutes_is_accepted(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderQuery", QUERY, now=datetime.now(UTC) - timedelta(seconds=100))
    assert answer["code"] == "ORDER_NOT_EXIST"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "data.outTradeNo is invalid,because data.outTradeNo is null."),
        ({"outTradeNo": "X" * 65}, "data.outTradeNo length must be between 1 and 64"),
        ({"outTradeNo": 42}, "data.outTradeNo must be string , but your input is number"),
    ],
)
def test_schema_violations_name_the_field(gateway: Gateway, data: dict[str, Any], message: str) -> None:
    answer = raw_call(gateway, "orderQuery", data)
    assert answer["code"] == "PARAMS_INVALID"
    assert message in answer["msg"]


def test_violation_inside_a_variant_names_the_nested_field(gateway: Gateway) -> None:
    order = hosted_order("BAD_CURRENCY").to_dict()
    order["currency"] = "usd"
    order["goodsDetails"] = [{"goodsId": "G1", "goodsName": "Tee", "quantity": "1"}]
    answer = raw_call(gateway, "orderAndPay", order)
    assert answer["code"] == "PARAMS_INVALID"
    assert answer["msg"] == "data.goodsDetails[0].price is invalid,because data.goodsDetails[0].price is null."


def test_envelope_members_are_validated_too(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderQuery", QUERY, mutate=lambda b: b.replace(b'"keyVersion":"1"', b'"keyVersion":1'))
    assert answer["code"] == "PARAMS_INVALID"
    assert "keyVersion must be string" in answer["msg"]


def test_give_one_of_two_rule_is_explained(gateway: Gateway) -> None:
    answer = raw_call(gateway, "refund", {"outRefundNo": "R1", "refundAmount": "1", "refundCurrency": "USD"})
    assert answer["code"] == "PARAMS_INVALID"
    assert "data.outTradeNo or data.tradeToken" in answer["msg"]


def test_card_numbers_are_never_echoed(gateway: Gateway) -> None:
    order = hosted_order("CARD_ECHO").to_dict()
    order.update(integrate="Direct_Payment", country="US", terminalType="WEB")
    order["paymentDetail"] = {
        "paymentMethodType": "CARD",
        "cardInfo": {"cardIdentifierNo": "4111111111111111999999", "cvv": "123"},
        "buyerInfo": {"clientIp": "203.0.113.9", "userAgent": "UA"},
    }
    answer = raw_call(gateway, "orderAndPay", order)
    assert answer["code"] == "PARAMS_INVALID"
    assert "cardIdentifierNo length must be between" in answer["msg"]
    assert "4111111111111111" not in answer["msg"]


def test_unknown_operation_is_refused_and_signed(gateway: Gateway) -> None:
    assert raw_call(gateway, "teleport", {})["code"] == "API_NOT_EXIST"


def test_not_json_is_refused(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderQuery", QUERY, mutate=lambda b: b[:-2])
    assert answer["code"] == "PARAMS_INVALID"


def test_duplicate_order_is_refused_case_insensitively(gateway: Gateway) -> None:
    client = gateway.client()
    first = order_and_pay.sync(client=client, body=hosted_order("ORDER_dup_1"))
    assert first is not None
    assert first.data
    with pytest.raises(DuplicateRequestError) as caught:
        order_and_pay.sync(client=client, body=hosted_order("order_DUP_1"))
    assert caught.value.code == "ORDER_REPEAT"


def test_concurrent_duplicates_create_exactly_one_order(gateway: Gateway) -> None:
    client = gateway.client(raise_on_error=False)

    def place(_: int) -> str:
        answer = order_and_pay.sync(client=client, body=hosted_order("RACE_1"))
        assert answer is not None
        return answer.code

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(place, range(16)))
    assert codes.count("APPLY_SUCCESS") == 1
    assert codes.count("ORDER_REPEAT") == 15
    rows = gateway.emulator.db.read("SELECT COUNT(*) AS n FROM orders WHERE out_trade_no_key = 'RACE_1'")
    assert rows[0]["n"] == 1


def test_unknown_order_is_refused(gateway: Gateway) -> None:
    with pytest.raises(NotFoundError) as caught:
        order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no="NEVER_PLACED"))
    assert caught.value.code == "ORDER_NOT_EXIST"


def test_business_rule_refusal_is_typed(gateway: Gateway) -> None:
    client = gateway.client()
    order_and_pay.sync(client=client, body=hosted_order("UNPAID_1"))
    with pytest.raises(InvalidRequestError, match="only successful payments can be refunded"):
        refund.sync(
            client=client,
            body=RefundRequest(
                out_refund_no="RF_1", refund_amount=Decimal("1"), refund_currency="USD", out_trade_no="UNPAID_1"
            ),
        )

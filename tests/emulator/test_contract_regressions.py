"""Cases the contract suite (schemathesis) found, each fixed at its source, kept as regression tests."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx

from payermax_client import json_codec
from payermax_emulator.http.validation import RequestValidator
from payermax_signing import build_envelope
from payermax_signing.protocol import SIGN_HEADER
from tests.support.gateway import Gateway, raw_call

CARD = {"cardIdentifierNo": "4111111111111111", "cardExpirationMonth": "12", "cardExpirationYear": "39"}
BUYER = {"clientIp": "203.0.113.7", "userAgent": "UA"}


def direct_card_order(out_trade_no: str, card_info: Any) -> dict[str, Any]:
    return {
        "outTradeNo": out_trade_no, "integrate": "Direct_Payment", "subject": "S", "totalAmount": "10.00",
        "currency": "USD", "country": "US", "userId": "u", "terminalType": "WEB",
        "frontCallbackUrl": "https://shop.example.com/r",
        "paymentDetail": {"paymentMethodType": "CARD", "cardInfo": card_info, "buyerInfo": BUYER},
    }  # fmt: skip


def test_envelope_without_data_is_refused(gateway: Gateway) -> None:
    """Found as 'Missing request body': the suite used to send `"data":{}` instead of no data."""
    body = build_envelope(None, version="1.3", credentials=gateway.credentials)
    headers = {"content-type": "application/json", SIGN_HEADER: gateway.credentials.merchant_key.sign(body)}
    answer = httpx.post(f"{gateway.emulator.settings.gateway_url}/currentBalanceQuery", content=body, headers=headers)
    assert answer.json() == {"code": "PARAMS_INVALID", "msg": "data is invalid,because data is null."}


def test_integral_number_written_with_a_fraction_is_an_integer(gateway: Gateway) -> None:
    """`pageSize: 96.0` is a JSON Schema integer; decoded as Decimal it was refused."""
    data = {"queryBeginTime": "2026-01-01 00:00:00", "queryEndTime": "2026-01-01 12:00:00",
            "pageSize": Decimal("96.0"), "currentPageIndex": Decimal("1.0")}  # fmt: skip
    answer = raw_call(gateway, "paymentOrderBatchQry", json.loads(json.dumps(data, default=float)))
    assert answer["code"] == "APPLY_SUCCESS", answer


def test_card_payment_without_card_is_a_schema_violation(gateway: Gateway) -> None:
    """The rule 'cardInfo is required for CARD' lived only in the emulator; it is now in the spec."""
    assert RequestValidator(gateway.emulator.spec).problem(
        "orderAndPay",
        {"version": "1.5", "keyVersion": "1", "requestTime": "2026-01-01T00:00:00.000+00:00", "appId": "a",
         "data": {k: v for k, v in direct_card_order("X", CARD).items() if k != "paymentDetail"}
         | {"paymentDetail": {"paymentMethodType": "CARD", "buyerInfo": BUYER}}},
    ) == "data.paymentDetail.cardInfo is invalid,because data.paymentDetail.cardInfo is null."  # fmt: skip
    token = {"requestId": "R1", "country": "US", "paymentMethodType": "CARD", "userId": "u",
             "frontCallbackUrl": "https://shop.example.com/r", "tokenScope": "tokenAcq", "cardInfo": None}  # fmt: skip
    answer = raw_call(gateway, "applyPaymentToken", token)
    assert answer["code"] == "PARAMS_INVALID"
    assert "data.cardInfo" in answer["msg"]


def test_empty_card_object_is_an_invalid_card_not_a_missing_one(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderAndPay", direct_card_order("EMPTY_CARD", {}))
    assert answer["code"] == "CARD_INVALID"


def test_absurd_amounts_are_schema_violations_not_crashes(gateway: Gateway) -> None:
    """`totalAmount: 1.3e227` used to crash createPaybylink (SYSTEM_ERROR); amounts now have 20 digits at most."""
    order = direct_card_order("HUGE", CARD) | {"totalAmount": Decimal("1.3271094633971236e+227")}
    answer = raw_call(gateway, "orderAndPay", json.loads(json.dumps(order, default=float)))
    assert answer["code"] == "PARAMS_INVALID"
    assert "data.totalAmount is out of range" in answer["msg"]


def test_amounts_are_echoed_as_exact_numbers(gateway: Gateway) -> None:
    """A price of 1E-20 came back as a 22-character decimal string, which the Amount pattern refuses."""
    link = {
        "merchantLinkId": "TINY_PRICE", "linkType": "ONETIME", "country": "US", "currency": "USD",
        "totalAmount": "1.00", "description": "d", "userInfo": {"userId": "u"},
        "goodsDetails": [{"goodsName": "g", "goodsDescription": "d", "quantity": "1", "price": 1e-20,
                          "goodsCurrency": "USD", "showUrl": "https://shop.example.com/g"}],
        "merchantInfo": {"logoUrl": "https://shop.example.com/l.png", "contactEmail": "s@example.com"},
        "notifyUrl": "https://shop.example.com/n",
    }  # fmt: skip
    assert raw_call(gateway, "createPaybylink", link)["code"] == "APPLY_SUCCESS"
    response = httpx.post(
        f"{gateway.emulator.settings.gateway_url}/queryPaybylink",
        content=(
            body := build_envelope(b'{"merchantLinkId":"TINY_PRICE"}', version="1.1", credentials=gateway.credentials)
        ),
        headers={"content-type": "application/json", SIGN_HEADER: gateway.credentials.merchant_key.sign(body)},
    )
    assert b'"price":0.00000000000000000001' in response.content
    answer = json_codec.loads(response.content)
    assert not list(gateway.emulator.spec.schema_validator("QueryPaybylinkResponse").iter_errors(answer))


def test_other_methods_get_a_signed_405(gateway: Gateway) -> None:
    response = httpx.request("TRACE", f"{gateway.emulator.settings.gateway_url}/orderQuery")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])

"""The gateway under hostile and careless input, over real sockets: limits before work (size, encoding,
nesting), codes and URLs checked when the request is made, and never a SYSTEM_ERROR, an unsigned answer, a
traceback or an echo of the card data - the SDK's exceptions included."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from payermax_client.api.collection import order_and_pay
from payermax_client.models import CardDetails, DirectPaymentDetail
from payermax_signing import InvalidRequestError, build_envelope
from payermax_signing.protocol import SIGN_HEADER
from tests.support.builders import direct_order
from tests.support.gateway import Gateway, raw_call

CARD, CVV, HOLDER = "4111111111111111", "987", "JANE SECRETHOLDER"
SECRETS = (CARD, CVV, HOLDER, "411111")


def card_order(**changes: Any) -> dict[str, Any]:
    order = direct_order("HOSTILE_1").to_dict()
    order["paymentDetail"]["cardInfo"].update(cardIdentifierNo=CARD, cvv=CVV, cardHolderFullName=HOLDER)
    order.update(changes)
    return order


def post(gateway: Gateway, operation: str, body: bytes, *, signed: bool = True, **headers: str) -> dict[str, Any]:
    """POST raw bytes (signed with the merchant key unless told otherwise); checks the answer is signed."""
    if signed:
        headers[SIGN_HEADER] = gateway.credentials.merchant_key.sign(body)
    response = httpx.post(f"{gateway.emulator.settings.gateway_url}/{operation}", content=body, headers=headers,
                          timeout=60)  # fmt: skip
    assert response.status_code == 200
    assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])
    answer: dict[str, Any] = response.json()
    assert answer["code"] != "SYSTEM_ERROR", answer
    return answer


def envelope(gateway: Gateway, data: Any) -> bytes:
    return build_envelope(json.dumps(data).encode(), version="1.5", credentials=gateway.credentials)


@pytest.fixture
def emulator_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """The emulator's log lines during the test; afterwards none is an error or carries a secret."""
    caplog.set_level(logging.DEBUG, logger="payermax_emulator")
    yield caplog
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        assert record.levelno < logging.ERROR, text
        assert not any(secret in text for secret in SECRETS), text


def test_an_oversized_body_is_refused_before_it_is_read(gateway: Gateway, emulator_logs: Any) -> None:
    limit = gateway.emulator.settings.max_body_bytes
    big = b'{"data":"' + b"x" * (limit + 1) + b'"}'
    answer = post(gateway, "orderQuery", big, signed=False, **{SIGN_HEADER: "c2lnbmF0dXJl"})
    assert answer == {"code": "PARAMS_INVALID", "msg": f"The request body is larger than {limit} bytes."}

    def chunks() -> Iterator[bytes]:  # no Content-Length: the stream is cut past the limit
        for _ in range(200):
            yield b" " * 65536

    response = httpx.post(f"{gateway.emulator.settings.gateway_url}/orderQuery", content=chunks(),
                          headers={SIGN_HEADER: "c2lnbmF0dXJl"}, timeout=60)  # fmt: skip
    assert response.json()["msg"] == f"The request body is larger than {limit} bytes."
    assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])


def test_an_unsigned_body_is_refused_without_being_read(gateway: Gateway) -> None:
    answer = post(gateway, "orderQuery", b"x" * (5 * 1024 * 1024), signed=False)
    assert answer["code"] == "SIGN_VERIFY_FAILED"


def test_deep_nesting_is_refused_before_parsing(gateway: Gateway, emulator_logs: Any) -> None:
    deep = b'{"data":' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    answer = post(gateway, "orderQuery", deep)
    limit = gateway.emulator.settings.max_json_depth
    assert answer == {"code": "PARAMS_INVALID", "msg": f"The request body nests deeper than {limit} levels."}


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_only_utf8_without_bom_is_accepted(gateway: Gateway, emulator_logs: Any, encoding: str) -> None:
    body = envelope(gateway, {"outTradeNo": "NOPE"}).decode("utf-8").encode(encoding)
    answer = post(gateway, "orderQuery", body)
    assert answer["code"] == "PARAMS_INVALID"
    assert answer["msg"].startswith("The request body must be UTF-8 JSON")


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"1" * 5000])
def test_numbers_that_are_not_json_or_too_long_are_refused(
    gateway: Gateway, emulator_logs: Any, constant: bytes
) -> None:
    body = envelope(gateway, card_order(totalAmount="__AMOUNT__")).replace(b'"__AMOUNT__"', constant)
    answer = post(gateway, "orderAndPay", body)
    assert answer["code"] == "PARAMS_INVALID", answer


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"currency": "XXX"}, "CURRENCY_INVALID"),
        ({"currency": "ZZZ"}, "CURRENCY_INVALID"),
        ({"country": "ZZ"}, "COUNTRY_INVALID"),
        ({"notifyUrl": "https://shop.example.com/notify\r\nX-Injected: 1"}, "PARAMS_INVALID"),
        ({"notifyUrl": "http://[::1/x"}, "PARAMS_INVALID"),
        ({"notifyUrl": "https:///no-host"}, "PARAMS_INVALID"),
        ({"notifyUrl": "https://shop.example.com/a b"}, "PARAMS_INVALID"),
        ({"currency": "JPY"}, "AMOUNT_INVALID"),  # 74.99: JPY amounts have no decimals
        ({"totalAmount": "74.99999"}, "AMOUNT_INVALID"),  # orders take at most four
    ],
)
def test_codes_urls_and_decimals_are_checked_when_the_order_is_placed(
    gateway: Gateway, emulator_logs: Any, changes: dict[str, Any], code: str
) -> None:
    answer = raw_call(gateway, "orderAndPay", card_order(**changes))
    assert answer["code"] == code, answer
    assert not any(secret in answer["msg"] for secret in SECRETS)
    assert not gateway.emulator.db.read("SELECT 1 FROM orders"), "refused, yet an order was created"


@pytest.mark.parametrize(
    "changes",
    [
        {"expireTime": "9" * 5000},
        {
            "paymentDetail": {
                **card_order()["paymentDetail"],
                "cardInfo": {**card_order()["paymentDetail"]["cardInfo"], "cardIdentifierNo": "411111111111111٣"},
            }
        },
        {
            "paymentDetail": {
                **card_order()["paymentDetail"],
                "cardInfo": {**card_order()["paymentDetail"]["cardInfo"], "cardExpirationMonth": "²"},
            }
        },
    ],
    ids=["5000-digit-expireTime", "arabic-indic-digit-in-card", "superscript-month"],
)
def test_odd_digits_get_a_business_answer(gateway: Gateway, emulator_logs: Any, changes: dict[str, Any]) -> None:
    answer = raw_call(gateway, "orderAndPay", card_order(**changes))
    assert answer["code"] != "SYSTEM_ERROR"
    assert not any(secret in answer.get("msg", "") for secret in SECRETS)


@pytest.mark.parametrize("field", ["outTradeNo", "totalAmount"])
def test_no_card_data_in_answers_sdk_exceptions_or_logs(gateway: Gateway, emulator_logs: Any, field: str) -> None:
    """Where the two validators disagree (a trailing newline), the refusal used to echo all of ``data``."""
    value = "74.99\n" if field == "totalAmount" else "HOSTILE_1\n"
    body = card_order(**{field: value})
    answer = raw_call(gateway, "orderAndPay", body)
    assert answer == {"code": "PARAMS_INVALID", "msg": f"data.{field} is invalid, its format is not accepted."}
    model = direct_order("HOSTILE_1\n")  # through the SDK: the trailing newline in outTradeNo
    detail = model.payment_detail
    assert isinstance(detail, DirectPaymentDetail)  # not the Drop-in detail
    card = detail.card_info
    assert isinstance(card, CardDetails)
    card.cvv, card.card_holder_full_name = CVV, HOLDER
    with pytest.raises(InvalidRequestError) as caught:
        order_and_pay.sync(client=gateway.client(), body=model)
    shown = str(caught.value) + repr(caught.value) + str(caught.value.args)
    assert "PARAMS_INVALID" in shown
    assert not any(secret in shown for secret in SECRETS), shown
    assert caught.value.body is not None  # still there for whoever asks for it

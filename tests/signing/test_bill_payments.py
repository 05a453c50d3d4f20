"""The bill-payment helpers: the validation call verified on the raw bytes before it is parsed, replies that
match the spec (exact amounts), the notification told apart from others and from other apps, and the
Starlette endpoint answering every case over a real socket."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from payermax_client.models import BillPaymentConfirmation, BillPaymentValidationRequest
from payermax_emulator.local_server import serve
from payermax_emulator.openapi import bundled_spec
from payermax_signing import (
    InvalidSignatureError,
    MalformedNotificationError,
    MissingSignatureError,
    NotificationReceiver,
    SigningKey,
    VerifyingKey,
    generate_key_pair,
)
from payermax_signing.bill_payments import (
    BillPaymentReceiver,
    booking_reply,
    order_confirm_request,
    validation_reply,
)
from payermax_signing.protocol import ACKNOWLEDGEMENT, SIGN_HEADER, dumps, format_time, loads
from payermax_signing.webhooks.starlette import bill_payment_validation_endpoint

APP_ID = "3b242b56a8b64274bcc37dac281120e3"
CALL = b'{"referenceNo":"PMX01LN20240117","amount":1250.10,"currency":"PHP"}'


def notification(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "code": "APPLY_SUCCESS",
        "msg": "Success.",
        "keyVersion": "1",
        "merchantAppId": APP_ID,
        "merchantNo": "020213827212251",
        "notifyTime": format_time(),
        "notifyType": "REPAYMENT_RECEIPT",
        "data": {
            "tradeToken": "T2024022710590844120006000203",
            "outTradeNo": "BP2024022710590800017",
            "referenceNo": "PMX01LN20240117",
            "payStatus": "PAY_SUCCESS",
            "totalAmount": Decimal("1250.10"),
            "currency": "PHP",
            "completeTime": "2024-02-27T10:58:51.185Z",
            "payerMobileNumber": "639171234567",
            "paymentDetails": [{"paymentMethodType": "BILL_PAYMENT", "targetOrg": "GCASH"}],
        },
    }
    payload.update(changes)
    return payload


def problems(component: str, body: bytes) -> list[str]:
    validator = bundled_spec().schema_validator(component)
    return [error.message for error in validator.iter_errors(loads(body))]


@pytest.fixture
def receiver(platform_public_key: VerifyingKey) -> BillPaymentReceiver:
    return BillPaymentReceiver(platform_public_key, app_id=APP_ID)


def test_the_validation_call_is_verified_then_parsed(receiver: BillPaymentReceiver, platform_key: SigningKey) -> None:
    call = receiver.validation(CALL, platform_key.sign(CALL))
    assert (call.reference_no, call.amount, call.currency) == ("PMX01LN20240117", Decimal("1250.10"), "PHP")
    with pytest.raises(MissingSignatureError):
        receiver.validation(CALL, None)
    with pytest.raises(InvalidSignatureError):
        receiver.validation(CALL.replace(b"1250.10", b"1.10"), platform_key.sign(CALL))
    with pytest.raises(InvalidSignatureError):
        receiver.validation(CALL, generate_key_pair().sign(CALL))
    for body in (b"not json", b"[1]", b'{"referenceNo":"X"}'):
        with pytest.raises(MalformedNotificationError):
            receiver.validation(body, platform_key.sign(body))


def test_validation_replies_match_the_spec_and_keep_amounts_exact(receiver: BillPaymentReceiver) -> None:
    call = BillPaymentValidationRequest(reference_no="PMX01LN20240117", amount=Decimal("1250.10"), currency="PHP")
    yes = validation_reply(call, confirm=True, min_amount=Decimal("100.00"), max_amount=Decimal("5000.10"))
    assert problems("BillPaymentValidationReply", yes) == []
    decoded = json.loads(yes)
    assert (decoded["code"], decoded["data"]["confirmation"], decoded["data"]["maxAmount"]) == (
        "SUCCESS",
        "Y",
        "5000.10",
    )
    assert "failureReason" not in decoded["data"]
    no = validation_reply(call, confirm=False, failure_reason="Contract already repaid in full")
    assert problems("BillPaymentValidationReply", no) == []
    assert json.loads(no)["data"]["failureReason"] == "Contract already repaid in full"
    with pytest.raises(ValueError, match="failure_reason"):
        validation_reply(call, confirm=False)
    with pytest.raises(ValueError, match="min_amount and max_amount"):
        validation_reply(call, confirm=True, min_amount=Decimal(1))
    with pytest.raises(ValueError, match="above"):
        validation_reply(call, confirm=True, min_amount=Decimal(10), max_amount=Decimal(1))
    with pytest.raises(ValueError, match="255"):
        validation_reply(call, confirm=False, failure_reason="x" * 256)


def test_booking_replies_and_order_confirm(receiver: BillPaymentReceiver, platform_key: SigningKey) -> None:
    body = dumps(notification())
    paid = receiver.notification(body, platform_key.sign(body))
    assert paid.data.total_amount == Decimal("1250.10")
    assert booking_reply() == ACKNOWLEDGEMENT
    booked = booking_reply(paid, confirm=True)
    assert problems("BillPaymentNotificationReply", booked) == []
    assert json.loads(booked)["data"] == {
        "referenceNo": "PMX01LN20240117",
        "tradeToken": "T2024022710590844120006000203",
        "amount": "1250.10",
        "currency": "PHP",
        "confirmation": "Y",
        "failureReason": "",
    }
    refused = booking_reply(paid, confirm=False, failure_reason="Account closed")
    assert problems("BillPaymentNotificationReply", refused) == []
    with pytest.raises(ValueError, match="needs the notification"):
        booking_reply(confirm=True)
    request = order_confirm_request(paid, confirm=True)
    assert (request.confirmation, request.failure_reason, request.amount) == (
        BillPaymentConfirmation.Y,
        "",
        Decimal("1250.10"),
    )
    assert problems("OrderConfirmRequest", dumps(request.to_dict())) == []


def test_other_notifications_and_other_apps_are_refused(
    receiver: BillPaymentReceiver, platform_key: SigningKey
) -> None:
    other_app = dumps(notification(merchantAppId="another-app"))
    with pytest.raises(MalformedNotificationError, match="another appId"):
        receiver.notification(other_app, platform_key.sign(other_app))
    refund = dumps({**notification(notifyType="REFUND"), "data": {"outRefundNo": "R1"}})
    with pytest.raises(MalformedNotificationError):
        receiver.notification(refund, platform_key.sign(refund))
    body = dumps(notification())
    with receiver.receive(body, platform_key.sign(body)) as paid:
        assert paid.data.trade_token == "T2024022710590844120006000203"


def test_the_starlette_endpoint_answers_every_case(platform_public_key: VerifyingKey, platform_key: SigningKey) -> None:
    receiver = BillPaymentReceiver(platform_public_key, notifications=NotificationReceiver(platform_public_key))

    def decide(call: BillPaymentValidationRequest) -> bytes:
        if call.reference_no == "BOOM":
            raise RuntimeError("the merchant's code failed")
        return validation_reply(call, confirm=True, min_amount=Decimal("1"), max_amount=Decimal("9999"))

    app = Starlette(
        routes=[
            Route("/validate", bill_payment_validation_endpoint(receiver, decide, max_body_bytes=512), methods=["POST"])
        ]
    )

    def post(url: str, body: bytes, sign: str | None) -> httpx.Response:
        headers = {"content-type": "application/json", **({SIGN_HEADER: sign} if sign else {})}
        return httpx.post(f"{url}/validate", content=body, headers=headers, timeout=30)

    boom = b'{"referenceNo":"BOOM","amount":1,"currency":"PHP"}'
    with serve(app) as url:
        answered = post(url, CALL, platform_key.sign(CALL))
        assert answered.status_code == 200
        assert json.loads(answered.content)["data"]["confirmation"] == "Y"
        assert post(url, CALL, None).status_code == 401
        assert post(url, CALL.replace(b"PHP", b"USD"), platform_key.sign(CALL)).status_code == 401
        assert post(url, b"[]", platform_key.sign(b"[]")).status_code == 400
        assert post(url, boom, platform_key.sign(boom)).status_code == 500
        big = b" " * 600 + CALL
        assert post(url, big, platform_key.sign(big)).status_code == 413

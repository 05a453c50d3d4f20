"""The generated conventions hold for pre-authorisation, Drop-in, subscriptions and risk lists: exact money,
tolerant enums (unknown values, PayerMax's lower-case spellings), canonical spellings sent, hidden secrets,
one typed model per notification even where two share a `notifyType`."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from payermax_client import json_codec
from payermax_client.models import (
    AuthorizationNotification,
    BuyerInfo,
    CaptureRequest,
    CaptureResponse,
    CaptureStatus,
    ConfirmPaymentDetail,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    DisputeNotification,
    DropinPaymentDetail,
    EnvInfo,
    EnvInfoOsType,
    EnvInfoTerminalType,
    FraudNotification,
    HostedCheckoutOrderRequest,
    PayByLinkStatus,
    PaymentNotification,
    SubscriptionAmount,
    SubscriptionPaymentNotification,
    SubscriptionQueryResponse,
    SubscriptionStatus,
)
from payermax_client.models.apply_ddc_request import ApplyDDCRequest
from payermax_client.models.apply_ddc_request_payment_method_type import ApplyDDCRequestPaymentMethodType
from payermax_client.notifications import NOTIFICATION_VARIANTS, parse_notification
from payermax_emulator.openapi import SpecDocument


def _parse(text: str) -> Any:
    return json_codec.loads(text.encode())


def _notification_example(spec: SpecDocument, component: str, index: int = 0) -> dict[str, Any]:
    example = spec.pointer(f"#/components/schemas/{component}")["examples"][index]
    parsed: dict[str, Any] = json_codec.loads(json.dumps(example).encode())
    return parsed


def test_capture_amounts_are_decimals_both_ways(spec: SpecDocument) -> None:
    body = CaptureRequest(
        request_id="CAP1", out_trade_no="ORDER_1", currency="USD", amount=Decimal("79.99") + Decimal("0.01")
    ).to_dict()
    assert body["amount"] == "80.00"
    assert not list(spec.schema_validator("CaptureRequest").iter_errors(body))
    answer = CaptureResponse.from_dict(
        _parse(
            '{"code":"APPLY_SUCCESS","msg":"","data":{"captureNo":"C1","requestId":"CAP1","outTradeNo":"ORDER_1",'
            '"amount":80.10,"currency":"USD","status":"SUCCESS","isFinal":true,"createdTime":"2024-11-06T03:56:13 +0000",'
            '"succeededTime":null,"errorCode":null}}'
        )
    )
    assert answer.data
    assert answer.data.amount == Decimal("80.10") and isinstance(answer.data.amount, Decimal)
    assert answer.data.status is CaptureStatus.SUCCESS
    assert answer.data.is_final is True


def test_subscription_periods_keep_exact_amounts_and_unknown_states() -> None:
    answer = SubscriptionQueryResponse.from_dict(
        _parse(
            '{"code":"APPLY_SUCCESS","msg":"","data":{"subscriptionRequestId":"P1","merchantNo":"M1","userId":"u1",'
            '"subscriptionPlan":{"subscriptionNo":"SUB1","subscriptionStatus":"PAUSED"},'
            '"subscriptionPaymentDetails":[{"subscriptionIndex":0,"paymentStatus":"SUCCESS",'
            '"payAmount":{"amount":128.39,"currency":"USD"}}]}}'
        )
    )
    assert answer.data
    status = answer.data.subscription_plan.subscription_status
    assert isinstance(status, SubscriptionStatus) and status == "PAUSED" and not status.is_known
    periods = answer.data.subscription_payment_details
    assert isinstance(periods, list)
    amount = periods[0].pay_amount
    assert isinstance(amount, SubscriptionAmount)
    assert amount.amount == Decimal("128.39") and isinstance(amount.amount, Decimal)


def test_lower_case_spellings_read_as_their_canonical_members() -> None:
    assert PayByLinkStatus("active") is PayByLinkStatus.ACTIVE
    assert EnvInfoTerminalType("app") is EnvInfoTerminalType.APP and EnvInfoTerminalType("app").is_known
    assert EnvInfo.from_dict({"terminalType": "app", "osType": "ios"}).os_type is EnvInfoOsType.IOS
    # the generated enums list only the canonical values: the SDK never sends an alias
    assert [member.value for member in EnvInfoTerminalType] == ["APP", "WAP", "WEB"]
    assert [member.value for member in PayByLinkStatus] == ["ACTIVE", "EXPIRED"]


def test_orders_send_the_canonical_callback_spelling(spec: SpecDocument) -> None:
    order = HostedCheckoutOrderRequest(
        out_trade_no="ORDER_2",
        subject="Deposit",
        total_amount=Decimal("100"),
        currency="USD",
        user_id="u2",
        front_callback_url="https://merchant.example.com/done",
    )
    data = order.to_dict()
    assert data["frontCallbackUrl"] == "https://merchant.example.com/done" and "frontCallbackURL" not in data
    assert not hasattr(order, "front_callback_u_r_l")
    assert not list(spec.schema_validator("OrderAndPayRequest").iter_errors(data))
    # PayerMax's other spelling is accepted by the spec (the emulator takes it), never produced by the SDK
    data["frontCallbackURL"] = data.pop("frontCallbackUrl")
    assert not list(spec.schema_validator("OrderAndPayRequest").iter_errors(data))
    del data["frontCallbackURL"]
    assert list(spec.schema_validator("OrderAndPayRequest").iter_errors(data))


def test_dropin_orders_carry_the_component_token(spec: SpecDocument) -> None:
    order = DirectPaymentOrderRequest(
        out_trade_no="DROPIN_1",
        subject="Magazine",
        total_amount=Decimal("77.44"),
        currency="HKD",
        country="HK",
        user_id="reader-1",
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url="https://merchant.example.com/done",
        payment_detail=DropinPaymentDetail(
            payment_token="332e4cc1af1740aeafe9e7df82aeb5a1",
            session_key="86409e2c04b44536a484caa5ce3ce0e9",
            buyer_info=BuyerInfo(client_ip="59.82.59.92", user_agent="Mozilla/5.0"),
        ),
    )
    data = order.to_dict()
    assert data["paymentDetail"]["paymentToken"] == "332e4cc1af1740aeafe9e7df82aeb5a1"
    assert not list(spec.schema_validator("OrderAndPayRequest").iter_errors(data))
    assert isinstance(DirectPaymentOrderRequest.from_dict(data).payment_detail, DropinPaymentDetail)
    data["paymentDetail"] = {
        "paymentMethodType": "WALLET",
        "targetOrg": "GOPAY",
        "buyerInfo": data["paymentDetail"]["buyerInfo"],
    }
    assert isinstance(DirectPaymentOrderRequest.from_dict(data).payment_detail, DirectPaymentDetail)


def test_card_numbers_and_one_time_codes_stay_out_of_reprs() -> None:
    ddc = ApplyDDCRequest(
        payment_method_type=ApplyDDCRequestPaymentMethodType.CARD,
        payment_amount=Decimal("10"),
        payment_currency="USD",
        user_id="u3",
        card_identifier_no="4000000000002701",
    )
    code = ConfirmPaymentDetail(verification_code="99888")
    text = repr(ddc) + repr(code)
    assert "4000000000002701" not in text and "99888" not in text


def test_notifications_sharing_a_notify_type_get_their_own_models(spec: SpecDocument) -> None:
    assert set(NOTIFICATION_VARIANTS) == {"PAYMENT", "FRAUD"}
    authorisation = parse_notification(_notification_example(spec, "AuthorizationNotification"))
    assert isinstance(authorisation, AuthorizationNotification)
    assert authorisation.data.capture_mode == "MANUAL"
    assert isinstance(parse_notification(_notification_example(spec, "PaymentNotification")), PaymentNotification)
    fraud = parse_notification(_notification_example(spec, "FraudNotification"))
    assert isinstance(fraud, FraudNotification)
    assert fraud.data.trade_amount == Decimal("30.5900") and isinstance(fraud.data.trade_amount, Decimal)
    dispute = _notification_example(spec, "DisputeNotification")
    dispute["notifyType"] = "FRAUD"
    assert isinstance(parse_notification(dispute), DisputeNotification)


def test_subscription_payment_notification_is_typed(spec: SpecDocument) -> None:
    failed = parse_notification(_notification_example(spec, "SubscriptionPaymentNotification", 1))
    assert isinstance(failed, SubscriptionPaymentNotification)
    detail = failed.data.subscription_payment_detail
    assert detail.payment_status == "FAILED" and detail.last_payment_info.error_code == "BALANCE_INSUFFICIENT"
    assert detail.pay_amount.amount == Decimal("12.99")

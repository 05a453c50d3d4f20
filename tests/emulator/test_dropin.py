"""The Drop-in component and the Direct-API helpers through the emulator, over real sockets: a session, the
component's one-time token, the order paid with it (sale, 3-D Secure, stored card, authorisation); applyDDC and
the order that carries its session; an OTP payment confirmed with confirmPayment."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from payermax_client.api.auth_capture import capture
from payermax_client.api.collection import apply_ddc, confirm_payment, order_and_pay, order_query
from payermax_client.api.dropin import apply_dropin_session
from payermax_client.models import (
    ApplyDDCRequest,
    ApplyDDCRequestPaymentMethodType,
    ApplyDDCResult,
    ApplyDropinSessionRequest,
    ApplyDropinSessionResult,
    AuthorizationNotification,
    CaptureMode,
    CaptureRequest,
    CaptureResult,
    ConfirmPaymentDetail,
    ConfirmPaymentRequest,
    ConfirmPaymentResult,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DropinComponent,
    MitType,
    OrderAndPayResult,
    OrderQueryRequest,
    OrderQueryResult,
    PaymentNotification,
)
from tests.support.builders import direct_order, dropin_order, hosted_order
from tests.support.flows import data_of, received, refused
from tests.support.gateway import Gateway, component_token, press

USER = "dropin-buyer"
CHALLENGE = {"cardIdentifierNo": "4000000000003220", "cardExpirationMonth": "12", "cardExpirationYear": "39"}


def session(gateway: Gateway, **options: Any) -> ApplyDropinSessionResult:
    body = ApplyDropinSessionRequest(currency="USD", country="US", user_id=USER, **options)
    return data_of(apply_dropin_session.sync(client=gateway.client(), body=body), ApplyDropinSessionResult)


def pay(gateway: Gateway, order: DirectPaymentOrderRequest) -> OrderAndPayResult:
    return data_of(order_and_pay.sync(client=gateway.client(), body=order), OrderAndPayResult)


def test_dropin_session_then_order_pays_with_the_components_one_time_token(gateway: Gateway) -> None:
    opened = session(gateway, total_amount=Decimal("42.00"), component_list=[DropinComponent.CARD])
    assert opened.session_key and opened.client_key.startswith("ck_")
    token = component_token(gateway, opened)
    paid = pay(gateway, dropin_order("DROPIN_1", token, opened.session_key))
    assert paid.status == "SUCCESS" and not paid.redirect_url
    note = received(gateway, PaymentNotification, out_trade_no="DROPIN_1")[0]
    assert note.data.status == "SUCCESS"
    assert isinstance(note.data.payment_details, list)
    assert [detail.payment_method_type for detail in note.data.payment_details] == ["CARD"]

    refused(lambda: order_and_pay.sync(client=gateway.client(), body=dropin_order("DROPIN_2", token,
                                                                                   opened.session_key)),
            "PARAMS_INVALID")  # fmt: skip
    other = session(gateway)
    fresh = component_token(gateway, opened)
    wrong_session = refused(lambda: pay(gateway, dropin_order("DROPIN_3", fresh, other.session_key)), "PARAMS_INVALID")
    assert "sessionKey" in wrong_session.msg
    stranger = refused(lambda: pay(gateway, dropin_order("DROPIN_4", fresh, opened.session_key, user_id="other")),
                       "PARAMS_INVALID")  # fmt: skip
    assert "userId" in stranger.msg
    refused(lambda: pay(gateway, dropin_order("DROPIN_5", fresh, opened.session_key, currency="EUR")),
            "CURRENCY_INVALID")  # fmt: skip
    response = httpx.post(f"{gateway.url}/dropin/payment-token", json={"clientKey": opened.client_key,
                          "sessionKey": opened.session_key, "component": "APPLEPAY"})  # fmt: skip
    assert response.status_code == 400 and "component" in response.json()["msg"]


def test_dropin_card_with_3ds_and_a_stored_card(gateway: Gateway) -> None:
    opened = session(gateway, token_for_future_use=True)
    challenged = pay(gateway, dropin_order("DROPIN_3DS", component_token(gateway, opened, cardInfo=CHALLENGE),
                                           opened.session_key))  # fmt: skip
    assert challenged.status == "PENDING" and isinstance(challenged.redirect_url, str)
    assert press(challenged.redirect_url, "authenticate").status_code == 303
    assert received(gateway, PaymentNotification, out_trade_no="DROPIN_3DS")[0].data.status == "SUCCESS"

    no_agreement = component_token(gateway, opened)
    refused(lambda: pay(gateway, dropin_order("DROPIN_SAVE_1", no_agreement, opened.session_key,
                                              token_for_future_use=True)), "PARAMS_INVALID")  # fmt: skip
    agreed = component_token(gateway, opened, agreementAccepted=True)
    pay(gateway, dropin_order("DROPIN_SAVE_2", agreed, opened.session_key, token_for_future_use=True))
    query = data_of(order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no="DROPIN_SAVE_2")),
                    OrderQueryResult)  # fmt: skip
    assert query.status == "SUCCESS" and isinstance(query.payment_details, list)
    assert query.payment_details[0].payment_token_id
    wallet = session(gateway, component_list=[DropinComponent.APPLEPAY])
    paid = pay(gateway, dropin_order("DROPIN_APPLE", component_token(gateway, wallet, "APPLEPAY"), wallet.session_key))
    assert paid.status == "SUCCESS"


def test_an_auth_capture_session_makes_its_order_an_authorisation(gateway: Gateway) -> None:
    opened = session(gateway, capture_mode=CaptureMode.MANUAL)
    paid = pay(gateway, dropin_order("DROPIN_AUTH", component_token(gateway, opened), opened.session_key))
    assert paid.status == "SUCCESS"
    note = received(gateway, AuthorizationNotification, out_trade_no="DROPIN_AUTH")[0]
    assert note.data.capture_mode == CaptureMode.MANUAL
    body = CaptureRequest(request_id="DROPIN_CAP", out_trade_no="DROPIN_AUTH", currency="USD", amount=Decimal("42.00"))
    assert data_of(capture.sync(client=gateway.client(), body=body), CaptureResult).status == "SUCCESS"


def test_a_session_amount_of_zero_needs_a_mit_type(gateway: Gateway) -> None:
    body = ApplyDropinSessionRequest(currency="USD", country="US", user_id=USER, total_amount=Decimal(0))
    refused(lambda: apply_dropin_session.sync(client=gateway.client(), body=body), "AMOUNT_INVALID")
    assert session(gateway, total_amount=Decimal(0), mit_type=MitType.SCHEDULED).session_key


def test_a_hosted_order_keeps_its_ddc_session(gateway: Gateway) -> None:
    """A placing check amends the order's document while it is placed: the stored order has the amendment
    although nothing saves it again before the payer pays."""
    request = ApplyDDCRequest(payment_method_type=ApplyDDCRequestPaymentMethodType.CARD,
                              payment_amount=Decimal("10.00"), payment_currency="USD", user_id="customer-42",
                              card_identifier_no="4111111111111111")  # fmt: skip
    ddc = data_of(apply_ddc.sync(client=gateway.client(), body=request), ApplyDDCResult)
    order = hosted_order("DDC_HOSTED")
    order.additional_properties["ddcSessionId"] = ddc.ddc_session_id
    placed = data_of(order_and_pay.sync(client=gateway.client(), body=order), OrderAndPayResult)
    assert placed.status == "PENDING"
    stored = gateway.emulator.collection.by_token(str(placed.trade_token))
    assert stored is not None and stored.doc["ddcSessionId"] == ddc.ddc_session_id


def test_apply_ddc_then_the_order_carries_its_session(gateway: Gateway) -> None:
    client = gateway.client()
    request = ApplyDDCRequest(payment_method_type=ApplyDDCRequestPaymentMethodType.CARD,
                              payment_amount=Decimal("74.99"), payment_currency="USD", user_id="customer-42",
                              card_identifier_no="4111111111111111")  # fmt: skip
    ddc = data_of(apply_ddc.sync(client=client, body=request), ApplyDDCResult)
    assert isinstance(ddc.ddc_session_id, str) and isinstance(ddc.ddc_url, str)
    assert httpx.get(ddc.ddc_url).status_code == 200
    order = direct_order("DDC_1")
    order.additional_properties["ddcSessionId"] = ddc.ddc_session_id
    assert pay(gateway, order).status == "SUCCESS"
    inside = direct_order("DDC_2", ddcSessionId=ddc.ddc_session_id)
    assert pay(gateway, inside).status == "SUCCESS"
    unknown = direct_order("DDC_3", ddcSessionId="DDC_NOT_ISSUED")
    assert "paymentDetail.ddcSessionId" in refused(lambda: pay(gateway, unknown), "PARAMS_INVALID").msg
    other_user = direct_order("DDC_4")
    other_user.user_id = "someone-else"
    other_user.additional_properties["ddcSessionId"] = ddc.ddc_session_id
    refused(lambda: pay(gateway, other_user), "PARAMS_INVALID")
    bad_card = ApplyDDCRequest(payment_method_type=ApplyDDCRequestPaymentMethodType.CARD,
                               payment_amount=Decimal("1"), payment_currency="USD", user_id="customer-42",
                               card_identifier_no="4111111111111112")  # fmt: skip
    refused(lambda: apply_ddc.sync(client=client, body=bad_card), "CARD_INVALID")
    google = ApplyDDCRequest(payment_method_type=ApplyDDCRequestPaymentMethodType.GOOGLEPAY,
                             payment_amount=Decimal("1"), payment_currency="USD", user_id="customer-42",
                             card_identifier_no="4111111111111111")  # fmt: skip
    assert not data_of(apply_ddc.sync(client=client, body=google), ApplyDDCResult).ddc_session_id


def otp_order(out_trade_no: str, subject: str = "Prepaid card") -> DirectPaymentOrderRequest:
    order = direct_order(out_trade_no, card=None)
    order.subject = subject
    order.currency, order.country = "SAR", "SA"
    order.payment_detail = DirectPaymentDetail.from_dict(
        {"paymentMethodType": "WALLET", "targetOrg": "STCPAY",
         "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"}}
    )  # fmt: skip
    return order


def confirm(gateway: Gateway, out_trade_no: str, code: str) -> ConfirmPaymentResult:
    body = ConfirmPaymentRequest(out_trade_no=out_trade_no, payment_detail=ConfirmPaymentDetail(verification_code=code))
    return data_of(confirm_payment.sync(client=gateway.client(), body=body), ConfirmPaymentResult)


def test_an_otp_payment_waits_for_its_code(gateway: Gateway) -> None:
    placed = pay(gateway, otp_order("OTP_1"))
    assert placed.status == "PENDING" and not placed.redirect_url
    wrong = refused(lambda: confirm(gateway, "OTP_1", "000000"), "OTP_VERIFY_FAILED")
    assert "000000" not in wrong.msg
    confirmed = confirm(gateway, "OTP_1", "123456")
    assert (confirmed.status, confirmed.trade_token) == ("SUCCESS", placed.trade_token)
    assert received(gateway, PaymentNotification, out_trade_no="OTP_1")[0].data.status == "SUCCESS"
    refused(lambda: confirm(gateway, "OTP_1", "123456"), "ORDER_CLOSED")

    pay(gateway, otp_order("OTP_2"))
    for _ in range(2):
        refused(lambda: confirm(gateway, "OTP_2", "000000"), "OTP_VERIFY_FAILED")
    refused(lambda: confirm(gateway, "OTP_2", "000000"), "OTP_VERIFY_LIMIT")
    assert received(gateway, PaymentNotification, out_trade_no="OTP_2")[0].data.status == "FAILED"

    pay(gateway, otp_order("OTP_3", subject="FAILED"))
    assert confirm(gateway, "OTP_3", "123456").status == "FAILED"
    pay(gateway, otp_order("OTP_4", subject="PENDING"))
    assert confirm(gateway, "OTP_4", "123456").status == "PENDING"
    card = pay(gateway, direct_order("OTP_CARD", card="4000000000003220"))
    assert card.status == "PENDING"
    assert "one-time code" in refused(lambda: confirm(gateway, "OTP_CARD", "123456"), "PARAMS_INVALID").msg
    refused(lambda: confirm(gateway, "OTP_NONE", "123456"), "ORDER_NOT_EXIST")

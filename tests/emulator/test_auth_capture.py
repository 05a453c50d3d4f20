"""Pre-authorisation through the emulator, over real sockets with the generated client: an authorisation holds
the money (nothing is credited), a capture takes all or part of it once, a cancel releases it, the hold lapses
after 7 days on the emulator clock, refunds are bounded by the captured amount - with the authorisation,
capture, cancel and refund notifications as the merchant endpoint receives and verifies them."""

from __future__ import annotations

from decimal import Decimal

from payermax_client.api.auth_capture import cancel, capture
from payermax_client.api.collection import order_and_pay, order_query, refund
from payermax_client.models import (
    AuthorizationNotification,
    CancelNotification,
    CancelRequest,
    CancelResult,
    CaptureMode,
    CaptureNotification,
    CaptureRequest,
    CaptureResult,
    HostedCheckoutOrderRequest,
    OrderAndPayResult,
    OrderQueryRequest,
    OrderQueryResult,
    RefundNotification,
    RefundRequest,
    RefundResult,
)
from tests.support.accounts import ACQ, balances
from tests.support.builders import authorisation, card_order, hosted_order
from tests.support.flows import advance, data_of, received, refused
from tests.support.gateway import Gateway, press

DECLINED = "4000000000000002"
WEEK = 7 * 24 * 3600


def authorised(gateway: Gateway, out_trade_no: str, amount: str = "100.00") -> OrderAndPayResult:
    answer = data_of(order_and_pay.sync(client=gateway.client(), body=authorisation(out_trade_no, amount)),
                     OrderAndPayResult)  # fmt: skip
    assert answer.status == "SUCCESS"
    return answer


def capture_of(out_trade_no: str, amount: str, request_id: str, currency: str = "USD") -> CaptureRequest:
    return CaptureRequest(request_id=request_id, out_trade_no=out_trade_no, currency=currency, amount=Decimal(amount))


def refund_of(out_trade_no: str, out_refund_no: str, amount: str) -> RefundRequest:
    return RefundRequest(out_refund_no=out_refund_no, refund_amount=Decimal(amount), refund_currency="USD",
                         out_trade_no=out_trade_no)  # fmt: skip


def acquiring(gateway: Gateway) -> Decimal:
    return balances(gateway.client()).get((ACQ, "USD"), Decimal(0))


def test_authorise_then_capture_part_then_refund_within_the_captured_amount(gateway: Gateway) -> None:
    client = gateway.client()
    order = authorised(gateway, "AUTH_CAPTURE_1")
    note = received(gateway, AuthorizationNotification, out_trade_no="AUTH_CAPTURE_1")[0]
    assert note.data.status == "SUCCESS" and note.data.capture_mode == CaptureMode.MANUAL
    assert note.data.authorization_type == "FINAL_AUTH"
    assert acquiring(gateway) == 0, "an authorisation only holds the money"
    query = data_of(order_query.sync(client=client, body=OrderQueryRequest(out_trade_no="AUTH_CAPTURE_1")),
                    OrderQueryResult)  # fmt: skip
    assert query.status == "SUCCESS" and query.capture_mode == CaptureMode.MANUAL
    assert gateway.control("GET", "/authorizations/AUTH_CAPTURE_1")["status"] == "AUTHORIZED"

    uncaptured = refund_of("AUTH_CAPTURE_1", "AUTH_REFUND_0", "10.00")
    assert "not captured" in refused(lambda: refund.sync(client=client, body=uncaptured), "PARAMS_INVALID").msg

    result = data_of(capture.sync(client=client, body=capture_of("AUTH_CAPTURE_1", "80.00", "CAP_1")), CaptureResult)
    assert (result.status, result.amount, result.out_trade_no, result.is_final) == ("SUCCESS", Decimal("80.00"),
                                                                                    "AUTH_CAPTURE_1", True)  # fmt: skip
    captured = received(gateway, CaptureNotification, capture_no=result.capture_no)[0]
    assert captured.notify_type == "CAPTURE" and captured.data.status == "SUCCESS"
    assert captured.data.amount == Decimal("80.00")
    assert acquiring(gateway) == Decimal("80.00"), "only the captured amount is credited"
    hold = gateway.control("GET", f"/authorizations/{order.trade_token}")
    assert hold["status"] == "CAPTURED" and Decimal(hold["capturedAmount"]) == Decimal("80.00")

    again = capture_of("AUTH_CAPTURE_1", "10.00", "CAP_2")
    assert "CAPTURED" in refused(lambda: capture.sync(client=client, body=again), "ORDER_CLOSED").msg
    void = CancelRequest(request_id="CXL_1", out_trade_no="AUTH_CAPTURE_1")
    refused(lambda: cancel.sync(client=client, body=void), "ORDER_CLOSED")

    too_much = refund_of("AUTH_CAPTURE_1", "AUTH_REFUND_1", "80.01")
    refused(lambda: refund.sync(client=client, body=too_much), "AMOUNT_INVALID")
    within = refund_of("AUTH_CAPTURE_1", "AUTH_REFUND_2", "30.00")
    answer = data_of(refund.sync(client=client, body=within), RefundResult)
    gateway.control("POST", f"/refunds/{answer.refund_trade_no}/settle", {"status": "REFUND_SUCCESS"})
    refunded = received(gateway, RefundNotification, out_refund_no="AUTH_REFUND_2")[0]
    assert refunded.data.status == "REFUND_SUCCESS"
    assert acquiring(gateway) == Decimal("50.00")


def test_authorise_then_cancel_releases_the_hold(gateway: Gateway) -> None:
    client = gateway.client()
    authorised(gateway, "AUTH_CANCEL_1")
    result = data_of(cancel.sync(client=client, body=CancelRequest(request_id="CXL_1", out_trade_no="AUTH_CANCEL_1")),
                     CancelResult)  # fmt: skip
    assert result.status == "SUCCESS" and result.cancel_no
    note = received(gateway, CancelNotification, cancel_no=result.cancel_no)[0]
    assert note.notify_type == "CANCEL" and note.data.out_trade_no == "AUTH_CANCEL_1"
    assert gateway.control("GET", "/authorizations/AUTH_CANCEL_1")["status"] == "CANCELLED"

    late = capture_of("AUTH_CANCEL_1", "1.00", "CAP_1")
    assert "CANCELLED" in refused(lambda: capture.sync(client=client, body=late), "ORDER_CLOSED").msg
    twice = CancelRequest(request_id="CXL_2", out_trade_no="AUTH_CANCEL_1")
    refused(lambda: cancel.sync(client=client, body=twice), "ORDER_CLOSED")
    attempt = refund_of("AUTH_CANCEL_1", "AUTH_CANCEL_REFUND", "1.00")
    refused(lambda: refund.sync(client=client, body=attempt), "PARAMS_INVALID")
    assert acquiring(gateway) == 0


def test_an_uncaptured_authorisation_lapses_after_seven_days_on_the_emulator_clock(gateway: Gateway) -> None:
    client = gateway.client()
    authorised(gateway, "AUTH_LAPSE_1")
    advance(gateway, WEEK - 60)
    assert gateway.control("GET", "/authorizations/AUTH_LAPSE_1")["status"] == "AUTHORIZED"
    advance(gateway, 120)
    gateway.wait_for(lambda: gateway.control("GET", "/authorizations/AUTH_LAPSE_1")["status"] == "EXPIRED")
    late = capture_of("AUTH_LAPSE_1", "100.00", "CAP_1")
    refused(lambda: capture.sync(client=client, body=late), "AUTH_EXPIRED")
    void = CancelRequest(request_id="CXL_1", out_trade_no="AUTH_LAPSE_1")
    refused(lambda: cancel.sync(client=client, body=void), "AUTH_EXPIRED")
    assert acquiring(gateway) == 0


def test_refused_captures_name_their_rule(gateway: Gateway) -> None:
    client = gateway.client()
    authorised(gateway, "AUTH_RULES_1", "50.00")
    over = refused(lambda: capture.sync(client=client, body=capture_of("AUTH_RULES_1", "50.01", "CAP_1")),
                   "AMOUNT_INVALID")  # fmt: skip
    assert "authorised amount" in over.msg and "50.01" not in over.msg
    other = capture_of("AUTH_RULES_1", "10.00", "CAP_2", currency="EUR")
    refused(lambda: capture.sync(client=client, body=other), "CURRENCY_INVALID")
    refused(lambda: capture.sync(client=client, body=capture_of("NO_SUCH_ORDER", "1.00", "CAP_3")), "ORDER_NOT_EXIST")
    data_of(order_and_pay.sync(client=client, body=card_order("AUTH_RULES_SALE", "20.00")), OrderAndPayResult)
    sale = refused(lambda: capture.sync(client=client, body=capture_of("AUTH_RULES_SALE", "1.00", "CAP_4")),
                   "AUTH_FAILED")  # fmt: skip
    assert "no authorisation" in sale.msg
    declined = data_of(order_and_pay.sync(client=client, body=authorisation("AUTH_RULES_DECLINED", card=DECLINED)),
                       OrderAndPayResult)  # fmt: skip
    assert declined.status == "FAILED"
    failed = received(gateway, AuthorizationNotification, out_trade_no="AUTH_RULES_DECLINED")[0]
    assert failed.data.status == "FAILED" and failed.code == "ISSUER_PAYMENT_REJECTED"
    refused(lambda: capture.sync(client=client, body=capture_of("AUTH_RULES_DECLINED", "1.00", "CAP_5")),
            "AUTH_FAILED")  # fmt: skip
    data_of(capture.sync(client=client, body=capture_of("AUTH_RULES_1", "50.00", "CAP_6")), CaptureResult)
    authorised(gateway, "AUTH_RULES_2", "50.00")
    repeated = capture_of("AUTH_RULES_2", "5.00", "CAP_6")
    refused(lambda: capture.sync(client=client, body=repeated), "ORDER_REPEAT")


def test_a_declined_capture_leaves_the_authorisation_to_capture_again(gateway: Gateway) -> None:
    client = gateway.client()
    authorised(gateway, "AUTH_DECLINE_1")
    gateway.control("POST", "/authorizations/AUTH_DECLINE_1/decline-next", {"code": "PAYMENT_REJECTED"})
    first = data_of(capture.sync(client=client, body=capture_of("AUTH_DECLINE_1", "100.00", "CAP_1")), CaptureResult)
    assert first.status == "FAILED" and first.error_code == "PAYMENT_REJECTED" and first.failed_time
    note = received(gateway, CaptureNotification, capture_no=first.capture_no)[0]
    assert note.data.status == "FAILED" and note.code == "PAYMENT_REJECTED"
    assert gateway.control("GET", "/authorizations/AUTH_DECLINE_1")["status"] == "AUTHORIZED"
    assert acquiring(gateway) == 0
    second = data_of(capture.sync(client=client, body=capture_of("AUTH_DECLINE_1", "100.00", "CAP_2")), CaptureResult)
    assert second.status == "SUCCESS" and acquiring(gateway) == Decimal("100.00")


def test_a_hosted_authorisation_is_paid_on_the_cashier_and_captured_in_full(gateway: Gateway) -> None:
    client = gateway.client()
    order: HostedCheckoutOrderRequest = hosted_order("AUTH_HOSTED_1", "35.00")
    order.capture_mode = CaptureMode.MANUAL
    placed = data_of(order_and_pay.sync(client=client, body=order), OrderAndPayResult)
    assert placed.status == "PENDING" and isinstance(placed.redirect_url, str)
    assert press(placed.redirect_url, "pay").status_code == 303
    note = received(gateway, AuthorizationNotification, out_trade_no="AUTH_HOSTED_1")[0]
    assert note.data.status == "SUCCESS"
    assert acquiring(gateway) == 0
    result = data_of(capture.sync(client=client, body=capture_of("AUTH_HOSTED_1", "35.00", "CAP_1")), CaptureResult)
    assert result.status == "SUCCESS" and acquiring(gateway) == Decimal("35.00")

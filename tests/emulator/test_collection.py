"""Orders and refunds through the emulator: cashier page, test cards, 3-D Secure, expiry, refunds with
refundable-amount accounting - each with its signed notification, verified by the merchant endpoint."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.api.collection import order_and_pay, order_query, refund, refund_query
from payermax_client.models import (
    DirectPaymentDetail,
    OrderQueryRequest,
    PaymentNotification,
    PaymentStatus,
    RefundNotification,
    RefundQueryRequest,
    RefundRequest,
    RefundStatus,
)
from payermax_signing import ApiError, InsufficientBalanceError, InvalidRequestError, OrderStateError
from payermax_signing.errors import PaymentRejectedError
from tests.support.builders import direct_order, hosted_order
from tests.support.gateway import Gateway, press


def status_of(gateway: Gateway, out_trade_no: str) -> PaymentStatus:
    answer = order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no=out_trade_no))
    assert answer is not None
    assert answer.data
    status = answer.data.status
    assert isinstance(status, PaymentStatus)
    return status


def payment_notification(gateway: Gateway, out_trade_no: str) -> PaymentNotification:
    def found() -> PaymentNotification | None:
        for notification in gateway.notifications("PAYMENT"):
            if isinstance(notification, PaymentNotification) and notification.data.out_trade_no == out_trade_no:
                return notification
        return None

    result: PaymentNotification = gateway.wait_for(found)
    return result


def test_hosted_checkout_paid_on_the_cashier_page(gateway: Gateway) -> None:
    answer = order_and_pay.sync(client=gateway.client(), body=hosted_order("HOSTED_1", "39.90"))
    assert answer is not None
    assert answer.data
    assert answer.data.status is PaymentStatus.PENDING
    assert answer.data.redirect_url
    assert answer.data.redirect_url.startswith(gateway.url + "/cashier/")

    response = press(answer.data.redirect_url, "pay")
    assert response.status_code == 303
    assert response.headers["location"] == "https://shop.example.com/return"

    notification = payment_notification(gateway, "HOSTED_1")
    assert notification.data.status == "SUCCESS"
    assert notification.data.total_amount == Decimal("39.90")
    assert status_of(gateway, "HOSTED_1") is PaymentStatus.SUCCESS
    query = order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no="HOSTED_1"))
    assert query is not None
    assert query.data
    details = query.data.payment_details
    assert details
    assert details[0].card_info
    assert details[0].card_info.card_number == "411111******1111"


def test_hosted_checkout_declined_and_left(gateway: Gateway) -> None:
    client = gateway.client()
    declined = order_and_pay.sync(client=client, body=hosted_order("HOSTED_DECLINE"))
    left = order_and_pay.sync(client=client, body=hosted_order("HOSTED_LEFT"))
    assert declined is not None
    assert declined.data
    assert left is not None
    assert left.data
    press(str(declined.data.redirect_url), "decline")
    press(str(left.data.redirect_url), "leave")
    assert payment_notification(gateway, "HOSTED_DECLINE").code == "PAYMENT_REJECTED"
    assert status_of(gateway, "HOSTED_DECLINE") is PaymentStatus.FAILED
    assert status_of(gateway, "HOSTED_LEFT") is PaymentStatus.PENDING


def test_abandoned_order_closes_when_it_expires(gateway: Gateway) -> None:
    order = hosted_order("EXPIRES_1")
    order.expire_time = "1800"
    order_and_pay.sync(client=gateway.client(), body=order)
    gateway.control("POST", "/clock/advance", {"seconds": 1799})
    assert status_of(gateway, "EXPIRES_1") is PaymentStatus.PENDING
    gateway.control("POST", "/clock/advance", {"seconds": 2})
    notification = payment_notification(gateway, "EXPIRES_1")
    assert notification.data.status == "CLOSED"
    assert (notification.code, notification.msg) == ("PAYMENT_FAILED", "Payment was not completed on time.")
    assert status_of(gateway, "EXPIRES_1") is PaymentStatus.CLOSED


def test_cashier_page_of_a_finished_order_offers_nothing(gateway: Gateway) -> None:
    answer = order_and_pay.sync(client=gateway.client(), body=hosted_order("FINISHED_1"))
    assert answer is not None
    assert answer.data
    press(str(answer.data.redirect_url), "pay")
    page = httpx.get(str(answer.data.redirect_url))
    assert "<form" not in page.text
    assert "SUCCESS" in page.text
    again = httpx.post(str(answer.data.redirect_url), data={"action": "pay"})
    assert again.status_code == 409


@pytest.mark.parametrize(
    ("card", "status", "code"),
    [
        ("4111111111111111", PaymentStatus.SUCCESS, "APPLY_SUCCESS"),
        ("5555555555554444", PaymentStatus.SUCCESS, "APPLY_SUCCESS"),
        ("4000000000000002", PaymentStatus.FAILED, "ISSUER_PAYMENT_REJECTED"),
        ("4000000000009995", PaymentStatus.FAILED, "PAYMENT_REJECTED"),
    ],
)
def test_direct_payment_outcome_follows_the_test_card(
    gateway: Gateway, card: str, status: PaymentStatus, code: str
) -> None:
    answer = order_and_pay.sync(client=gateway.client(), body=direct_order(f"CARD_{card}", card))
    assert answer is not None
    assert answer.data
    assert answer.data.status is status
    assert not answer.data.redirect_url
    assert payment_notification(gateway, f"CARD_{card}").code == code


@pytest.mark.parametrize(("card", "code"), [("4111111111111112", "CARD_INVALID")])
def test_invalid_cards_are_refused_without_creating_an_order(gateway: Gateway, card: str, code: str) -> None:
    with pytest.raises(PaymentRejectedError) as caught:
        order_and_pay.sync(client=gateway.client(), body=direct_order("BAD_CARD_1", card))
    assert caught.value.code == code
    assert not gateway.emulator.db.read("SELECT 1 FROM orders WHERE out_trade_no = 'BAD_CARD_1'")


def test_expired_card_is_refused(gateway: Gateway) -> None:
    order = direct_order("EXPIRED_CARD")
    assert isinstance(order.payment_detail, DirectPaymentDetail)  # not a Drop-in token
    assert order.payment_detail.card_info
    order.payment_detail.card_info.card_expiration_year = "20"
    with pytest.raises(PaymentRejectedError) as caught:
        order_and_pay.sync(client=gateway.client(), body=order)
    assert caught.value.code == "CARD_EXPIRE_DATE_INVALID"


@pytest.mark.parametrize(
    ("card", "final"), [("4000000000003220", PaymentStatus.SUCCESS), ("4000008400001629", PaymentStatus.FAILED)]
)
def test_three_d_secure_challenge(gateway: Gateway, card: str, final: PaymentStatus) -> None:
    answer = order_and_pay.sync(client=gateway.client(), body=direct_order(f"3DS_{card}", card))
    assert answer is not None
    assert answer.data
    assert answer.data.status is PaymentStatus.PENDING
    assert answer.data.redirect_url
    assert "/3ds/" in answer.data.redirect_url
    press(answer.data.redirect_url, "authenticate")
    assert payment_notification(gateway, f"3DS_{card}").data.status == final.value
    assert status_of(gateway, f"3DS_{card}") is final


def test_wallet_payment_goes_through_the_cashier(gateway: Gateway) -> None:
    order = direct_order("WALLET_1", card=None, targetOrg="DANA")
    assert isinstance(order.payment_detail, DirectPaymentDetail)  # not a Drop-in token
    order.payment_detail.payment_method_type = "WALLET"
    answer = order_and_pay.sync(client=gateway.client(), body=order)
    assert answer is not None
    assert answer.data
    assert answer.data.status is PaymentStatus.PENDING
    press(str(answer.data.redirect_url), "pay")
    details = payment_notification(gateway, "WALLET_1").data.payment_details
    assert details
    assert (details[0].payment_method_type, details[0].target_org) == ("WALLET", "DANA")


def test_token_for_future_use_then_token_payment(gateway: Gateway) -> None:
    first = direct_order("TOKEN_FIRST", tokenForFutureUse=True)
    order_and_pay.sync(client=gateway.client(), body=first)
    details = payment_notification(gateway, "TOKEN_FIRST").data.payment_details
    assert details
    token_id = details[0].payment_token_id
    assert isinstance(token_id, str)
    assert token_id.startswith("PMTOKEN")

    again = direct_order("TOKEN_SECOND", card=None, paymentTokenID=token_id)
    answer = order_and_pay.sync(client=gateway.client(), body=again)
    assert answer is not None
    assert answer.data
    assert answer.data.status is PaymentStatus.SUCCESS

    stranger = direct_order("TOKEN_STRANGER", card=None, paymentTokenID=token_id)
    stranger.user_id = "someone-else"
    with pytest.raises(InvalidRequestError, match="paymentTokenID"):
        order_and_pay.sync(client=gateway.client(), body=stranger)


def _paid(gateway: Gateway, out_trade_no: str, amount: str = "100.00") -> None:
    order = direct_order(out_trade_no)
    order.total_amount = Decimal(amount)
    answer = order_and_pay.sync(client=gateway.client(), body=order)
    assert answer is not None
    assert answer.data
    assert answer.data.status is PaymentStatus.SUCCESS


def _refund(gateway: Gateway, out_refund_no: str, amount: str, out_trade_no: str = "PAID_1", **options: Any) -> Any:
    body = RefundRequest(
        out_refund_no=out_refund_no,
        refund_amount=Decimal(amount),
        refund_currency="USD",
        out_trade_no=out_trade_no,
        **options,
    )
    return refund.sync(client=gateway.client(), body=body)


def refund_status(gateway: Gateway, out_refund_no: str) -> RefundStatus:
    answer = refund_query.sync(client=gateway.client(), body=RefundQueryRequest(out_refund_no=out_refund_no))
    assert answer is not None
    assert answer.data
    status = answer.data.status
    assert isinstance(status, RefundStatus)
    return status


def test_partial_refunds_up_to_the_paid_amount(gateway: Gateway) -> None:
    _paid(gateway, "PAID_1")
    first = _refund(gateway, "RF_1", "60.00")
    assert first.data.status is RefundStatus.REFUND_PENDING
    assert first.data.trade_order_no.startswith("T")
    _refund(gateway, "RF_2", "40.00")
    with pytest.raises(ApiError) as caught:
        _refund(gateway, "RF_3", "0.01")
    assert caught.value.code == "AMOUNT_INVALID"
    assert "refundable amount 0.00" in caught.value.msg


def test_refund_settles_and_notifies(gateway: Gateway) -> None:
    _paid(gateway, "PAID_1")
    answer = _refund(gateway, "RF_OK", "25.50")
    gateway.control("POST", f"/refunds/{answer.data.refund_trade_no}/settle", {"status": "REFUND_SUCCESS"})
    assert refund_status(gateway, "RF_OK") is RefundStatus.REFUND_SUCCESS

    def refund_notification() -> RefundNotification | None:
        found = [n for n in gateway.notifications("REFUND") if isinstance(n, RefundNotification)]
        return found[0] if found else None

    notification: RefundNotification = gateway.wait_for(refund_notification)
    assert notification.data.refund_amount == Decimal("25.50")
    assert notification.data.status == "REFUND_SUCCESS"


def test_failed_refund_frees_the_refundable_amount(gateway: Gateway) -> None:
    _paid(gateway, "PAID_1")
    _refund(gateway, "RF_FAIL", "100.00")
    gateway.control("POST", "/refunds/RF_FAIL/settle", {"status": "REFUND_FAILED"})
    assert refund_status(gateway, "RF_FAIL") is RefundStatus.REFUND_FAILED
    assert _refund(gateway, "RF_AGAIN", "100.00").data.status is RefundStatus.REFUND_PENDING


def test_refund_refusals(gateway: Gateway) -> None:
    _paid(gateway, "PAID_1")
    _refund(gateway, "RF_DUP", "1.00")
    with pytest.raises(ApiError) as duplicate:
        _refund(gateway, "RF_DUP", "1.00")
    assert duplicate.value.code == "ORDER_REPEAT"
    with pytest.raises(ApiError) as currency:
        refund.sync(
            client=gateway.client(),
            body=RefundRequest(
                out_refund_no="RF_EUR", refund_amount=Decimal(1), refund_currency="EUR", out_trade_no="PAID_1"
            ),
        )
    assert currency.value.code == "CURRENCY_INVALID"
    with pytest.raises(ApiError) as unknown:
        _refund(gateway, "RF_404", "1.00", out_trade_no="NEVER_PAID")
    assert unknown.value.code == "ORDER_NOT_EXIST"


def test_refund_of_a_closed_order_is_refused(gateway: Gateway) -> None:
    order_and_pay.sync(client=gateway.client(), body=hosted_order("CLOSED_1"))
    gateway.control("POST", "/orders/CLOSED_1/expire")
    with pytest.raises(OrderStateError):
        _refund(gateway, "RF_CLOSED", "1.00", out_trade_no="CLOSED_1")


def test_refund_needs_funds_in_the_acquiring_account(gateway: Gateway) -> None:
    _paid(gateway, "PAID_1")
    gateway.control("POST", "/balances", {"accountType": "ACQUIRING", "currency": "USD", "amount": "-90"})
    with pytest.raises(InsufficientBalanceError) as caught:
        _refund(gateway, "RF_POOR", "20.00")
    assert caught.value.code == "REFUND_INSUFFICIENT_BALANCE"


def test_amount_decimals_follow_the_currency(gateway: Gateway) -> None:
    with pytest.raises(ApiError) as caught:
        order_and_pay.sync(client=gateway.client(), body=hosted_order("IDR_1", "10000.50", currency="IDR"))
    assert caught.value.code == "AMOUNT_INVALID"
    answer = order_and_pay.sync(client=gateway.client(), body=hosted_order("IDR_2", "10000", currency="IDR"))
    assert answer is not None
    assert answer.data

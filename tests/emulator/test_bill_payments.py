"""Bill payment over real sockets: PayerMax asks the merchant's validation URL (a bare, signed body), the
payer pays, the bill-payment notification follows, and the booking is confirmed by the notification's reply or
by orderConfirm - whichever comes first; the merchant side is written with the SDK's helpers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.api.bill_payment import order_confirm
from payermax_client.models import BillPaymentStatus, OrderConfirmResult
from payermax_signing import InvalidRequestError, NotFoundError, OrderStateError
from payermax_signing.bill_payments import order_confirm_request
from tests.support.accounts import ACQ, balances
from tests.support.bill_merchant import BillMerchant, bill_merchant
from tests.support.funds import payloads_follow_the_spec
from tests.support.gateway import Gateway

BILL = {"referenceNo": "PMX01LN20240117", "amount": "1250.00", "payerMobileNumber": "639171234567"}


@pytest.fixture(scope="module")
def served(gateway_session: Gateway) -> Iterator[BillMerchant]:
    app_id = gateway_session.credentials.app_id
    with bill_merchant(gateway_session.credentials.platform_key, app_id) as merchant:
        yield merchant


@pytest.fixture
def merchant(served: BillMerchant, gateway: Gateway) -> BillMerchant:
    """The merchant, reset, with the emulator's bill-payment settings pointing at it (booking held)."""
    served.accept, served.booking, served.validation_body = True, None, None
    served.min_amount, served.max_amount = Decimal("100.00"), Decimal("5000.00")
    served.calls.clear()
    served.paid.clear()
    served.receiver.notifications.dedupe = type(served.receiver.notifications.dedupe)()
    settings = {"validationUrl": served.validation_url, "notifyUrl": served.notify_url, "holdBooking": True}
    gateway.control("PUT", "/bill-payments/settings", settings)
    return served


def state(gateway: Gateway, trade_token: str) -> dict[str, Any]:
    found: dict[str, Any] = gateway.control("GET", f"/bill-payments/{trade_token}")
    return found


def settled(gateway: Gateway, trade_token: str, *statuses: str) -> dict[str, Any]:
    """The bill payment once it has reached one of ``statuses``."""
    return dict(gateway.wait_for(lambda: (found := state(gateway, trade_token))["status"] in statuses and found))


def test_validated_paid_and_confirmed_by_the_notification_reply(gateway: Gateway, merchant: BillMerchant) -> None:
    merchant.booking = True
    started = gateway.control("POST", "/bill-payments", BILL)
    assert started["status"] == "VALIDATING"
    done = settled(gateway, started["tradeToken"], "CONFIRMED")
    assert done["validation"]["outcome"] == "Y"
    assert (done["validation"]["minAmount"], done["validation"]["maxAmount"]) == ("100.00", "5000.00")
    assert done["booking"]["source"] == "NOTIFICATION_REPLY" and done["booking"]["confirmation"] == "Y"

    (call,) = merchant.calls
    assert (call.reference_no, call.amount, call.currency) == ("PMX01LN20240117", Decimal("1250.00"), "PHP")
    (paid,) = merchant.paid
    assert (paid.notify_type, paid.merchant_app_id, paid.merchant_no) == (
        "REPAYMENT_RECEIPT",
        gateway.credentials.app_id,
        gateway.credentials.merchant_no,
    )
    data = paid.data
    assert (data.trade_token, data.reference_no, data.total_amount) == (
        started["tradeToken"],
        BILL["referenceNo"],
        Decimal("1250.00"),
    )
    assert (data.pay_status, data.payer_mobile_number) == (BillPaymentStatus.PAY_SUCCESS, "639171234567")
    assert [(d.payment_method_type, d.target_org) for d in data.payment_details] == [("BILL_PAYMENT", "GCASH")]
    assert data.out_trade_no == done["outTradeNo"]
    assert balances(gateway.client()) == {(ACQ, "PHP"): Decimal("1250.00")}

    # The validation call went without any envelope; the notification with the merchantAppId one.
    (sent,) = gateway.emulator.outbox.notifications(type="BILL_PAYMENT_VALIDATION")
    assert set(sent["payload"]) == {"referenceNo", "amount", "currency"}
    assert payloads_follow_the_spec(gateway, "BILL_PAYMENT_VALIDATION", "BillPaymentValidationRequest") == 1
    assert payloads_follow_the_spec(gateway, "REPAYMENT_RECEIPT", "BillPaymentNotification") == 1
    (notified,) = gateway.emulator.outbox.notifications(type="REPAYMENT_RECEIPT")
    assert "appId" not in notified["payload"] and "version" not in notified["payload"]

    # orderConfirm afterwards: the same decision is answered and ignored; another one is refused.
    client = gateway.client()
    again = order_confirm.sync(client=client, body=order_confirm_request(paid, confirm=True))
    assert again is not None and isinstance(again.data, OrderConfirmResult)
    assert (again.data.trade_token, again.data.reference_no) == (data.trade_token, data.reference_no)
    with pytest.raises(OrderStateError):
        order_confirm.sync(
            client=client, body=order_confirm_request(paid, confirm=False, failure_reason="Changed my mind")
        )
    ignored = state(gateway, started["tradeToken"])["ignored"]
    assert [entry["source"] for entry in ignored] == ["ORDER_CONFIRM", "ORDER_CONFIRM"]
    assert balances(client) == {(ACQ, "PHP"): Decimal("1250.00")}


def test_validated_paid_and_confirmed_by_order_confirm(gateway: Gateway, merchant: BillMerchant) -> None:
    started = gateway.control("POST", "/bill-payments", BILL)
    held = settled(gateway, started["tradeToken"], "UNCONFIRMED")
    assert held["booking"] is None
    gateway.wait_for(lambda: merchant.paid)
    assert balances(gateway.client()) == {}  # held: nothing settled yet

    answer = order_confirm.sync(client=gateway.client(), body=order_confirm_request(merchant.paid[0], confirm=True))
    assert answer is not None and isinstance(answer.data, OrderConfirmResult)
    done = state(gateway, started["tradeToken"])
    assert (done["status"], done["booking"]["source"]) == ("CONFIRMED", "ORDER_CONFIRM")
    assert balances(gateway.client()) == {(ACQ, "PHP"): Decimal("1250.00")}


def test_a_refused_booking_settles_nothing(gateway: Gateway, merchant: BillMerchant) -> None:
    merchant.booking = False
    started = gateway.control("POST", "/bill-payments", BILL)
    done = settled(gateway, started["tradeToken"], "REJECTED")
    assert (done["booking"]["confirmation"], done["booking"]["failureReason"]) == ("N", "Customer account closed")
    assert balances(gateway.client()) == {}
    with pytest.raises(OrderStateError):
        order_confirm.sync(client=gateway.client(), body=order_confirm_request(merchant.paid[0], confirm=True))


def test_without_held_booking_payermax_books_at_once(gateway: Gateway, merchant: BillMerchant) -> None:
    gateway.control(
        "PUT", "/bill-payments/settings", {"validationUrl": merchant.validation_url, "notifyUrl": merchant.notify_url}
    )
    merchant.booking = False  # a booking result in the reply comes too late: PayerMax already booked
    started = gateway.control("POST", "/bill-payments", BILL)
    done = settled(gateway, started["tradeToken"], "CONFIRMED")
    assert done["booking"]["source"] == "AUTO"
    gateway.wait_for(lambda: state(gateway, started["tradeToken"])["ignored"])
    assert state(gateway, started["tradeToken"])["status"] == "CONFIRMED"
    assert balances(gateway.client()) == {(ACQ, "PHP"): Decimal("1250.00")}


@pytest.mark.parametrize(
    ("setup", "outcome"),
    [
        ({"accept": False}, "N"),
        ({"max_amount": Decimal("1000.00")}, "AMOUNT_OUT_OF_RANGE"),
        ({"validation_body": b'{"code":"SUCCESS","msg":"Success"}'}, "NO_DECISION"),
        ({"validation_body": b'{"code":"FAIL","msg":"down"}'}, "NO_ANSWER"),
        (
            {"validation_body": b'{"code":"SUCCESS","msg":"Success","data":{"referenceNo":"PMX01LN20240117",'
             b'"minAmount":"1","maxAmount":"9999","currency":"PHP","confirmation":"N"}}'},
            "INVALID_REPLY",
        ),
        (
            {"validation_body": b'{"code":"SUCCESS","msg":"Success","data":{"referenceNo":"OTHER",'
             b'"minAmount":"1","maxAmount":"9999","currency":"PHP","confirmation":"Y"}}'},
            "MISMATCH",
        ),
    ],
)  # fmt: skip
def test_a_payment_the_merchant_does_not_clearly_accept_is_refused(
    gateway: Gateway, merchant: BillMerchant, setup: dict[str, Any], outcome: str
) -> None:
    for name, value in setup.items():
        setattr(merchant, name, value)
    started = gateway.control("POST", "/bill-payments", BILL)
    done = settled(gateway, started["tradeToken"], "REFUSED")
    assert done["validation"]["outcome"] == outcome
    if outcome == "N":
        assert done["validation"]["reason"] == "Contract already repaid in full"
    if outcome == "INVALID_REPLY":
        assert "data.failureReason" in done["validation"]["reason"]
    assert len(merchant.calls) == 1 and merchant.paid == []  # one attempt, no payment
    assert not gateway.emulator.outbox.notifications(type="REPAYMENT_RECEIPT")


def test_an_unreachable_validation_url_refuses_the_payment(gateway: Gateway, merchant: BillMerchant) -> None:
    gateway.control("PUT", "/bill-payments/settings", {"validationUrl": f"{merchant.base_url}/nowhere"})
    started = gateway.control("POST", "/bill-payments", BILL)
    done = settled(gateway, started["tradeToken"], "REFUSED")
    assert done["validation"]["outcome"] == "NO_ANSWER" and "404" in done["validation"]["reason"]


def test_order_confirm_refusals(gateway: Gateway, merchant: BillMerchant) -> None:
    started = gateway.control("POST", "/bill-payments", BILL)
    settled(gateway, started["tradeToken"], "UNCONFIRMED")
    gateway.wait_for(lambda: merchant.paid)
    paid = merchant.paid[0]
    client = gateway.client()
    wrong_amount = order_confirm_request(paid, confirm=True)
    wrong_amount.amount = Decimal("1.00")
    with pytest.raises(InvalidRequestError, match=r"data\.amount"):
        order_confirm.sync(client=client, body=wrong_amount)
    wrong_reference = order_confirm_request(paid, confirm=True)
    wrong_reference.reference_no = "PMX01OTHER"
    with pytest.raises(InvalidRequestError, match=r"data\.referenceNo"):
        order_confirm.sync(client=client, body=wrong_reference)
    unknown = order_confirm_request(paid, confirm=True)
    unknown.trade_token = "T0000"
    with pytest.raises(NotFoundError):
        order_confirm.sync(client=client, body=unknown)
    assert state(gateway, started["tradeToken"])["status"] == "UNCONFIRMED"  # none of them counted


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"referenceNo": "X", "amount": "10.00", "currency": "USD"}, "CURRENCY_INVALID"),
        ({"referenceNo": "X", "amount": "-1"}, "AMOUNT_INVALID"),
        ({"amount": "10.00"}, "PARAMS_INVALID"),
    ],
)
def test_start_refusals(gateway: Gateway, merchant: BillMerchant, body: dict[str, str], code: str) -> None:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        gateway.control("POST", "/bill-payments", body)
    assert refused.value.response.json()["code"] == code


def test_nothing_starts_without_settings(gateway: Gateway) -> None:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        gateway.control("POST", "/bill-payments", BILL)
    assert "settings" in refused.value.response.json()["msg"]

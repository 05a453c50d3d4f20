"""How a shop tests its PayerMax integration: with the fixtures of payermax-python's pytest plugin, nothing else.

``pip install 'payermax-python[emulator]' pytest`` installs the plugin; the first test that asks for a
``payermax_*`` fixture starts PayerMax in a box on 127.0.0.1 for the session, and each test gets it reset.
The shop's own code - ``start_checkout`` and ``order_status`` below - runs unchanged: it is handed the
``payermax_client`` fixture, or reads the ``PAYERMAX_*`` variables that ``payermax_env`` sets.

    pytest examples/test_checkout_example.py                              # emulator in a thread
    pytest examples/test_checkout_example.py --payermax-emulator=subprocess
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from payermax_client import AsyncPayerMax, PayerMax
from payermax_client.models import HostedCheckoutOrderRequest, PaymentNotification, RefundNotification, RefundRequest
from payermax_emulator.testing import NotificationSink, ReceivedNotification, RunningEmulator

# -- the shop's code ----------------------------------------------------------------------------------------


def checkout_request(order_no: str, amount: Decimal, notify_url: str) -> HostedCheckoutOrderRequest:
    return HostedCheckoutOrderRequest(
        out_trade_no=order_no,
        subject=f"Order {order_no}",
        total_amount=amount,
        currency="USD",
        user_id="customer-42",
        front_callback_url="https://shop.example.com/payermax/return",
        notify_url=notify_url,
    )


def start_checkout(payermax: PayerMax, order_no: str, amount: Decimal, notify_url: str) -> str:
    """Place the order at PayerMax; the cashier address to send the payer to."""
    order = payermax.collection.order_and_pay(checkout_request(order_no, amount, notify_url))
    return str(order.redirect_url)


def order_status(order_no: str) -> str:
    """What PayerMax says about an order, with the client configured from the environment."""
    with PayerMax() as payermax:
        return str(payermax.collection.order_query(out_trade_no=order_no).status)


# -- its tests ------------------------------------------------------------------------------------------------


def test_a_paid_order_is_notified(
    payermax_client: PayerMax, payermax_emulator: RunningEmulator, payermax_notifications: NotificationSink
) -> None:
    cashier = start_checkout(payermax_client, "SHOP_1", Decimal("39.90"), payermax_notifications.url)
    assert cashier.startswith(payermax_emulator.url)

    payermax_emulator.complete_payment("SHOP_1")  # the payer paid on the cashier page

    received = payermax_notifications.wait_for("PAYMENT", where=lambda n: n.data["outTradeNo"] == "SHOP_1")
    assert isinstance(received.notification, PaymentNotification)
    assert received.notification.data.status == "SUCCESS"
    assert received.notification.data.total_amount == Decimal("39.90")


def test_a_declined_payment_is_failed(
    payermax_env: dict[str, str], payermax_client: PayerMax, payermax_emulator: RunningEmulator
) -> None:
    start_checkout(payermax_client, "SHOP_2", Decimal("5.00"), "https://shop.example.com/payermax/notify")
    payermax_emulator.fail_payment("SHOP_2", code="PAYMENT_REJECTED")
    assert order_status("SHOP_2") == "FAILED"  # PayerMax() reads the PAYERMAX_* variables payermax_env set


def test_an_unpaid_order_closes_when_its_time_is_up(
    payermax_client: PayerMax, payermax_emulator: RunningEmulator, payermax_notifications: NotificationSink
) -> None:
    start_checkout(payermax_client, "SHOP_3", Decimal("12.00"), payermax_notifications.url)
    payermax_emulator.advance_clock(timedelta(minutes=31))  # orders expire after 30 minutes by default

    closed = payermax_notifications.wait_for("PAYMENT", where=lambda n: n.data["outTradeNo"] == "SHOP_3")
    assert closed.data["status"] == "CLOSED"


def test_a_refund_settles_and_is_notified(
    payermax_client: PayerMax, payermax_emulator: RunningEmulator, payermax_notifications: NotificationSink
) -> None:
    start_checkout(payermax_client, "SHOP_4", Decimal("39.90"), payermax_notifications.url)
    payermax_emulator.complete_payment("SHOP_4")
    payermax_client.collection.refund(
        RefundRequest(
            out_refund_no="SHOP_4_RF_1",
            out_trade_no="SHOP_4",
            refund_amount=Decimal("10.00"),
            refund_currency="USD",
            refund_notify_url=payermax_notifications.url,
        )
    )
    refunded = payermax_notifications.wait_for("REFUND", where=lambda n: n.data["outRefundNo"] == "SHOP_4_RF_1")
    assert isinstance(refunded.notification, RefundNotification)
    assert refunded.notification.data.status == "REFUND_SUCCESS"


def test_an_endpoint_that_was_down_gets_the_notification_again(
    payermax_client: PayerMax, payermax_emulator: RunningEmulator, payermax_notifications: NotificationSink
) -> None:
    payermax_notifications.fail_next(1)  # the shop's endpoint answers 503 once
    start_checkout(payermax_client, "SHOP_5", Decimal("1.00"), payermax_notifications.url)
    payermax_emulator.complete_payment("SHOP_5")

    def acknowledged(received: ReceivedNotification) -> bool:
        return received.status == 200 and received.data["outTradeNo"] == "SHOP_5"

    payermax_notifications.wait_for("PAYMENT", where=acknowledged)  # PayerMax's retry, 30 s scaled down
    assert [entry.status for entry in payermax_notifications.of_type("PAYMENT")] == [503, 200]


@pytest.mark.anyio
async def test_the_async_client(payermax_async_client: AsyncPayerMax, payermax_emulator: RunningEmulator) -> None:
    async with payermax_async_client as payermax:
        order = await payermax.collection.order_and_pay(
            checkout_request("SHOP_6", Decimal("7.50"), "https://shop.example.com/payermax/notify")
        )
        assert order.status == "PENDING"
        payermax_emulator.complete_payment("SHOP_6")
        paid = await payermax.collection.order_query(out_trade_no="SHOP_6")
    assert paid.status == "SUCCESS"

"""A little shop's day at the emulator, for the dashboard's screenshot: orders paid on the cashier page and by
card, the sandbox's test values (a failed and a pending payment, a 3-D Secure challenge), a refund, payouts."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx

from payermax_emulator.testing import RunningEmulator
from tests.support.builders import card_order, hosted_order, payout


def shop_day(emulator: RunningEmulator) -> None:
    """Place and finish a few of everything; returns once the notifications have been delivered."""
    emulator.sink.fail_next(1)  # the merchant's endpoint is down for the first attempt: PayerMax retries
    with emulator.client() as payermax:
        cashier = payermax.collection.order_and_pay(hosted_order("SHOP_1001", "39.90"))
        assert cashier.redirect_url
        page = httpx.post(str(cashier.redirect_url), data={"action": "pay"})
        assert page.status_code in (200, 303), page.status_code
        payermax.collection.order_and_pay(card_order("SHOP_1002", "120.00"))
        for out_trade_no, subject in (("SHOP_1003", "FAILED"), ("SHOP_1004", "PENDING"), ("SHOP_1005", "3DS")):
            order = card_order(out_trade_no, "15.00")
            order.subject = subject
            payermax.collection.order_and_pay(order)
        payermax.collection.refund(out_refund_no="SHOP_R_1", out_trade_no="SHOP_1002",
                                   refund_amount=Decimal("20.00"), refund_currency="USD")  # fmt: skip
        payermax.payouts.payment_order_pay(payout("SHOP_PO_1", "150.00"))
        bounced = payout("SHOP_PO_2", "80.00")
        bounced.remark = "BOUNCEBACK"
        payermax.payouts.payment_order_pay(bounced)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pending = [n for n in emulator.notifications() if n["status"] == "pending"]
        if not pending and len(emulator.notifications()) >= 6:
            return
        time.sleep(0.1)


def first_order(emulator: RunningEmulator) -> str:
    """The tradeToken of the shop's first order (paid on the cashier page, notified on the second attempt)."""
    with emulator.client() as payermax:
        return str(payermax.collection.order_query(out_trade_no="SHOP_1001").trade_token)

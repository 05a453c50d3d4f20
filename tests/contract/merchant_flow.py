"""A merchant's test flow with PayerMax's sandbox test values (../shared/payermax-docs/guides/sandbox-test-values.md):
one payment, refund and payout per documented outcome, checked through the SDK's answers and queries only - no
control API - so the very same functions pass against the emulator (``tests/emulator/test_sandbox_values.py``)
and against PayerMax's UAT (``sandbox_flow.py``, run by ``make contract-uat``).

Payments are Direct_Payment card orders with the sandbox's Visa test card; payouts go to a GCASH wallet in the
Philippines in pesos (the "local currency" the amount rule reads), paid from the USD account.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from payermax_client import PayerMax
from payermax_client.models import (
    BuyerInfo,
    CardDetails,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    OrderAndPayResult,
    PaymentOrderPayRequest,
    PayoutPayee,
    PayoutPayeeAccount,
    PayoutPayeeName,
    PayoutTrade,
)

T = TypeVar("T")
#: How long a refund or payout may take to reach its final status.
SETTLEMENT_DEADLINE = 120.0
#: The sandbox's Visa test card (any valid card works in the emulator too).
CARD = CardDetails(card_identifier_no="4444333322221111", card_holder_full_name="James Smith",
                   card_expiration_month="03", card_expiration_year="30", cvv="123")  # fmt: skip


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:20]}"


def eventually(fetch: Callable[[], T], done: Callable[[T], bool], what: str) -> T:
    """``fetch()`` again until ``done`` says its result is final (a merchant polling its query)."""
    deadline = time.monotonic() + SETTLEMENT_DEADLINE
    while True:
        value = fetch()
        if done(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} never reached a final status; last seen {value!r}")
        time.sleep(0.2)


def card_payment(payermax: PayerMax, subject: str, amount: str = "25.00") -> OrderAndPayResult:
    return payermax.collection.order_and_pay(DirectPaymentOrderRequest(
        out_trade_no=unique("SBX"), subject=subject, total_amount=Decimal(amount), currency="USD", country="US",
        user_id="sandbox-buyer", front_callback_url="https://shop.example.com/return",
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        payment_detail=DirectPaymentDetail(payment_method_type="CARD", card_info=CARD,
                                           buyer_info=BuyerInfo(client_ip="203.0.113.9", user_agent="Mozilla/5.0")),
    ))  # fmt: skip


def check_payments(payermax: PayerMax) -> dict[str, OrderAndPayResult]:
    """subject SUCCESS (or anything) -> SUCCESS, FAILED -> FAILED, PENDING -> PENDING, 3DS -> a challenge."""
    placed = {subject: card_payment(payermax, subject) for subject in ("SUCCESS", "FAILED", "PENDING", "3DS")}
    assert placed["SUCCESS"].status == "SUCCESS"
    assert placed["FAILED"].status == "FAILED"
    assert placed["PENDING"].status == "PENDING"
    assert placed["3DS"].status == "PENDING" and placed["3DS"].redirect_url  # the 3-D Secure page
    for subject, answer in placed.items():
        assert payermax.collection.order_query(out_trade_no=answer.out_trade_no).status == answer.status, subject
    return placed


def check_refunds(payermax: PayerMax) -> dict[str, str]:
    """refundAmount 102 -> REFUND_FAILED, 202 -> stays REFUND_PENDING, any other -> REFUND_SUCCESS."""
    order = card_payment(payermax, "Sandbox refunds", "500.00")
    assert order.status == "SUCCESS"
    refunds = {}
    for amount in ("202", "102", "50.00"):  # the one that stays pending first: the others settle after it
        refunds[amount] = unique("SBXR")
        answer = payermax.collection.refund(out_refund_no=refunds[amount], out_trade_no=order.out_trade_no,
                                            refund_amount=Decimal(amount), refund_currency="USD")  # fmt: skip
        assert answer.status == "REFUND_PENDING"

    def status(amount: str) -> str:
        return str(payermax.collection.refund_query(out_refund_no=refunds[amount]).status)

    final = ("REFUND_SUCCESS", "REFUND_FAILED")
    assert eventually(lambda: status("102"), lambda s: s in final, "the refund of 102") == "REFUND_FAILED"
    assert eventually(lambda: status("50.00"), lambda s: s in final, "the refund of 50.00") == "REFUND_SUCCESS"
    assert status("202") == "REFUND_PENDING"
    return refunds


def payout(amount: str, remark: str | None = None) -> PaymentOrderPayRequest:
    request = PaymentOrderPayRequest(
        out_trade_no=unique("SBXP"), country="PH", trade=PayoutTrade(amount=Decimal(amount), currency="PHP"),
        payee_info=PayoutPayee(payment_method_type="WALLET", target_org="GCASH",
                               account_info=PayoutPayeeAccount(account_no="09171234567"),
                               name=PayoutPayeeName(full_name="Maria Santos")),
        source_account="USD",
    )  # fmt: skip
    if remark is not None:
        request.remark = remark
    return request


#: (amount, remark) -> the status the payout ends in (PENDING: stays so).
PAYOUTS = {
    ("811", "SUCCESS"): "SUCCESS",
    ("110", "SUCCESS"): "SUCCESS",  # remark wins over the failing amount
    ("12", "FAILED"): "FAILED",
    ("12", "BOUNCEBACK"): "BOUNCEBACK",
    ("110", None): "FAILED",
    ("11000", None): "FAILED",
    ("100", None): "PENDING",
    ("10000", None): "PENDING",
    ("12", None): "SUCCESS",
}


def _status_of(status: Callable[[str], str], out_trade_no: str) -> Callable[[], str]:
    return lambda: status(out_trade_no)


def check_payouts(payermax: PayerMax) -> dict[tuple[str, str | None], str]:
    """remark SUCCESS / FAILED / BOUNCEBACK first, then amount 110 / 11000 fail, 100 / 10000 stay pending."""
    placed = {}
    for amount, remark in PAYOUTS:
        request = payout(amount, remark)
        answer = payermax.payouts.payment_order_pay(request)
        assert answer.status == "PENDING"
        placed[(amount, remark)] = request.out_trade_no

    def status(out_trade_no: str) -> str:
        return str(payermax.payouts.payment_order_qry(out_trade_no=out_trade_no).status)

    settled = {"SUCCESS", "FAILED", "BOUNCEBACK"}
    for case, expected in PAYOUTS.items():
        if expected == "PENDING":
            continue
        final = {"FAILED", "BOUNCEBACK"} if expected == "BOUNCEBACK" else settled
        seen = eventually(_status_of(status, placed[case]), final.__contains__, f"payout {case}")
        assert seen == expected, (case, seen)
    for case, expected in PAYOUTS.items():
        if expected == "PENDING":
            assert status(placed[case]) == "PENDING", case
    return placed

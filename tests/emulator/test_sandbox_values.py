"""PayerMax's sandbox test values in the emulator (``products/sandbox_values.py``).

The merchant flow of ``tests/contract/merchant_flow.py`` - the one ``make contract-uat`` runs against PayerMax's
sandbox - passes unchanged against the emulator; then what only the emulator can show: the 3-D Secure page's
two answers, a BOUNCEBACK payout's two notifications, the precedence between the sandbox's values and the
emulator's own rules, control-API settlement of what the sandbox leaves pending, and the switch that turns the
values off.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from payermax_client.models import CardDetails
from payermax_emulator.testing import EmulatorOptions, RunningEmulator
from tests.contract import merchant_flow
from tests.contract.merchant_flow import card_payment, eventually, payout
from tests.support.gateway import press


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with RunningEmulator.start(EmulatorOptions(time_scale=0.001, settle_after=2.0)) as running:
        yield running


def _payout_status(emulator: RunningEmulator, out_trade_no: str) -> str:
    with emulator.client() as payermax:
        return str(payermax.payouts.payment_order_qry(out_trade_no=out_trade_no).status)


def test_the_merchant_flow_with_sandbox_values_passes(emulator: RunningEmulator) -> None:
    with emulator.client() as payermax:
        merchant_flow.check_payments(payermax)
        merchant_flow.check_refunds(payermax)
        merchant_flow.check_payouts(payermax)


def test_the_3ds_subject_asks_for_the_challenge_and_honours_both_answers(emulator: RunningEmulator) -> None:
    with emulator.client() as payermax:
        passed, cancelled = card_payment(payermax, "3DS"), card_payment(payermax, "3DS")
        assert press(str(passed.redirect_url), "authenticate").status_code in (200, 303)
        assert press(str(cancelled.redirect_url), "fail").status_code in (200, 303)
        assert payermax.collection.order_query(out_trade_no=passed.out_trade_no).status == "SUCCESS"
        assert payermax.collection.order_query(out_trade_no=cancelled.out_trade_no).status == "FAILED"


def test_a_bounceback_payout_is_reported_successful_then_bounced(emulator: RunningEmulator) -> None:
    request = payout("12", "BOUNCEBACK")
    with emulator.client() as payermax:
        payermax.payouts.payment_order_pay(request)
    bounced = emulator.sink.wait_for("PAYOUT", where=lambda n: n.data.get("outTradeNo") == request.out_trade_no
                                     and n.data.get("status") == "BOUNCEBACK")  # fmt: skip
    statuses = [
        n.data["status"] for n in emulator.sink.of_type("PAYOUT") if n.data.get("outTradeNo") == request.out_trade_no
    ]
    assert statuses == ["SUCCESS", "BOUNCEBACK"]
    assert bounced.data["bounceBackTime"]


def test_precedence_between_the_sandbox_values_and_the_emulators_own_rules(emulator: RunningEmulator) -> None:
    with emulator.client() as payermax:
        challenge_card = CardDetails(card_identifier_no="4000000000003220", card_expiration_month="12",
                                     card_expiration_year="39", cvv="123")  # fmt: skip
        declining_card = CardDetails(card_identifier_no="4000000000000002", card_expiration_month="12",
                                     card_expiration_year="39", cvv="123")  # fmt: skip
        original = merchant_flow.CARD
        try:
            merchant_flow.CARD = challenge_card
            assert card_payment(payermax, "FAILED").status == "FAILED"  # the subject beats a 3-D Secure card
            merchant_flow.CARD = declining_card
            assert card_payment(payermax, "Annual plan").status == "FAILED"  # no test value: the card decides
            challenged = card_payment(payermax, "3DS")  # 3-D Secure whatever the card: the payer's answer decides
            assert challenged.status == "PENDING"
            press(str(challenged.redirect_url), "authenticate")
            assert payermax.collection.order_query(out_trade_no=challenged.out_trade_no).status == "SUCCESS"
        finally:
            merchant_flow.CARD = original

        remarked = payout("110", "SUCCESS")
        remarked.payee_info.account_info.account_no = "09170000000"  # ends in 0000: the emulator's failing account
        own_rule = payout("12")
        own_rule.payee_info.account_info.account_no = "09170000000"
        foreign = payout("110")
        foreign.trade.currency = "USD"  # not the payee country's currency: the amount rule does not apply
        for request in (remarked, own_rule, foreign):
            payermax.payouts.payment_order_pay(request)
    final = {"SUCCESS", "FAILED"}
    assert (
        eventually(lambda: _payout_status(emulator, remarked.out_trade_no), final.__contains__, "remark") == "SUCCESS"
    )
    assert eventually(lambda: _payout_status(emulator, own_rule.out_trade_no), final.__contains__, "own") == "FAILED"
    assert eventually(lambda: _payout_status(emulator, foreign.out_trade_no), final.__contains__, "USD") == "SUCCESS"


def test_what_the_sandbox_leaves_pending_the_control_api_can_settle(emulator: RunningEmulator) -> None:
    with emulator.client() as payermax:
        order = card_payment(payermax, "Big order", "30000.00")
        refund = payermax.collection.refund(out_refund_no=merchant_flow.unique("SBXR"), out_trade_no=order.out_trade_no,
                                            refund_amount=Decimal("20000"), refund_currency="USD")  # fmt: skip
        pending_payout = payout("10000")
        payermax.payouts.payment_order_pay(pending_payout)
        emulator.advance_clock(3600)  # settlement time passes: they stay pending
        assert payermax.collection.refund_query(out_refund_no=refund.out_refund_no).status == "REFUND_PENDING"
        assert _payout_status(emulator, pending_payout.out_trade_no) == "PENDING"
        emulator.settle_refund(refund.out_refund_no, "REFUND_SUCCESS")
        emulator.settle_payout(pending_payout.out_trade_no, "SUCCESS")
        assert payermax.collection.refund_query(out_refund_no=refund.out_refund_no).status == "REFUND_SUCCESS"
    assert _payout_status(emulator, pending_payout.out_trade_no) == "SUCCESS"


def test_without_sandbox_values_only_the_emulators_rules_apply() -> None:
    options = EmulatorOptions(time_scale=0.001, settle_after=2.0, sandbox_values=False)
    with RunningEmulator.start(options) as emulator, emulator.client() as payermax:
        assert card_payment(payermax, "FAILED").status == "SUCCESS"
        assert card_payment(payermax, "PENDING").status == "SUCCESS"
        order = card_payment(payermax, "Refunded", "500.00")
        refund = payermax.collection.refund(out_refund_no=merchant_flow.unique("SBXR"), out_trade_no=order.out_trade_no,
                                            refund_amount=Decimal("102"), refund_currency="USD")  # fmt: skip
        request = payout("110")
        payermax.payouts.payment_order_pay(request)
        final = ("REFUND_SUCCESS", "REFUND_FAILED")
        assert eventually(lambda: str(payermax.collection.refund_query(out_refund_no=refund.out_refund_no).status),
                          final.__contains__, "refund") == "REFUND_SUCCESS"  # fmt: skip
        assert eventually(lambda: _payout_status(emulator, request.out_trade_no), {"SUCCESS", "FAILED"}.__contains__,
                          "payout") == "SUCCESS"  # fmt: skip

"""Funds notifications over real sockets: virtual-account receipts in each state, the balance notification of
every movement PayerMax reports (and none for those it does not), agreeing with the balances to the cent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.models import (
    BalanceMovementDirection,
    BalanceNotification,
    VirtualAccountNotification,
    VirtualAccountReceiptStatus,
)
from payermax_client.types import Unset
from tests.support.accounts import ACQ, DISB, balances, paid_order
from tests.support.funds import balance_notifications, notified_totals, payloads_follow_the_spec
from tests.support.gateway import Gateway

TRANSFER = {
    "amount": "5000.00",
    "currency": "PHP",
    "fee": "25.00",
    "payerAccountNo": "004912349021",
    "payerName": "Juan Dela Cruz",
    "payerBankCode": "BOPIPHMM",
    "remark": "Invoice 2024-0311",
}


def receipts(gateway: Gateway, count: int) -> list[VirtualAccountNotification]:
    def received() -> list[VirtualAccountNotification]:
        return [n for n in gateway.endpoint.received if isinstance(n, VirtualAccountNotification)]

    gateway.wait_for(lambda: len(received()) >= count)
    found = received()
    assert len(found) == count
    return found


def refusal(gateway: Gateway, path: str, body: dict[str, Any] | None = None) -> tuple[int, str, str]:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        gateway.control("POST", path, body or {})
    answer = refused.value.response.json()
    return refused.value.response.status_code, answer["code"], answer["msg"]


def test_a_settled_transfer_is_notified_credited_and_reported_as_a_deposit(gateway: Gateway) -> None:
    arrived = gateway.control("POST", "/virtual-accounts/700100003318/receipts", TRANSFER)
    assert arrived["status"] == "SETTLED" and arrived["accountNo"] == "7001xxxx3318"
    assert "Juan" not in str(arrived) and "004912349021" not in str(arrived)

    (notification,) = receipts(gateway, 1)
    assert (notification.notify_type, notification.version, notification.merchant_no) == (
        "RECEIVE",
        "1.0",
        gateway.credentials.merchant_no,
    )
    receipt = notification.data
    assert (receipt.request_no, receipt.status) == (arrived["requestNo"], VirtualAccountReceiptStatus.SETTLED)
    detail = receipt.payment_detail
    assert (detail.trade.amount, detail.settle.amount, detail.settle.fee, detail.settle.tax) == (
        Decimal("5000.00"),
        Decimal("4975.00"),
        Decimal("25.00"),
        Decimal("0.00"),
    )
    assert detail.trade.amount == detail.settle.amount + detail.settle.fee + detail.settle.tax
    assert (detail.payee_info.account_no, detail.payee_info.country) == ("7001xxxx3318", "PH")
    assert (detail.payer_info.account_no, detail.payer_info.account_name) == ("0049xxxx9021", "Juan Dela Cruz")
    assert detail.remark == "Invoice 2024-0311"
    assert isinstance(receipt.error_code, Unset)

    (deposit,) = balance_notifications(gateway, 1)
    assert (deposit.notify_type, deposit.data.direction) == ("DEPOSIT", BalanceMovementDirection.INCREASE)
    assert deposit.data.related_trade_no == receipt.request_no
    assert deposit.data.counterparty.identify_id == "0049xxxx9021"
    assert "Juan" not in deposit.data.counterparty.identify_name
    assert balances(gateway.client()) == {(DISB, "PHP"): Decimal("4975.00")}
    assert notified_totals([deposit]) == {"PHP": Decimal("4975.00")}
    assert payloads_follow_the_spec(gateway, "RECEIVE", "VirtualAccountNotification") == 1
    assert payloads_follow_the_spec(gateway, "DEPOSIT", "BalanceNotification") == 1


def test_a_held_transfer_is_settled_later(gateway: Gateway) -> None:
    held = gateway.control(
        "POST", "/virtual-accounts/700100003318/receipts", {**TRANSFER, "status": "TO_BE_PROVED", "fee": "0"}
    )
    assert held["status"] == "TO_BE_PROVED"
    (first,) = receipts(gateway, 1)
    assert first.data.status == VirtualAccountReceiptStatus.TO_BE_PROVED
    assert balances(gateway.client()) == {}

    settled = gateway.control("POST", f"/va-receipts/{held['requestNo']}/settle")
    assert settled["status"] == "SETTLED"
    second = receipts(gateway, 2)[1]
    assert (second.data.request_no, second.data.status) == (held["requestNo"], VirtualAccountReceiptStatus.SETTLED)
    (deposit,) = balance_notifications(gateway, 1)
    assert deposit.data.amount.value == Decimal("5000.00")
    assert balances(gateway.client()) == {(DISB, "PHP"): Decimal("5000.00")}
    assert refusal(gateway, f"/va-receipts/{held['requestNo']}/reject")[:2] == (409, "ORDER_CLOSED")


def test_a_held_transfer_can_be_rejected_and_credits_nothing(gateway: Gateway) -> None:
    held = gateway.control("POST", "/virtual-accounts/7001/receipts", {**TRANSFER, "status": "TO_BE_PROVED"})
    body = {"errorCode": "ACCOUNT_INVALID", "errorMsg": "The sender's name does not match."}
    assert gateway.control("POST", f"/va-receipts/{held['requestNo']}/reject", body)["status"] == "REJECTED"
    (rejected,) = [n.data for n in receipts(gateway, 2) if n.data.status == VirtualAccountReceiptStatus.REJECTED]
    assert (rejected.status, rejected.error_code, rejected.error_msg) == (
        VirtualAccountReceiptStatus.REJECTED,
        "ACCOUNT_INVALID",
        "The sender's name does not match.",
    )
    assert rejected.payment_detail.payee_info.account_no == "7001"  # too short to mask
    assert balances(gateway.client()) == {}
    assert not [n for n in gateway.endpoint.received if isinstance(n, BalanceNotification)]
    assert payloads_follow_the_spec(gateway, "RECEIVE", "VirtualAccountNotification") == 2


def test_a_transfer_can_arrive_rejected(gateway: Gateway) -> None:
    arrived = gateway.control("POST", "/virtual-accounts/7001000011/receipts", {**TRANSFER, "status": "REJECTED"})
    (notification,) = receipts(gateway, 1)
    assert (notification.data.status, notification.data.error_code) == (
        VirtualAccountReceiptStatus.REJECTED,
        "PAYMENT_REJECTED",
    )
    assert refusal(gateway, f"/va-receipts/{arrived['requestNo']}/settle")[:2] == (409, "ORDER_CLOSED")


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"currency": "php"}, "currency"),
        ({"amount": "ten"}, "amount"),
        ({"amount": "10.001"}, "amount"),
        ({"fee": "5000.00"}, "amount - fee - tax"),
        ({"currency": "CHF"}, "country"),
        ({"status": "PENDING"}, "status"),
    ],
)
def test_transfer_refusals_name_the_field(gateway: Gateway, changes: dict[str, str], named: str) -> None:
    status, code, msg = refusal(gateway, "/virtual-accounts/700100003318/receipts", {**TRANSFER, **changes})
    assert (status, code) in ((400, "PARAMS_INVALID"), (409, "AMOUNT_INVALID"))
    assert named in msg
    assert "Juan" not in msg


def test_unknown_receipt_is_not_found(gateway: Gateway) -> None:
    assert refusal(gateway, "/va-receipts/NOPE/settle")[:2] == (404, "ORDER_NOT_EXIST")


def test_deposits_and_withdrawals_are_notified_payments_are_not(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "FUNDS_PAY_1", "40.00")  # a collection: PayerMax does not report it here
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "250.00"})
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "-70.25"})
    by_type = {str(n.notify_type): n for n in balance_notifications(gateway, 2)}  # they may arrive in any order
    deposit, withdrawal = by_type["DEPOSIT"], by_type["WITHDRAW"]
    assert (deposit.notify_type, deposit.data.direction, deposit.data.amount.value) == (
        "DEPOSIT",
        BalanceMovementDirection.INCREASE,
        Decimal("250.00"),
    )
    assert (withdrawal.notify_type, withdrawal.data.direction, withdrawal.data.amount.value) == (
        "WITHDRAW",
        BalanceMovementDirection.DECREASE,
        Decimal("70.25"),
    )
    assert deposit.data.related_trade_no != withdrawal.data.related_trade_no
    now = balances(client)
    assert now == {(ACQ, "USD"): Decimal("40.00"), (DISB, "USD"): Decimal("179.75")}
    assert notified_totals([deposit, withdrawal]) == {"USD": now[(DISB, "USD")]}
    assert payloads_follow_the_spec(gateway, "WITHDRAW", "BalanceNotification") == 1
    payments = gateway.control("GET", "/notifications?type=PAYMENT")
    assert len(payments) == 1  # the payment notification, and no balance notification for the payment

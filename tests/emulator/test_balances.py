"""Balances end to end: current balances moving with payments, refunds, payouts and bounces, and day-end
snapshots of past days computed from the ledger."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from payermax_client import Client
from payermax_client.api.balances import current_balance_query, day_end_balance_query
from payermax_client.api.collection import refund
from payermax_client.api.payouts import payment_order_pay
from payermax_client.models import (
    BalanceAccountType,
    CurrentBalanceQueryRequest,
    CurrentBalanceQueryResult,
    DayEndBalanceQueryRequest,
    DayEndBalanceQueryRequestAccountTypeItem,
    DayEndBalanceQueryResult,
    RefundRequest,
)
from payermax_signing import InvalidRequestError
from tests.support.accounts import ACQ, DISB, balances, paid_order
from tests.support.builders import payout
from tests.support.gateway import Gateway

# ------------------------------------------------------------------------------------------- helpers


def day_end(client: Client, request: DayEndBalanceQueryRequest) -> DayEndBalanceQueryResult:
    answer = day_end_balance_query.sync(client=client, body=request)
    assert answer is not None
    assert isinstance(answer.data, DayEndBalanceQueryResult)
    return answer.data


def rows(result: DayEndBalanceQueryResult) -> dict[tuple[str, str], tuple[Decimal, Decimal, Decimal, Decimal]]:
    return {
        (row.account_type, row.currency): (row.inital_balance, row.inflow_amount, row.outflow_amount, row.end_balance)
        for row in result.account_end_day_time_types
    }


def move_to_next_day_at_one(gateway: Gateway) -> datetime:
    """Move the emulator clock to 01:00 UTC of the next day, so a test's movements all fall on one day."""
    now = gateway.emulator.clock.now().astimezone(UTC)
    target = datetime(now.year, now.month, now.day, 1, tzinfo=UTC) + timedelta(days=1)
    gateway.control("POST", "/clock/advance", {"seconds": (target - now).total_seconds()})
    return target


def advance_days(gateway: Gateway, days: int) -> None:
    gateway.control("POST", "/clock/advance", {"seconds": days * 86400})


# ---------------------------------------------------------------------------------------- real time


def test_balances_follow_payments_refunds_payouts_and_bounces(gateway: Gateway) -> None:
    client = gateway.client()
    assert balances(client) == {}

    paid_order(client, "BAL_PAY_1", "100.00")
    assert balances(client) == {(ACQ, "USD"): Decimal("100.00")}

    refund.sync(
        client=client,
        body=RefundRequest(
            out_refund_no="BAL_RF_1", refund_amount=Decimal("30"), refund_currency="USD", out_trade_no="BAL_PAY_1"
        ),
    )
    assert balances(client) == {(ACQ, "USD"): Decimal("70.00")}

    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "500"})
    payment_order_pay.sync(client=client, body=payout("BAL_PO_1", "200.00"))
    assert balances(client) == {(ACQ, "USD"): Decimal("70.00"), (DISB, "USD"): Decimal("300.00")}

    gateway.control("POST", "/payouts/BAL_PO_1/settle", {"status": "SUCCESS"})
    assert balances(client)[(DISB, "USD")] == Decimal("300.00")
    gateway.control("POST", "/payouts/BAL_PO_1/bounce", {})
    assert balances(client) == {(ACQ, "USD"): Decimal("70.00"), (DISB, "USD"): Decimal("500.00")}


def test_current_balance_filters_and_zero_balances(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "BAL_FILTER_1", "25.50")
    paid_order(client, "BAL_FILTER_2", "1000", "EUR")
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "40"})
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "-40"})

    assert balances(client) == {(ACQ, "EUR"): Decimal("1000.00"), (ACQ, "USD"): Decimal("25.50")}
    only_usd = CurrentBalanceQueryRequest(account_currency=["USD"])
    assert balances(client, only_usd) == {(ACQ, "USD"): Decimal("25.50")}
    only_disbursement = CurrentBalanceQueryRequest(account_type=[BalanceAccountType.DISBURSEMENT])
    assert balances(client, only_disbursement) == {}  # zero balances are left out...
    with_zeros = CurrentBalanceQueryRequest(plain_sign=True, account_type=[BalanceAccountType.DISBURSEMENT])
    assert balances(client, with_zeros) == {(DISB, "EUR"): Decimal("0.00"), (DISB, "USD"): Decimal("0.00")}
    frozen = CurrentBalanceQueryRequest(
        plain_sign=True, account_type=[BalanceAccountType.FREEZE], account_currency=["PHP"]
    )
    assert balances(client, frozen) == {("FREEZE", "PHP"): Decimal("0.00")}

    answer = current_balance_query.sync(client=client, body=CurrentBalanceQueryRequest())
    assert answer is not None
    assert isinstance(answer.data, CurrentBalanceQueryResult)
    inquiry = datetime.fromisoformat(answer.data.inquiry_time)
    assert abs((inquiry - gateway.emulator.clock.now()).total_seconds()) < 5


# ----------------------------------------------------------------------------------------- day end


def test_day_end_snapshot_of_yesterday(gateway: Gateway) -> None:
    first_day = move_to_next_day_at_one(gateway).date()
    client = gateway.client()
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "1000"})

    advance_days(gateway, 1)
    second_day = first_day + timedelta(days=1)
    paid_order(client, "DAY_PAY_1", "100.00")
    refund.sync(
        client=client,
        body=RefundRequest(
            out_refund_no="DAY_RF_1", refund_amount=Decimal("30"), refund_currency="USD", out_trade_no="DAY_PAY_1"
        ),
    )
    payment_order_pay.sync(client=client, body=payout("DAY_PO_1", "200.00"))
    gateway.control("POST", "/payouts/DAY_PO_1/settle", {"status": "SUCCESS"})
    gateway.control("POST", "/payouts/DAY_PO_1/bounce", {})
    payment_order_pay.sync(client=client, body=payout("DAY_PO_2", "50.00"))

    advance_days(gateway, 1)  # the second day is now "yesterday"
    yesterday = day_end(client, DayEndBalanceQueryRequest(inquiry_date=second_day.isoformat(), timezone="UTC"))
    assert (yesterday.acct_time, yesterday.timezone) == (second_day.isoformat(), "UTC")
    assert rows(yesterday) == {
        (ACQ, "USD"): (Decimal("0"), Decimal("100.00"), Decimal("30.00"), Decimal("70.00")),
        (DISB, "USD"): (Decimal("1000.00"), Decimal("200.00"), Decimal("250.00"), Decimal("950.00")),
    }
    for row in yesterday.account_end_day_time_types:  # the published formula holds
        assert row.end_balance == row.inital_balance + row.inflow_amount - row.outflow_amount

    before = day_end(client, DayEndBalanceQueryRequest(inquiry_date=first_day.isoformat(), timezone="utc"))
    assert before.timezone == "UTC"
    assert rows(before) == {(DISB, "USD"): (Decimal("0"), Decimal("1000.00"), Decimal("0"), Decimal("1000.00"))}

    # 01:00 UTC is 09:00 in CST: the same movements fall on the same CST day.
    in_cst = day_end(client, DayEndBalanceQueryRequest(inquiry_date=second_day.isoformat(), timezone="CST"))
    assert in_cst.timezone == "CST"
    assert rows(in_cst) == rows(yesterday)

    filtered = day_end(
        client,
        DayEndBalanceQueryRequest(
            inquiry_date=second_day.isoformat(),
            timezone="UTC",
            account_currency="USD",
            account_type=[DayEndBalanceQueryRequestAccountTypeItem.DISBURSEMENT],
        ),
    )
    assert list(rows(filtered)) == [(DISB, "USD")]
    other_currency = DayEndBalanceQueryRequest(
        inquiry_date=second_day.isoformat(), timezone="UTC", account_currency="EUR"
    )
    assert rows(day_end(client, other_currency)) == {}


def test_day_end_refuses_days_that_have_not_ended_or_are_too_old(gateway: Gateway) -> None:
    client = gateway.client()
    today = gateway.emulator.clock.now().astimezone(UTC).date()
    with pytest.raises(InvalidRequestError, match="has ended") as caught:
        day_end(client, DayEndBalanceQueryRequest(inquiry_date=today.isoformat(), timezone="UTC"))
    assert caught.value.code == "PARAMS_INVALID"
    too_old = (today - timedelta(days=91)).isoformat()
    with pytest.raises(InvalidRequestError, match="last 90 days"):
        day_end(client, DayEndBalanceQueryRequest(inquiry_date=too_old, timezone="UTC"))
    with pytest.raises(InvalidRequestError, match="yyyy-MM-dd"):
        day_end(client, DayEndBalanceQueryRequest(inquiry_date="2023-02-30", timezone="UTC"))
    with pytest.raises(InvalidRequestError) as caught:
        day_end(client, DayEndBalanceQueryRequest(inquiry_date="2023-02-20", timezone="PST"))
    assert caught.value.code == "PARAMS_INVALID"
    empty = day_end(
        client, DayEndBalanceQueryRequest(inquiry_date=(today - timedelta(days=2)).isoformat(), timezone="CST")
    )
    assert empty.account_end_day_time_types == []

"""Paying and reading balances through the generated client, for the tests of money movements."""

from __future__ import annotations

from decimal import Decimal

from payermax_client import Client
from payermax_client.api.balances import current_balance_query
from payermax_client.api.collection import order_and_pay
from payermax_client.models import CurrentBalanceQueryRequest, CurrentBalanceQueryResult, OrderAndPayResult

from .builders import card_order

ACQ, DISB = "ACQUIRING", "DISBURSEMENT"


def paid_order(client: Client, out_trade_no: str, amount: str = "100.00", currency: str = "USD") -> OrderAndPayResult:
    answer = order_and_pay.sync(client=client, body=card_order(out_trade_no, amount, currency))
    assert answer is not None
    assert isinstance(answer.data, OrderAndPayResult)
    assert answer.data.status == "SUCCESS"
    return answer.data


def balances(client: Client, request: CurrentBalanceQueryRequest | None = None) -> dict[tuple[str, str], Decimal]:
    answer = current_balance_query.sync(client=client, body=request or CurrentBalanceQueryRequest())
    assert answer is not None
    assert isinstance(answer.data, CurrentBalanceQueryResult)
    return {(row.account_type, row.currency): row.balance for row in answer.data.account_real_time_types}

"""FX end to end over real sockets: quotes, exchanges at a quote within its life, their settlement, the
balances of both currencies and the balance notifications agreeing to the cent, refusals, and the client
exchange rates."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import httpx
import pytest

from payermax_client.api.fx import query_client_exchange_rate, quote_query
from payermax_client.api.payouts import payment_order_pay, payment_order_qry
from payermax_client.models import (
    BalanceMovementDirection,
    ClientExchangeCurrencyPair,
    ClientExchangeProduct,
    ExchangeStatus,
    FxQuotePriceType,
    FxSide,
    PaymentOrderQryRequest,
    PaymentOrderQryResult,
    QueryClientExchangeRateRequest,
    QueryClientExchangeRateResult,
    QuoteQueryRequest,
    QuoteQueryResult,
)
from payermax_client.types import Unset
from payermax_emulator.core import Emulator
from payermax_emulator.settings import Settings
from payermax_signing import DuplicateRequestError, InsufficientBalanceError, InvalidRequestError, NotFoundError
from payermax_signing.protocol import parse_time
from tests.support.accounts import DISB, balances
from tests.support.builders import payout
from tests.support.funds import (
    balance_notifications,
    exchange_money,
    exchange_request,
    fresh_period,
    notified_totals,
    payloads_follow_the_spec,
    query_exchange,
    quotes,
)
from tests.support.gateway import Gateway

CENT = Decimal("0.01")


def fund(gateway: Gateway, amount: str, currency: str = "USD") -> None:
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": currency, "amount": amount})


def test_quote_exchange_settle_balances_and_notifications_agree(gateway: Gateway) -> None:
    fresh_period(gateway)
    client = gateway.client()
    fund(gateway, "5000.00")
    (quote,) = quotes(client, "USDINR")
    assert quote.ccy_pair == "USDINR"
    assert isinstance(quote.offer_rate, Decimal) and isinstance(quote.bid_rate, Decimal)
    assert quote.bid_rate < quote.offer_rate
    assert isinstance(quote.version, str) and isinstance(quote.expiry_time, str) and isinstance(quote.rate_time, str)
    assert (parse_time(quote.expiry_time) - parse_time(quote.rate_time)).total_seconds() == 1800

    # Buy 1000 USD with rupees at the quote: PayerMax sells dollars at the offer; the merchant pays, rounded up.
    rupees = (Decimal("1000.00") * quote.offer_rate).quantize(CENT, rounding=ROUND_CEILING)
    fund(gateway, str(rupees + Decimal("500.00")), "INR")
    bought = exchange_money(client, exchange_request("FX_BUY_1", "BUY", "1000.00", "USD", "INR", quote.version))
    assert bought.status == ExchangeStatus.PENDING
    assert (bought.complete_time, bought.error_code, bought.error_msg) == ("", "", "")
    assert bought.rate == quote.offer_rate and bought.rate_version == quote.version
    assert bought.target_amount == rupees
    assert query_exchange(client, "FX_BUY_1").status == ExchangeStatus.PENDING

    settled = gateway.control("POST", "/exchanges/FX_BUY_1/settle", {})
    assert settled["status"] == "SUCCESS" and settled["completeTime"]
    done = query_exchange(client, "FX_BUY_1")
    assert (done.status, done.target_amount, done.trade_no) == (ExchangeStatus.SUCCESS, rupees, bought.trade_no)

    now = balances(client)
    assert now[(DISB, "USD")] == Decimal("6000.00")
    assert now[(DISB, "INR")] == Decimal("500.00")
    received = balance_notifications(gateway, 4)  # two deposits, then the two legs of the exchange
    assert notified_totals(received) == {"USD": now[(DISB, "USD")], "INR": now[(DISB, "INR")]}
    legs = [n for n in received if n.notify_type == "EXCHANGE"]
    assert {(n.data.direction, n.data.amount.currency, n.data.amount.value) for n in legs} == {
        (BalanceMovementDirection.INCREASE, "USD", Decimal("1000.00")),
        (BalanceMovementDirection.DECREASE, "INR", rupees),
    }
    for leg in legs:
        assert leg.data.related_trade_no == bought.trade_no
        assert not isinstance(leg.data.exchange, Unset)
        assert (leg.data.exchange.ccy_pair, leg.data.exchange.rate) == ("USDINR", quote.offer_rate)
        assert leg.version == "1.0"
    assert payloads_follow_the_spec(gateway, "EXCHANGE", "BalanceNotification") == 2


def test_selling_the_other_currency_divides_by_the_offer_and_rounds_the_dollars_down(gateway: Gateway) -> None:
    fresh_period(gateway)
    client = gateway.client()
    fund(gateway, "1000000", "IDR")
    (quote,) = quotes(client, "USDIDR")
    assert isinstance(quote.offer_rate, Decimal)
    sold = exchange_money(client, exchange_request("FX_SELL_IDR", "SELL", "1000000", "IDR", "USD", quote.version))
    assert sold.target_amount == (Decimal(1000000) / quote.offer_rate).quantize(CENT, rounding=ROUND_FLOOR)
    gateway.control("POST", f"/exchanges/{sold.trade_no}/settle", {"status": "SUCCESS"})
    assert balances(client) == {(DISB, "USD"): sold.target_amount}  # zero balances are left out


def test_buying_rupiah_costs_at_least_a_cent(gateway: Gateway) -> None:
    """PayerMax's own example: buying 100 IDR costs 0.0064 USD, shown as 0.01 (rounded in PayerMax's favour)."""
    client = gateway.client()
    fund(gateway, "1.00")
    bought = exchange_money(client, exchange_request("FX_TINY", "BUY", "100", "IDR", "USD"))
    assert bought.target_amount == CENT
    assert bought.side == FxSide.BUY


def test_an_expired_quote_is_refused_and_the_latest_rate_has_moved(gateway: Gateway) -> None:
    fresh_period(gateway)
    client = gateway.client()
    fund(gateway, "100.00")
    (old,) = quotes(client, "USDPHP")
    gateway.control("POST", "/clock/advance", {"seconds": 1800})
    with pytest.raises(InvalidRequestError) as refused:
        exchange_money(client, exchange_request("FX_OLD", "SELL", "10.00", "USD", "PHP", old.version))
    assert refused.value.code == "PARAMS_INVALID"
    assert "data.rateVersion" in refused.value.msg and "expired" in refused.value.msg
    (new,) = quotes(client, "USDPHP")
    assert new.version != old.version and new.bid_rate != old.bid_rate
    latest = exchange_money(client, exchange_request("FX_NEW", "SELL", "10.00", "USD", "PHP"))
    assert (latest.rate_version, latest.rate) == (new.version, new.bid_rate)
    with pytest.raises(NotFoundError):
        query_exchange(client, "FX_OLD")  # a refusal creates nothing


def test_forced_failure_moves_nothing(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "300.00")
    pending = exchange_money(client, exchange_request("FX_FAIL", "SELL", "200.00", "USD", "EUR"))
    failed = gateway.control("POST", "/exchanges/FX_FAIL/settle", {"status": "FAILED"})
    assert (failed["status"], failed["errorCode"]) == ("FAILED", "PAYMENT_REJECTED")
    result = query_exchange(client, "FX_FAIL")
    assert (result.status, result.error_code, result.trade_no) == (
        ExchangeStatus.FAILED,
        "PAYMENT_REJECTED",
        pending.trade_no,
    )
    assert balances(client) == {(DISB, "USD"): Decimal("300.00")}
    with pytest.raises(httpx.HTTPStatusError) as closed:
        gateway.control("POST", "/exchanges/FX_FAIL/settle", {})
    assert closed.value.response.json()["code"] == "ORDER_CLOSED"


def test_balance_checked_when_asked_and_again_when_settling(gateway: Gateway) -> None:
    client = gateway.client()
    with pytest.raises(InsufficientBalanceError):
        exchange_money(client, exchange_request("FX_POOR", "SELL", "10.00", "USD", "SAR"))
    fund(gateway, "10.00")
    exchange_money(client, exchange_request("FX_RACE", "SELL", "10.00", "USD", "SAR"))
    fund(gateway, "-5.00")  # the money left meanwhile (a withdrawal)
    gateway.control("POST", "/exchanges/FX_RACE/settle", {})
    result = query_exchange(client, "FX_RACE")
    assert (result.status, result.error_code) == (ExchangeStatus.FAILED, "BALANCE_INSUFFICIENT")
    assert balances(client) == {(DISB, "USD"): Decimal("5.00")}
    with pytest.raises(DuplicateRequestError):
        exchange_money(client, exchange_request("FX_RACE", "SELL", "1.00", "USD", "SAR"))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ccy_pair": "INRUSD"}, "data.ccyPair"),
        ({"target_ccy": "EUR"}, "data.transactionCcy"),
        ({"rate_version": "Q20200101000000USDINR"}, "data.rateVersion"),
        ({"rate_version": "not a version"}, "data.rateVersion"),
    ],
)
def test_refusals_name_the_field(gateway: Gateway, changes: dict[str, str], field: str) -> None:
    client = gateway.client()
    fund(gateway, "100.00")
    request = exchange_request("FX_BAD", "SELL", "10.00", "USD", "INR")
    for name, value in changes.items():
        setattr(request, name, value)
    with pytest.raises(InvalidRequestError) as refused:
        exchange_money(client, request)
    assert field in refused.value.msg


def test_a_quote_of_another_pair_and_an_unquoted_pair_are_refused(gateway: Gateway) -> None:
    fresh_period(gateway)
    client = gateway.client()
    fund(gateway, "100.00")
    (php,) = quotes(client, "USDPHP")
    assert isinstance(php.version, str)
    with pytest.raises(InvalidRequestError, match="another pair"):
        exchange_money(client, exchange_request("FX_X", "SELL", "10.00", "USD", "INR", php.version))
    with pytest.raises(InvalidRequestError) as unquoted:
        quotes(client, "USDINR", "USDXXX")
    assert (unquoted.value.code, "data.ccyPairList[1]" in unquoted.value.msg) == ("CURRENCY_INVALID", True)


def test_price_types_filter_the_quote(gateway: Gateway) -> None:
    answer = quote_query.sync(
        client=gateway.client(),
        body=QuoteQueryRequest(ccy_pair_list=["USDSAR", "USDAED"], price_type_list=[FxQuotePriceType.BID]),
    )
    assert answer is not None and isinstance(answer.data, QuoteQueryResult)
    assert not isinstance(answer.data.rate_list, Unset)
    assert [q.ccy_pair for q in answer.data.rate_list] == ["USDSAR", "USDAED"]
    assert all(isinstance(q.bid_rate, Decimal) and isinstance(q.offer_rate, Unset) for q in answer.data.rate_list)


def test_client_exchange_rates_are_the_rates_payouts_convert_with(gateway: Gateway) -> None:
    client = gateway.client()
    answer = query_client_exchange_rate.sync(
        client=client,
        body=QueryClientExchangeRateRequest(
            product=ClientExchangeProduct.PAY_OUT,
            ccy_pair_list=[
                ClientExchangeCurrencyPair(side=FxSide.SELL, transaction_currency="SAR", target_currency="USD")
            ],
        ),
    )
    assert answer is not None and isinstance(answer.data, QueryClientExchangeRateResult)
    (rate,) = answer.data.currency_list
    assert (rate.ccy_pair, rate.rate_type, rate.side) == ("SARUSD", "Reference", FxSide.SELL)
    fund(gateway, "100.00")
    account = "SA0380000000608010167519"
    payment_order_pay.sync(
        client=client, body=payout("FX_PO", "250.00", "SAR", country="SA", account=account, source="USD")
    )
    paid = payment_order_qry.sync(client=client, body=PaymentOrderQryRequest(out_trade_no="FX_PO"))
    assert paid is not None and isinstance(paid.data, PaymentOrderQryResult)
    assert isinstance(paid.data.source.exchange_rate, str)
    assert Decimal(paid.data.source.exchange_rate) == rate.rate


def test_unknown_currency_in_client_rates_is_refused(gateway: Gateway) -> None:
    with pytest.raises(InvalidRequestError, match=r"data.ccyPairList\[0\]"):
        query_client_exchange_rate.sync(
            client=gateway.client(),
            body=QueryClientExchangeRateRequest(
                product=ClientExchangeProduct.PAY_IN,
                ccy_pair_list=[
                    ClientExchangeCurrencyPair(side=FxSide.BUY, transaction_currency="USD", target_currency="XXX")
                ],
            ),
        )


def test_a_pending_exchange_settles_when_the_emulator_clock_says_so() -> None:
    emulator = Emulator(Settings(settle_after=60))
    merchant = emulator.test_merchant.merchant
    emulator.balances.adjust(merchant, DISB, "USD", Decimal("50.00"))
    request = {"ccyPair": "USDINR", "outTradeNo": "FX_SWEPT", "side": "SELL", "transactionAmount": "20.00",
               "transactionCcy": "USD", "targetCcy": "INR"}  # fmt: skip
    assert emulator.answer(merchant, "exchange", request)["status"] == "PENDING"
    emulator.sweep()
    assert emulator.answer(merchant, "exchangeQuery", {"outTradeNo": "FX_SWEPT"})["status"] == "PENDING"
    emulator.clock.advance(61)
    assert emulator.sweep() == 1
    settled = emulator.answer(merchant, "exchangeQuery", {"outTradeNo": "FX_SWEPT"})
    assert settled["status"] == "SUCCESS"
    accounts = {(kind, currency): value for kind, currency, value in emulator.ledger.accounts(merchant.app_id)}
    assert accounts == {(DISB, "USD"): Decimal("30.00"), (DISB, "INR"): Decimal(settled["targetAmount"])}

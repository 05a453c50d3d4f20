"""consultPaymentMethod end to end: the emulator's catalogue of payment methods and its filters."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from payermax_client import Client
from payermax_client.api.payment_methods import consult_payment_method
from payermax_client.models import (
    AvailablePaymentMethod,
    AvailablePaymentMethodStatus,
    ConsultPaymentMethodRequest,
    ConsultPaymentMethodResult,
)
from payermax_client.types import Unset
from tests.support.gateway import Gateway


def consult(client: Client, request: ConsultPaymentMethodRequest | None = None) -> list[AvailablePaymentMethod]:
    answer = consult_payment_method.sync(client=client, body=request or ConsultPaymentMethodRequest())
    assert answer is not None
    assert isinstance(answer.data, ConsultPaymentMethodResult)
    assert isinstance(answer.data.payment_methods, list)
    return answer.data.payment_methods


def test_the_whole_catalogue_is_listed_without_filters(gateway: Gateway) -> None:
    methods = consult(gateway.client())
    assert len(methods) == 14
    assert {m.payment_method_type for m in methods} == {"CARD", "APPLEPAY", "GOOGLEPAY", "WALLET", "BANK_TRANSFER"}
    assert {m.target_org for m in methods if m.payment_method_type == "WALLET"} == {
        "DANA",
        "OVO",
        "GCASH",
        "STC_PAY",
        "TRUEMONEY",
    }
    for method in methods:
        assert isinstance(method.min_amount, Decimal)
        assert isinstance(method.max_amount, Decimal)
        assert 0 < method.min_amount < method.max_amount
        assert isinstance(method.activation_time, str)
        assert datetime.fromisoformat(method.activation_time) < gateway.emulator.clock.now()
    unavailable = sorted(
        (m.payment_method_type, m.country) for m in methods if m.status == AvailablePaymentMethodStatus.UNAVAILABLE
    )
    assert unavailable == [("CARD", "BR"), ("WALLET", "ID")]


def test_filters_narrow_the_list(gateway: Gateway) -> None:
    client = gateway.client()
    wallets = consult(client, ConsultPaymentMethodRequest(country="ID", currency="IDR", payment_method_type="WALLET"))
    assert [(m.target_org, m.status, m.min_amount, m.max_amount) for m in wallets] == [
        ("DANA", AvailablePaymentMethodStatus.AVAILABLE, Decimal("1000"), Decimal("20000000")),
        ("OVO", AvailablePaymentMethodStatus.UNAVAILABLE, Decimal("10000"), Decimal("10000000")),
    ]
    cards = consult(client, ConsultPaymentMethodRequest(payment_method_type="card"))  # any letter case
    assert [(m.country, m.currency) for m in cards] == [
        ("US", "USD"),
        ("DE", "EUR"),
        ("SA", "SAR"),
        ("AE", "AED"),
        ("BR", "BRL"),
    ]
    assert all(isinstance(m.target_org, Unset) for m in cards)  # the card number decides the scheme
    saudi = consult(client, ConsultPaymentMethodRequest(country="SA"))
    assert {(m.payment_method_type, m.target_org if isinstance(m.target_org, str) else None) for m in saudi} == {
        ("CARD", None),
        ("WALLET", "STC_PAY"),
    }
    in_usd = consult(client, ConsultPaymentMethodRequest(currency="USD"))
    assert {m.payment_method_type for m in in_usd} == {"CARD", "APPLEPAY", "GOOGLEPAY"}


def test_a_filter_nothing_matches_gives_an_empty_list(gateway: Gateway) -> None:
    assert consult(gateway.client(), ConsultPaymentMethodRequest(country="JP")) == []
    assert consult(gateway.client(), ConsultPaymentMethodRequest(country="ID", payment_method_type="CARD")) == []

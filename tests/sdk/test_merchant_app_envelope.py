"""The operations whose envelope names the application ``merchantAppId`` (``MerchantAppRequestEnvelope``:
addOrDelRiskNameList, orderConfirm) get it from ``PayerMax`` too - not ``appId`` - in every mode: sync, async
and as a service provider's sub-merchant view."""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import pytest

from payermax_client import AsyncPayerMax, PayerMax
from payermax_client.models import (
    AddOrDelRiskNameListRequest,
    AddOrDelRiskNameListResult,
    OrderConfirmRequest,
    OrderConfirmResult,
)
from payermax_emulator.openapi import bundled_spec
from payermax_signing import MerchantCredentials
from tests.support.scripted_gateway import Exchange, ScriptedGateway
from tests.support.spec_examples import operations, request_examples, successful_answers

from .conftest import QUICK_RETRY

REQUESTS: dict[str, Any] = {"addOrDelRiskNameList": AddOrDelRiskNameListRequest, "orderConfirm": OrderConfirmRequest}


def _envelope_schema(operation: dict[str, Any]) -> str:
    return str(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"])


def merchant_app_operations() -> list[str]:
    """The operations built on ``MerchantAppRequestEnvelope``, read from the spec."""
    schemas = bundled_spec().raw["components"]["schemas"]
    found = []
    for name, operation in operations().items():
        envelope = schemas[_envelope_schema(operation).rsplit("/", 1)[-1]]
        if envelope["allOf"][0]["$ref"].endswith("/MerchantAppRequestEnvelope"):
            found.append(name)
    return sorted(found)


def _answer(name: str) -> Any:
    return lambda exchange: next(iter(successful_answers(name).values()))


def _checked(exchange: Exchange, name: str, credentials: MerchantCredentials) -> dict[str, Any]:
    envelope = exchange.envelope
    assert exchange.signature_ok
    assert envelope["merchantAppId"] == credentials.app_id and "appId" not in envelope
    errors = list(bundled_spec().validator(_envelope_schema(operations()[name])).iter_errors(envelope))
    assert not errors, [error.message for error in errors]
    return envelope


def test_the_spec_has_exactly_these_operations() -> None:
    assert merchant_app_operations() == sorted(REQUESTS)


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_the_entry_point_writes_merchant_app_id(
    name: str, gateway: ScriptedGateway, payermax: PayerMax, credentials: MerchantCredentials
) -> None:
    gateway.answer = _answer(name)
    example = next(iter(request_examples(name).values()))
    if name == "addOrDelRiskNameList":
        result: object = payermax.risk.add_or_del_risk_name_list(AddOrDelRiskNameListRequest.from_dict(example))
        assert isinstance(result, AddOrDelRiskNameListResult)
    else:
        result = payermax.bill_payment.order_confirm(OrderConfirmRequest.from_dict(example))
        assert isinstance(result, OrderConfirmResult)
    _checked(gateway.received[-1], name, credentials)


def test_the_async_entry_point_and_a_sub_merchant_view_write_it_too(
    gateway: ScriptedGateway, gateway_url: str, credentials: MerchantCredentials
) -> None:
    name = "addOrDelRiskNameList"
    gateway.answer = _answer(name)
    request = AddOrDelRiskNameListRequest.from_dict(next(iter(request_examples(name).values())))

    async def call() -> None:
        async with AsyncPayerMax(credentials, base_url=gateway_url, retry=QUICK_RETRY) as payermax:
            await payermax.risk.add_or_del_risk_name_list(request)

    asyncio.run(call())
    _checked(gateway.received[-1], name, credentials)

    provider = attrs.evolve(credentials, merchant_no="010229810189302")
    with PayerMax(provider, base_url=gateway_url, retry=QUICK_RETRY) as platform:
        platform.for_merchant("SUBMERCHANT_A", auth_token="token-for-shop-a-6f1c").risk.add_or_del_risk_name_list(
            request
        )
    envelope = _checked(gateway.received[-1], name, credentials)
    assert (envelope["merchantNo"], envelope["spMerchantNo"]) == ("SUBMERCHANT_A", "010229810189302")

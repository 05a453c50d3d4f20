"""Spellings the spec tolerates (``x-payermax-aliases``) are accepted and reach the products in their canonical
form - through one normaliser driven by the spec, checked here against the spec itself and over real sockets."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from payermax_emulator.http.aliases import ALIASES, AliasNormaliser
from payermax_emulator.http.validation import RequestValidator
from payermax_emulator.openapi import SpecDocument
from tests.support.gateway import Gateway, raw_call
from tests.support.loops import every

HOSTED = {
    "outTradeNo": "ALIAS_1", "integrate": "Hosted_Checkout", "subject": "Mug", "totalAmount": "12.00", "currency": "USD",
    "userId": "buyer-1", "frontCallbackURL": "https://shop.example.com/back-from-alias",
}  # fmt: skip


def alias_sites(node: Any, path: str = "#") -> list[tuple[str, dict[str, str]]]:
    """Every schema of the document that declares aliases, with them."""
    found: list[tuple[str, dict[str, str]]] = []
    if isinstance(node, dict):
        if ALIASES in node:
            found.append((path, node[ALIASES]))
        for key, value in node.items():
            found += alias_sites(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += alias_sites(value, f"{path}/{index}")
    return found


def test_every_alias_in_the_spec_is_reached_by_the_requests_that_can_carry_it(spec: SpecDocument) -> None:
    validator = RequestValidator(spec)
    normaliser = AliasNormaliser(spec)
    sites = every(alias_sites(spec.raw["components"]["schemas"], "#/components/schemas"), "aliases in the spec")
    by_request = {operation: normaliser.reachable(validator.pointer(operation)) for operation in validator.operations}
    in_requests = set().union(*by_request.values())
    answers = set().union(*(normaliser.reachable(f"#/components/schemas/{name}")
                            for name in spec.raw["components"]["schemas"]
                            if name.endswith(("Response", "Notification"))))  # fmt: skip
    for path, _ in sites:
        assert path in in_requests or path in answers, f"{path} is in no request or answer schema"
    carrying = {operation for operation, reached in by_request.items() if any(path in reached for path, _ in sites)}
    assert carrying == {operation for operation in validator.operations
                        if normaliser.reaches_alias(validator.pointer(operation))}  # fmt: skip
    assert {"orderAndPay", "applyPaymentToken"} <= carrying


def test_member_and_value_aliases_become_canonical(spec: SpecDocument) -> None:
    validator = RequestValidator(spec)
    envelope = {"version": "1.5", "keyVersion": "1", "requestTime": "2024-01-01T00:00:00.000+00:00", "appId": "a",
                "merchantNo": "m", "data": {**HOSTED, "envInfo": {"terminalType": "wap", "osType": "android"}}}  # fmt: skip
    assert validator.problem("orderAndPay", copy.deepcopy(envelope)) is None
    data = validator.canonical("orderAndPay", envelope)["data"]
    assert data["frontCallbackUrl"] == HOSTED["frontCallbackURL"] and "frontCallbackURL" not in data
    assert data["envInfo"] == {"terminalType": "WAP", "osType": "ANDROID"}
    both = {**envelope, "data": {**HOSTED, "frontCallbackUrl": "https://shop.example.com/canonical"}}
    assert validator.canonical("orderAndPay", both)["data"]["frontCallbackUrl"] == "https://shop.example.com/canonical"
    plain = {**envelope, "data": {"outTradeNo": "X"}}
    assert validator.canonical("orderQuery", plain) == plain


def test_an_order_spelling_front_callback_url_the_other_way_sends_the_payer_back_there(gateway: Gateway) -> None:
    answer = raw_call(gateway, "orderAndPay", {**HOSTED, "envInfo": {"terminalType": "web"}})
    assert answer["code"] == "APPLY_SUCCESS", answer
    page = answer["data"]["redirectUrl"]
    paid = httpx.post(page, data={"action": "pay"})
    assert paid.status_code == 303 and paid.headers["location"] == HOSTED["frontCallbackURL"]


def test_a_token_application_with_lower_case_terminal_values_is_accepted(gateway: Gateway) -> None:
    data = {"requestId": "ALIAS_TOKEN", "country": "SA", "paymentMethodType": "CARD", "userId": "buyer-1",
            "frontCallbackUrl": "https://shop.example.com/cards", "tokenScope": "tokenAcq",
            "envInfo": {"terminalType": "app", "osType": "ios"},
            "cardInfo": {"cardOrg": "VISA", "cardIdentifierNo": "4111111111111111", "cardHolderFullName": "JANE DOE",
                         "cardExpirationMonth": "12", "cardExpirationYear": "39"}}  # fmt: skip
    answer = raw_call(gateway, "applyPaymentToken", data)
    assert answer["code"] == "APPLY_SUCCESS" and answer["data"]["status"] == "SUCCESS", answer

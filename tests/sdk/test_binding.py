"""A genuine, correctly signed answer is only accepted as the answer to the request it is about: every
identifier the spec says the answer echoes (``x-payermax-echo``) must match the request's."""

from __future__ import annotations

import importlib
import typing
from typing import Any

import pytest

from payermax_client import Client, PayerMax
from payermax_client.api.collection import order_query
from payermax_client.models import OrderQueryRequest
from payermax_signing import MerchantCredentials, MismatchedAnswerError, PayerMaxAuth, SpecViolationError
from payermax_signing.operation import echoed_values
from tests.support.scripted_gateway import ScriptedGateway
from tests.support.spec_examples import operations, request_examples, successful_answers

ECHOING = sorted(name for name, operation in operations().items() if operation.get("x-payermax-echo"))


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")  # InquireApplyRequest too


def _request_model(operation: dict[str, Any], data: dict[str, Any]) -> Any:
    """The request model an example builds (for a ``oneOf``, the variant whose discriminator it names)."""
    api = importlib.import_module(f"payermax_client.api.{operation['tags'][0]}.{_snake(operation['operationId'])}")
    hint = typing.get_type_hints(api._get_kwargs)["body"]
    for model in typing.get_args(hint) or (hint,):
        try:
            built = model.from_dict(data)
        except SpecViolationError:
            continue
        discriminator = getattr(built, "integrate", None)
        if discriminator is None or discriminator.is_known:
            return built
    raise AssertionError(f"no request model takes the example of {operation['operationId']}")


def _call(payermax: PayerMax, operation: dict[str, Any], data: dict[str, Any]) -> Any:
    resource = getattr(payermax, operation["tags"][0])
    return getattr(resource, _snake(operation["operationId"]))(_request_model(operation, data))


def _echoed_pairs(operation: dict[str, Any], answer: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(request member, answer path, the value the answer carries) for every echo the example shows with one
    value (a list answer about several tokens was not asked for one of them)."""
    found = []
    for member, path in operation["x-payermax-echo"].items():
        values = {str(value) for value in echoed_values(answer["data"], path)}
        if len(values) == 1:
            found.append((member, path, values.pop()))
    return found


def test_the_spec_declares_echoes() -> None:
    assert {"orderQuery", "refundQuery", "queryPaybylink", "paymentOrderQry", "removePaymentToken"} <= set(ECHOING)
    # Issue 11 and 12's operations whose answers repeat the request's identifiers (the test below takes every
    # echoing operation of the spec; this list only guards against losing an extension).
    assert {
        "capture",
        "cancel",
        "confirmPayment",
        "InquireApplyRequest",
        "subscriptionCreate",
        "subscriptionQuery",
        "subscriptionCancel",
        "addOrDelRiskNameList",
        "exchange",
        "exchangeQuery",
        "orderConfirm",
    } <= set(ECHOING)


@pytest.mark.parametrize("name", ECHOING)
def test_an_answer_about_another_identifier_is_refused(
    name: str, gateway: ScriptedGateway, gateway_url: str, credentials: MerchantCredentials
) -> None:
    operation = operations()[name]
    answer = next(iter(successful_answers(name).values()))
    pairs = _echoed_pairs(operation, answer)
    assert pairs, f"{name}: no example answer shows the identifiers x-payermax-echo names"
    gateway.answer = answer
    with PayerMax(credentials, base_url=gateway_url) as payermax:
        for member, path, value in pairs:
            matching = {**next(iter(request_examples(name).values())), **{m: v for m, _, v in pairs}}
            assert _call(payermax, operation, matching) is not None  # the genuine answer to its own request

            other = {**matching, member: value + "X"}  # a request about something else
            with pytest.raises(MismatchedAnswerError) as caught:
                _call(payermax, operation, other)
            assert (caught.value.operation, caught.value.field, caught.value.answer_path) == (name, member, path)
    assert all(exchange.signature_ok for exchange in gateway.received)


def test_the_low_level_functions_are_bound_too(
    gateway: ScriptedGateway, gateway_url: str, credentials: MerchantCredentials
) -> None:
    gateway.answer = successful_answers("orderQuery")["cardPaymentSucceeded"]
    paid = str(gateway.answer["data"]["outTradeNo"])
    client = Client(base_url=gateway_url, httpx_args={"auth": PayerMaxAuth(credentials)})
    assert order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=paid)) is not None
    assert order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=paid.lower())) is not None
    with pytest.raises(MismatchedAnswerError, match="outTradeNo"):
        order_query.sync(client=client, body=OrderQueryRequest(out_trade_no="UNPAID_ORDER_B"))
    refusals_returned = Client(
        base_url=gateway_url, httpx_args={"auth": PayerMaxAuth(credentials, raise_on_error=False)}
    )
    with pytest.raises(MismatchedAnswerError):
        order_query.sync(client=refusals_returned, body=OrderQueryRequest(out_trade_no="UNPAID_ORDER_B"))

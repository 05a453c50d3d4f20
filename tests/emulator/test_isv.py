"""ISV mode against the emulator, over real sockets with the generated ``PayerMax`` client: a service provider
registers sub-merchants through the control API and calls for each with ``for_merchant``; each sub-merchant
has its own orders, balances and notification URL; wrong, missing, revoked and foreign tokens are refused
(``services/isv.py`` documents the checks), and a token never shows in an answer or a log."""

from __future__ import annotations

import functools
import json
import logging
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from payermax_client import PayerMax
from payermax_client.models import OrderQueryResult, PaymentNotification, PaymentStatus
from payermax_emulator.local_server import serve
from payermax_signing import (
    ApiError,
    AuthenticationError,
    MerchantCredentials,
    NotFoundError,
    NotificationReceiver,
    RetryPolicy,
    SigningKey,
    generate_key_pair,
)
from tests.support.builders import direct_order, hosted_order
from tests.support.gateway import Gateway, MerchantEndpoint, raw_call
from tests.support.readme import python_blocks

SHOPS = ("a", "b")


@dataclass
class Provider:
    """A service provider registered through the control API, with the tokens its sub-merchants granted."""

    credentials: MerchantCredentials
    key: SigningKey
    shops: dict[str, str]  # merchant number -> token

    def client(self, gateway: Gateway) -> PayerMax:
        return PayerMax(self.credentials, base_url=gateway.emulator.settings.gateway_url, retry=RetryPolicy.never())


@pytest.fixture(scope="module")
def shop_endpoints(gateway_session: Gateway) -> Iterator[dict[str, MerchantEndpoint]]:
    """One notification endpoint per sub-merchant."""
    platform_key = gateway_session.emulator.platform_key.verifying_key
    endpoints = {name: MerchantEndpoint(NotificationReceiver(platform_key, max_age=None)) for name in SHOPS}
    app = Starlette(routes=[Route(f"/notify/{name}", e.handle, methods=["POST"]) for name, e in endpoints.items()])
    with serve(app) as url:
        for name, endpoint in endpoints.items():
            endpoint.url = f"{url}/notify/{name}"
        yield endpoints


@pytest.fixture
def endpoints(shop_endpoints: dict[str, MerchantEndpoint]) -> dict[str, MerchantEndpoint]:
    for endpoint in shop_endpoints.values():
        endpoint.reset()
    return shop_endpoints


def register(gateway: Gateway, sub_merchants: list[dict[str, Any]], **provider: Any) -> Provider:
    key = generate_key_pair()
    answer = gateway.control(
        "POST",
        "/service-providers",
        {"publicKey": key.verifying_key.to_base64(), "subMerchants": sub_merchants, **provider},
    )
    credentials = MerchantCredentials(answer["appId"], answer["merchantNo"], key, gateway.credentials.platform_key)
    return Provider(credentials, key, {sub["merchantNo"]: sub["authToken"] for sub in answer["subMerchants"]})


def payments(endpoint: MerchantEndpoint) -> list[PaymentNotification]:
    return [notice for notice in endpoint.received if isinstance(notice, PaymentNotification)]


def refusal(call: Callable[..., object], *args: Any) -> ApiError:
    """The refusal ``call(*args)`` raises: a signed answer telling who calls is not accepted."""
    with pytest.raises(AuthenticationError) as refused:
        call(*args)
    return refused.value


def assert_token_hidden(token: str, error: ApiError, caplog: pytest.LogCaptureFixture) -> None:
    assert token not in str(error) and token not in json.dumps(error.body)
    assert token not in caplog.text


def test_a_service_provider_acts_for_two_sub_merchants(
    gateway: Gateway, endpoints: dict[str, MerchantEndpoint]
) -> None:
    provider = register(gateway, [{"notifyUrl": endpoints[name].url} for name in SHOPS])
    (number_a, token_a), (number_b, token_b) = provider.shops.items()
    with provider.client(gateway) as platform:
        shop_a = platform.for_merchant(number_a, auth_token=token_a)
        shop_b = platform.for_merchant(number_b, auth_token=token_b)
        # The same outTradeNo in three namespaces: each sub-merchant's and the provider's own.
        paid = shop_a.collection.order_and_pay(direct_order("ORDER_1"))
        assert paid.status is PaymentStatus.SUCCESS
        pending = shop_b.collection.order_and_pay(hosted_order("ORDER_1", "25.50"))
        assert pending.status is PaymentStatus.PENDING
        own = platform.collection.order_and_pay(hosted_order("ORDER_1", "7.00"))
        assert len({paid.trade_token, pending.trade_token, own.trade_token}) == 3
        shop_b.collection.order_and_pay(hosted_order("ONLY_B"))
        gateway.control("POST", f"/orders/ORDER_1/complete?appId={provider.credentials.app_id}&merchantNo={number_b}")

        seen: dict[str, OrderQueryResult] = {
            name: client.collection.order_query(out_trade_no="ORDER_1")
            for name, client in (("a", shop_a), ("b", shop_b), ("provider", platform))
        }
        assert {name: (q.trade_token, q.total_amount, q.status) for name, q in seen.items()} == {
            "a": (paid.trade_token, Decimal("74.99"), PaymentStatus.SUCCESS),
            "b": (pending.trade_token, Decimal("25.50"), PaymentStatus.SUCCESS),
            "provider": (own.trade_token, Decimal("7.00"), PaymentStatus.PENDING),
        }
        for client in (shop_a, platform):
            with pytest.raises(NotFoundError):
                client.collection.order_query(out_trade_no="ONLY_B")

        def acquiring(client: PayerMax) -> dict[str, Decimal]:
            accounts = client.balances.current_balance_query().account_real_time_types
            return {row.currency: row.balance for row in accounts if row.account_type == "ACQUIRING"}

        assert acquiring(shop_a).get("USD") == Decimal("74.99")
        assert acquiring(shop_b).get("USD") == Decimal("25.50")
        assert not any(acquiring(platform).values())

    for name, number, trade_token in (("a", number_a, paid.trade_token), ("b", number_b, pending.trade_token)):
        notices = gateway.wait_for(functools.partial(payments, endpoints[name]))
        assert len(notices) == 1
        notice = notices[0]
        assert (notice.app_id, notice.merchant_no, notice.data.trade_token) == (
            provider.credentials.app_id,
            number,
            trade_token,
        )
        assert notice.additional_properties["spMerchantNo"] == provider.credentials.merchant_no
    assert gateway.endpoint.received == []  # nothing went to the test merchant


def test_wrong_and_missing_tokens_are_refused(gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    provider = register(gateway, [{}, {}])
    (number_a, token_a), (number_b, token_b) = provider.shops.items()
    with provider.client(gateway) as platform:
        for number, token in ((number_a, token_b), (number_a, token_a + "x"), (number_b, "not-the-token")):
            shop = platform.for_merchant(number, auth_token=token)
            error = refusal(shop.collection.order_and_pay, hosted_order("WRONG"))
            assert (error.code, error.msg) == (
                "AUTHENTICATE_FAILED",
                "The merchant auth token is not valid for this sub-merchant.",
            )
            assert_token_hidden(token, error, caplog)
        assert platform.for_merchant(number_a, auth_token=token_a).collection.order_and_pay(hosted_order("WRONG"))
    # Without the header at all (the SDK always sends it, so the request is made by hand).
    missing = raw_call(gateway, "orderQuery", {"outTradeNo": "WRONG"},
                       credentials=provider.credentials.acting_for(number_a, auth_token=token_a))  # fmt: skip
    assert (missing["code"], missing["msg"]) == ("AUTHENTICATE_FAILED", "The merchant_auth_token header is missing.")
    for token in (token_a, token_b):
        assert token not in caplog.text


def test_a_sub_merchant_of_another_provider_is_refused(gateway: Gateway, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first, second = register(gateway, [{}]), register(gateway, [{}])
    ((number, token),) = first.shops.items()
    with second.client(gateway) as platform:
        shop = platform.for_merchant(number, auth_token=token)
        error = refusal(shop.balances.current_balance_query)
    assert (error.code, error.msg) == (
        "MERCHANT_INVALID",
        "The merchantNo is not a sub-merchant of this service provider.",
    )
    assert_token_hidden(token, error, caplog)
    # Naming the other provider in spMerchantNo while signing with one's own key does not help either.
    posing = second.credentials.acting_for(number, auth_token=token)
    posing = MerchantCredentials(posing.app_id, number, second.key, posing.platform_key,
                                 sp_merchant_no=first.credentials.merchant_no, merchant_auth_token=token)  # fmt: skip
    with PayerMax(posing, base_url=gateway.emulator.settings.gateway_url, retry=RetryPolicy.never()) as client:
        error = refusal(client.balances.current_balance_query)
    assert (error.code, error.msg) == ("MERCHANT_INVALID", "The spMerchantNo does not belong to this appId.")


def test_a_revoked_token_is_refused_and_a_new_grant_replaces_it(gateway: Gateway) -> None:
    number = f"SUB_REVOKED_{secrets.token_hex(4)}"  # sub-merchants outlive a reset: a number is used once
    provider = register(gateway, [{"merchantNo": number, "authToken": "chosen-token-0001"}])
    app_id = provider.credentials.app_id
    assert provider.shops == {number: "chosen-token-0001"}
    with provider.client(gateway) as platform:
        shop = platform.for_merchant(number, auth_token="chosen-token-0001")
        shop.balances.current_balance_query()
        revoked = gateway.control("POST", f"/service-providers/{app_id}/sub-merchants/{number}/revoke")
        assert revoked == {"merchantNo": number, "granted": False}
        error = refusal(shop.balances.current_balance_query)
        assert error.code == "AUTHENTICATE_FAILED"

        granted = gateway.control("POST", f"/service-providers/{app_id}/sub-merchants", {"merchantNo": number})
        assert granted["merchantNo"] == number and granted["authToken"] != "chosen-token-0001"
        platform.for_merchant(number, auth_token=granted["authToken"]).balances.current_balance_query()
        assert refusal(shop.balances.current_balance_query).code == "AUTHENTICATE_FAILED"


def test_without_sp_merchant_no_nothing_changes(gateway: Gateway) -> None:
    """A sub-merchant has no app of its own to sign with, and a stray token header changes nothing."""
    number = f"SUB_PLAIN_{secrets.token_hex(4)}"
    provider = register(gateway, [{"merchantNo": number}])
    token = provider.shops[number]
    as_app = MerchantCredentials(f"{provider.credentials.app_id}/{number}", number, provider.key,
                                 provider.credentials.platform_key)  # fmt: skip
    assert raw_call(gateway, "orderQuery", {"outTradeNo": "X"}, credentials=as_app)["code"] == "MERCHANT_APP_INVALID"
    claimed = MerchantCredentials(provider.credentials.app_id, number, provider.key, as_app.platform_key,
                                  merchant_auth_token=token)  # fmt: skip
    with PayerMax(claimed, base_url=gateway.emulator.settings.gateway_url, retry=RetryPolicy.never()) as client:
        assert refusal(client.balances.current_balance_query).code == "MERCHANT_INVALID"
    with provider.client(gateway) as platform:
        assert platform.collection.order_and_pay(hosted_order("PLAIN")).status is PaymentStatus.PENDING


def test_the_control_api_never_shows_a_token_again(gateway: Gateway, endpoints: dict[str, MerchantEndpoint]) -> None:
    provider = register(gateway, [{"notifyUrl": endpoints["a"].url}, {}], notifyUrl=endpoints["b"].url)
    (number_a, token_a), (number_b, token_b) = provider.shops.items()
    with provider.client(gateway) as platform:
        platform.for_merchant(number_b, auth_token=token_b).collection.order_and_pay(direct_order("TO_B"))
    assert gateway.wait_for(lambda: payments(endpoints["b"]))  # B falls back to the provider's URL
    described = gateway.control("GET", f"/service-providers/{provider.credentials.app_id}")
    assert described == {
        "appId": provider.credentials.app_id,
        "merchantNo": provider.credentials.merchant_no,
        "subMerchants": [
            {"merchantNo": number_a, "notifyUrl": endpoints["a"].url, "granted": True},
            {"merchantNo": number_b, "notifyUrl": endpoints["b"].url, "granted": True},
        ],
    }
    shown = json.dumps([described, gateway.control("GET", "/notifications"), gateway.control("GET", "/deliveries")])
    assert token_a not in shown and token_b not in shown
    stored = gateway.emulator.db.read("SELECT token_digest FROM sub_merchants")
    assert all(token_b not in str(row["token_digest"]) for row in stored)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"subMerchants": [{"authToken": "short"}]}, 400, "PARAMS_INVALID"),
        ({"subMerchants": [{"authToken": "has a space in it"}]}, 400, "PARAMS_INVALID"),
        ({"subMerchants": "not a list"}, 400, "PARAMS_INVALID"),
        ({"subMerchants": [["not an object"]]}, 400, "PARAMS_INVALID"),
        ({"subMerchants": [{"merchantNo": "X" * 33}]}, 400, "PARAMS_INVALID"),
        ({"subMerchants": [{"merchantNo": "TAKEN_BY_TEST_MERCHANT"}]}, 409, "MERCHANT_INVALID"),
    ],
)
def test_registration_refusals_leave_nothing_behind(
    gateway: Gateway, body: dict[str, Any], status: int, code: str
) -> None:
    test_merchant_no = gateway.credentials.merchant_no
    assert test_merchant_no is not None
    for sub in body["subMerchants"] if isinstance(body["subMerchants"], list) else []:
        if isinstance(sub, dict) and sub.get("merchantNo") == "TAKEN_BY_TEST_MERCHANT":
            sub["merchantNo"] = test_merchant_no
    app_id = f"isv-refused-{status}-{len(json.dumps(body))}"
    payload = {"publicKey": generate_key_pair().verifying_key.to_base64(), "appId": app_id, **body}
    response = httpx.post(f"{gateway.url}/emulator/service-providers", json=payload)
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert gateway.emulator.merchants.get(app_id) is None  # all or nothing


def test_sub_merchants_of_unknown_providers(gateway: Gateway) -> None:
    for method, path in (("GET", "/service-providers/nobody"), ("POST", "/service-providers/nobody/sub-merchants"),
                         ("POST", "/service-providers/nobody/sub-merchants/SUB/revoke")):  # fmt: skip
        response = httpx.request(method, f"{gateway.url}/emulator{path}", json={})
        assert response.status_code == 409 and response.json()["code"] in ("MERCHANT_INVALID", "MERCHANT_APP_INVALID")


def test_the_readme_isv_example_runs(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    """README.md's "Service providers (ISV)" example, against the emulator instead of UAT."""
    (example,) = [block for block in python_blocks() if "for_merchant(" in block]
    token = "readme-example-token"
    provider = register(gateway, [{"authToken": token}])
    ((number,),) = [provider.shops.keys()]
    environment = gateway.emulator.environment() | {
        "PAYERMAX_APP_ID": provider.credentials.app_id,
        "PAYERMAX_MERCHANT_NO": provider.credentials.merchant_no or "",
        "PAYERMAX_MERCHANT_PRIVATE_KEY": provider.key.to_base64(),
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(PayerMax, "servers", {"UAT": gateway.emulator.settings.gateway_url})
    code = example.replace('"SUB_MERCHANT_NO"', repr(number)).replace(
        '"the token the sub-merchant granted"', repr(token)
    )
    assert code != example
    printed: list[object] = []
    exec(compile(code, "README.md", "exec"), {"print": printed.append})  # noqa: S102
    assert len(printed) == 1 and isinstance(printed[0], str)

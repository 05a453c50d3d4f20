"""ISV mode, the SDK side: a service provider signs with its own key and calls for its sub-merchants - the
envelope names both (``merchantNo``, ``spMerchantNo``) and the sub-merchant's grant travels in the
``merchant_auth_token`` header - for several sub-merchants from one process."""

from __future__ import annotations

import asyncio
import logging

import attrs
import pytest

from payermax_client import AsyncPayerMax, Client, PayerMax
from payermax_client.api.collection import order_query
from payermax_client.models import OrderQueryRequest
from payermax_emulator.openapi import bundled_spec
from payermax_signing import ConfigurationError, MerchantCredentials, PayerMaxAuth, SigningKey
from payermax_signing.protocol import MERCHANT_AUTH_TOKEN_HEADER
from tests.support.scripted_gateway import Exchange, ScriptedGateway
from tests.support.spec_examples import successful_answers

from .conftest import QUICK_RETRY

PROVIDER = "010229810189302"
SHOPS = {"SUBMERCHANT_A": "token-for-shop-a-6f1c", "SUBMERCHANT_B": "token-for-shop-b-93d2"}


def _balances(exchange: Exchange) -> object:
    return successful_answers("currentBalanceQuery")["balances"]


def _identity(exchange: Exchange) -> tuple[str | None, str | None, str | None]:
    envelope = exchange.envelope
    return envelope.get("merchantNo"), envelope.get("spMerchantNo"), exchange.headers.get(MERCHANT_AUTH_TOKEN_HEADER)


@pytest.fixture
def provider(credentials: MerchantCredentials) -> MerchantCredentials:
    return attrs.evolve(credentials, merchant_no=PROVIDER)


def test_the_spec_names_the_header_and_the_envelope_member() -> None:
    raw = bundled_spec().raw
    assert raw["components"]["securitySchemes"]["MerchantAuthToken"]["name"] == MERCHANT_AUTH_TOKEN_HEADER
    assert "spMerchantNo" in raw["components"]["schemas"]["RequestEnvelope"]["properties"]


def test_several_sub_merchants_from_one_client(
    gateway: ScriptedGateway, gateway_url: str, provider: MerchantCredentials
) -> None:
    gateway.answer = _balances
    with PayerMax(provider, base_url=gateway_url, retry=QUICK_RETRY) as platform:
        shop_a = platform.for_merchant("SUBMERCHANT_A", auth_token=SHOPS["SUBMERCHANT_A"])
        shop_b = platform.for_merchant("SUBMERCHANT_B", auth_token=SHOPS["SUBMERCHANT_B"])
        for client in (shop_a, shop_b, shop_a, platform):
            client.balances.current_balance_query()
        shop_a.close()  # a view does not own the connections
        shop_b.balances.current_balance_query()
        assert shop_a._http is platform._http and not platform._http.is_closed
    assert [_identity(e) for e in gateway.received] == [
        ("SUBMERCHANT_A", PROVIDER, SHOPS["SUBMERCHANT_A"]),
        ("SUBMERCHANT_B", PROVIDER, SHOPS["SUBMERCHANT_B"]),
        ("SUBMERCHANT_A", PROVIDER, SHOPS["SUBMERCHANT_A"]),
        (PROVIDER, None, None),  # the provider calling for itself
        ("SUBMERCHANT_B", PROVIDER, SHOPS["SUBMERCHANT_B"]),
    ]
    assert all(exchange.signature_ok for exchange in gateway.received)  # all signed with the provider's key


def test_sub_merchants_concurrently_on_the_async_client(
    gateway: ScriptedGateway, gateway_url: str, provider: MerchantCredentials
) -> None:
    gateway.answer = _balances

    async def calls() -> None:
        async with AsyncPayerMax(provider, base_url=gateway_url, retry=QUICK_RETRY) as platform:
            views = [platform.for_merchant(number, auth_token=token) for number, token in SHOPS.items()]
            await asyncio.gather(*(view.balances.current_balance_query() for view in views * 5))

    asyncio.run(calls())
    identities = [_identity(e) for e in gateway.received]
    assert len(identities) == 10
    assert set(identities) == {(number, PROVIDER, token) for number, token in SHOPS.items()}


def test_isv_settings_from_the_environment(
    gateway: ScriptedGateway, gateway_url: str, provider: MerchantCredentials, merchant_key: SigningKey
) -> None:
    gateway.answer = _balances
    environ = {
        "PAYERMAX_APP_ID": provider.app_id,
        "PAYERMAX_MERCHANT_NO": "SUBMERCHANT_A",
        "PAYERMAX_SP_MERCHANT_NO": PROVIDER,
        "PAYERMAX_MERCHANT_AUTH_TOKEN": SHOPS["SUBMERCHANT_A"],
        "PAYERMAX_MERCHANT_PRIVATE_KEY": merchant_key.to_base64(),
        "PAYERMAX_PLATFORM_PUBLIC_KEY": provider.platform_key.to_base64(),
        "PAYERMAX_BASE_URL": gateway_url,
    }
    with PayerMax(environ=environ) as shop:
        shop.balances.current_balance_query()
    assert _identity(gateway.received[-1]) == ("SUBMERCHANT_A", PROVIDER, SHOPS["SUBMERCHANT_A"])


def test_the_low_level_client_speaks_isv_too(
    gateway: ScriptedGateway, gateway_url: str, provider: MerchantCredentials
) -> None:
    answer = successful_answers("orderQuery")["cardPaymentSucceeded"]
    gateway.answer = answer
    shop = provider.acting_for("SUBMERCHANT_B", auth_token=SHOPS["SUBMERCHANT_B"])
    client = Client(base_url=gateway_url, httpx_args={"auth": PayerMaxAuth(shop)})
    order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=answer["data"]["outTradeNo"]))
    assert _identity(gateway.received[-1]) == ("SUBMERCHANT_B", PROVIDER, SHOPS["SUBMERCHANT_B"])


def test_the_token_stays_out_of_reprs_and_logs(
    gateway: ScriptedGateway, gateway_url: str, provider: MerchantCredentials, caplog: pytest.LogCaptureFixture
) -> None:
    gateway.answer = _balances
    caplog.set_level(logging.DEBUG, logger="payermax")
    token = SHOPS["SUBMERCHANT_A"]
    with PayerMax(provider, base_url=gateway_url) as platform:
        shop = platform.for_merchant("SUBMERCHANT_A", auth_token=token)
        shop.balances.current_balance_query()
        shown = repr(shop) + repr(shop.settings) + repr(shop.settings.credentials)
    assert "SUBMERCHANT_A" in shown and PROVIDER in shown and token not in shown
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"SUBMERCHANT_A via {PROVIDER}" in logged and token not in logged
    assert gateway.received[-1].headers[MERCHANT_AUTH_TOKEN_HEADER] == token


def test_a_sub_merchant_needs_its_number_and_token(provider: MerchantCredentials) -> None:
    with pytest.raises(ConfigurationError):
        provider.acting_for("SUBMERCHANT_A", auth_token="")
    with pytest.raises(ConfigurationError, match="sp_merchant_no"):
        attrs.evolve(provider, merchant_no=None).acting_for("SUBMERCHANT_A", auth_token="t")

"""The control API: a merchant registers its own key, reads the test merchant, lists the endpoints."""

from __future__ import annotations

import pytest

from payermax_client import Client
from payermax_client.api.collection import order_query
from payermax_client.models import OrderQueryRequest
from payermax_signing import (
    AuthenticationError,
    MerchantCredentials,
    NotFoundError,
    PayerMaxAuth,
    VerifyingKey,
    generate_key_pair,
)
from payermax_signing.credentials import ENV_MERCHANT_PRIVATE_KEY
from tests.support.gateway import Gateway


def _query(gateway: Gateway, credentials: MerchantCredentials) -> None:
    client = Client(base_url=gateway.emulator.settings.gateway_url, httpx_args={"auth": PayerMaxAuth(credentials)})
    order_query.sync(client=client, body=OrderQueryRequest(out_trade_no="NO_SUCH_ORDER"))


def test_a_merchant_registers_its_own_public_key(gateway: Gateway) -> None:
    own_key = generate_key_pair()
    registered = gateway.control("POST", "/merchants", {"publicKey": own_key.verifying_key.to_base64()})
    platform = VerifyingKey.load(registered["platformPublicKey"])
    assert platform == gateway.credentials.platform_key
    assert registered["baseUrl"] == gateway.emulator.settings.gateway_url
    credentials = MerchantCredentials(registered["appId"], registered["merchantNo"], own_key, platform)
    with pytest.raises(NotFoundError):  # signed with its own key, accepted, the order is unknown
        _query(gateway, credentials)
    impostor = MerchantCredentials(registered["appId"], registered["merchantNo"], generate_key_pair(), platform)
    with pytest.raises(AuthenticationError, match="SIGN_VERIFY_FAILED"):
        _query(gateway, impostor)


def test_registration_refuses_a_bad_key(gateway: Gateway) -> None:
    import httpx

    response = httpx.post(f"{gateway.url}/emulator/merchants", json={"publicKey": "not a key"})
    assert response.status_code == 400
    assert "publicKey" in response.json()["msg"]


def test_the_test_merchant_environment_is_usable_with_the_key_from_merchant_env(gateway: Gateway) -> None:
    """``GET /emulator/merchant`` leaves the private key out (``merchant.env`` and ``serve`` carry it)."""
    environment = gateway.control("GET", "/merchant")
    assert environment["PAYERMAX_BASE_URL"] == gateway.emulator.settings.gateway_url
    assert ENV_MERCHANT_PRIVATE_KEY not in environment
    assert gateway.emulator.test_merchant.private_key.to_base64() not in str(environment)
    own_key = {ENV_MERCHANT_PRIVATE_KEY: gateway.emulator.test_merchant.private_key.to_base64()}
    with pytest.raises(NotFoundError):
        _query(gateway, MerchantCredentials.from_env({**environment, **own_key}))


def test_every_control_endpoint_is_listed(gateway: Gateway) -> None:
    listed = {(entry["path"], tuple(entry["methods"])) for entry in gateway.control("GET", "")["endpoints"]}
    paths = {path for path, _ in listed}
    for expected in ("/emulator/orders/{ref}/complete", "/emulator/payouts/{ref}/bounce", "/emulator/disputes",
                     "/emulator/tokens/{token_id}/expire", "/emulator/clock/advance", "/emulator/reset"):  # fmt: skip
        assert expected in paths


def test_the_clock_moves_forward_only(gateway: Gateway) -> None:
    before = gateway.control("GET", "/clock")
    after = gateway.control("POST", "/clock/advance", {"seconds": 3600})
    assert after["offsetSeconds"] == before["offsetSeconds"] + 3600
    import httpx

    backwards = httpx.post(f"{gateway.url}/emulator/clock/advance", json={"seconds": -1})
    assert backwards.status_code == 400

"""Keys, a scripted gateway on 127.0.0.1 and PayerMax clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from payermax_client import PayerMax, RetryPolicy
from payermax_signing import MerchantCredentials, SigningKey, generate_key_pair
from tests.support.scripted_gateway import ScriptedGateway

#: Retries as the defaults make them, with waits short enough for a test.
QUICK_RETRY = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.05, wait_jitter=0.01)


@pytest.fixture(scope="session")
def merchant_key() -> SigningKey:
    return generate_key_pair()


@pytest.fixture(scope="session")
def platform_key() -> SigningKey:
    return generate_key_pair()


@pytest.fixture(scope="session")
def credentials(merchant_key: SigningKey, platform_key: SigningKey) -> MerchantCredentials:
    return MerchantCredentials(
        app_id="3b242b56a8b64274bcc37dac281120e3",
        merchant_no="020213827212251",
        merchant_key=merchant_key,
        platform_key=platform_key.verifying_key,
    )


@pytest.fixture
def gateway(merchant_key: SigningKey, platform_key: SigningKey) -> ScriptedGateway:
    return ScriptedGateway(merchant_public_key=merchant_key.verifying_key, platform_key=platform_key)


@pytest.fixture
def gateway_url(gateway: ScriptedGateway) -> Iterator[str]:
    with gateway.running() as url:
        yield url


@pytest.fixture
def payermax(credentials: MerchantCredentials, gateway_url: str) -> Iterator[PayerMax]:
    with PayerMax(credentials, base_url=gateway_url, retry=QUICK_RETRY) as client:
        yield client

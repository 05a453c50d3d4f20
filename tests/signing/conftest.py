from __future__ import annotations

import pytest

from payermax_signing import MerchantCredentials, SigningKey, VerifyingKey, generate_key_pair
from tests.support.paths import VECTORS


@pytest.fixture(scope="session")
def merchant_key() -> SigningKey:
    return generate_key_pair()


@pytest.fixture(scope="session")
def platform_key() -> SigningKey:
    return SigningKey.load(VECTORS / "platform_private_key.pem")


@pytest.fixture(scope="session")
def platform_public_key() -> VerifyingKey:
    return VerifyingKey.load(VECTORS / "platform_public_key.pem")


@pytest.fixture(scope="session")
def credentials(merchant_key: SigningKey, platform_public_key: VerifyingKey) -> MerchantCredentials:
    return MerchantCredentials(
        app_id="3b242b56a8b64274bcc37dac281120e3",
        merchant_no="020213827212251",
        merchant_key=merchant_key,
        platform_key=platform_public_key,
    )

"""What a merchant needs to talk to PayerMax: app id, merchant number and the two keys."""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs

from .errors import ConfigurationError
from .keys import SigningKey, VerifyingKey

#: Environment variables read by :meth:`MerchantCredentials.from_env` (each key may instead be given as a
#: file path in ``<NAME>_FILE``). The emulator prints exactly these for its test merchant.
ENV_APP_ID = "PAYERMAX_APP_ID"
ENV_MERCHANT_NO = "PAYERMAX_MERCHANT_NO"
ENV_MERCHANT_PRIVATE_KEY = "PAYERMAX_MERCHANT_PRIVATE_KEY"
ENV_PLATFORM_PUBLIC_KEY = "PAYERMAX_PLATFORM_PUBLIC_KEY"
ENV_KEY_VERSION = "PAYERMAX_KEY_VERSION"
ENV_BASE_URL = "PAYERMAX_BASE_URL"


@attrs.frozen
class MerchantCredentials:
    """The merchant's identity at PayerMax and its keys (test and production ones differ).

    Attributes:
        app_id: the application id from the Merchant Dashboard.
        merchant_no: the merchant number (optional for most operations).
        merchant_key: the merchant's private key; signs requests.
        platform_key: PayerMax's public key; verifies answers and notifications.
        key_version: the envelope's ``keyVersion`` (currently always ``"1"``).
    """

    app_id: str = attrs.field(validator=attrs.validators.min_len(1))
    merchant_no: str | None
    merchant_key: SigningKey
    platform_key: VerifyingKey
    key_version: str = "1"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MerchantCredentials:
        """Credentials from ``PAYERMAX_APP_ID``, ``PAYERMAX_MERCHANT_NO``, ``PAYERMAX_MERCHANT_PRIVATE_KEY``
        and ``PAYERMAX_PLATFORM_PUBLIC_KEY`` (keys as base64 or PEM, or ``..._FILE`` paths)."""
        env = dict(os.environ if environ is None else environ)
        missing = [name for name in (ENV_APP_ID,) if not env.get(name)]
        missing += [
            name
            for name in (ENV_MERCHANT_PRIVATE_KEY, ENV_PLATFORM_PUBLIC_KEY)
            if not (env.get(name) or env.get(f"{name}_FILE"))
        ]
        if missing:
            raise ConfigurationError(f"missing environment variables: {', '.join(missing)}")
        return cls(
            app_id=env[ENV_APP_ID],
            merchant_no=env.get(ENV_MERCHANT_NO) or None,
            merchant_key=SigningKey.from_env(ENV_MERCHANT_PRIVATE_KEY, env),
            platform_key=VerifyingKey.from_env(ENV_PLATFORM_PUBLIC_KEY, env),
            key_version=env.get(ENV_KEY_VERSION) or "1",
        )

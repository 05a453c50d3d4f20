"""What a merchant needs to talk to PayerMax: app id, merchant number and the two keys - and, for a service
provider (ISV) calling on behalf of a sub-merchant, its own merchant number and the sub-merchant's token."""

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
ENV_SP_MERCHANT_NO = "PAYERMAX_SP_MERCHANT_NO"
ENV_MERCHANT_AUTH_TOKEN = "PAYERMAX_MERCHANT_AUTH_TOKEN"  # noqa: S105 - a variable name, not a secret


@attrs.frozen
class MerchantCredentials:
    """The merchant's identity at PayerMax and its keys (test and production ones differ).

    Attributes:
        app_id: the application id from the Merchant Dashboard.
        merchant_no: the merchant number (optional for most operations).
        merchant_key: the merchant's private key; signs requests.
        platform_key: PayerMax's public key; verifies answers and notifications.
        key_version: the envelope's ``keyVersion`` (currently always ``"1"``).
        sp_merchant_no: ISV mode: the service provider's merchant number, sent as ``spMerchantNo``; then
            ``app_id`` and the keys are the service provider's and ``merchant_no`` is the sub-merchant's.
        merchant_auth_token: ISV mode: the token the sub-merchant granted, sent in the
            ``merchant_auth_token`` header. Never shown in reprs.
    """

    app_id: str = attrs.field(validator=attrs.validators.min_len(1))
    merchant_no: str | None
    merchant_key: SigningKey
    platform_key: VerifyingKey
    key_version: str = "1"
    sp_merchant_no: str | None = None
    merchant_auth_token: str | None = attrs.field(default=None, repr=False)

    def acting_for(self, merchant_no: str, *, auth_token: str) -> MerchantCredentials:
        """ISV mode: the same service provider (app, keys, ``sp_merchant_no``) calling for another sub-merchant.

        On credentials without ``sp_merchant_no`` this merchant's own number becomes the service provider's.
        """
        if not merchant_no or not auth_token:
            raise ConfigurationError("a sub-merchant needs both its merchant number and its auth token")
        provider = self.sp_merchant_no or self.merchant_no
        if not provider:
            raise ConfigurationError("ISV mode needs the service provider's merchant number (sp_merchant_no)")
        return attrs.evolve(self, merchant_no=merchant_no, sp_merchant_no=provider, merchant_auth_token=auth_token)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> MerchantCredentials:
        """Credentials from ``PAYERMAX_APP_ID``, ``PAYERMAX_MERCHANT_NO``, ``PAYERMAX_MERCHANT_PRIVATE_KEY``
        and ``PAYERMAX_PLATFORM_PUBLIC_KEY`` (keys as base64 or PEM, or ``..._FILE`` paths); in ISV mode also
        ``PAYERMAX_SP_MERCHANT_NO`` and ``PAYERMAX_MERCHANT_AUTH_TOKEN``."""
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
            sp_merchant_no=env.get(ENV_SP_MERCHANT_NO) or None,
            merchant_auth_token=env.get(ENV_MERCHANT_AUTH_TOKEN) or None,
        )

"""Everything a ``PayerMax`` client is built from: who calls, where, and with which limits.

Each value comes from an argument when given, otherwise from the environment:

=====================================  =======================================================
``credentials`` (or the pieces below)  ``MerchantCredentials``
``app_id``                             ``PAYERMAX_APP_ID``
``merchant_no``                        ``PAYERMAX_MERCHANT_NO``
``merchant_private_key``               ``PAYERMAX_MERCHANT_PRIVATE_KEY`` (or ``..._FILE``)
``platform_public_key``                ``PAYERMAX_PLATFORM_PUBLIC_KEY`` (or ``..._FILE``)
``sp_merchant_no`` (ISV)               ``PAYERMAX_SP_MERCHANT_NO``
``merchant_auth_token`` (ISV)          ``PAYERMAX_MERCHANT_AUTH_TOKEN``
``base_url``                           ``PAYERMAX_BASE_URL``
``environment`` (``uat``/``production``)  ``PAYERMAX_ENVIRONMENT``
=====================================  =======================================================

There is no default environment: a client that is told neither a base URL nor an environment refuses to
start rather than guess between test and production.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import attrs

from .credentials import (
    ENV_APP_ID,
    ENV_BASE_URL,
    ENV_MERCHANT_AUTH_TOKEN,
    ENV_MERCHANT_NO,
    ENV_MERCHANT_PRIVATE_KEY,
    ENV_PLATFORM_PUBLIC_KEY,
    ENV_SP_MERCHANT_NO,
    MerchantCredentials,
)
from .errors import ConfigurationError
from .keys import SigningKey, VerifyingKey
from .retry import DEFAULT_RETRY, RetryPolicy
from .timeouts import DEFAULT_TIMEOUTS, Timeouts

ENV_ENVIRONMENT = "PAYERMAX_ENVIRONMENT"
#: Accepted environment names -> the server label the spec gives them.
ENVIRONMENTS = {"uat": "UAT", "test": "UAT", "production": "PRODUCTION", "prod": "PRODUCTION"}


@attrs.frozen
class ClientSettings:
    """A resolved client configuration."""

    credentials: MerchantCredentials
    base_url: str
    timeouts: Timeouts = DEFAULT_TIMEOUTS
    retry: RetryPolicy = DEFAULT_RETRY

    @classmethod
    def resolve(
        cls,
        servers: Mapping[str, str],
        *,
        credentials: MerchantCredentials | None = None,
        app_id: str | None = None,
        merchant_no: str | None = None,
        merchant_private_key: str | SigningKey | None = None,
        platform_public_key: str | VerifyingKey | None = None,
        sp_merchant_no: str | None = None,
        merchant_auth_token: str | None = None,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> ClientSettings:
        env = dict(os.environ if environ is None else environ)
        pieces = (app_id, merchant_no, merchant_private_key, platform_public_key, sp_merchant_no, merchant_auth_token)
        if credentials is not None and any(piece is not None for piece in pieces):
            raise ConfigurationError("pass either credentials or its pieces (app_id, keys...), not both")
        if credentials is None:
            credentials = _credentials(
                env,
                app_id=app_id,
                merchant_no=merchant_no,
                merchant_private_key=merchant_private_key,
                platform_public_key=platform_public_key,
                sp_merchant_no=sp_merchant_no,
                merchant_auth_token=merchant_auth_token,
            )
        return cls(
            credentials=credentials,
            base_url=_base_url(servers, env, base_url=base_url, environment=environment),
            timeouts=Timeouts.coerce(timeout, DEFAULT_TIMEOUTS),
            retry=retry or DEFAULT_RETRY,
        )


def _credentials(
    env: dict[str, str],
    *,
    app_id: str | None,
    merchant_no: str | None,
    merchant_private_key: str | SigningKey | None,
    platform_public_key: str | VerifyingKey | None,
    sp_merchant_no: str | None,
    merchant_auth_token: str | None,
) -> MerchantCredentials:
    resolved_app_id = app_id or env.get(ENV_APP_ID)
    if not resolved_app_id:
        raise ConfigurationError(f"no app id: pass app_id=... or set {ENV_APP_ID}")
    if isinstance(merchant_private_key, SigningKey):
        merchant_key = merchant_private_key
    elif merchant_private_key is not None:
        merchant_key = SigningKey.load(merchant_private_key, what="merchant_private_key")
    else:
        merchant_key = SigningKey.from_env(ENV_MERCHANT_PRIVATE_KEY, env)
    if isinstance(platform_public_key, VerifyingKey):
        platform_key = platform_public_key
    elif platform_public_key is not None:
        platform_key = VerifyingKey.load(platform_public_key, what="platform_public_key")
    else:
        platform_key = VerifyingKey.from_env(ENV_PLATFORM_PUBLIC_KEY, env)
    return MerchantCredentials(
        app_id=resolved_app_id,
        merchant_no=merchant_no or env.get(ENV_MERCHANT_NO) or None,
        merchant_key=merchant_key,
        platform_key=platform_key,
        sp_merchant_no=sp_merchant_no or env.get(ENV_SP_MERCHANT_NO) or None,
        merchant_auth_token=merchant_auth_token or env.get(ENV_MERCHANT_AUTH_TOKEN) or None,
    )


def _base_url(servers: Mapping[str, str], env: dict[str, str], *, base_url: str | None, environment: str | None) -> str:
    if base_url:
        return base_url
    if environment is None and env.get(ENV_BASE_URL):
        return env[ENV_BASE_URL]
    name = environment or env.get(ENV_ENVIRONMENT)
    if not name:
        raise ConfigurationError(
            f"where is PayerMax? pass base_url=... or environment='uat'/'production', "
            f"or set {ENV_BASE_URL} or {ENV_ENVIRONMENT}"
        )
    label = ENVIRONMENTS.get(name.strip().lower())
    if label is None or label not in servers:
        raise ConfigurationError(f"unknown PayerMax environment {name!r}: use 'uat' or 'production'")
    return servers[label]

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
from typing import TypedDict, TypeVar, Unpack

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
_Key = TypeVar("_Key", SigningKey, VerifyingKey)
#: Accepted environment names -> the server label the spec gives them.
ENVIRONMENTS = {"uat": "UAT", "test": "UAT", "production": "PRODUCTION", "prod": "PRODUCTION"}


class ClientOptions(TypedDict, total=False):
    """The keyword arguments of ``PayerMax(...)`` and ``AsyncPayerMax(...)`` besides ``credentials``."""

    app_id: str | None
    merchant_no: str | None
    merchant_private_key: str | SigningKey | None
    platform_public_key: str | VerifyingKey | None
    sp_merchant_no: str | None
    merchant_auth_token: str | None
    base_url: str | None
    environment: str | None
    timeout: Timeouts | float | None
    retry: RetryPolicy | None
    environ: Mapping[str, str] | None


_CREDENTIAL_PIECES = (
    "app_id",
    "merchant_no",
    "merchant_private_key",
    "platform_public_key",
    "sp_merchant_no",
    "merchant_auth_token",
)


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
        credentials: MerchantCredentials | None = None,
        **options: Unpack[ClientOptions],
    ) -> ClientSettings:
        environ = options.get("environ")
        env = dict(os.environ if environ is None else environ)
        if credentials is not None and any(options.get(piece) is not None for piece in _CREDENTIAL_PIECES):
            raise ConfigurationError("pass either credentials or its pieces (app_id, keys...), not both")
        return cls(
            credentials=credentials or _credentials(env, options),
            base_url=_base_url(servers, env, base_url=options.get("base_url"), environment=options.get("environment")),
            timeouts=Timeouts.coerce(options.get("timeout"), DEFAULT_TIMEOUTS),
            retry=options.get("retry") or DEFAULT_RETRY,
        )


def _key(given: str | SigningKey | VerifyingKey | None, kind: type[_Key], variable: str, env: dict[str, str]) -> _Key:
    if isinstance(given, kind):
        return given
    if given is None:
        return kind.from_env(variable, env)
    if not isinstance(given, str):
        raise ConfigurationError(f"{variable}: expected the key as text or a {kind.__name__}")
    return kind.load(given, what=variable)


def _credentials(env: dict[str, str], options: ClientOptions) -> MerchantCredentials:
    app_id = options.get("app_id") or env.get(ENV_APP_ID)
    if not app_id:
        raise ConfigurationError(f"no app id: pass app_id=... or set {ENV_APP_ID}")
    return MerchantCredentials(
        app_id=app_id,
        merchant_no=options.get("merchant_no") or env.get(ENV_MERCHANT_NO) or None,
        merchant_key=_key(options.get("merchant_private_key"), SigningKey, ENV_MERCHANT_PRIVATE_KEY, env),
        platform_key=_key(options.get("platform_public_key"), VerifyingKey, ENV_PLATFORM_PUBLIC_KEY, env),
        sp_merchant_no=options.get("sp_merchant_no") or env.get(ENV_SP_MERCHANT_NO) or None,
        merchant_auth_token=options.get("merchant_auth_token") or env.get(ENV_MERCHANT_AUTH_TOKEN) or None,
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

"""Which gateway the contract suite talks to: one target, many gateways, chosen by environment variables.

``PAYERMAX_BASE_URL`` (e.g. ``https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway``),
``PAYERMAX_APP_ID``, ``PAYERMAX_MERCHANT_NO`` and the two keys ``PAYERMAX_MERCHANT_PRIVATE_KEY`` and
``PAYERMAX_PLATFORM_PUBLIC_KEY`` (or their ``..._FILE`` forms) - the variables the emulator prints.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from payermax_signing import MerchantCredentials
from payermax_signing.credentials import (
    ENV_APP_ID,
    ENV_BASE_URL,
    ENV_MERCHANT_NO,
    ENV_MERCHANT_PRIVATE_KEY,
    ENV_PLATFORM_PUBLIC_KEY,
)

REQUIRED = (ENV_BASE_URL, ENV_APP_ID, ENV_MERCHANT_NO, ENV_MERCHANT_PRIVATE_KEY, ENV_PLATFORM_PUBLIC_KEY)


def missing_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    env = os.environ if environ is None else environ
    return [name for name in REQUIRED if not (env.get(name) or env.get(f"{name}_FILE"))]


@dataclass(frozen=True)
class Target:
    base_url: str
    credentials: MerchantCredentials

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Target:
        env = dict(os.environ if environ is None else environ)
        missing = missing_variables(env)
        if missing:
            raise LookupError(f"set {', '.join(missing)} to choose the gateway")
        return cls(base_url=env[ENV_BASE_URL].rstrip("/"), credentials=MerchantCredentials.from_env(env))

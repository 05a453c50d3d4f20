"""Typed client for the PayerMax gateway, generated from spec/openapi.yaml.

Pair it with ``payermax_signing.PayerMaxAuth``, which builds the envelope, signs every request and
verifies every answer::

    client = Client(base_url=UAT_BASE_URL, httpx_args={"auth": auth})
"""

from .client import AuthenticatedClient, Client

PRODUCTION_BASE_URL = "https://pay-gate.payermax.com/aggregate-pay/api/gateway"
UAT_BASE_URL = "https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "PRODUCTION_BASE_URL",
    "UAT_BASE_URL",
)

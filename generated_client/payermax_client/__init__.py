"""Typed client for the PayerMax gateway, generated from spec/openapi.yaml.

Most code needs only ``PayerMax`` (or ``AsyncPayerMax``): it reads its settings from arguments or the
``PAYERMAX_*`` variables and returns the typed ``data`` of each successful answer::

    with PayerMax() as payermax:
        order = payermax.collection.order_query(out_trade_no="ORDER_1")

The low-level functions of ``payermax_client.api`` work with ``Client`` and ``payermax_signing.PayerMaxAuth``,
which builds the envelope, signs every request and verifies every answer::

    client = Client(base_url=UAT_BASE_URL, httpx_args={"auth": auth})
"""

from typing import TYPE_CHECKING

from payermax_signing.retry import RetryPolicy
from payermax_signing.timeouts import Timeouts

from .client import AuthenticatedClient, Client

if TYPE_CHECKING:
    from .payermax import AsyncPayerMax, PayerMax

PRODUCTION_BASE_URL = "https://pay-gate.payermax.com/aggregate-pay/api/gateway"
UAT_BASE_URL = "https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway"

__all__ = (
    "AsyncPayerMax",
    "AuthenticatedClient",
    "Client",
    "PayerMax",
    "PRODUCTION_BASE_URL",
    "UAT_BASE_URL",
    "RetryPolicy",
    "Timeouts",
)

if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any name

    def __getattr__(name: str) -> object:
        """``PayerMax`` and ``AsyncPayerMax`` are imported on first use: with them come their resources, every
        operation and the models those use, which the low-level ``Client`` does not need."""
        if name in ("PayerMax", "AsyncPayerMax"):
            from . import payermax

            value = getattr(payermax, name)
            globals()[name] = value
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Request models the SDK tests send."""

from __future__ import annotations

from decimal import Decimal

from payermax_client.models import HostedCheckoutOrderRequest


def hosted_order(number: str = "ORDER_NEW") -> HostedCheckoutOrderRequest:
    """A minimal hosted-cashier order for ``number``."""
    return HostedCheckoutOrderRequest(
        out_trade_no=number,
        subject="T-shirt",
        total_amount=Decimal("19.90"),
        currency="USD",
        user_id="u1",
        front_callback_url="https://shop.example.com/return",
    )

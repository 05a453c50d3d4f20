"""Hosted checkout: place an order, send the payer to PayerMax's cashier page, learn how it ended.

    python examples/hosted_checkout.py --amount 39.90 --currency USD [--order SHOP_1001] [--notify-url URL]

Reads PAYERMAX_APP_ID, PAYERMAX_MERCHANT_NO, PAYERMAX_MERCHANT_PRIVATE_KEY, PAYERMAX_PLATFORM_PUBLIC_KEY and
PAYERMAX_BASE_URL (or PAYERMAX_ENVIRONMENT=uat). Prints the cashier address, then asks ``orderQuery`` until the
payment is final. Exits 0 when it succeeded, 1 when it failed or was closed, 3 when it is still pending.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from polling import wait_until_final

from payermax_client import PayerMax
from payermax_client.models import HostedCheckoutOrderRequest
from payermax_client.types import UNSET
from payermax_signing import PayerMaxError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--amount", type=Decimal, required=True)
    parser.add_argument("--currency", required=True)
    parser.add_argument("--order", default=f"SHOP_{time.strftime('%Y%m%d%H%M%S')}", help="your order number")
    parser.add_argument("--notify-url", help="where PayerMax sends the PAYMENT notification")
    parser.add_argument("--return-url", default="https://shop.example.com/payermax/return")
    parser.add_argument("--wait", type=float, default=600, help="seconds to wait for the payer")
    parser.add_argument("--every", type=float, default=3, help="seconds between two queries")
    args = parser.parse_args(argv)

    try:
        with PayerMax() as payermax:
            order = payermax.collection.order_and_pay(
                HostedCheckoutOrderRequest(
                    out_trade_no=args.order,
                    subject=f"Order {args.order}",
                    total_amount=args.amount,
                    currency=args.currency,
                    user_id="customer-42",
                    front_callback_url=args.return_url,
                    notify_url=args.notify_url or UNSET,
                )
            )
            print(f"order {args.order} {order.status}: send the payer to {order.redirect_url}", flush=True)
            status = wait_until_final(
                lambda: str(payermax.collection.order_query(out_trade_no=args.order).status),
                "PENDING",
                timeout=args.wait,
                every=args.every,
            )
    except PayerMaxError as error:
        print(f"PayerMax: {error}", file=sys.stderr)
        return 2
    print(f"order {args.order}: {status}")
    return {"SUCCESS": 0, "PENDING": 3}.get(status, 1)


if __name__ == "__main__":
    sys.exit(main())

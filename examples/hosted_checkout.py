"""Hosted checkout: place an order, send the payer to PayerMax's cashier page, learn how it ended.

    python examples/hosted_checkout.py --amount 39.90 --currency USD [--order SHOP_1001] [--notify-url URL]

Reads PAYERMAX_APP_ID, PAYERMAX_MERCHANT_NO, PAYERMAX_MERCHANT_PRIVATE_KEY, PAYERMAX_PLATFORM_PUBLIC_KEY and
PAYERMAX_BASE_URL (or PAYERMAX_ENVIRONMENT=uat). Prints the cashier address, then asks ``orderQuery`` until the
payment is final. Exits 0 when it succeeded, 1 when it failed or was closed, 2 when PayerMax refused the order,
3 when it is still pending.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from scripting import outcome, run, script_parser, wait_until_final

from payermax_client import PayerMax
from payermax_client.models import HostedCheckoutOrderRequest
from payermax_client.types import UNSET


def checkout(args: argparse.Namespace) -> int:
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
            lambda: str(payermax.collection.order_query(out_trade_no=args.order).status), "PENDING", args
        )
    return outcome(f"order {args.order}", status, success="SUCCESS", pending="PENDING")


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__doc__)
    parser.add_argument("--amount", type=Decimal, required=True)
    parser.add_argument("--currency", required=True)
    parser.add_argument("--order", default=f"SHOP_{time.strftime('%Y%m%d%H%M%S')}", help="your order number")
    parser.add_argument("--notify-url", help="where PayerMax sends the PAYMENT notification")
    parser.add_argument("--return-url", default="https://shop.example.com/payermax/return")
    args = parser.parse_args(argv)
    return run(lambda: checkout(args))


if __name__ == "__main__":
    sys.exit(main())

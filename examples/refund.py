"""Refund a paid order, fully or in part, and learn how the refund ended.

    python examples/refund.py ORDER_NO AMOUNT CURRENCY [--refund SHOP_RF_1] [--reason "Returned"] [--notify-url URL]

Reads the PAYERMAX_* variables (see hosted_checkout.py). A refund is asynchronous: PayerMax accepts it, then
settles it and sends a REFUND notification; this script asks ``refundQuery`` until it is final. Exits 0 when
the refund succeeded, 1 when it failed, 2 when PayerMax refused it (e.g. more than what is left to refund),
3 when it is still pending.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from scripting import outcome, run, script_parser, wait_until_final

from payermax_client import PayerMax
from payermax_client.models import RefundRequest
from payermax_client.types import UNSET


def refund(args: argparse.Namespace) -> int:
    with PayerMax() as payermax:
        accepted = payermax.collection.refund(
            RefundRequest(
                out_refund_no=args.refund,
                out_trade_no=args.order,
                refund_amount=args.amount,
                refund_currency=args.currency,
                comments=args.reason,
                refund_notify_url=args.notify_url or UNSET,
            )
        )
        print(f"refund {args.refund} of {args.amount} {args.currency}: {accepted.status}", flush=True)
        status = wait_until_final(
            lambda: str(payermax.collection.refund_query(out_refund_no=args.refund).status), "REFUND_PENDING", args
        )
    return outcome(f"refund {args.refund}", status, success="REFUND_SUCCESS", pending="REFUND_PENDING")


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__doc__)
    parser.add_argument("order", help="the outTradeNo of the paid order")
    parser.add_argument("amount", type=Decimal)
    parser.add_argument("currency")
    parser.add_argument("--refund", default=f"RF_{time.strftime('%Y%m%d%H%M%S')}", help="your refund number")
    parser.add_argument("--reason", default="Returned by the customer")
    parser.add_argument("--notify-url", help="where PayerMax sends the REFUND notification")
    args = parser.parse_args(argv)
    return run(lambda: refund(args))


if __name__ == "__main__":
    sys.exit(main())

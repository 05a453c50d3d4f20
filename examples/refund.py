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

from polling import wait_until_final

from payermax_client import PayerMax
from payermax_client.models import RefundRequest
from payermax_client.types import UNSET
from payermax_signing import PayerMaxError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("order", help="the outTradeNo of the paid order")
    parser.add_argument("amount", type=Decimal)
    parser.add_argument("currency")
    parser.add_argument("--refund", default=f"RF_{time.strftime('%Y%m%d%H%M%S')}", help="your refund number")
    parser.add_argument("--reason", default="Returned by the customer")
    parser.add_argument("--notify-url", help="where PayerMax sends the REFUND notification")
    parser.add_argument("--wait", type=float, default=600, help="seconds to wait for the refund to settle")
    parser.add_argument("--every", type=float, default=3, help="seconds between two queries")
    args = parser.parse_args(argv)

    try:
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
                lambda: str(payermax.collection.refund_query(out_refund_no=args.refund).status),
                "REFUND_PENDING",
                timeout=args.wait,
                every=args.every,
            )
    except PayerMaxError as error:
        print(f"PayerMax: {error}", file=sys.stderr)
        return 2
    print(f"refund {args.refund}: {status}")
    return {"REFUND_SUCCESS": 0, "REFUND_PENDING": 3}.get(status, 1)


if __name__ == "__main__":
    sys.exit(main())

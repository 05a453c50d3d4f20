"""Direct card payment with 3-D Secure: charge a card by API; when the issuer wants the payer to authenticate,
send the payer to the challenge page and learn how it ended.

    python examples/card_3ds.py --amount 74.99 --currency USD [--card 4000000000003220 --expiry 12/39 --cvv 123]

Card data is sent only by PCI-DSS certified merchants; everyone else uses the hosted checkout (or card tokens).
This script never prints the card number or the CVV: PayerMax's answers carry the masked number only. The
default card is PayerMax's 3-D Secure test card (``4000 0000 0000 3220``), which the emulator also knows.

Reads the PAYERMAX_* variables (see hosted_checkout.py). Exits 0 when the payment succeeded, 1 when it failed,
2 when PayerMax refused the order (a card number failing its check...), 3 when it is still pending.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from scripting import outcome, run, script_parser, wait_until_final

from payermax_client import PayerMax
from payermax_client.models import (
    BuyerInfo,
    CardDetails,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
)

CHALLENGE_CARD = "4000000000003220"


def card_order(args: argparse.Namespace) -> DirectPaymentOrderRequest:
    month, _, year = args.expiry.partition("/")
    return DirectPaymentOrderRequest(
        out_trade_no=args.order,
        subject=f"Order {args.order}",
        total_amount=args.amount,
        currency=args.currency,
        country="US",
        user_id="customer-42",
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url=args.return_url,
        payment_detail=DirectPaymentDetail(
            payment_method_type="CARD",
            buyer_info=BuyerInfo(client_ip="203.0.113.7", user_agent="Mozilla/5.0"),
            card_info=CardDetails(
                card_identifier_no=args.card,
                card_holder_full_name=args.holder,
                card_expiration_month=month,
                card_expiration_year=year,
                cvv=args.cvv,
            ),
        ),
    )


def pay(args: argparse.Namespace) -> int:
    with PayerMax() as payermax:
        placed = payermax.collection.order_and_pay(card_order(args))
        status = str(placed.status)
        if status == "PENDING" and placed.redirect_url:
            print(f"order {args.order}: 3-D Secure, send the payer to {placed.redirect_url}", flush=True)
            status = wait_until_final(
                lambda: str(payermax.collection.order_query(out_trade_no=args.order).status), "PENDING", args
            )
        paid = payermax.collection.order_query(out_trade_no=args.order)
    card = paid.payment_details[0].card_info if paid.payment_details else None
    masked = f" ({card.card_org} {card.card_number})" if card else ""
    return outcome(f"order {args.order}", status, success="SUCCESS", pending="PENDING", detail=masked)


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__doc__)
    parser.add_argument("--amount", type=Decimal, required=True)
    parser.add_argument("--currency", required=True)
    parser.add_argument("--order", default=f"CARD_{time.strftime('%Y%m%d%H%M%S')}")
    parser.add_argument("--card", default=CHALLENGE_CARD)
    parser.add_argument("--holder", default="JANE DOE")
    parser.add_argument("--expiry", default="12/39", help="MM/YY")
    parser.add_argument("--cvv", default="123")
    parser.add_argument("--return-url", default="https://shop.example.com/payermax/return")
    args = parser.parse_args(argv)
    return run(lambda: pay(args))


if __name__ == "__main__":
    sys.exit(main())

"""Pay out to a wallet (or a bank account) and learn how the payout ended.

    python examples/payout.py --amount 120.00 --currency USD --country PH --method WALLET --org GCASH \
        --account 09171234567 --name "Maria Santos" [--payout PO_1] [--notify-url URL]

Reads the PAYERMAX_* variables (see hosted_checkout.py). The money comes from the merchant's DISBURSEMENT
account; PayerMax accepts the payout, pays it and sends a PAYOUT notification; this script asks
``paymentOrderQry`` until it is final. Exits 0 when it was paid, 1 when it failed or bounced back, 2 when PayerMax
refused it (insufficient balance, payee details it does not accept), 3 when it is still pending.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from scripting import outcome, run, script_parser, wait_until_final

from payermax_client import PayerMax
from payermax_client.models import PaymentOrderPayRequest, PayoutPayee, PayoutPayeeAccount, PayoutPayeeName, PayoutTrade
from payermax_client.types import UNSET


def pay_out(args: argparse.Namespace) -> int:
    request = PaymentOrderPayRequest(
        out_trade_no=args.payout,
        country=args.country,
        trade=PayoutTrade(amount=args.amount, currency=args.currency),
        payee_info=PayoutPayee(
            payment_method_type=args.method,
            target_org=args.org,
            account_info=PayoutPayeeAccount(account_no=args.account),
            name=PayoutPayeeName(full_name=args.name),
        ),
        notify_url=args.notify_url or UNSET,
    )
    with PayerMax() as payermax:
        accepted = payermax.payouts.payment_order_pay(request)
        print(f"payout {args.payout} of {args.amount} {args.currency}: {accepted.status}", flush=True)
        status = wait_until_final(
            lambda: str(payermax.payouts.payment_order_qry(out_trade_no=args.payout).status), "PENDING", args
        )
    return outcome(f"payout {args.payout}", status, success="SUCCESS", pending="PENDING")


def main(argv: list[str] | None = None) -> int:
    parser = script_parser(__doc__)
    parser.add_argument("--amount", type=Decimal, required=True)
    parser.add_argument("--currency", required=True)
    parser.add_argument("--country", required=True, help="the payee's country, e.g. PH")
    parser.add_argument("--method", default="WALLET", help="WALLET, BANK_TRANSFER, ...")
    parser.add_argument("--org", required=True, help="the wallet or bank, e.g. GCASH")
    parser.add_argument("--account", required=True, help="the payee's account number")
    parser.add_argument("--name", required=True, help="the payee's full name")
    parser.add_argument("--payout", default=f"PO_{time.strftime('%Y%m%d%H%M%S')}", help="your payout number")
    parser.add_argument("--notify-url", help="where PayerMax sends the PAYOUT notification")
    args = parser.parse_args(argv)
    return run(lambda: pay_out(args))


if __name__ == "__main__":
    sys.exit(main())

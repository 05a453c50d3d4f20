"""What the example scripts share: their waiting options, asking a query until the answer is final, and the exit
status of an outcome.

A real shop learns outcomes from notifications (see ``fastapi_webhook.py``) and queries only when one is late;
a script has no endpoint, so it asks until the answer is final or its patience runs out.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from payermax_signing import PayerMaxError

#: Exit statuses of the scripts.
DONE, FAILED, REFUSED, STILL_PENDING = 0, 1, 2, 3


def script_parser(description: str | None) -> argparse.ArgumentParser:
    """A parser with the options every script has: how long to wait for the outcome, how often to ask."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wait", type=float, default=600, help="seconds to wait for the outcome")
    parser.add_argument("--every", type=float, default=3, help="seconds between two queries")
    return parser


def wait_until_final(query: Callable[[], str], pending: str, args: argparse.Namespace) -> str:
    """The first status ``query()`` answers other than ``pending``; ``pending`` when ``--wait`` seconds pass."""
    deadline = time.monotonic() + args.wait
    status = query()
    while status == pending and time.monotonic() < deadline:
        time.sleep(args.every)
        status = query()
    return status


def outcome(what: str, status: str, *, success: str, pending: str, detail: str = "") -> int:
    """Print how ``what`` ended (and ``detail``); its exit status."""
    print(f"{what}: {status}{detail}")
    return DONE if status == success else STILL_PENDING if status == pending else FAILED


def run(steps: Callable[[], int]) -> int:
    """``steps()``, with a refusal or failure of PayerMax printed in one line (exit status 2)."""
    try:
        return steps()
    except PayerMaxError as error:  # ApiError (a refusal, with its code), TransportError, SignatureError...
        print(f"PayerMax: {error}", file=sys.stderr)
        return REFUSED

"""PayerMax's sandbox test values: the outcomes its UAT sandbox forces, honoured by the emulator too.

With them (``Settings.sandbox_values``, on by default; ``payermax-emulator serve --no-sandbox-values`` turns
them off) one merchant test suite passes unchanged against the emulator and against PayerMax's sandbox. The
facts are ../shared/payermax-docs/guides/sandbox-test-values.md; amounts are compared exactly, in the
currency's major unit (``102`` and ``102.00`` match, ``102.5`` does not).

| operation | test value | outcome |
|---|---|---|
| orderAndPay, Direct_Payment with CARD, APPLEPAY or GOOGLEPAY (or a card token) | `subject` `FAILED` | `FAILED` (`PAYMENT_FAILED`) |
| same | `subject` `PENDING` | stays `PENDING` (the cashier page or the control API finishes it; it closes at its expiry) |
| same, CARD only and not merchant-initiated | `subject` `3DS` | `PENDING` with a `redirectUrl` to the 3-D Secure page: confirm -> `SUCCESS`, cancel -> `FAILED` |
| refund | `refundAmount` `10000` or `102` | `REFUND_FAILED` when it settles |
| refund | `refundAmount` `20000` or `202` | stays `REFUND_PENDING` (no notification; the control API can still settle it) |
| paymentOrderPay | `remark` `SUCCESS` / `FAILED` | `SUCCESS` / `FAILED` when it settles, whatever the amount or account |
| paymentOrderPay | `remark` `BOUNCEBACK` | `SUCCESS` when it settles, then `BOUNCEBACK` one settlement delay later (two notifications; with settlement through the control API only, bounce it there) |
| paymentOrderPay, `trade.currency` the country's own | `trade.amount` `110` or `11000` | `FAILED` when it settles |
| same | `trade.amount` `100` or `10000` | stays `PENDING` (the control API can still settle it) |

Precedence, first match wins:

- payments: the `subject` values above, then the emulator's test cards (``cards.py``: decline, insufficient
  funds, 3-D Secure), then success. A `subject` of `FAILED` beats a 3-D Secure card; `3DS` asks for 3-D
  Secure whatever the card, and the payer's answer decides (as in the sandbox, where cards are only
  format-checked). Hosted checkout and other methods go to the cashier page, as the sandbox's
  result-selection page: its buttons decide, whatever the subject.
- payouts: `remark`, then the amount (when the trade is in the payee country's currency - the sandbox's
  "local currency"; the remark route exists for the others), then the emulator's own rule (an account number
  ending in ``0000`` fails), then success.
- refunds: the amount, then success. Control-API calls with an explicit status always win.

Off, the emulator's own rules alone apply (as before the switch existed).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

SUCCESS, FAILED, PENDING, BOUNCEBACK = "SUCCESS", "FAILED", "PENDING", "BOUNCEBACK"
REFUND_FAILED, REFUND_PENDING = "REFUND_FAILED", "REFUND_PENDING"
THREE_DS = "3DS"
#: The payment methods the subject rule covers ("card-type payments").
CARD_TYPE_METHODS = frozenset({"CARD", "APPLEPAY", "GOOGLEPAY"})
SANDBOX_DECLINE = ("PAYMENT_FAILED", "Payment failed (sandbox test value subject FAILED).")
REFUND_FAILURE_MSG = "Refund failed (sandbox test value)."
PAYOUT_FAILURE = ("PAYMENT_REJECTED", "The payout failed (sandbox test value).")
REFUND_AMOUNTS = {Decimal(10000): REFUND_FAILED, Decimal(102): REFUND_FAILED,
                  Decimal(20000): REFUND_PENDING, Decimal(202): REFUND_PENDING}  # fmt: skip
PAYOUT_AMOUNTS = {Decimal(110): FAILED, Decimal(11000): FAILED, Decimal(100): PENDING, Decimal(10000): PENDING}
PAYOUT_REMARKS = frozenset({SUCCESS, FAILED, BOUNCEBACK})
#: Each payee country's own currency, for the payout amount rule (a country not listed: any currency counts).
LOCAL_CURRENCY = {
    "US": "USD", "ID": "IDR", "PH": "PHP", "TH": "THB", "MY": "MYR", "SA": "SAR", "AE": "AED", "EG": "EGP",
    "TR": "TRY", "BR": "BRL", "MX": "MXN", "IN": "INR", "HK": "HKD", "GB": "GBP", "KW": "KWD", "VN": "VND",
    "KR": "KRW", "JP": "JPY", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "NL": "EUR",
}  # fmt: skip


def payment(subject: Any, method: str | None, *, challenge_allowed: bool = True) -> dict[str, Any]:
    """How the order's ``subject`` changes a Direct_Payment outcome: the fields to replace (none: no change)."""
    if (method or "CARD") not in CARD_TYPE_METHODS:
        return {}
    value = str(subject or "").strip().upper()
    if value == FAILED:
        code, msg = SANDBOX_DECLINE
        return {"status": FAILED, "redirect": None, "code": code, "msg": msg}
    if value == PENDING:
        return {"status": PENDING, "redirect": "cashier", "code": None, "msg": None}
    if value == THREE_DS and (method or "CARD") == "CARD" and challenge_allowed:
        return {"status": PENDING, "redirect": "3ds", "code": None, "msg": None}
    return {}


def refund(refund_amount: Decimal) -> str | None:
    """``REFUND_FAILED`` or ``REFUND_PENDING`` (stays so) for a test amount; None: the emulator's rules."""
    return REFUND_AMOUNTS.get(refund_amount)


def payout(data: dict[str, Any]) -> str | None:
    """The outcome a payout's test values force (``SUCCESS``, ``FAILED``, ``BOUNCEBACK``, ``PENDING``)."""
    remark = str(data.get("remark") or "").strip().upper()
    if remark in PAYOUT_REMARKS:
        return remark
    trade = data.get("trade") or {}
    local = LOCAL_CURRENCY.get(str(data.get("country", "")))
    if local is not None and trade.get("currency") != local:
        return None
    return PAYOUT_AMOUNTS.get(Decimal(str(trade.get("amount", "0"))))


def payout_failure(forced: str | None, own_rule: list[str] | None) -> list[str] | None:
    """The failure a payout settles with: the forced one, none when forced to succeed, else the emulator's."""
    if forced == FAILED:
        return list(PAYOUT_FAILURE)
    if forced in (SUCCESS, BOUNCEBACK):
        return None
    return own_rule

"""Control endpoint of the merchant's accounts: ``POST /emulator/balances`` moves money in or out.

Body ``{"accountType"? (DISBURSEMENT by default), "currency", "amount"}``; a negative amount takes money out.
Answers the account's new balance. The accounts are ``products/ledger.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.ledger import ACQUIRING, DISBURSEMENT
from ...store.errors import params_invalid
from ...store.money import decimal_amount, is_currency
from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def move_balance(request: Request) -> Any:
    body = await json_body(request)
    emulator, merchant = emulator_of(request), merchant_for(request)
    account_type, currency = body.get("accountType", DISBURSEMENT), body.get("currency")
    if account_type not in (ACQUIRING, DISBURSEMENT):
        raise params_invalid(f"accountType must be {ACQUIRING} or {DISBURSEMENT}.")
    if not is_currency(currency):
        raise params_invalid("currency must be an ISO 4217 currency code.")
    amount = decimal_amount(body.get("amount"), "amount", str(currency), signed=True)
    return {"balance": await in_thread(emulator.balances.adjust, merchant, account_type, currency, amount)}


PAGES: list[Route] = []
CONTROL = [Route("/balances", control(move_balance), methods=["POST"])]

"""Control endpoint of the merchant's accounts: ``POST /emulator/balances`` moves money in or out.

Body ``{"accountType"? (DISBURSEMENT by default), "currency", "amount"}``; a negative amount takes money out.
Answers the account's new balance. The accounts are ``products/ledger.py``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.ledger import DISBURSEMENT
from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def move_balance(request: Request) -> Any:
    body = await json_body(request)
    emulator, merchant = emulator_of(request), merchant_for(request)
    amount = Decimal(str(body["amount"]))
    account_type, currency = str(body.get("accountType", DISBURSEMENT)), str(body["currency"])
    return {"balance": await in_thread(emulator.balances.adjust, merchant, account_type, currency, amount)}


PAGES: list[Route] = []
CONTROL = [Route("/balances", control(move_balance), methods=["POST"])]

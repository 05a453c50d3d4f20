"""Control endpoints of bill payments: the merchant's bill-payment settings, a payer starting to pay a bill,
and the bill payment as it stands.

The rules, and the bodies these endpoints take, are ``products/bill_payments.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def configure(request: Request) -> Any:
    body = await json_body(request)
    return await in_thread(emulator_of(request).bill_payments.configure, merchant_for(request), body)


async def settings(request: Request) -> Any:
    return await in_thread(emulator_of(request).bill_payments.settings_of, merchant_for(request))


async def start(request: Request) -> Any:
    body = await json_body(request)
    return await in_thread(emulator_of(request).bill_payments.start, merchant_for(request), body)


async def view(request: Request) -> Any:
    app_id, trade_token = merchant_for(request).app_id, request.path_params["tradeToken"]
    return await in_thread(emulator_of(request).bill_payments.view, app_id, trade_token)


PAGES: list[Route] = []
CONTROL = [
    Route("/bill-payments/settings", control(configure), methods=["PUT"]),
    Route("/bill-payments/settings", control(settings), methods=["GET"]),
    Route("/bill-payments", control(start), methods=["POST"]),
    Route("/bill-payments/{tradeToken}", control(view), methods=["GET"]),
]

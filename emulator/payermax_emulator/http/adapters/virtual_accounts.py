"""Control endpoints of virtual-account receipts: a bank transfer arrives; a held one is settled or rejected.

The rules, and the bodies these endpoints take, are ``products/virtual_accounts.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...kit import Ending
from ...products.virtual_accounts import REJECTED, SETTLED
from ...store.errors import optional_text
from ..web import control, emulator_of, in_thread, json_body, merchant_for

#: The notification's limits of errorCode and errorMsg.
CODE_LIMIT, MSG_LIMIT = 32, 256


async def arrive(request: Request) -> Any:
    body = await json_body(request)
    account = request.path_params["accountNo"]
    return await in_thread(emulator_of(request).virtual_accounts.arrive, merchant_for(request), account, body)


async def settle(request: Request) -> Any:
    app_id, request_no = merchant_for(request).app_id, request.path_params["requestNo"]
    return await in_thread(emulator_of(request).virtual_accounts.move, app_id, request_no, Ending(SETTLED))


async def reject(request: Request) -> Any:
    body = await json_body(request)
    end = Ending(REJECTED, optional_text(body, "errorCode", CODE_LIMIT), optional_text(body, "errorMsg", MSG_LIMIT))
    app_id, request_no = merchant_for(request).app_id, request.path_params["requestNo"]
    return await in_thread(emulator_of(request).virtual_accounts.move, app_id, request_no, end)


PAGES: list[Route] = []
CONTROL = [
    Route("/virtual-accounts/{accountNo}/receipts", control(arrive), methods=["POST"]),
    Route("/va-receipts/{requestNo}/settle", control(settle), methods=["POST"]),
    Route("/va-receipts/{requestNo}/reject", control(reject), methods=["POST"]),
]

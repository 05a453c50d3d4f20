"""Control endpoint of exchanges: finish a pending exchange, as the FX desk would (or refuse it).

The rules, and the body this endpoint takes, are ``products/exchanges.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.exchanges import FAILED, SUCCESS
from ...store.errors import optional_text, params_invalid
from ..web import control, emulator_of, in_thread, json_body, merchant_for

#: The published limits of the exchange's errorCode and errorMsg.
CODE_LIMIT, MSG_LIMIT = 32, 256


async def settle_exchange(request: Request) -> Any:
    body = await json_body(request)
    status = optional_text(body, "status", CODE_LIMIT) or SUCCESS
    if status not in (SUCCESS, FAILED):
        raise params_invalid("status must be SUCCESS or FAILED.")
    code, msg = optional_text(body, "errorCode", CODE_LIMIT), optional_text(body, "errorMsg", MSG_LIMIT)
    app_id, ref = merchant_for(request).app_id, request.path_params["ref"]
    return await in_thread(emulator_of(request).exchanges.settle, app_id, ref, status, code=code, msg=msg)


PAGES: list[Route] = []
CONTROL = [Route("/exchanges/{ref}/settle", control(settle_exchange), methods=["POST"])]

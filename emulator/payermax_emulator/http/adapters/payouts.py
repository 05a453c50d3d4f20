"""Control endpoints of payouts: settle a pending payout, bounce a successful one back.

The rules, and the bodies these endpoints take, are ``products/payouts.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.payouts import FAILED, SUCCESS
from ...store.errors import optional_text, params_invalid
from ..web import control, emulator_of, in_thread, json_body, merchant_for

#: The notification's published limits.
CODE_LIMIT, MSG_LIMIT = 32, 256


async def settle_payout(request: Request) -> Any:
    body = await json_body(request)
    status = optional_text(body, "status", CODE_LIMIT)
    if status not in (None, SUCCESS, FAILED):
        raise params_invalid("status must be SUCCESS or FAILED.")
    app_id, ref = merchant_for(request).app_id, request.path_params["ref"]
    code, msg = optional_text(body, "responseCode", CODE_LIMIT), optional_text(body, "responseMsg", MSG_LIMIT)
    return await in_thread(emulator_of(request).payouts.settle, app_id, ref, status, code=code, msg=msg)


async def bounce_payout(request: Request) -> Any:
    body = await json_body(request)
    app_id, ref = merchant_for(request).app_id, request.path_params["ref"]
    code, msg = optional_text(body, "responseCode", CODE_LIMIT), optional_text(body, "responseMsg", MSG_LIMIT)
    return await in_thread(emulator_of(request).payouts.bounce, app_id, ref, code=code, msg=msg)


PAGES: list[Route] = []
CONTROL = [
    Route("/payouts/{ref}/settle", control(settle_payout), methods=["POST"]),
    Route("/payouts/{ref}/bounce", control(bounce_payout), methods=["POST"]),
]

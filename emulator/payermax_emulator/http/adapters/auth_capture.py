"""Control endpoints of pre-authorisations (the rules are ``products/auth_capture.py``).

| endpoint | what it does |
|---|---|
| `GET /emulator/authorizations/{ref}` | the hold of an authorisation: `AUTHORIZED`, `CAPTURED`, `CANCELLED` or `EXPIRED`, with its captures and cancels |
| `POST /emulator/authorizations/{ref}/decline-next` | `{"code"?, "msg"?}`: the next capture or cancel of this authorisation fails |
| `POST /emulator/authorizations/{ref}/lapse` | the hold lapses now (as 7 days on the emulator clock would) |

`ref` is the order's tradeToken, or its outTradeNo (of the test merchant, or of the merchant named by `?appId=`).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...core import Emulator
from ...store.errors import optional_text
from ..web import control, emulator_of, in_thread, json_body, merchant_for


def _trade_token(emulator: Emulator, request: Request) -> str:
    return emulator.collection.by_ref(merchant_for(request).app_id, request.path_params["ref"]).trade_token


async def authorisation(request: Request) -> Any:
    emulator = emulator_of(request)
    return await in_thread(lambda: emulator.auth_capture.view(_trade_token(emulator, request)))


async def decline_next(request: Request) -> Any:
    body = await json_body(request)
    code, msg = optional_text(body, "code", 32), optional_text(body, "msg", 256)
    emulator = emulator_of(request)
    return await in_thread(lambda: emulator.auth_capture.decline_next(_trade_token(emulator, request), code, msg))


async def lapse(request: Request) -> Any:
    emulator = emulator_of(request)

    def lapse_now() -> dict[str, Any]:
        trade_token = _trade_token(emulator, request)
        emulator.auth_capture.lapse(trade_token)
        return emulator.auth_capture.view(trade_token)

    return await in_thread(lapse_now)


PAGES: list[Route] = []
CONTROL = [
    Route("/authorizations/{ref}", control(authorisation), methods=["GET"]),
    Route("/authorizations/{ref}/decline-next", control(decline_next), methods=["POST"]),
    Route("/authorizations/{ref}/lapse", control(lapse), methods=["POST"]),
]

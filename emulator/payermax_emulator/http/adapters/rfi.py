"""Control endpoints of requests for information: open one about orders, read it, and the reviewer's decision.

The rules, and the bodies these endpoints take, are ``products/rfi.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.rfi import CLOSE, PASS, REJECT
from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def open_rfi(request: Request) -> Any:
    body = await json_body(request)
    return await in_thread(emulator_of(request).rfis.open, merchant_for(request), body)


async def view_rfi(request: Request) -> Any:
    app_id, rfi_no = merchant_for(request).app_id, request.path_params["rfiNo"]
    return await in_thread(emulator_of(request).rfis.view, app_id, rfi_no)


def _decision(status: str) -> Callable[[Request], Awaitable[Any]]:
    async def decide(request: Request) -> Any:
        body = await json_body(request)
        app_id, rfi_no = merchant_for(request).app_id, request.path_params["rfiNo"]
        return await in_thread(emulator_of(request).rfis.decide, app_id, rfi_no, status, body)

    return decide


PAGES: list[Route] = []
CONTROL = [
    Route("/rfis", control(open_rfi), methods=["POST"]),
    Route("/rfis/{rfiNo}", control(view_rfi), methods=["GET"]),
    Route("/rfis/{rfiNo}/pass", control(_decision(PASS)), methods=["POST"]),
    Route("/rfis/{rfiNo}/reject", control(_decision(REJECT)), methods=["POST"]),
    Route("/rfis/{rfiNo}/close", control(_decision(CLOSE)), methods=["POST"]),
]

"""Control endpoints of disputes: open a case on a paid order, review, resolve or cancel it.

The rules, and the bodies these endpoints take, are ``products/disputes.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...products.disputes import CANCELLED, CLOSED, END, FAIL, WIN
from ...store.errors import params_invalid
from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def open_case(request: Request) -> Any:
    body = await json_body(request)
    return await in_thread(emulator_of(request).disputes.open_case, merchant_for(request), body)


def _mover(status: str) -> Callable[[Request], Awaitable[Any]]:
    async def move(request: Request) -> Any:
        result: str | None = None
        if status == CLOSED:
            result = str((await json_body(request)).get("result") or "").upper()
            if result not in (WIN, FAIL):
                raise params_invalid("result must be WIN or FAIL.")
        app_id, case_id = merchant_for(request).app_id, request.path_params["caseId"]
        return await in_thread(emulator_of(request).disputes.change, app_id, case_id, status, result)

    return move


PAGES: list[Route] = []
CONTROL = [
    Route("/disputes", control(open_case), methods=["POST"]),
    Route("/disputes/{caseId}/review", control(_mover(END)), methods=["POST"]),
    Route("/disputes/{caseId}/resolve", control(_mover(CLOSED)), methods=["POST"]),
    Route("/disputes/{caseId}/cancel", control(_mover(CANCELLED)), methods=["POST"]),
]

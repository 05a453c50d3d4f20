"""Control endpoints of fraud reports and risk lists (the rules are ``products/risk.py``).

| endpoint | what it does |
|---|---|
| `POST /emulator/orders/{ref}/fraud` | send the fraud notification (`FRAUD`) of a paid order; answers its `data` |
| `GET /emulator/risk-list` | the merchant's block-list entries that are in force |

`ref` is the order's tradeToken or outTradeNo; `?appId=` names another merchant.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..web import control, emulator_of, in_thread, merchant_for


async def report_fraud(request: Request) -> Any:
    emulator = emulator_of(request)

    def report() -> dict[str, Any]:
        order = emulator.collection.by_ref(merchant_for(request).app_id, request.path_params["ref"])
        return emulator.risk.report_fraud(order)

    return await in_thread(report)


async def risk_list(request: Request) -> Any:
    return await in_thread(emulator_of(request).risk.entries, merchant_for(request).app_id)


PAGES: list[Route] = []
CONTROL = [
    Route("/orders/{ref}/fraud", control(report_fraud), methods=["POST"]),
    Route("/risk-list", control(risk_list), methods=["GET"]),
]

"""Control endpoint of subscription plans (the rules are ``products/subscriptions.py``).

| endpoint | what it does |
|---|---|
| `POST /emulator/subscriptions/{subscriptionNo}/mock-period` | `{"status": "SUCCESS" or "FAILED", "index"?, "attempts"?}`: the outcome of the next attempts at a period (default: the next period charged, every attempt); time moves with `POST /emulator/clock/advance` |

`?appId=` names another merchant's plan.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ..web import control, emulator_of, in_thread, json_body, merchant_for


async def mock_period(request: Request) -> Any:
    body = await json_body(request)
    app_id, number = merchant_for(request).app_id, request.path_params["subscription_no"]
    return await in_thread(emulator_of(request).subscriptions.mock_period, app_id, number, body)


PAGES: list[Route] = []
CONTROL = [Route("/subscriptions/{subscription_no}/mock-period", control(mock_period), methods=["POST"])]

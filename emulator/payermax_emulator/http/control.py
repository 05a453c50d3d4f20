"""The control API, under ``/emulator``: drive the emulator from tests and tools.

Unauthenticated by design - the emulator listens on 127.0.0.1 unless told otherwise. Every endpoint
answers JSON; ``GET /emulator`` lists them, each with the module that documents it. These are the
emulator-wide endpoints; each product's own are in its adapter (``adapters/``).

| endpoint | what it does |
|---|---|
| `GET /emulator` | this list |
| `GET /emulator/merchant` | the test merchant's `PAYERMAX_*` variables (private key included: it is a test merchant) |
| `POST /emulator/merchants` | register a merchant with its own public key: `{"publicKey", "appId"?, "merchantNo"?, "notifyUrl"?}` |
| `GET /emulator/clock`, `POST /emulator/clock/advance` | read the emulator clock, move it forward: `{"seconds"}` |
| `GET /emulator/notifications` | every notification (`?type=PAYMENT&status=pending`), with its deliveries |
| `GET /emulator/deliveries` | the delivery log: every attempt, status code and outcome |
| `POST /emulator/reset` | forget every order, refund, payout, token, link, dispute, exchange, receipt, request for information, bill payment (and its settings), balance and notification (the opening float comes back) |
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Mount, Route

from payermax_signing import VerifyingKey
from payermax_signing.protocol import format_time

from ..settings import CONTROL_PREFIX
from ..store.errors import params_invalid
from .web import control, emulator_of, in_thread, json_body


async def merchant_environment(request: Request) -> Any:
    return emulator_of(request).environment()


async def register_merchant(request: Request) -> Any:
    body = await json_body(request)
    if "publicKey" not in body:
        raise params_invalid("publicKey is required (bare base64 or PEM).")
    emulator = emulator_of(request)
    merchant = await in_thread(
        emulator.merchants.register,
        VerifyingKey.load(str(body["publicKey"]), what="publicKey"),
        app_id=body.get("appId"),
        merchant_no=body.get("merchantNo"),
        notify_url=body.get("notifyUrl"),
    )
    return {
        "appId": merchant.app_id,
        "merchantNo": merchant.merchant_no,
        "platformPublicKey": emulator.platform_key.verifying_key.to_base64(),
        "baseUrl": emulator.settings.gateway_url,
    }


async def clock(request: Request) -> Any:
    emulator = emulator_of(request)
    return {"now": format_time(emulator.clock.now()), "offsetSeconds": emulator.clock.offset}


async def advance_clock(request: Request) -> Any:
    body = await json_body(request)
    emulator = emulator_of(request)
    now = await in_thread(emulator.clock.advance, float(body.get("seconds", 0)))
    return {"now": format_time(now), "offsetSeconds": emulator.clock.offset}


async def notifications(request: Request) -> Any:
    wanted = {name: request.query_params.get(name, "") for name in ("type", "status", "reference")}
    return await in_thread(emulator_of(request).outbox.notifications, **wanted)


async def deliveries(request: Request) -> Any:
    return await in_thread(emulator_of(request).outbox.deliveries)


async def reset(request: Request) -> Any:
    return {"reset": await in_thread(emulator_of(request).reset)}


CORE = [
    Route("/merchant", control(merchant_environment), methods=["GET"]),
    Route("/merchants", control(register_merchant), methods=["POST"]),
    Route("/clock", control(clock), methods=["GET"]),
    Route("/clock/advance", control(advance_clock), methods=["POST"]),
    Route("/notifications", control(notifications), methods=["GET"]),
    Route("/deliveries", control(deliveries), methods=["GET"]),
    Route("/reset", control(reset), methods=["POST"]),
]


def routes(products: Sequence[BaseRoute]) -> list[BaseRoute]:
    """The control API: the emulator-wide endpoints, then the products' (from their adapters)."""
    mounted = [*CORE, *products]

    async def index(request: Request) -> Any:
        """Every control endpoint, and the module that documents it."""
        endpoints = []
        for route in mounted:
            assert isinstance(route, Route)
            handler = getattr(route.endpoint, "__wrapped__", route.endpoint)
            endpoints.append(
                {
                    "methods": sorted(route.methods or []),
                    "path": CONTROL_PREFIX + route.path,
                    "module": handler.__module__,
                }
            )
        return {"endpoints": endpoints, "documentation": "module docstrings; see emulator/README.md"}

    return [Route(CONTROL_PREFIX, control(index), methods=["GET"]), Mount(CONTROL_PREFIX, routes=mounted)]

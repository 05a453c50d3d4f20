"""The control API, under ``/emulator``: drive the emulator from tests and tools.

Unauthenticated by design - the emulator listens on 127.0.0.1 unless told otherwise. Every endpoint
answers JSON; ``GET /emulator`` lists them, each with the module that documents it. These are the
emulator-wide endpoints; each product's own are in its adapter (``adapters/``).

| endpoint | what it does |
|---|---|
| `GET /emulator` | this list |
| `GET /emulator/merchant` | the test merchant's `PAYERMAX_*` variables; the private key only with `serve --serve-private-key` (it is in `<data-dir>/merchant.env` and `serve`'s output) |
| `POST /emulator/merchants` | register a merchant with its own public key: `{"publicKey", "appId"?, "merchantNo"?, "notifyUrl"?}` |
| `GET /emulator/clock`, `POST /emulator/clock/advance` | read the emulator clock, move it forward: `{"seconds"}` |
| `GET /emulator/notifications` | notifications (`?type=PAYMENT&status=pending&reference=...`), with their deliveries, oldest first |
| `GET /emulator/deliveries` | the delivery log: every attempt, status code and outcome, oldest first |
| `POST /emulator/reset` | forget every order, authorisation, refund, payout, token, link, dispute, subscription, risk-list entry, exchange, receipt, request for information, bill payment (and its settings), balance and notification (the opening float comes back) |

Both listings are pages: `?limit=` (1-1000, default 100) items with ids over `?after=`; when there are more, the
answer's `Link` header names the next page (`rel="next"`).

Every input is checked before anything changes (400 `PARAMS_INVALID`); POSTs with a body take
`application/json` only, and a request with an `Origin` must come from the emulator or localhost (``web.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route

from payermax_signing import VerifyingKey
from payermax_signing.credentials import ENV_MERCHANT_PRIVATE_KEY
from payermax_signing.protocol import format_time

from ..settings import CONTROL_PREFIX
from ..store.errors import optional_text, params_invalid
from ..store.money import number
from .checks import notify_url_problem
from .web import control, emulator_of, in_thread, json_body, json_response

#: The furthest one call may move the emulator clock: ten years.
MAX_ADVANCE = 10 * 366 * 24 * 3600.0
PAGE, MAX_PAGE = 100, 1000


async def merchant_environment(request: Request) -> Any:
    emulator = emulator_of(request)
    environment = emulator.environment()
    if not emulator.settings.serve_private_key:
        environment.pop(ENV_MERCHANT_PRIVATE_KEY)
    return environment


async def register_merchant(request: Request) -> Any:
    body = await json_body(request)
    public_key = body.get("publicKey")
    if not isinstance(public_key, str) or not public_key.strip() or len(public_key) > 8192:
        raise params_invalid("publicKey is required (bare base64 or PEM).")
    notify_url = optional_text(body, "notifyUrl", 256)
    if notify_url is not None and (reason := notify_url_problem(notify_url)) is not None:
        raise params_invalid(f"notifyUrl is invalid, {reason}.")
    emulator = emulator_of(request)
    merchant = await in_thread(
        emulator.merchants.register,
        VerifyingKey.load(public_key, what="publicKey"),
        app_id=optional_text(body, "appId", 64),
        merchant_no=optional_text(body, "merchantNo", 64),
        notify_url=notify_url,
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
    seconds = number(body.get("seconds", 0), "seconds", low=0, high=MAX_ADVANCE)
    emulator = emulator_of(request)
    now = await in_thread(emulator.clock.advance, seconds)
    return {"now": format_time(now), "offsetSeconds": emulator.clock.offset}


def _page(request: Request) -> tuple[int, int]:
    """``limit`` and ``after`` of a listing (``PARAMS_INVALID`` unless whole numbers in range)."""
    limit_text, after_text = request.query_params.get("limit", str(PAGE)), request.query_params.get("after", "0")
    if not (limit_text.isdigit() and 1 <= int(limit_text) <= MAX_PAGE and len(limit_text) < 6):
        raise params_invalid(f"limit must be a whole number from 1 to {MAX_PAGE}.")
    if not (after_text.isdigit() and len(after_text) < 19):
        raise params_invalid("after must be the id of the last item of the previous page.")
    return int(limit_text), int(after_text)


async def _listing(request: Request, fetch: Callable[..., list[dict[str, Any]]], **filters: str) -> Response:
    limit, after = _page(request)
    items = await in_thread(fetch, limit=limit + 1, after=after, **filters)
    response = json_response(items[:limit])
    if len(items) > limit:
        following = request.url.include_query_params(limit=limit, after=items[limit - 1]["id"])
        response.headers["link"] = f'<{following}>; rel="next"'
    return response


async def notifications(request: Request) -> Any:
    wanted = {name: request.query_params.get(name, "") for name in ("type", "status", "reference")}
    return await _listing(request, emulator_of(request).outbox.notifications, **wanted)


async def deliveries(request: Request) -> Any:
    return await _listing(request, emulator_of(request).outbox.deliveries)


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

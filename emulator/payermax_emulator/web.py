"""Small helpers shared by the emulator's HTML pages and its control API."""

from __future__ import annotations

import functools
import html
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from payermax_signing import PayerMaxError

from .codec import decode, encode
from .core import Emulator
from .errors import BusinessError

STATUS_BY_CODE = {"ORDER_NOT_EXIST": 404, "PARAMS_INVALID": 400}


def emulator_of(request: Request) -> Emulator:
    emulator: Emulator = request.app.state.emulator
    return emulator


async def form_fields(request: Request) -> dict[str, str]:
    """Fields of an ``application/x-www-form-urlencoded`` body."""
    parsed = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


async def json_body(request: Request) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        return {}
    try:
        value = decode(body)  # amounts stay exact
    except ValueError:
        raise BusinessError("PARAMS_INVALID", "The body is not JSON.") from None
    if not isinstance(value, dict):
        raise BusinessError("PARAMS_INVALID", "The body must be a JSON object.")
    return value


def json_response(payload: Any, status_code: int = 200) -> Response:
    return Response(encode(payload), status_code=status_code, media_type="application/json")


def control(handler: Callable[[Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a control-API handler: its result becomes JSON, a BusinessError a JSON error with a status."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        try:
            return json_response(await handler(request))
        except BusinessError as error:
            return JSONResponse({"code": error.code, "msg": error.msg}, status_code=STATUS_BY_CODE.get(error.code, 409))
        except (ValueError, KeyError, PayerMaxError) as error:
            return JSONResponse({"code": "PARAMS_INVALID", "msg": str(error)}, status_code=400)

    return endpoint


async def in_thread(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return await run_in_threadpool(function, *args, **kwargs)


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;color:#222}}
.box{{border:1px solid #ccd;border-radius:8px;padding:1.5rem}} .amount{{font-size:2rem;font-weight:600}}
button{{font-size:1rem;padding:.6rem 1.2rem;margin:.3rem .3rem 0 0;border-radius:6px;border:1px solid #889;cursor:pointer}}
button.primary{{background:#1f5fd1;color:#fff;border-color:#1f5fd1}} .muted{{color:#667;font-size:.9rem}}
</style></head><body><div class="box">{body}</div>
<p class="muted">PayerMax emulator - no real money moves here.</p></body></html>"""


def page(title: str, body: str, status_code: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(title=html.escape(title), body=body), status_code=status_code)


def escape(value: Any) -> str:
    return html.escape(str(value))

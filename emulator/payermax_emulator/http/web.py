"""Small helpers shared by the emulator's HTML pages and its control API.

The control API's guard (``control``): a ``POST`` with a body must say ``Content-Type: application/json``
(415 otherwise: a web page can send ``text/plain`` cross-origin without asking, never JSON), and a request
that carries an ``Origin`` must come from the emulator's own origin or from a loopback host (403 otherwise).
Bodies are read within the gateway's limits (``limits.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.templating import Jinja2Templates

from payermax_signing import PayerMaxError
from payermax_signing.protocol import dumps

from ..core import Emulator
from ..services import Merchant
from ..store.errors import ORDER_NOT_EXIST, PARAMS_INVALID, BusinessError
from .limits import parse_json, read_body

STATUS_BY_CODE = {ORDER_NOT_EXIST: 404, PARAMS_INVALID: 400}
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
TEMPLATES = Jinja2Templates(directory=Path(__file__).with_name("templates"))


def emulator_of(request: Request) -> Emulator:
    emulator: Emulator = request.app.state.emulator
    return emulator


def merchant_for(request: Request) -> Merchant:
    """The merchant a control call names with ``?appId=``, or the test merchant; with ``&merchantNo=`` too,
    that app's own merchant or (ISV mode) the sub-merchant of that number."""
    emulator = emulator_of(request)
    merchant = emulator.merchants.require(request.query_params.get("appId") or emulator.test_merchant.merchant.app_id)
    number = request.query_params.get("merchantNo")
    if number in (None, "", merchant.merchant_no):
        return merchant
    sub = emulator.merchants.sub_merchant(merchant.app_id, number)
    if sub is None:
        raise BusinessError("MERCHANT_INVALID", "No such sub-merchant of this app.")
    return sub.merchant


async def form_fields(request: Request) -> dict[str, str]:
    """Fields of an ``application/x-www-form-urlencoded`` body."""
    parsed = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True)
    return {name: values[-1] for name, values in parsed.items()}


async def json_body(request: Request) -> dict[str, Any]:
    settings = emulator_of(request).settings
    body = await read_body(request, settings.max_body_bytes)
    if not body.strip():
        return {}
    value = parse_json(body, max_depth=settings.max_json_depth)  # amounts stay exact
    if not isinstance(value, dict):
        raise BusinessError(PARAMS_INVALID, "The body must be a JSON object.")
    return value


def _refusal(code: str, msg: str, status: int) -> Response:
    return JSONResponse({"code": code, "msg": msg}, status_code=status)


def allowed_origin(request: Request) -> bool:
    """No ``Origin`` (not a browser's cross-site request), the emulator's own, or a loopback host's."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    parts = urlsplit(origin)
    own = {request.url.netloc, urlsplit(emulator_of(request).settings.public_url).netloc}
    return parts.scheme in ("http", "https") and (parts.netloc in own or (parts.hostname or "") in LOOPBACK_HOSTS)


def _guard(request: Request) -> Response | None:
    """The refusal of a control request that a web page could have sent behind the developer's back."""
    if not allowed_origin(request):
        return _refusal("FORBIDDEN_ORIGIN", "The control API answers the emulator's own pages and localhost only.", 403)
    if request.method == "POST":
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        has_body = request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers
        if (has_body or media_type) and media_type != "application/json":
            return _refusal(PARAMS_INVALID, "The control API takes Content-Type: application/json.", 415)
    return None


def json_response(payload: Any, status_code: int = 200) -> Response:
    return Response(dumps(payload), status_code=status_code, media_type="application/json")


def control(handler: Callable[[Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a control-API handler: the guard first; its result becomes JSON (a ``Response`` is sent as it is),
    a BusinessError a JSON error with a status."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        refused = _guard(request)
        if refused is not None:
            return refused
        try:
            result = await handler(request)
        except BusinessError as error:
            return _refusal(error.code, error.msg, STATUS_BY_CODE.get(error.code, 409))
        except (ValueError, KeyError, PayerMaxError) as error:
            return _refusal(PARAMS_INVALID, str(error), 400)
        return result if isinstance(result, Response) else json_response(result)

    return endpoint


async def in_thread(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return await run_in_threadpool(function, *args, **kwargs)

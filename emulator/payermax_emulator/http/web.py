"""Small helpers shared by the emulator's HTML pages and its control API.

The control API's guard (``control``): a ``POST`` with a body must say ``Content-Type: application/json``
(415 otherwise: a web page can send ``text/plain`` cross-origin without asking, never JSON), and a request
that carries an ``Origin`` must come from the emulator's own origin or from a loopback host (403 otherwise).
Bodies are read within the gateway's limits (``limits.py``).

Most control endpoints only hand a product method what the request names: ``control_route`` declares one
such endpoint as a row of a route table - its path and method, the product method, and its arguments
(``MERCHANT``, ``APP_ID``, ``path("rfiNo")``, ``BODY``, ``fixed(PASS)``, ``from_body(parse)``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
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


@dataclass(frozen=True)
class Argument:
    """One argument a control route hands its product method: taken from the request and, when ``reads_body``,
    from its JSON body (read once, before any argument is taken, and only by routes that need it)."""

    take: Callable[[Request, dict[str, Any]], Any]
    reads_body: bool = False


#: The merchant the call names (``merchant_for``), its app id, and the JSON body.
MERCHANT = Argument(lambda request, _: merchant_for(request))
APP_ID = Argument(lambda request, _: merchant_for(request).app_id)
BODY = Argument(lambda _, body: body, reads_body=True)


def path(name: str) -> Argument:
    """The path parameter ``name`` (``/rfis/{rfiNo}``)."""
    return Argument(lambda request, _: request.path_params[name])


def fixed(value: Any) -> Argument:
    """A value the route itself gives (the status a decision sets)."""
    return Argument(lambda _request, _body: value)


def from_body(parse: Callable[[dict[str, Any]], Any]) -> Argument:
    """What ``parse`` makes of the JSON body (it refuses a bad one with ``PARAMS_INVALID``)."""
    return Argument(lambda _, body: parse(body), reads_body=True)


def control_route(
    route_path: str, method: str, call: Callable[[Emulator], Callable[..., Any]], *arguments: Argument
) -> Route:
    """A control endpoint that calls one product method - ``call`` picks it from the emulator - in a worker
    thread with ``arguments`` taken from the request, and answers its result; behind ``control``'s guard.

    ``GET /emulator`` names the module that documents an endpoint: here the one that wrote ``call``."""
    reads_body = any(argument.reads_body for argument in arguments)
    # The body is read and checked first: a refused body is refused whatever merchant the call names.
    order = sorted(range(len(arguments)), key=lambda index: not arguments[index].reads_body)

    async def endpoint(request: Request) -> Any:
        body = await json_body(request) if reads_body else {}
        values: list[Any] = [None] * len(arguments)
        for index in order:
            values[index] = arguments[index].take(request, body)
        return await in_thread(call(emulator_of(request)), *values)

    endpoint.__module__ = call.__module__
    return Route(route_path, control(endpoint), methods=[method])

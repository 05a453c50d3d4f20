"""Small helpers shared by the emulator's HTML pages and its control API."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.templating import Jinja2Templates

from payermax_signing import PayerMaxError
from payermax_signing.protocol import dumps, loads

from ..core import Emulator
from ..services import Merchant
from ..store.errors import ORDER_NOT_EXIST, PARAMS_INVALID, BusinessError

STATUS_BY_CODE = {ORDER_NOT_EXIST: 404, PARAMS_INVALID: 400}
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
    body = await request.body()
    if not body.strip():
        return {}
    try:
        value = loads(body)  # amounts stay exact
    except ValueError:
        raise BusinessError(PARAMS_INVALID, "The body is not JSON.") from None
    if not isinstance(value, dict):
        raise BusinessError(PARAMS_INVALID, "The body must be a JSON object.")
    return value


def json_response(payload: Any, status_code: int = 200) -> Response:
    return Response(dumps(payload), status_code=status_code, media_type="application/json")


def control(handler: Callable[[Request], Awaitable[Any]]) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a control-API handler: its result becomes JSON, a BusinessError a JSON error with a status."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        try:
            return json_response(await handler(request))
        except BusinessError as error:
            return JSONResponse({"code": error.code, "msg": error.msg}, status_code=STATUS_BY_CODE.get(error.code, 409))
        except (ValueError, KeyError, PayerMaxError) as error:
            return JSONResponse({"code": PARAMS_INVALID, "msg": str(error)}, status_code=400)

    return endpoint


async def in_thread(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return await run_in_threadpool(function, *args, **kwargs)

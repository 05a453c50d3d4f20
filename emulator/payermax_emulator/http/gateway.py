"""The gateway endpoint: every ``POST /aggregate-pay/api/gateway/{operation}``.

Checks run in PayerMax's order, cheapest first: the operation exists and a ``sign`` header is there
(before the body is read); the body's limits (``limits.py``: size while streaming, UTF-8, nesting depth)
before it is parsed; the ``sign`` header over those exact bytes, with the public key of the app named in the
body; the app and merchant number (in ISV mode, the service provider, its sub-merchant and the
sub-merchant's token: ``services/isv.py``); ``requestTime`` within two minutes of the wall clock; the envelope and
``data`` against the spec; the codes (ISO currencies and countries) and notify URLs (``checks.py``); then
the operation's business logic. Every answer - refusals included - is HTTP 200, ``{code, msg, data}``,
signed with the platform key. An unexpected exception is a bug: it answers ``SYSTEM_ERROR`` and logs the
stack without the exception's message (which could quote the input).
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope, Send

from payermax_signing.protocol import (
    GATEWAY_PATH,
    MERCHANT_AUTH_TOKEN_HEADER,
    SIGN_HEADER,
    SUCCESS_CODE,
    SUCCESS_MSG,
    dumps,
    loads,
    parse_time,
)

from ..core import Emulator
from ..openapi import SpecDocument
from ..services.merchants import Merchant
from ..store.db import WritersBusyError
from ..store.errors import BusinessError, params_invalid
from ..store.group_commit import group_commit
from .checks import check_codes_and_urls
from .limits import parse_json, receive_body
from .validation import RequestValidator

log = logging.getLogger("payermax_emulator.gateway")
Header = tuple[bytes, bytes]

SYSTEM_ERROR = "SYSTEM_ERROR"


def _system_busy() -> dict[str, Any]:
    return {"code": SYSTEM_ERROR, "msg": "System is busy, please try again later."}


@cache
def validator(spec: SpecDocument) -> RequestValidator:
    """The request validator of a spec document (built once)."""
    return RequestValidator(spec)


def _check_request_time(emulator: Emulator, value: Any) -> None:
    if not isinstance(value, str):
        raise params_invalid("requestTime is invalid,because requestTime is null.")
    try:
        sent = parse_time(value)
    except ValueError as problem:
        if "offset" in str(problem):
            raise params_invalid("requestTime must carry a time zone offset.") from None
        raise params_invalid("requestTime must be yyyy-MM-dd'T'HH:mm:ss.SSSXXX.") from None
    # Wall-clock time, not the emulator clock: moving business time forward (control API) must not lock out
    # clients whose own clocks did not move.
    if abs(datetime.now(UTC) - sent) > timedelta(seconds=emulator.settings.request_time_window):
        raise BusinessError("REQ_TIME_OVER_TIME", "requestTime effective in two minutes")


def _before_body(emulator: Emulator, operation: str, sign: str | None) -> None:
    """The refusals that need no body."""
    if operation not in emulator.operations:
        raise BusinessError("API_NOT_EXIST", "There is no operation by that name.")
    if not sign:
        raise BusinessError("SIGN_VERIFY_FAILED", "The signature verify failed: no sign header.")


def _admit(
    emulator: Emulator, operation: str, body: bytes, sign: str | None, token: str | None
) -> tuple[Merchant, dict[str, Any]]:
    """Every check before the business: the merchant the request acts for and its canonical ``data``; a
    refusal raises ``BusinessError``."""
    _before_body(emulator, operation, sign)
    if len(body) > emulator.settings.max_body_bytes:
        raise params_invalid(f"The request body is larger than {emulator.settings.max_body_bytes} bytes.")
    envelope = parse_json(body, max_depth=emulator.settings.max_json_depth)
    if not isinstance(envelope, dict):
        raise params_invalid("The request body is not a JSON object.")
    # Most envelopes name the app ``appId``; addOrDelRiskNameList and orderConfirm call it ``merchantAppId``
    # (the spec's MerchantAppRequestEnvelope). Which one an operation must use is the schema check's job.
    member = "appId" if "appId" in envelope else "merchantAppId" if "merchantAppId" in envelope else "appId"
    app_id = envelope.get(member)
    if not isinstance(app_id, str) or not app_id:
        raise params_invalid(f"{member} is invalid,because {member} is null.")
    merchant = emulator.merchants.get(app_id)
    if merchant is None:
        raise BusinessError("MERCHANT_APP_INVALID", "Signature key is not configured.")
    if not merchant.public_key.verify(body, sign or ""):
        raise BusinessError("SIGN_VERIFY_FAILED", "The signature verify failed.")
    merchant = emulator.service_providers.acting_for(merchant, envelope, token)  # ISV: services/isv.py
    _check_request_time(emulator, envelope.get("requestTime"))
    checker = validator(emulator.spec)
    problem = checker.problem(operation, envelope)
    if problem is not None:
        raise params_invalid(problem)
    data = checker.canonical(operation, envelope)["data"]  # tolerated spellings made canonical (aliases.py)
    check_codes_and_urls(emulator.spec, operation, data)
    return merchant, data


def _business(emulator: Emulator, operation: str, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
    return {"code": SUCCESS_CODE, "msg": SUCCESS_MSG, "data": emulator.answer(merchant, operation, data)}


def _answered(operation: str, step: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """What ``step`` answers, or its failure's answer (``WritersBusyError`` passes: ``store/group_commit.py``)."""
    try:
        return step()
    except WritersBusyError:
        raise
    except Exception as problem:
        return _failure(operation, problem)


def _failure(operation: str, problem: Exception) -> dict[str, Any]:
    """A refusal's answer, or SYSTEM_ERROR for anything else (a bug, logged)."""
    if isinstance(problem, BusinessError):
        return {"code": problem.code, "msg": problem.msg}
    # The stack, never the exception's message: it could quote the request (a card number).
    stack = "".join(traceback.format_tb(problem.__traceback__))
    log.error("unexpected %s in %s (a bug):\n%s", type(problem).__name__, operation, stack)
    return _system_busy()


def _checked(emulator: Emulator, operation: str, answer: dict[str, Any]) -> dict[str, Any]:
    """With ``check_responses``, an answer that breaks the spec becomes a loud SYSTEM_ERROR."""
    pointer = f"#/components/schemas/{operation[0].upper()}{operation[1:]}Response"
    errors = list(emulator.spec.validator(pointer).iter_errors(loads(dumps(answer))))
    if not errors:
        return answer
    details = "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:3])
    log.error("emulator answer to %s breaks the spec: %s", operation, details)
    return {"code": SYSTEM_ERROR, "msg": f"emulator answer breaks the spec: {details}"}


def answer(
    emulator: Emulator, operation: str, body: bytes, sign: str | None, token: str | None = None
) -> tuple[bytes, str]:
    """The signed answer (bytes and ``sign`` header) to one gateway request; ``token``: the
    ``merchant_auth_token`` header (ISV mode)."""

    def step() -> dict[str, Any]:
        return _business(emulator, operation, *_admit(emulator, operation, body, sign, token))

    return _signed(emulator, operation, _answered(operation, step))


async def _grouped_payload(
    emulator: Emulator, operation: str, body: bytes, sign: str | None, token: str | None
) -> dict[str, Any]:
    """The answer to one request, its business with its writes in the event loop's group commit (the checks
    before it run once, outside: a group that meets the writers' lock busy runs the business again); a group
    that failed to commit answers SYSTEM_ERROR for every request in it."""
    try:
        merchant, data = _admit(emulator, operation, body, sign, token)
    except Exception as problem:
        return _failure(operation, problem)
    business = functools.partial(_business, emulator, operation, merchant, data)
    try:
        payload, committed = await group_commit(emulator.db).run(functools.partial(_answered, operation, business))
    except Exception as bug:  # waiting for the writers' lock failed
        log.error("unexpected %s while waiting for the writers' lock", type(bug).__name__)
        return _system_busy()
    return payload if committed else _system_busy()


def _signed(emulator: Emulator, operation: str, payload: dict[str, Any]) -> tuple[bytes, str]:
    if emulator.settings.check_responses and operation in emulator.operations:
        payload = _checked(emulator, operation, payload)
    content = dumps(payload)
    return content, emulator.platform_key.sign(content)


_JSON = (b"content-type", b"application/json")
_SIGN = SIGN_HEADER.encode("latin-1")
_TOKEN = MERCHANT_AUTH_TOKEN_HEADER.encode("latin-1")
_LENGTH = b"content-length"


async def _send_answer(send: Send, content: bytes, signature: str, status: int = 200, *extra: Header) -> None:
    headers = [_JSON, (_LENGTH, str(len(content)).encode()), (_SIGN, signature.encode("latin-1")), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def _headers(scope: Scope) -> tuple[str | None, str | None, str]:
    """The ``sign`` and ``merchant_auth_token`` headers and the declared Content-Length (first of each, as
    Starlette reads them)."""
    sign = token = length = None
    for name, value in scope["headers"]:
        if name == _SIGN and sign is None:
            sign = value.decode("latin-1")
        elif name == _TOKEN and token is None:
            token = value.decode("latin-1")
        elif name == _LENGTH and length is None:
            length = value.decode("latin-1")
    return sign, token, length or ""


async def serve_gateway(emulator: Emulator, in_thread: bool, scope: Scope, receive: Receive, send: Send) -> None:
    """Answer one gateway call, ``POST {GATEWAY_PATH}/{operation}``, as a bare ASGI endpoint (no framework
    between uvicorn and the answer: the gateway is the hot path). In a single-process emulator the work runs in
    a thread, so that a slow call does not hold up the pages and the control API; a worker of a multi-process
    emulator answers in its event loop, which costs less CPU per call - the other processes use the other cores -
    with the writes of the requests of one turn of the loop committed together (``store/group_commit.py``),
    before any of their answers is signed and sent.
    """
    operation = scope["path"][len(GATEWAY_PATH) + 1 :]
    if scope["method"] != "POST":
        content = dumps({"code": "METHOD_NOT_ALLOWED", "msg": "Gateway operations are called with POST."})
        signature = await run_in_threadpool(emulator.platform_key.sign, content)
        await _send_answer(send, content, signature, 405, (b"allow", b"POST"))
        return
    sign, token, declared = _headers(scope)
    try:
        _before_body(emulator, operation, sign)  # the refusals that need no body
        body = await receive_body(receive, declared, emulator.settings.max_body_bytes)
    except BusinessError as refusal:
        content, signature = await run_in_threadpool(
            _signed, emulator, operation, {"code": refusal.code, "msg": refusal.msg}
        )
        await _send_answer(send, content, signature)
        return
    except ClientDisconnect:
        return
    if in_thread:
        content, signature = await run_in_threadpool(answer, emulator, operation, body, sign, token)
    else:
        payload = await _grouped_payload(emulator, operation, body, sign, token)
        content, signature = _signed(emulator, operation, payload)
    await _send_answer(send, content, signature)

"""What the SDK logs, and what it never logs.

Loggers (standard :mod:`logging`, no handler installed at import):

- ``payermax.call``: one INFO line per attempt of a call - operation, merchant, ``code`` (or the failure),
  HTTP status, duration and attempt number - with the same facts as ``extra`` fields for structured logging;
- ``payermax.wire``: the request and answer bodies and headers at DEBUG, with every member the spec marks
  ``x-sensitive`` (card numbers, CVV, holder names, payee names and accounts...) and the ``sign`` and
  ``merchant_auth_token`` headers replaced by ``[redacted]``. A body whose secret members are unknown is not
  logged at all. Keys never reach a log: they are never part of a message.

``PAYERMAX_LOG=info`` or ``PAYERMAX_LOG=debug`` in the environment sends these lines to stderr (for a
quick look, like ``STRIPE_LOG``); applications with their own logging configuration set the ``payermax``
logger's level instead.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from .protocol import MERCHANT_AUTH_TOKEN_HEADER, SIGN_HEADER, dumps, loads

ROOT = "payermax"
call_log = logging.getLogger(f"{ROOT}.call")
wire_log = logging.getLogger(f"{ROOT}.wire")

ENV_LOG = "PAYERMAX_LOG"
REDACTED = "[redacted]"
SECRET_HEADERS = frozenset({SIGN_HEADER, MERCHANT_AUTH_TOKEN_HEADER, "authorization", "cookie", "set-cookie"})
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_env_handler: logging.Handler | None = None


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    """Honour ``PAYERMAX_LOG=debug|info``: log to stderr at that level (once per process). Called when a
    client or auth is created, never at import."""
    global _env_handler
    level = _LEVELS.get((os.environ if environ is None else environ).get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    root = logging.getLogger(ROOT)
    root.setLevel(level)
    if _env_handler is None:
        _env_handler = logging.StreamHandler(sys.stderr)
        _env_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(_env_handler)


def redact(value: Any, sensitive: frozenset[str]) -> Any:
    """A copy of a decoded JSON value with every member named in ``sensitive`` replaced, at any depth."""
    if isinstance(value, Mapping):
        return {k: REDACTED if k in sensitive else redact(v, sensitive) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(item, sensitive) for item in value]
    return value


def redacted_body(body: bytes, sensitive: frozenset[str] | None) -> str:
    """The body as it may appear in a log."""
    if sensitive is None:
        return f"<{len(body)} bytes withheld: no list of secret members for this operation>"
    try:
        decoded = loads(body)
    except ValueError:
        return f"<{len(body)} bytes, not JSON, withheld>"
    return dumps(redact(decoded, sensitive)).decode("utf-8")


def redacted_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in headers}


def merchant_label(merchant_no: str | None, app_id: str, sp_merchant_no: str | None = None) -> str:
    """Who a call was made for: the merchant number (or the app id), and the service provider in ISV mode."""
    label = merchant_no or f"app:{app_id}"
    return f"{label} via {sp_merchant_no}" if sp_merchant_no else label


def log_call(
    *,
    operation: str,
    merchant: str,
    attempt: int,
    duration: float,
    code: str | None = None,
    http_status: int | None = None,
    error: BaseException | None = None,
    retrying: bool = False,
) -> None:
    """The INFO line of one attempt: what answered (``code``), or what went wrong instead."""
    if not call_log.isEnabledFor(logging.INFO):
        return
    outcome = f"code={code}" if error is None else f"error={type(error).__name__}"
    status = f" http={http_status}" if http_status is not None else ""
    then = " retrying" if retrying else ""
    call_log.info(
        "%s merchant=%s %s%s duration_ms=%d attempt=%d%s",
        operation,
        merchant,
        outcome,
        status,
        round(duration * 1000),
        attempt,
        then,
        extra={
            "payermax_operation": operation,
            "payermax_merchant": merchant,
            "payermax_code": code,
            "payermax_error": type(error).__name__ if error is not None else None,
            "payermax_http_status": http_status,
            "payermax_duration_ms": round(duration * 1000),
            "payermax_attempt": attempt,
        },
    )


def log_wire(
    direction: str, operation: str, headers: Iterable[tuple[str, str]], body: bytes, sensitive: frozenset[str] | None
) -> None:
    """DEBUG lines with a redacted body and headers."""
    if wire_log.isEnabledFor(logging.DEBUG):
        wire_log.debug(
            "%s %s headers=%s body=%s", direction, operation, redacted_headers(headers), redacted_body(body, sensitive)
        )

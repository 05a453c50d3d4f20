"""The notification endpoint for Starlette and FastAPI (extra ``starlette`` or ``fastapi``)::

    from payermax_signing.webhooks.starlette import notification_endpoint

    async def handle(notification: Notification) -> None:  # or a plain def: it runs in a worker thread
        ...

    endpoint = notification_endpoint(receiver, handle, on_duplicate=lambda n: log.info("duplicate %s", n))
    app.add_route("/payermax/notify", endpoint, methods=["POST"])           # Starlette or FastAPI
    app.add_api_route("/payermax/notify", endpoint, methods=["POST"], include_in_schema=False)  # FastAPI

Verification and the dedupe store run in a worker thread, never on the event loop.

The bill-payment validation call (no notification: the answer is the merchant's decision) has its own::

    from payermax_signing.bill_payments import BillPaymentReceiver, validation_reply

    def decide(call: BillPaymentValidationRequest) -> bytes:
        return validation_reply(call, confirm=True, min_amount=Decimal("100"), max_amount=Decimal("5000"))

    app.add_route("/payermax/bills/validate", bill_payment_validation_endpoint(bill_receiver, decide), methods=["POST"])
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from payermax_client.notifications import Notification

from ..bill_payments import BillPaymentReceiver
from ..notifications import NotificationReceiver
from ..protocol import SIGN_HEADER
from ._core import DEFAULT_MAX_BODY_BYTES, DuplicateCallback, NotificationWebhook, PendingNotification, Reply
from ._validation import Decide, ValidationWebhook

AsyncHandler = Callable[[Notification], Awaitable[object]]
SyncHandler = Callable[[Notification], object]
Endpoint = Callable[[Request], Awaitable[Response]]


def notification_endpoint(
    receiver: NotificationReceiver,
    handler: AsyncHandler | SyncHandler,
    *,
    on_duplicate: DuplicateCallback | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> Endpoint:
    """A Starlette endpoint that verifies, de-duplicates and acknowledges notifications, calling ``handler``
    (a coroutine function or a plain function) once for each new one."""
    webhook = NotificationWebhook(receiver, on_duplicate=on_duplicate, max_body_bytes=max_body_bytes)
    run_handler = _runner(handler)

    async def payermax_notifications(request: Request) -> Response:
        body = await _read_body(request, webhook.max_body_bytes)
        if body is None:
            reply = webhook.too_large()
        else:
            step = await run_in_threadpool(webhook.start, body, request.headers.get(SIGN_HEADER))
            reply = step if isinstance(step, Reply) else await _process(step, run_handler)
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=dict(reply.headers))

    return payermax_notifications


async def _process(step: PendingNotification, run_handler: AsyncHandler) -> Reply:
    try:
        await run_handler(step.notification)
    except Exception as error:
        return await run_in_threadpool(step.failed, error)
    except BaseException as interrupted:  # cancelled: release now, without awaiting anything more
        step.abandon(interrupted)
        raise
    return await run_in_threadpool(step.done)


def _runner(handler: AsyncHandler | SyncHandler) -> AsyncHandler:
    if _is_async(handler):
        return handler  # type: ignore[return-value]

    async def in_thread(notification: Notification) -> object:
        return await run_in_threadpool(handler, notification)

    return in_thread


def _is_async(handler: object) -> bool:
    while isinstance(handler, functools.partial):
        handler = handler.func
    call = type(handler).__call__ if not inspect.isroutine(handler) else None
    return inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The raw body, or None as soon as it exceeds ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def bill_payment_validation_endpoint(
    receiver: BillPaymentReceiver, decide: Decide, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> Endpoint:
    """A Starlette endpoint for the bill-payment validation call: verified, parsed, answered with what
    ``decide`` (a plain function, run in a worker thread) returns - see ``webhooks/_validation.py``."""
    webhook = ValidationWebhook(receiver, max_body_bytes=max_body_bytes)

    async def payermax_bill_payment_validation(request: Request) -> Response:
        body = await _read_body(request, webhook.max_body_bytes)
        if body is None:
            reply = webhook.too_large()
        else:
            reply = await run_in_threadpool(webhook.handle, body, request.headers.get(SIGN_HEADER), decide)
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=dict(reply.headers))

    return payermax_bill_payment_validation

"""The notification view for Django (extra ``django``)::

    from payermax_signing.webhooks.django import notification_view

    def handle(notification: Notification) -> None:
        ...

    urlpatterns = [path("payermax/notify", notification_view(receiver, handle))]

The view is exempt from CSRF (PayerMax cannot send a token; the signature authenticates it) and accepts
POST only. Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE`` applies before ``max_body_bytes``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..notifications import NotificationReceiver
from ..protocol import SIGN_HEADER
from ._core import DEFAULT_MAX_BODY_BYTES, DuplicateCallback, Handler, NotificationWebhook, Reply


def notification_view(
    receiver: NotificationReceiver,
    handler: Handler,
    *,
    on_duplicate: DuplicateCallback | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> Callable[[HttpRequest], HttpResponse]:
    """A Django view that verifies, de-duplicates and acknowledges notifications, calling ``handler`` once
    for each new one."""
    webhook = NotificationWebhook(receiver, on_duplicate=on_duplicate, max_body_bytes=max_body_bytes)

    def payermax_notifications(request: HttpRequest) -> HttpResponse:
        declared = request.META.get("CONTENT_LENGTH") or ""
        if declared.isdigit() and int(declared) > webhook.max_body_bytes:
            return _response(webhook.too_large())
        try:
            body = request.body
        except RequestDataTooBig:
            return _response(webhook.too_large())
        return _response(webhook.handle(body, request.headers.get(SIGN_HEADER), handler))

    return csrf_exempt(require_POST(payermax_notifications))


def _response(reply: Reply) -> HttpResponse:
    response = HttpResponse(reply.body, status=reply.status, content_type=reply.media_type)
    for name, value in reply.headers:
        response[name] = value
    return response

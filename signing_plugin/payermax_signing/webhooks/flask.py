"""The notification view for Flask (extra ``flask``)::

    from payermax_signing.webhooks.flask import notification_view

    def handle(notification: Notification) -> None:
        ...

    app.add_url_rule("/payermax/notify", view_func=notification_view(receiver, handle), methods=["POST"])

Pass ``endpoint=`` to ``add_url_rule`` when one app has several notification views.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Response, request

from ..notifications import NotificationReceiver
from ..protocol import SIGN_HEADER
from ._core import DEFAULT_MAX_BODY_BYTES, DuplicateCallback, Handler, NotificationWebhook


def notification_view(
    receiver: NotificationReceiver,
    handler: Handler,
    *,
    on_duplicate: DuplicateCallback | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> Callable[[], Response]:
    """A Flask view that verifies, de-duplicates and acknowledges notifications, calling ``handler`` once for
    each new one."""
    webhook = NotificationWebhook(receiver, on_duplicate=on_duplicate, max_body_bytes=max_body_bytes)

    def payermax_notifications() -> Response:
        declared = request.content_length
        if declared is not None and declared > webhook.max_body_bytes:
            reply = webhook.too_large()
        else:
            reply = webhook.handle(request.get_data(cache=False), request.headers.get(SIGN_HEADER), handler)
        return Response(reply.body, status=reply.status, content_type=reply.media_type, headers=list(reply.headers))

    return payermax_notifications

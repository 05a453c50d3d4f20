"""Notification endpoints in a few lines of the merchant's web framework.

Each adapter sits behind an optional extra and is imported only when asked for; this package itself imports
no framework::

    from payermax_signing.webhooks.starlette import notification_endpoint  # Starlette and FastAPI
    from payermax_signing.webhooks.flask import notification_view
    from payermax_signing.webhooks.django import notification_view

They share :class:`NotificationWebhook`, which decides every answer (see :mod:`._core` for the status of each
case and why); use it directly for another framework.
"""

from ._core import (
    DEFAULT_MAX_BODY_BYTES,
    STATUS,
    DuplicateCallback,
    Handler,
    NotificationWebhook,
    Outcome,
    PendingNotification,
    Reply,
)

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "STATUS",
    "DuplicateCallback",
    "Handler",
    "NotificationWebhook",
    "Outcome",
    "PendingNotification",
    "Reply",
]

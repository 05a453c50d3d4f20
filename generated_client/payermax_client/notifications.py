"""PayerMax notifications (webhooks) by `notifyType`.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .models import (
    DisputeNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    TokenizationNotification,
)

Notification: TypeAlias = (
    PaymentNotification
    | RefundNotification
    | DisputeNotification
    | PayByLinkNotification
    | PayoutNotification
    | TokenizationNotification
)
#: The model of each `notifyType` value.
NOTIFICATION_MODELS: dict[str, type[Notification]] = {
    "PAYMENT": PaymentNotification,
    "REFUND": RefundNotification,
    "CHARGEBACK": DisputeNotification,
    "DISPUTE": DisputeNotification,
    "FRAUD": DisputeNotification,
    "CUSTOMER_COMPLAINT": DisputeNotification,
    "PAYBYLINK": PayByLinkNotification,
    "PAYOUT": PayoutNotification,
    "TOKENIZATION": TokenizationNotification,
}

#: The model of each webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "tokenizationResult": TokenizationNotification,
}


class UnknownNotificationType(ValueError):
    """The payload's `notifyType` is not one this client was generated for."""

    def __init__(self, notify_type: object) -> None:
        super().__init__(f"unknown notifyType {notify_type!r}; known: {', '.join(sorted(NOTIFICATION_MODELS))}")
        self.notify_type = notify_type


def parse_notification(payload: Mapping[str, Any]) -> Notification:
    """The typed notification for a decoded (and already verified) payload."""
    notify_type = payload.get("notifyType")
    model = NOTIFICATION_MODELS.get(notify_type) if isinstance(notify_type, str) else None
    if model is None:
        raise UnknownNotificationType(notify_type)
    return model.from_dict(payload)


__all__ = ["NOTIFICATION_MODELS", "WEBHOOK_MODELS", "Notification", "UnknownNotificationType", "parse_notification"]

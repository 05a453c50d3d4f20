"""PayerMax notifications (webhooks) by `notifyType`.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .models import (
    AuthorizationNotification,
    CancelNotification,
    CaptureNotification,
    DisputeNotification,
    FraudNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    SubscriptionNotification,
    SubscriptionPaymentNotification,
    TokenizationNotification,
)

Notification: TypeAlias = (
    AuthorizationNotification
    | CaptureNotification
    | CancelNotification
    | PaymentNotification
    | RefundNotification
    | DisputeNotification
    | PayByLinkNotification
    | PayoutNotification
    | FraudNotification
    | SubscriptionNotification
    | SubscriptionPaymentNotification
    | TokenizationNotification
)


#: The model of each `notifyType` value (when several notifications share one, the usual one; see below).
NOTIFICATION_MODELS: dict[str, type[Notification]] = {
    "PAYMENT": PaymentNotification,
    "CHARGEBACK": DisputeNotification,
    "DISPUTE": DisputeNotification,
    "FRAUD": FraudNotification,
    "CUSTOMER_COMPLAINT": DisputeNotification,
    "CAPTURE": CaptureNotification,
    "CANCEL": CancelNotification,
    "REFUND": RefundNotification,
    "PAYBYLINK": PayByLinkNotification,
    "PAYOUT": PayoutNotification,
    "SUBSCRIPTION": SubscriptionNotification,
    "SUBSCRIPTION_PAYMENT": SubscriptionPaymentNotification,
    "TOKENIZATION": TokenizationNotification,
}

#: Notifications that share their `notifyType` with another one, and the member of `data` that only they
#: carry: a payload with that member is parsed into that model.
NOTIFICATION_VARIANTS: dict[str, tuple[tuple[str, type[Notification]], ...]] = {
    "PAYMENT": (("captureMode", AuthorizationNotification),),
    "FRAUD": (("caseId", DisputeNotification),),
}

#: The model of each webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "authorizationResult": AuthorizationNotification,
    "captureResult": CaptureNotification,
    "cancelResult": CancelNotification,
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "fraud": FraudNotification,
    "subscriptionResult": SubscriptionNotification,
    "subscriptionPaymentResult": SubscriptionPaymentNotification,
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
    if not isinstance(notify_type, str):
        raise UnknownNotificationType(notify_type)
    data = payload.get("data")
    for member, variant in NOTIFICATION_VARIANTS.get(notify_type, ()):
        if isinstance(data, Mapping) and data.get(member) is not None:
            return variant.from_dict(payload)
    model = NOTIFICATION_MODELS.get(notify_type)
    if model is None:
        raise UnknownNotificationType(notify_type)
    return model.from_dict(payload)


__all__ = [
    "NOTIFICATION_MODELS",
    "NOTIFICATION_VARIANTS",
    "WEBHOOK_MODELS",
    "Notification",
    "UnknownNotificationType",
    "parse_notification",
]

"""PayerMax notifications (webhooks) by `notifyType`, and the calls PayerMax makes without the notification envelope.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
Notifications that share a `notifyType` are told apart by a member of `data` that only one of them carries
(`x-payermax-selected-by` in the spec, `NOTIFICATION_VARIANTS` here); the one notification published without a
`notifyType` is parsed when that member is absent (`UNTYPED_NOTIFICATION_MODEL`).
Webhooks marked `x-payermax-envelope: none` (`billPaymentValidation`) are calls, not
notifications: their bare body has no `notifyType`, and the merchant's answer is a reply model of its own. They are
left out of `parse_notification`; each has its own typed `parse_...` helper below.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .models import (
    AuthorizationNotification,
    BalanceNotification,
    BillPaymentNotification,
    BillPaymentValidationReply,
    BillPaymentValidationRequest,
    CancelNotification,
    CaptureNotification,
    DisputeNotification,
    FraudNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    RfiNotification,
    SubscriptionNotification,
    SubscriptionPaymentNotification,
    TokenizationNotification,
    VirtualAccountNotification,
)

Notification: TypeAlias = (
    AuthorizationNotification
    | CaptureNotification
    | CancelNotification
    | BillPaymentNotification
    | PaymentNotification
    | RefundNotification
    | DisputeNotification
    | BalanceNotification
    | VirtualAccountNotification
    | PayByLinkNotification
    | PayoutNotification
    | RfiNotification
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
    "REPAYMENT_RECEIPT": BillPaymentNotification,
    "REFUND": RefundNotification,
    "DEPOSIT": BalanceNotification,
    "EXCHANGE": BalanceNotification,
    "WITHDRAW": BalanceNotification,
    "TRANSFER": BalanceNotification,
    "RECEIVE": VirtualAccountNotification,
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

#: The model of the notification that carries no `notifyType` at all (parsed when the member is absent).
UNTYPED_NOTIFICATION_MODEL: type[Notification] | None = RfiNotification

#: The model of each notification webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "authorizationResult": AuthorizationNotification,
    "captureResult": CaptureNotification,
    "cancelResult": CancelNotification,
    "billPaymentResult": BillPaymentNotification,
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "balanceChange": BalanceNotification,
    "virtualAccountReceipt": VirtualAccountNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "rfi": RfiNotification,
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
    if notify_type is None and "notifyType" not in payload:
        if UNTYPED_NOTIFICATION_MODEL is None:
            raise UnknownNotificationType(None)
        return UNTYPED_NOTIFICATION_MODEL.from_dict(payload)
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


MerchantCall: TypeAlias = BillPaymentValidationRequest
MerchantCallReply: TypeAlias = BillPaymentValidationReply
#: For each call PayerMax makes without the notification envelope: the model of its body and of the merchant's reply.
MERCHANT_CALL_MODELS: dict[str, tuple[type[MerchantCall], type[MerchantCallReply]]] = {
    "billPaymentValidation": (BillPaymentValidationRequest, BillPaymentValidationReply),
}


def parse_bill_payment_validation(payload: Mapping[str, Any]) -> BillPaymentValidationRequest:
    """The typed `billPaymentValidation` call for a decoded (and already verified) body; answer it with `BillPaymentValidationReply`."""
    return BillPaymentValidationRequest.from_dict(payload)


__all__ = [
    "MERCHANT_CALL_MODELS",
    "MerchantCall",
    "MerchantCallReply",
    "NOTIFICATION_MODELS",
    "NOTIFICATION_VARIANTS",
    "Notification",
    "UNTYPED_NOTIFICATION_MODEL",
    "UnknownNotificationType",
    "WEBHOOK_MODELS",
    "parse_bill_payment_validation",
    "parse_notification",
]

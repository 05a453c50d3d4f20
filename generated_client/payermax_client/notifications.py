"""PayerMax notifications (webhooks) by `notifyType`, and the calls PayerMax makes without the notification envelope.

Generated from the `webhooks` of the spec. Receive notifications with ``payermax_signing.NotificationReceiver``,
which verifies the signature before parsing: this module only maps an already trusted payload to its model.
Webhooks marked `x-payermax-envelope: none` (`billPaymentValidation`) are calls, not
notifications: their bare body has no `notifyType`, and the merchant's answer is a reply model of its own. They are
left out of `parse_notification`; each has its own typed `parse_...` helper below.
"""

from collections.abc import Mapping
from typing import Any, TypeAlias

from .models import (
    BalanceNotification,
    BillPaymentNotification,
    BillPaymentValidationReply,
    BillPaymentValidationRequest,
    DisputeNotification,
    PayByLinkNotification,
    PaymentNotification,
    PayoutNotification,
    RefundNotification,
    RfiNotification,
    TokenizationNotification,
    VirtualAccountNotification,
)

Notification: TypeAlias = (
    BillPaymentNotification
    | PaymentNotification
    | RefundNotification
    | DisputeNotification
    | BalanceNotification
    | VirtualAccountNotification
    | PayByLinkNotification
    | PayoutNotification
    | RfiNotification
    | TokenizationNotification
)
#: The model of each `notifyType` value.
NOTIFICATION_MODELS: dict[str, type[Notification]] = {
    "REPAYMENT_RECEIPT": BillPaymentNotification,
    "PAYMENT": PaymentNotification,
    "REFUND": RefundNotification,
    "CHARGEBACK": DisputeNotification,
    "DISPUTE": DisputeNotification,
    "FRAUD": DisputeNotification,
    "CUSTOMER_COMPLAINT": DisputeNotification,
    "DEPOSIT": BalanceNotification,
    "EXCHANGE": BalanceNotification,
    "WITHDRAW": BalanceNotification,
    "TRANSFER": BalanceNotification,
    "RECEIVE": VirtualAccountNotification,
    "PAYBYLINK": PayByLinkNotification,
    "PAYOUT": PayoutNotification,
    "TOKENIZATION": TokenizationNotification,
}

#: The model of the notification that carries no `notifyType` at all (parsed when the member is absent).
UNTYPED_NOTIFICATION_MODEL: type[Notification] | None = RfiNotification

#: The model of each notification webhook of the spec, by webhook name.
WEBHOOK_MODELS: dict[str, type[Notification]] = {
    "billPaymentResult": BillPaymentNotification,
    "paymentResult": PaymentNotification,
    "refundResult": RefundNotification,
    "dispute": DisputeNotification,
    "balanceChange": BalanceNotification,
    "virtualAccountReceipt": VirtualAccountNotification,
    "payByLinkResult": PayByLinkNotification,
    "payoutResult": PayoutNotification,
    "rfi": RfiNotification,
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
        model = UNTYPED_NOTIFICATION_MODEL
    else:
        model = NOTIFICATION_MODELS.get(notify_type) if isinstance(notify_type, str) else None
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
    "Notification",
    "UNTYPED_NOTIFICATION_MODEL",
    "UnknownNotificationType",
    "WEBHOOK_MODELS",
    "parse_bill_payment_validation",
    "parse_notification",
]

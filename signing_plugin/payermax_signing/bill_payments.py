"""Receive PayerMax's bill-payment calls (Philippine Bill Payment): verify, parse, and build the replies.

For a bill payment PayerMax calls the merchant twice, and both times the merchant's answer matters:

1. the **validation call** (``billPaymentValidationUrl``): a bare ``{referenceNo, amount, currency}`` without the
   notification envelope, signed like a notification; the reply says whether the payer may pay, and how much
   (``confirmation`` ``Y`` with ``minAmount``/``maxAmount``, or ``N`` with a ``failureReason``);
2. the **bill-payment notification** (``REPAYMENT_RECEIPT``), a notification like the others (verify and
   de-duplicate it with :class:`~payermax_signing.NotificationReceiver`); a merchant that asked PayerMax to
   hold booking gives its booking result in the reply's ``data`` - or later with ``orderConfirm``. The first
   result PayerMax receives counts.

::

    receiver = BillPaymentReceiver.from_credentials(credentials)

    # POST /bill-payments/validate
    call = receiver.validation(body, headers.get("sign"))           # verified first, then typed
    answer = validation_reply(call, confirm=True, min_amount=Decimal("100"), max_amount=Decimal("5000"))
    # or: validation_reply(call, confirm=False, failure_reason="Contract already repaid")

    # POST /bill-payments/notify
    with receiver.receive(body, headers.get("sign")) as paid:       # BillPaymentNotification
        book(paid.data)
    answer = booking_reply(paid, confirm=True)                       # or booking_reply() to acknowledge only
    # or later: order_confirm.sync(client=client, body=order_confirm_request(paid, confirm=True))

Every reply is the exact bytes to send with HTTP 200 and ``application/json``. A notification PayerMax sends
again after the merchant processed it raises :class:`~payermax_signing.DuplicateNotificationError`: answer it
with the same booking result (``booking_reply(error.notification, ...)``), which PayerMax ignores if it already
has one. ``payermax_signing.webhooks.starlette.bill_payment_validation_endpoint`` serves the validation call in a
few lines.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from payermax_client.json_codec import loads
from payermax_client.models import (
    BillPaymentBookingConfirmation,
    BillPaymentConfirmation,
    BillPaymentNotification,
    BillPaymentNotificationReply,
    BillPaymentValidationReply,
    BillPaymentValidationRequest,
    BillPaymentValidationResult,
    NotificationAcknowledgementCode,
    OrderConfirmRequest,
)
from payermax_client.notifications import parse_bill_payment_validation

from .credentials import MerchantCredentials
from .errors import InvalidSignatureError, MalformedNotificationError, MissingSignatureError
from .keys import VerifyingKey
from .notifications import NotificationReceiver
from .protocol import ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_CODE, dumps

#: The published limit of ``failureReason``.
FAILURE_REASON_LIMIT = 255
_ACKNOWLEDGEMENT_MSG = str(loads(ACKNOWLEDGEMENT)["msg"])


class BillPaymentReceiver:
    """Verifies and parses the two bill-payment calls PayerMax makes to one merchant app.

    Args:
        platform_key: PayerMax's public key.
        notifications: the receiver of the bill-payment notification (by default one for ``app_id``, with its
            own in-memory dedupe store: pass the merchant's shared receiver when it has one).
        app_id: when given, bill-payment notifications for another app are refused.
    """

    def __init__(
        self,
        platform_key: VerifyingKey,
        *,
        notifications: NotificationReceiver | None = None,
        app_id: str | None = None,
    ) -> None:
        self.platform_key = platform_key
        self.notifications = notifications or NotificationReceiver(platform_key, app_id=app_id)

    @classmethod
    def from_credentials(cls, credentials: MerchantCredentials, **options: Any) -> BillPaymentReceiver:
        return cls(credentials.platform_key, app_id=credentials.app_id, **options)

    def validation(self, body: bytes, signature: str | None) -> BillPaymentValidationRequest:
        """The typed validation call, once ``signature`` verifies over the exact ``body``.

        Raises :class:`MissingSignatureError` / :class:`InvalidSignatureError` before reading the body, and
        :class:`MalformedNotificationError` for a signed body that is not a validation call.
        """
        if not signature:
            raise MissingSignatureError("bill-payment validation call without a sign header")
        if not self.platform_key.verify(body, signature):
            raise InvalidSignatureError("bill-payment validation call does not verify with the platform public key")
        try:
            payload = loads(body)
        except ValueError:
            raise MalformedNotificationError("signed validation call is not JSON") from None
        if not isinstance(payload, dict):
            raise MalformedNotificationError("signed validation call is not a JSON object")
        try:
            return parse_bill_payment_validation(payload)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedNotificationError(f"validation call does not match its schema: {exc!r}") from None

    def notification(self, body: bytes, signature: str | None) -> BillPaymentNotification:
        """The typed bill-payment notification, verified and fresh, without de-duplication."""
        return _bill_payment(self.notifications.verify(body, signature))

    @contextmanager
    def receive(self, body: bytes, signature: str | None) -> Iterator[BillPaymentNotification]:
        """:meth:`NotificationReceiver.receive` for the bill-payment notification: verified, claimed while the
        block processes it (a duplicate raises :class:`DuplicateNotificationError`)."""
        with self.notifications.receive(body, signature) as notification:
            yield _bill_payment(notification)


def _bill_payment(notification: object) -> BillPaymentNotification:
    if not isinstance(notification, BillPaymentNotification):
        raise MalformedNotificationError("not a bill-payment notification (notifyType REPAYMENT_RECEIPT)")
    return notification


def _reason(confirm: bool, failure_reason: str | None) -> str:
    """The ``failureReason`` to send: required (non-empty, at most 255 characters) when refusing, else empty."""
    if confirm:
        return failure_reason or ""
    if not failure_reason:
        raise ValueError("a refusal (confirm=False) needs a failure_reason")
    if len(failure_reason) > FAILURE_REASON_LIMIT:
        raise ValueError(f"failure_reason is longer than {FAILURE_REASON_LIMIT} characters")
    return failure_reason


def _confirmation(confirm: bool) -> BillPaymentConfirmation:
    return BillPaymentConfirmation.Y if confirm else BillPaymentConfirmation.N


def _booking(notification: BillPaymentNotification, confirm: bool, failure_reason: str | None) -> dict[str, Any]:
    """The members of a booking result (the notification's reply and orderConfirm carry the same)."""
    paid = notification.data
    return {
        "reference_no": paid.reference_no,
        "trade_token": paid.trade_token,
        "amount": paid.total_amount,
        "currency": paid.currency,
        "confirmation": _confirmation(confirm),
        "failure_reason": _reason(confirm, failure_reason),
    }


def validation_reply(
    call: BillPaymentValidationRequest,
    *,
    confirm: bool,
    min_amount: Decimal | None = None,
    max_amount: Decimal | None = None,
    failure_reason: str | None = None,
) -> bytes:
    """The reply to a validation call: ``confirm=True`` lets the payer pay between ``min_amount`` and
    ``max_amount`` (both required, in the call's currency); ``confirm=False`` refuses, with a ``failure_reason``
    (the amounts are then 0 unless given)."""
    reason = _reason(confirm, failure_reason)
    if confirm and (min_amount is None or max_amount is None):
        raise ValueError("accepting a bill payment (confirm=True) needs min_amount and max_amount")
    low, high = min_amount or Decimal(0), max_amount or Decimal(0)
    if low > high:
        raise ValueError("min_amount is above max_amount")
    result = BillPaymentValidationResult(
        reference_no=call.reference_no,
        min_amount=low,
        max_amount=high,
        currency=call.currency,
        confirmation=_confirmation(confirm),
    )
    if reason:
        result.failure_reason = reason
    reply = BillPaymentValidationReply(
        code=NotificationAcknowledgementCode(ACKNOWLEDGEMENT_CODE), msg=_ACKNOWLEDGEMENT_MSG, data=result
    )
    return dumps(reply.to_dict())


def booking_reply(
    notification: BillPaymentNotification | None = None,
    *,
    confirm: bool | None = None,
    failure_reason: str | None = None,
) -> bytes:
    """The reply to the bill-payment notification: the plain acknowledgement (no arguments), or with the
    merchant's booking result for ``notification`` (``confirm``; a refusal needs a ``failure_reason``)."""
    if confirm is None:
        return ACKNOWLEDGEMENT
    if notification is None:
        raise ValueError("a booking result (confirm=...) needs the notification it answers")
    booking = BillPaymentBookingConfirmation(**_booking(notification, confirm, failure_reason))
    reply = BillPaymentNotificationReply(
        code=NotificationAcknowledgementCode(ACKNOWLEDGEMENT_CODE), msg=_ACKNOWLEDGEMENT_MSG, data=booking
    )
    return dumps(reply.to_dict())


def order_confirm_request(
    notification: BillPaymentNotification, *, confirm: bool, failure_reason: str | None = None
) -> OrderConfirmRequest:
    """The ``orderConfirm`` request giving the booking result of the paid bill ``notification`` announced."""
    return OrderConfirmRequest(**_booking(notification, confirm, failure_reason))

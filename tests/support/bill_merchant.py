"""A bill-payment merchant, written with the SDK's helpers the way its docstrings tell a merchant to: the
validation URL (``bill_payment_validation_endpoint`` with ``validation_reply``) and the bill-payment notify URL
(``BillPaymentReceiver.receive`` with ``booking_reply``). A test sets how it decides."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client.models import BillPaymentNotification, BillPaymentValidationRequest
from payermax_emulator.local_server import serve
from payermax_signing import DuplicateNotificationError, NotificationReceiver, SignatureError, VerifyingKey
from payermax_signing.bill_payments import BillPaymentReceiver, booking_reply, validation_reply
from payermax_signing.protocol import SIGN_HEADER
from payermax_signing.webhooks.starlette import bill_payment_validation_endpoint


@dataclass
class BillMerchant:
    """What the merchant answers: ``accept`` (or ``refusal`` as the reason), the range it accepts, its booking
    result in the notification's reply (``booking``: None to acknowledge only), or a raw ``validation_body``."""

    receiver: BillPaymentReceiver
    accept: bool = True
    refusal: str = "Contract already repaid in full"
    min_amount: Decimal = Decimal("100.00")
    max_amount: Decimal = Decimal("5000.00")
    booking: bool | None = None
    validation_body: bytes | None = None
    calls: list[BillPaymentValidationRequest] = field(default_factory=list)
    paid: list[BillPaymentNotification] = field(default_factory=list)
    base_url: str = ""

    def decide(self, call: BillPaymentValidationRequest) -> bytes:
        self.calls.append(call)
        if self.validation_body is not None:
            return self.validation_body
        if not self.accept:
            return validation_reply(call, confirm=False, failure_reason=self.refusal)
        return validation_reply(call, confirm=True, min_amount=self.min_amount, max_amount=self.max_amount)

    async def notified(self, request: Request) -> Response:
        body = await request.body()
        try:
            with self.receiver.receive(body, request.headers.get(SIGN_HEADER)) as paid:
                self.paid.append(paid)
        except DuplicateNotificationError as duplicate:
            paid = duplicate.notification
        except SignatureError:
            return Response(b"bad signature", status_code=401)
        reason = None if self.booking is not False else "Customer account closed"
        reply = booking_reply(paid, confirm=self.booking, failure_reason=reason)
        return Response(reply, media_type="application/json")

    @property
    def validation_url(self) -> str:
        return f"{self.base_url}/bills/validate"

    @property
    def notify_url(self) -> str:
        return f"{self.base_url}/bills/notify"


@contextmanager
def bill_merchant(platform_key: VerifyingKey, app_id: str) -> Iterator[BillMerchant]:
    """A bill-payment merchant served on 127.0.0.1 until the block ends."""
    receiver = BillPaymentReceiver(
        platform_key, notifications=NotificationReceiver(platform_key, app_id=app_id, max_age=None)
    )
    merchant = BillMerchant(receiver)
    app = Starlette(
        routes=[
            Route("/bills/validate", bill_payment_validation_endpoint(receiver, merchant.decide), methods=["POST"]),
            Route("/bills/notify", merchant.notified, methods=["POST"]),
        ]
    )
    with serve(app) as url:
        merchant.base_url = url
        yield merchant

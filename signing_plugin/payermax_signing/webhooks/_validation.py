"""What the endpoint of the bill-payment validation call answers, whatever the web framework.

The call is no notification (no envelope, nothing to de-duplicate: answering it twice is harmless), and its
answer is the merchant's decision, built by the merchant's ``decide`` function with
:func:`payermax_signing.bill_payments.validation_reply`. PayerMax does not retry it: a payment whose call is
not answered with HTTP 200 and ``code`` ``SUCCESS`` is refused to the payer.

==============================  ======  ==============================================================
case                            status  body
==============================  ======  ==============================================================
decided                         200     what ``decide`` returned
no ``sign`` header              401     a short fixed text; the body is not parsed
signature does not match        401     the same
signed, but not a validation    400     a short fixed text
call
``decide`` raised               500     a short fixed text (PayerMax refuses the payment)
body larger than the limit      413     refused before reading the rest
==============================  ======  ==============================================================
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from payermax_client.models import BillPaymentValidationRequest

from ..bill_payments import BillPaymentReceiver
from ..errors import MissingSignatureError, NotificationError, SignatureError
from ._core import DEFAULT_MAX_BODY_BYTES, Outcome, Reply

log = logging.getLogger("payermax_signing.webhooks")

#: The merchant's decision on a validation call: the reply's bytes (``validation_reply(...)``).
Decide = Callable[[BillPaymentValidationRequest], bytes]


class ValidationWebhook:
    """The bill-payment validation endpoint, independent of any web framework."""

    def __init__(self, receiver: BillPaymentReceiver, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.receiver = receiver
        self.max_body_bytes = max_body_bytes

    def handle(self, body: bytes, signature: str | None, decide: Decide) -> Reply:
        """Verify, parse, have ``decide`` answer; the :class:`Reply` to send."""
        if len(body) > self.max_body_bytes:
            return self.too_large()
        try:
            call = self.receiver.validation(body, signature)
        except MissingSignatureError:
            return _rejected(Outcome.UNSIGNED, "no sign header")
        except SignatureError as error:
            return _rejected(Outcome.BAD_SIGNATURE, str(error))
        except NotificationError as error:
            return _rejected(Outcome.MALFORMED, str(error))
        try:
            answer = decide(call)
        except Exception:
            log.exception("bill-payment validation call not answered: decide raised")
            return Reply.of(Outcome.HANDLER_FAILED)
        log.info("bill-payment validation call answered")  # never the reference or the amount
        return Reply(Outcome.PROCESSED, 200, answer, "application/json")

    def too_large(self) -> Reply:
        log.warning("bill-payment validation call refused: the body exceeds %d bytes", self.max_body_bytes)
        return Reply.of(Outcome.TOO_LARGE)


def _rejected(outcome: Outcome, reason: str) -> Reply:
    reply = Reply.of(outcome)
    log.warning("bill-payment validation call rejected with HTTP %d (%s): %s", reply.status, outcome, reason)
    return reply

"""What a notification endpoint answers, whatever the web framework: the adapters only read the request
and write the :class:`Reply` this module decides.

For each POST the core verifies the ``sign`` header over the raw body before parsing anything, checks
``notifyTime`` and claims the notification in the receiver's dedupe store, then the merchant's handler runs
with the typed notification. PayerMax re-sends a notification (on the schedule in
:mod:`payermax_signing.protocol`) until it gets the acknowledgement, whatever else it gets, so every status
but the acknowledgement means "not processed, send it again":

=================================  ======  ============================================================
case                               status  why
=================================  ======  ============================================================
processed by the handler           200     the acknowledgement: PayerMax stops re-sending
already processed (a retry or a    200     the acknowledgement, without calling the handler: only that
replay of a processed one)                 stops PayerMax's retries; reported to ``on_duplicate`` and
                                           logged
being processed by another worker  409     not acknowledged, so PayerMax retries: if that worker fails,
right now                                  the retry is processed (needs a store with ``is_committed``;
                                           other stores acknowledge it as a duplicate)
no ``sign`` header                 401     nothing authenticates the request; the body is not parsed
signature does not match the body  401     tampered, signed with another key, or re-encoded by a proxy;
                                           the body is not parsed
``notifyTime`` too old or in the   400     authentic but stale: a replay from outside PayerMax's retry
future                                     window, or this server's clock is wrong (fix it and the next
                                           retry goes through)
signed, but not a notification     400     not JSON, an unknown ``notifyType`` (upgrade the SDK: the
this endpoint accepts                      retries go on meanwhile), another app's ``appId``, or fields
                                           that do not match the spec
body larger than the limit         413     refused before reading the rest
the handler raised                 500     the claim is released, so the next retry is processed again
the dedupe store failed            503     nothing was processed; the next retry tries again
=================================  ======  ============================================================

Rejections answer a short fixed text, never the request's content; the log line says more (never the body,
the signature or a key).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass

from payermax_client.notifications import Notification

from ..dedupe import CommitAwareDedupeStore
from ..errors import (
    DuplicateNotificationError,
    MissingSignatureError,
    NotificationError,
    SignatureError,
    StaleNotificationError,
)
from ..notifications import NotificationReceiver, acknowledgement

DEFAULT_MAX_BODY_BYTES = 1024 * 1024

log = logging.getLogger("payermax_signing.webhooks")

Handler = Callable[[Notification], object]
DuplicateCallback = Callable[[Notification], object]


class Outcome(enum.StrEnum):
    """What became of one POST to the notification endpoint."""

    PROCESSED = "processed"
    DUPLICATE = "duplicate"
    IN_PROGRESS = "in-progress"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad-signature"
    STALE = "stale"
    MALFORMED = "malformed"
    TOO_LARGE = "too-large"
    HANDLER_FAILED = "handler-failed"
    UNAVAILABLE = "unavailable"


#: The HTTP status of each outcome (see the module's table for the reasons).
STATUS: dict[Outcome, int] = {
    Outcome.PROCESSED: 200,
    Outcome.DUPLICATE: 200,
    Outcome.IN_PROGRESS: 409,
    Outcome.UNSIGNED: 401,
    Outcome.BAD_SIGNATURE: 401,
    Outcome.STALE: 400,
    Outcome.MALFORMED: 400,
    Outcome.TOO_LARGE: 413,
    Outcome.HANDLER_FAILED: 500,
    Outcome.UNAVAILABLE: 503,
}

_TEXT: dict[Outcome, bytes] = {
    Outcome.IN_PROGRESS: b"being processed; send it again later",
    Outcome.UNSIGNED: b"rejected: no sign header",
    Outcome.BAD_SIGNATURE: b"rejected: the signature does not match the body",
    Outcome.STALE: b"rejected: notifyTime is outside the accepted window",
    Outcome.MALFORMED: b"rejected: not a notification this endpoint accepts",
    Outcome.TOO_LARGE: b"rejected: body too large",
    Outcome.HANDLER_FAILED: b"not processed; send it again later",
    Outcome.UNAVAILABLE: b"not processed; send it again later",
}

_JSON = "application/json"
_TEXT_PLAIN = "text/plain; charset=utf-8"
_CHALLENGE = (("WWW-Authenticate", 'PayerMax-Sign realm="notifications"'),)


@dataclass(frozen=True)
class Reply:
    """The HTTP answer to send: ``status``, ``body`` of ``media_type`` and extra ``headers``."""

    outcome: Outcome
    status: int
    body: bytes
    media_type: str
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def acknowledged(self) -> bool:
        """Whether this answer stops PayerMax's retries."""
        return self.outcome in (Outcome.PROCESSED, Outcome.DUPLICATE)

    @classmethod
    def of(cls, outcome: Outcome) -> Reply:
        if outcome in (Outcome.PROCESSED, Outcome.DUPLICATE):
            return cls(outcome, STATUS[outcome], acknowledgement(), _JSON)
        headers = _CHALLENGE if STATUS[outcome] == 401 else ()
        return cls(outcome, STATUS[outcome], _TEXT[outcome], _TEXT_PLAIN, headers)


class PendingNotification:
    """A verified notification, claimed for this worker: call :meth:`done` or :meth:`failed` exactly once."""

    def __init__(self, notification: Notification, claim: ExitStack) -> None:
        self.notification = notification
        self._claim = claim
        self._finished = False

    def done(self) -> Reply:
        """The handler succeeded: remember the notification as processed and acknowledge it."""
        if self._finish():
            try:
                self._claim.close()
            except Exception:
                # Processed, so acknowledging is right; the claim lapses after its lease.
                log.exception("%s processed, but the dedupe store did not record it", _describe(self.notification))
            log.info("%s processed and acknowledged", _describe(self.notification))
        return Reply.of(Outcome.PROCESSED)

    def failed(self, error: BaseException) -> Reply:
        """The handler raised ``error``: release the claim so that PayerMax's next retry is processed."""
        self._release(error)
        log.error("%s not processed: the handler raised", _describe(self.notification), exc_info=error)
        return Reply.of(Outcome.HANDLER_FAILED)

    def abandon(self, error: BaseException) -> None:
        """Release the claim without an answer (the request was cancelled or the worker is stopping)."""
        self._release(error)
        kind = type(error).__name__
        log.warning("%s abandoned (%s); it will be processed on a retry", _describe(self.notification), kind)

    def _finish(self) -> bool:
        if self._finished:
            return False
        self._finished = True
        return True

    def _release(self, error: BaseException) -> None:
        if not self._finish():
            return
        try:
            self._claim.__exit__(type(error), error, error.__traceback__)
        except Exception as release_error:
            if release_error is not error:
                log.exception("%s: the dedupe store could not release its claim", _describe(self.notification))


class NotificationWebhook:
    """One notification endpoint, independent of any web framework.

    Args:
        receiver: verifies, checks freshness and de-duplicates (its dedupe store decides how widely).
        on_duplicate: called with each notification acknowledged as a duplicate, without the handler.
        max_body_bytes: larger bodies are refused with 413 (notifications are a few kilobytes).
    """

    def __init__(
        self,
        receiver: NotificationReceiver,
        *,
        on_duplicate: DuplicateCallback | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.receiver = receiver
        self.on_duplicate = on_duplicate
        self.max_body_bytes = max_body_bytes

    def handle(self, body: bytes, signature: str | None, handler: Handler) -> Reply:
        """Everything for a synchronous handler: verify, claim, call ``handler``, answer."""
        step = self.start(body, signature)
        if isinstance(step, Reply):
            return step
        try:
            handler(step.notification)
        except Exception as error:
            return step.failed(error)
        except BaseException as interrupted:
            step.abandon(interrupted)
            raise
        return step.done()

    def too_large(self) -> Reply:
        """The answer to a body refused before it was read in full."""
        log.warning("notification refused: the body exceeds %d bytes", self.max_body_bytes)
        return Reply.of(Outcome.TOO_LARGE)

    def start(self, body: bytes, signature: str | None) -> Reply | PendingNotification:
        """Verify and claim; the :class:`Reply` when there is nothing for the handler to do."""
        if len(body) > self.max_body_bytes:
            return self.too_large()
        claim = ExitStack()
        try:
            notification = claim.enter_context(self.receiver.receive(body, signature))
        except DuplicateNotificationError as duplicate:
            return self._duplicate(duplicate)
        except MissingSignatureError:
            return _rejected(Outcome.UNSIGNED, "no sign header")
        except SignatureError as error:  # InvalidSignatureError: tampered, or signed with another key
            return _rejected(Outcome.BAD_SIGNATURE, str(error))
        except StaleNotificationError as error:
            return _rejected(Outcome.STALE, str(error))
        except NotificationError as error:
            return _rejected(Outcome.MALFORMED, str(error))
        except Exception:
            log.exception("notification not processed: the dedupe store failed")
            return Reply.of(Outcome.UNAVAILABLE)
        return PendingNotification(notification, claim)

    def _duplicate(self, duplicate: DuplicateNotificationError) -> Reply:
        notification: Notification = duplicate.notification
        store = self.receiver.dedupe
        if isinstance(store, CommitAwareDedupeStore):
            try:
                committed = store.is_committed(duplicate.key)
            except Exception:
                log.exception("notification not processed: the dedupe store failed")
                return Reply.of(Outcome.UNAVAILABLE)
            if not committed:
                log.info("%s is being processed by another worker: not acknowledged", _describe(notification))
                return Reply.of(Outcome.IN_PROGRESS)
        log.info("%s already processed: acknowledged as a duplicate, handler not called", _describe(notification))
        if self.on_duplicate is not None:
            try:
                self.on_duplicate(notification)
            except Exception:
                log.exception("on_duplicate raised; the duplicate is acknowledged all the same")
        return Reply.of(Outcome.DUPLICATE)


def _rejected(outcome: Outcome, reason: str) -> Reply:
    log.warning("notification rejected with HTTP %d (%s): %s", STATUS[outcome], outcome, reason)
    return Reply.of(outcome)


_REFERENCES = ("out_refund_no", "out_trade_no", "merchant_link_id", "case_id")


def _describe(notification: Notification) -> str:
    """The notification's type and the merchant's reference, for log lines (no amounts, no card data)."""
    notify_type = getattr(notification, "notify_type", type(notification).__name__)  # RFI has none
    kind = getattr(notify_type, "value", notify_type)
    data = getattr(notification, "data", None)
    for name in _REFERENCES:
        reference = getattr(data, name, None)
        if isinstance(reference, str):
            return f"{kind} notification {reference}"
    return f"{kind} notification"

"""Receive PayerMax notifications: verify the signature on the raw bytes first, then parse.

A genuine notification can still be a replay. PayerMax itself re-sends a notification (after 0s, 30s,
5m, 10m, 1h and 12h) until the merchant acknowledges it, so the receiver must accept those retries while
refusing to process the same notification twice:

- every notification is identified by a *dedupe key* (a hash of the payload without ``notifyTime``), which
  :meth:`NotificationReceiver.receive` claims while the merchant's code runs, commits when it succeeds and
  releases when it fails - so a retry after a failure is processed, a retry after success is reported as
  :class:`DuplicateNotificationError` (answer it with :func:`acknowledgement`);
- optionally, ``notifyTime`` must be younger than ``max_age`` (default 14 hours, which covers the whole
  retry schedule): older messages are replays and raise :class:`StaleNotificationError`; dedupe keys are
  kept for that long, so nothing can slip between the two checks.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .credentials import MerchantCredentials
from .dedupe import DedupeStore, MemoryDedupeStore
from .errors import (
    DuplicateNotificationError,
    InvalidSignatureError,
    MalformedNotificationError,
    MissingSignatureError,
    StaleNotificationError,
)
from .keys import VerifyingKey
from .protocol import ACKNOWLEDGEMENT, loads

if TYPE_CHECKING:  # the typed models are generated on top of this package, which never imports them eagerly
    from payermax_client.notifications import Notification

DEFAULT_MAX_AGE = timedelta(hours=14)
FUTURE_TOLERANCE = timedelta(minutes=5)
UNBOUNDED_KEY_LIFETIME = timedelta(days=30)


def acknowledgement() -> bytes:
    """The body to answer a notification with (HTTP 200, ``application/json``)."""
    return ACKNOWLEDGEMENT


def dedupe_key(payload: Mapping[str, Any]) -> str:
    """Identifies a notification across PayerMax's retries: its type and a hash of all but ``notifyTime``."""
    stable = {name: value for name, value in payload.items() if name != "notifyTime"}
    canonical = json.dumps(stable, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return f"{payload.get('notifyType')}:{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


@functools.cache
def _notification_parser() -> tuple[Callable[[Mapping[str, Any]], Notification], type[Exception]]:
    """``payermax_client``'s notification parser and its error for an unknown type, imported on first use (this
    package never imports the generated client at import time), then kept: no import per notification."""
    from payermax_client.notifications import UnknownNotificationType, parse_notification

    return parse_notification, UnknownNotificationType


class NotificationReceiver:
    """Verifies, parses and de-duplicates notifications for one merchant app.

    Args:
        platform_key: PayerMax's public key.
        app_id: when given, notifications for another app are refused.
        dedupe: where processed notifications are remembered (in memory by default; use
            :class:`~payermax_signing.dedupe.SqliteDedupeStore` when several processes receive them).
        max_age: oldest ``notifyTime`` accepted; ``None`` turns the freshness check off.
        clock: the current time (for tests).
    """

    def __init__(
        self,
        platform_key: VerifyingKey,
        *,
        app_id: str | None = None,
        dedupe: DedupeStore | None = None,
        max_age: timedelta | None = DEFAULT_MAX_AGE,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.platform_key = platform_key
        self.app_id = app_id
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()
        self.max_age = max_age
        self.clock = clock

    @classmethod
    def from_credentials(cls, credentials: MerchantCredentials, **options: Any) -> NotificationReceiver:
        return cls(credentials.platform_key, app_id=credentials.app_id, **options)

    def verify(self, body: bytes, signature: str | None) -> Notification:
        """The typed notification, if ``signature`` signs ``body`` and it is fresh; no de-duplication."""
        return self._verify(body, signature)[1]

    @contextmanager
    def receive(self, body: bytes, signature: str | None) -> Iterator[Notification]:
        """Verify, then hold the notification's dedupe key while the ``with`` block processes it.

        Raises :class:`DuplicateNotificationError` when it was already processed (acknowledge it) and the
        verification errors of :meth:`verify`. An exception in the block releases the key, so PayerMax's
        next retry is processed.
        """
        payload, notification = self._verify(body, signature)
        key = dedupe_key(payload)
        lifetime = (self.max_age if self.max_age is not None else UNBOUNDED_KEY_LIFETIME) + FUTURE_TOLERANCE
        if not self.dedupe.claim(key, lifetime.total_seconds()):
            raise DuplicateNotificationError(
                "notification already processed (or being processed)", notification=notification, key=key
            )
        try:
            yield notification
        except BaseException:
            self.dedupe.release(key)
            raise
        self.dedupe.commit(key)

    def _verify(self, body: bytes, signature: str | None) -> tuple[dict[str, Any], Notification]:
        if not signature:
            raise MissingSignatureError("notification without a sign header")
        if not self.platform_key.verify(body, signature):
            raise InvalidSignatureError("notification signature does not verify with the platform public key")
        try:
            payload = loads(body)
        except ValueError:
            raise MalformedNotificationError("signed notification body is not JSON") from None
        if not isinstance(payload, dict):
            raise MalformedNotificationError("signed notification body is not a JSON object")
        # The bill-payment notification names the application merchantAppId.
        app_id = payload.get("appId", payload.get("merchantAppId"))
        if self.app_id is not None and app_id not in (None, self.app_id):
            raise MalformedNotificationError("notification is addressed to another appId")
        self._check_freshness(payload.get("notifyTime"))
        parse_notification, unknown_type = _notification_parser()
        try:
            notification = parse_notification(payload)
        except unknown_type as exc:
            raise MalformedNotificationError(str(exc)) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedNotificationError(f"notification does not match its schema: {exc}") from None
        return payload, notification

    def _check_freshness(self, notify_time: object) -> None:
        if self.max_age is None:
            return
        if not isinstance(notify_time, str):
            raise MalformedNotificationError("notification without notifyTime")
        try:
            sent = datetime.fromisoformat(notify_time)
        except ValueError:
            raise MalformedNotificationError(f"notifyTime is not an RFC 3339 time: {notify_time!r}") from None
        if sent.tzinfo is None:
            sent = sent.replace(tzinfo=UTC)
        now = self.clock()
        if sent < now - self.max_age:
            raise StaleNotificationError(f"notifyTime {notify_time} is older than {self.max_age}")
        if sent > now + FUTURE_TOLERANCE:
            raise StaleNotificationError(f"notifyTime {notify_time} is in the future")

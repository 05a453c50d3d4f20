"""A notification endpoint for tests: it records every notification delivered to it and acknowledges it.

``NotificationSink`` listens on 127.0.0.1 (a port of its own, in a background thread, with the standard
library's HTTP server) and stands in for the merchant's endpoint: give its ``url`` as ``notifyUrl`` (the
emulator fixtures make it the test merchant's default address). Each delivery is checked against the platform
key before it is parsed, recorded as a :class:`ReceivedNotification` and answered as a merchant should - the
acknowledgement, or 401 for a bad signature; ``fail_next`` makes it answer errors to see PayerMax retry.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from payermax_client.notifications import Notification, UnknownNotificationType, parse_notification
from payermax_signing import SpecViolationError, VerifyingKey
from payermax_signing.protocol import ACKNOWLEDGEMENT, SIGN_HEADER, loads

#: The longest body the sink reads.
MAX_BODY = 1 << 20


@dataclass(frozen=True)
class ReceivedNotification:
    """One delivery to the sink.

    Attributes:
        body: the exact bytes received.
        sign: the ``sign`` header, if any.
        verified: whether ``sign`` is the platform key's signature over ``body``.
        payload: the decoded body, when verified and JSON.
        notification: the typed notification (``PaymentNotification``...), when verified and parseable.
        status: the HTTP status the sink answered.
    """

    body: bytes
    sign: str | None
    verified: bool
    payload: dict[str, Any] | None
    notification: Notification | None
    status: int

    @property
    def notify_type(self) -> str | None:
        value = (self.payload or {}).get("notifyType")
        return value if isinstance(value, str) else None

    @property
    def data(self) -> dict[str, Any]:
        """The payload's ``data`` (empty when there is none)."""
        value = (self.payload or {}).get("data")
        return value if isinstance(value, dict) else {}


class NotificationSink:
    """A recording notification endpoint on 127.0.0.1; use as a context manager (or ``start``/``stop``)."""

    def __init__(self, platform_key: VerifyingKey) -> None:
        self.platform_key = platform_key
        self._lock = threading.Lock()
        self._received: list[ReceivedNotification] = []
        self._failures: list[int] = []
        self._server: ThreadingHTTPServer | None = None

    # -- what tests use ---------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The address to give as ``notifyUrl``."""
        if self._server is None:
            raise RuntimeError("the notification sink is not running")
        return f"http://127.0.0.1:{self._server.server_address[1]}/notify"

    @property
    def received(self) -> list[ReceivedNotification]:
        """Every delivery so far, in order of arrival."""
        with self._lock:
            return list(self._received)

    def of_type(self, notify_type: str) -> list[ReceivedNotification]:
        return [entry for entry in self.received if entry.notify_type == notify_type]

    def wait_for(
        self,
        notify_type: str | None = None,
        *,
        where: Callable[[ReceivedNotification], bool] | None = None,
        timeout: float = 30.0,
    ) -> ReceivedNotification:
        """The first verified delivery of ``notify_type`` (any type when None) for which ``where`` holds, waiting
        for it up to ``timeout`` seconds; ``AssertionError`` naming what arrived instead."""
        deadline = time.monotonic() + timeout
        while True:
            for entry in self.received:
                if entry.verified and notify_type in (None, entry.notify_type) and (where is None or where(entry)):
                    return entry
            if time.monotonic() > deadline:
                seen = [f"{e.notify_type or '?'}{'' if e.verified else ' (unverified)'}" for e in self.received]
                raise AssertionError(
                    f"no {notify_type or 'notification'} matching arrived in {timeout:.0f}s; received: {seen}"
                )
            time.sleep(0.02)

    def fail_next(self, count: int = 1, status: int = 503) -> None:
        """Answer the next ``count`` deliveries with ``status`` (recorded, not acknowledged)."""
        with self._lock:
            self._failures.extend([status] * count)

    def clear(self) -> None:
        """Forget what was received and any pending ``fail_next``."""
        with self._lock:
            self._received.clear()
            self._failures.clear()

    # -- serving -----------------------------------------------------------------------------------------

    def start(self) -> NotificationSink:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        serve = functools.partial(self._server.serve_forever, poll_interval=0.05)  # stop() waits for one poll
        threading.Thread(target=serve, name="payermax-sink", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @contextmanager
    def running(self) -> Iterator[NotificationSink]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def _receive(self, body: bytes, sign: str | None) -> tuple[int, bytes]:
        verified = sign is not None and self.platform_key.verify(body, sign)
        payload, notification = _parsed(body) if verified else (None, None)
        with self._lock:
            status = self._failures.pop(0) if self._failures else (200 if verified else 401)
            self._received.append(ReceivedNotification(body, sign, verified, payload, notification, status))
        if status == 200:
            return status, ACKNOWLEDGEMENT
        return status, b"rejected: bad signature" if not verified else b"failing on purpose"


def _parsed(body: bytes) -> tuple[dict[str, Any] | None, Notification | None]:
    try:
        payload = loads(body)
    except ValueError:
        return None, None
    if not isinstance(payload, dict):
        return None, None
    try:
        return payload, parse_notification(payload)
    except (UnknownNotificationType, SpecViolationError):
        return payload, None


def _handler(sink: NotificationSink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length > MAX_BODY:
                self.send_error(413)
                return
            status, answer = sink._receive(self.rfile.read(length), self.headers.get(SIGN_HEADER))
            self.send_response(status)
            self.send_header("content-type", "application/json" if status == 200 else "text/plain")
            self.send_header("content-length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: tests read ``received`` instead."""

    return Handler

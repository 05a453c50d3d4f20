"""A running emulator as a test sees it: its test merchant, clients configured for it, and its control API.

Everything goes over HTTP (``/emulator/...``, see emulator/README.md), so the same handle drives an emulator
in this process, in a child process, or one started elsewhere (``RunningEmulator.attach(url)``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Unpack

import httpx

from payermax_client import AsyncPayerMax, PayerMax
from payermax_signing import MerchantCredentials, VerifyingKey
from payermax_signing.credentials import ENV_BASE_URL, ENV_PLATFORM_PUBLIC_KEY
from payermax_signing.protocol import loads, parse_time
from payermax_signing.settings import ClientOptions

from ..settings import CONTROL_PREFIX
from .runner import EmulatorOptions, emulator_url
from .sink import NotificationSink

CONTROL_TIMEOUT = 30.0


class ControlError(RuntimeError):
    """The control API refused: ``code`` and ``msg`` say why (e.g. ``ORDER_NOT_EXIST``)."""

    def __init__(self, method: str, path: str, status: int, code: str, msg: str) -> None:
        super().__init__(f"{method} {CONTROL_PREFIX}{path}: HTTP {status} {code}: {msg}")
        self.status, self.code, self.msg = status, code, msg


@dataclass(frozen=True)
class RunningEmulator:
    """An emulator on 127.0.0.1 with its test merchant and a notification sink.

    Attributes:
        url: the emulator's base URL (``http://127.0.0.1:N``); pages and the control API live below it.
        environment: the test merchant's ``PAYERMAX_*`` variables (``PAYERMAX_BASE_URL`` is the gateway).
        sink: the endpoint the test merchant's notifications go to unless an order names another
            ``notifyUrl`` (see :meth:`use_notify_url`).
    """

    url: str
    environment: dict[str, str]
    sink: NotificationSink

    @classmethod
    @contextmanager
    def start(cls, options: EmulatorOptions | None = None) -> Iterator[RunningEmulator]:
        """Start an emulator (see :class:`EmulatorOptions`) and its sink until the block ends."""
        with emulator_url(options or EmulatorOptions()) as url, cls.attach(url) as running:
            yield running

    @classmethod
    @contextmanager
    def attach(cls, url: str) -> Iterator[RunningEmulator]:
        """Drive the emulator already running at ``url``, with a sink of its own until the block ends. The test
        merchant's default notify URL is pointed at the sink (and stays so after the block)."""
        url = url.rstrip("/")
        environment = _checked("GET", "/merchant", httpx.get(url + CONTROL_PREFIX + "/merchant", timeout=30))
        sink = NotificationSink(VerifyingKey.load(environment[ENV_PLATFORM_PUBLIC_KEY], what="platform key"))
        with sink.running():
            running = cls(url, {str(k): str(v) for k, v in environment.items()}, sink)
            running.use_notify_url(sink.url)
            yield running

    # -- the test merchant -------------------------------------------------------------------------------

    @property
    def gateway_url(self) -> str:
        return self.environment[ENV_BASE_URL]

    @property
    def credentials(self) -> MerchantCredentials:
        return MerchantCredentials.from_env(self.environment)

    def client(self, **options: Unpack[ClientOptions]) -> PayerMax:
        """A ``PayerMax`` client of the test merchant (close it, or use it in a ``with`` block)."""
        options.setdefault("environ", self.environment)
        return PayerMax(**options)

    def async_client(self, **options: Unpack[ClientOptions]) -> AsyncPayerMax:
        """An ``AsyncPayerMax`` client of the test merchant (``async with``, or ``await aclose()``)."""
        options.setdefault("environ", self.environment)
        return AsyncPayerMax(**options)

    def use_notify_url(self, notify_url: str) -> None:
        """Where the test merchant's notifications go when an order names no ``notifyUrl`` (default: the sink)."""
        credentials = self.credentials
        self.control("POST", "/merchants", {
            "publicKey": credentials.merchant_key.verifying_key.to_base64(),
            "appId": credentials.app_id,
            "merchantNo": credentials.merchant_no,
            "notifyUrl": notify_url,
        })  # fmt: skip

    # -- the control API ---------------------------------------------------------------------------------

    def control(self, method: str, path: str, json: Any = None) -> Any:
        """Call ``/emulator{path}``; the decoded answer, or :class:`ControlError`."""
        answer = httpx.request(method, self.url + CONTROL_PREFIX + path, json=json, timeout=CONTROL_TIMEOUT)
        return _checked(method, path, answer)

    def complete_payment(self, ref: str) -> dict[str, Any]:
        """The payer pays the PENDING order ``ref`` (outTradeNo or tradeToken); its ``orderQuery`` data."""
        result: dict[str, Any] = self.control("POST", f"/orders/{ref}/complete")
        return result

    def fail_payment(self, ref: str, code: str | None = None, msg: str | None = None) -> dict[str, Any]:
        """The payment of the PENDING order ``ref`` fails (default ``PAYMENT_REJECTED``)."""
        body = {name: value for name, value in (("code", code), ("msg", msg)) if value is not None}
        result: dict[str, Any] = self.control("POST", f"/orders/{ref}/fail", body)
        return result

    def expire_payment(self, ref: str) -> dict[str, Any]:
        """The PENDING order ``ref`` is closed unpaid, as when its expiry passes."""
        result: dict[str, Any] = self.control("POST", f"/orders/{ref}/expire")
        return result

    def settle_refund(self, ref: str, status: str = "REFUND_SUCCESS") -> None:
        """Settle the pending refund ``ref`` (outRefundNo or refundTradeNo): ``REFUND_SUCCESS`` or ``REFUND_FAILED``."""
        self.control("POST", f"/refunds/{ref}/settle", {"status": status})

    def settle_payout(self, ref: str, status: str = "SUCCESS") -> None:
        """Settle the pending payout ``ref`` (outTradeNo or tradeNo): ``SUCCESS`` or ``FAILED``."""
        self.control("POST", f"/payouts/{ref}/settle", {"status": status})

    def now(self) -> datetime:
        """The emulator's clock."""
        return parse_time(self.control("GET", "/clock")["now"])

    def advance_clock(self, by: timedelta | float) -> datetime:
        """Move the emulator's clock forward (seconds or a ``timedelta``): expiries, settlement and notification
        retries that fall due run. Returns the new time."""
        seconds = by.total_seconds() if isinstance(by, timedelta) else float(by)
        return parse_time(self.control("POST", "/clock/advance", {"seconds": seconds})["now"])

    def notifications(self, notify_type: str | None = None) -> list[dict[str, Any]]:
        """The notifications the emulator sent or is sending, with their delivery attempts."""
        found: list[dict[str, Any]] = self.control(
            "GET", "/notifications" + (f"?type={notify_type}" if notify_type else "")
        )
        return found

    def reset(self) -> None:
        """Forget every order, refund, payout, token, link, dispute, balance, notification and clock move (the
        merchant, its keys and its notify URL stay), and empty the sink."""
        self.control("POST", "/reset")
        self.sink.clear()


def _checked(method: str, path: str, answer: httpx.Response) -> Any:
    try:
        decoded = loads(answer.content)  # amounts stay exact
    except ValueError:
        decoded = None
    if answer.is_success:
        return decoded
    code, msg = ("", answer.text[:200])
    if isinstance(decoded, dict):
        code, msg = str(decoded.get("code", "")), str(decoded.get("msg", ""))
    raise ControlError(method, path, answer.status_code, code, msg)

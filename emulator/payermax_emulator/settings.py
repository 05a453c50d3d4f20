"""How one emulator instance behaves."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from payermax_signing.protocol import GATEWAY_PATH, NOTIFICATION_RETRY_SCHEDULE, REQUEST_TIME_WINDOW

CONTROL_PREFIX = "/emulator"


@dataclass(frozen=True)
class Settings:
    """Emulator settings.

    Attributes:
        data_dir: where the SQLite database and the test merchant's keys live; ``None`` keeps everything in
            memory (tests) and generates fresh keys on every start.
        public_url: the emulator's own base URL as payers' browsers reach it (cashier and link pages).
        time_scale: multiplies every wait of the emulator (notification retries, automatic settlement);
            ``0.001`` turns PayerMax's 12-hour retry into 43 seconds.
        settle_after: seconds after which refunds, payouts and exchanges settle on their own; ``None`` leaves them
            pending until the control API settles them.
        request_time_window: how far ``requestTime`` may be from the wall clock, in seconds.
        check_responses: validate every answer against the spec before sending it (tests).
        tick: seconds between two runs of the background worker.
        notification_schedule: delays before each delivery attempt, in seconds (PayerMax's by default).
        opening_float: money the test merchant's DISBURSEMENT account starts with (and gets back on reset),
            as ``(currency, amount)`` pairs, so that payouts work on a fresh emulator.
        notification_timeout: the whole of one delivery attempt, in seconds: connecting, sending, waiting for
            the reply and reading it.
        delivery_concurrency: how many delivery attempts run at once (one slow merchant holds one of them).
        delivery_reply_limit: how many bytes of a merchant's reply are read (a longer one is not acknowledged).
        notification_retention: seconds (emulator clock) a delivered or abandoned notification and its
            delivery rows are kept.
        notification_keep: at most this many delivered or abandoned notifications are kept.
        max_body_bytes: the largest request body the gateway reads.
        max_json_depth: how deep arrays and objects may nest in a request body.
        serve_private_key: ``GET /emulator/merchant`` includes the test merchant's private key (off by default:
            ``merchant.env`` in the data directory and the output of ``serve`` carry it).
        sandbox_values: honour PayerMax's sandbox test values (payment ``subject``, refund and payout amounts,
            payout ``remark``: ``products/sandbox_values.py``); off, only the emulator's own rules apply.
    """

    data_dir: Path | None = None
    public_url: str = "http://127.0.0.1:8000"
    time_scale: float = 1.0
    settle_after: float | None = 2.0
    request_time_window: float = REQUEST_TIME_WINDOW.total_seconds()
    check_responses: bool = False
    tick: float = 0.05
    notification_schedule: tuple[float, ...] = field(
        default=tuple(delay.total_seconds() for delay in NOTIFICATION_RETRY_SCHEDULE)
    )
    notification_timeout: float = 10.0
    opening_float: tuple[tuple[str, str], ...] = ()
    delivery_concurrency: int = 16
    delivery_reply_limit: int = 64 * 1024
    notification_retention: float = 24 * 3600.0
    notification_keep: int = 1000
    max_body_bytes: int = 1024 * 1024
    max_json_depth: int = 32
    serve_private_key: bool = False
    sandbox_values: bool = True

    def to_json(self) -> str:
        """These settings as JSON, for the worker processes of a multi-process emulator."""
        values: dict[str, Any] = asdict(self)
        values["data_dir"] = str(self.data_dir) if self.data_dir is not None else None
        return json.dumps(values)

    @classmethod
    def from_json(cls, text: str) -> Settings:
        values = json.loads(text)
        values["data_dir"] = Path(values["data_dir"]) if values["data_dir"] is not None else None
        values["notification_schedule"] = tuple(values["notification_schedule"])
        values["opening_float"] = tuple(tuple(pair) for pair in values["opening_float"])
        return cls(**values)

    @property
    def gateway_url(self) -> str:
        return self.public_url.rstrip("/") + GATEWAY_PATH

    @property
    def database(self) -> str:
        return ":memory:" if self.data_dir is None else str(self.data_dir / "emulator.sqlite3")

    def page_url(self, path: str) -> str:
        """The address of one of the emulator's pages as payers' browsers reach it."""
        return self.public_url.rstrip("/") + path

    def settle_at(self, now_ts: float) -> float | None:
        """When something created at ``now_ts`` settles on its own (``None``: only through the control API)."""
        return None if self.settle_after is None else now_ts + self.settle_after * self.time_scale

"""The emulator's clock: real time plus an offset that the control API can move forward.

Everything time-dependent (order expiry, ``requestTime`` checks, settlement, notification retries) reads
this clock, so a test can jump twelve hours ahead instead of waiting.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from payermax_signing.envelope import request_time

from .db import Database, set_meta

_OFFSET_KEY = "clock_offset_seconds"


class Clock:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def offset(self) -> float:
        return float(self._db.get_meta(_OFFSET_KEY, "0") or 0)

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> datetime:
        if seconds < 0:
            raise ValueError("the emulator clock only moves forward")
        with self._db.transaction() as tx:
            row = tx.execute("SELECT value FROM meta WHERE key = ?", (_OFFSET_KEY,)).fetchone()
            current = float(row["value"]) if row else 0.0
            set_meta(tx, _OFFSET_KEY, repr(current + seconds))
        return self.now()


def format_time(moment: datetime) -> str:
    """PayerMax's timestamp form: ``2022-01-17T08:04:13.879+00:00``."""
    return request_time(moment)

"""The emulator's clock: real time plus an offset that the control API can move forward.

Everything time-dependent (order expiry, settlement, notification retries) reads this clock, so a test can
jump twelve hours ahead instead of waiting. ``requestTime`` is checked against the wall clock instead.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .db import Database, set_meta

OFFSET_KEY = "clock_offset_seconds"


class Clock:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def offset(self) -> float:
        return float(self._db.get_meta(OFFSET_KEY, "0") or 0)

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> datetime:
        if seconds < 0:
            raise ValueError("the emulator clock only moves forward")
        with self._db.transaction() as tx:
            row = tx.execute("SELECT value FROM meta WHERE key = ?", (OFFSET_KEY,)).fetchone()
            current = float(row["value"]) if row else 0.0
            set_meta(tx, OFFSET_KEY, repr(current + seconds))
        return self.now()

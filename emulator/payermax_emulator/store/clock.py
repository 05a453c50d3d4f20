"""The emulator's clock: real time plus an offset that the control API can move forward.

Everything time-dependent (order expiry, settlement, notification retries) reads this clock, so a test can
jump twelve hours ahead instead of waiting. ``requestTime`` is checked against the wall clock instead.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from .db import Database, set_meta
from .generation import Cached

OFFSET_KEY = "clock_offset_seconds"


class Clock:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cached: Cached[timedelta] = Cached(db.generation, size=1)  # ``advance`` and a reset mark theirs

    @property
    def offset(self) -> float:
        """The offset stored; one that is not a finite number (written by an older emulator) counts as 0."""
        try:
            offset = float(self._db.get_meta(OFFSET_KEY, "0") or 0)
        except ValueError:
            return 0.0
        return offset if math.isfinite(offset) else 0.0

    def now(self) -> datetime:
        """Wall-clock time plus the offset, which is read once per process until it moves (``generation.py``)."""
        offset = self._cached.get(OFFSET_KEY, lambda: timedelta(seconds=self.offset))
        return datetime.now(UTC) + (offset if offset is not None else timedelta())

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> datetime:
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("the emulator clock only moves forward, by a finite number of seconds")
        with self._db.transaction() as tx:
            self._db.changed()
            row = tx.execute("SELECT value FROM meta WHERE key = ?", (OFFSET_KEY,)).fetchone()
            current = self.offset if row else 0.0
            set_meta(tx, OFFSET_KEY, repr(current + seconds))
        return self.now()

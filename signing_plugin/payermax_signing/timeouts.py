"""How long a call may take: per network step, and in total.

Each attempt of a call waits at most ``connect`` seconds for a connection, ``write`` seconds to send,
``read`` seconds for each piece of the answer and ``pool`` seconds for a free connection. On top of these,
``total`` bounds the whole call, retries and the waits between them included: every network wait of every
attempt is cut to what is left of it, and no attempt starts once it is spent.
"""

from __future__ import annotations

import time

import attrs
import httpx


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be a positive number of seconds, not {value!r}")


@attrs.frozen
class Timeouts:
    """Time limits of a call, in seconds.

    The defaults bound every call to one minute: a gateway that accepts a connection and never answers
    costs a call 30 seconds per attempt and 60 seconds at most in all.
    """

    connect: float = attrs.field(default=5.0, validator=_positive)
    read: float = attrs.field(default=30.0, validator=_positive)
    write: float = attrs.field(default=30.0, validator=_positive)
    pool: float = attrs.field(default=5.0, validator=_positive)
    total: float = attrs.field(default=60.0, validator=_positive)

    @classmethod
    def coerce(cls, value: Timeouts | float | None, default: Timeouts) -> Timeouts:
        """``None``: the default; a number: that many seconds for the whole call (each step at most that
        long too); a :class:`Timeouts`: as given."""
        if value is None:
            return default
        if isinstance(value, Timeouts):
            return value
        seconds = float(value)
        return cls(
            connect=min(default.connect, seconds),
            read=min(default.read, seconds),
            write=min(default.write, seconds),
            pool=min(default.pool, seconds),
            total=seconds,
        )

    def per_step(self) -> httpx.Timeout:
        """The per-step limits alone, as httpx takes them (no total)."""
        return httpx.Timeout(connect=self.connect, read=self.read, write=self.write, pool=self.pool)

    def for_attempt(self, deadline: Deadline) -> httpx.Timeout:
        """The httpx timeouts of one attempt, none longer than what is left of the call."""
        left = max(deadline.remaining(), 0.001)
        return httpx.Timeout(
            connect=min(self.connect, left),
            read=min(self.read, left),
            write=min(self.write, left),
            pool=min(self.pool, left),
        )


DEFAULT_TIMEOUTS = Timeouts()


@attrs.frozen
class Deadline:
    """The moment (on the monotonic clock) by which a call must be over."""

    at: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return self.remaining() <= 0

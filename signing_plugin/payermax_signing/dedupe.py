"""Stores that remember which notifications were processed, so a replayed one is processed only once.

A key is *claimed* while the merchant processes its notification and *committed* once the merchant's
code finished without error; a failure *releases* it so that PayerMax's next retry is accepted. A claim
that was neither committed nor released (the process died) lapses after ``lease`` seconds. Committed keys
are kept for the ``ttl`` of their claim, which the receiver sets past the oldest notification it accepts.
"""

from __future__ import annotations

import math
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

DEFAULT_LEASE_SECONDS = 300.0


class DedupeStore(Protocol):
    """What :class:`~payermax_signing.NotificationReceiver` needs to process each notification once.

    Plug your own database in by writing a class with these three methods (no base class needed). The
    receiver calls them in this order for every verified notification: ``claim``, then - after the merchant's
    code ran - ``commit`` if it succeeded or ``release`` if it raised. Keys are short ASCII strings
    (``"PAYMENT:<sha256 hex>"``); ``ttl`` covers PayerMax's whole retry window. Your store must guarantee:

    - ``claim`` is atomic across every process and machine sharing the store: of two concurrent claims of
      one key, exactly one returns True (e.g. ``INSERT`` into a primary key, ``SET NX``);
    - a claimed key that is never committed nor released (the process died) can be claimed again after a
      lease (default 300 s), so that one of PayerMax's later retries is processed;
    - a committed key refuses every claim until ``ttl`` seconds after it was claimed; after that it may be
      forgotten;
    - ``release`` forgets only an uncommitted claim; ``commit`` and ``release`` of a key that is not (or no
      longer) this process's claim must not undo another process's claim.

    Optionally also implement ``is_committed`` (:class:`CommitAwareDedupeStore`): the webhook helpers then
    answer a notification that another worker is processing right now with HTTP 409, so that PayerMax tries
    again later, instead of acknowledging it. :class:`MemoryDedupeStore`, :class:`SqliteDedupeStore` and
    :class:`~payermax_signing.redis_store.RedisDedupeStore` implement both.
    """

    def claim(self, key: str, ttl: float) -> bool:
        """Atomically claim ``key`` for ``ttl`` seconds; False if it is committed or claimed right now."""

    def commit(self, key: str) -> None:
        """Mark a claimed key as processed for good (until its expiry)."""

    def release(self, key: str) -> None:
        """Give a claimed key up so that it can be claimed again."""


@runtime_checkable
class CommitAwareDedupeStore(DedupeStore, Protocol):
    """A :class:`DedupeStore` that can also tell a processed key from one being processed."""

    def is_committed(self, key: str) -> bool:
        """Whether ``key`` was committed (and has not expired); False while it is only claimed."""


class MemoryDedupeStore:
    """In-process store: right for a single worker process. Thread-safe."""

    def __init__(self, *, lease: float = DEFAULT_LEASE_SECONDS, clock: Callable[[], float] = time.time) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[bool, float, float]] = {}  # key -> (committed, claimed_at, expires_at)
        self._lease = lease
        self._clock = clock
        self._next_expiry = math.inf  # no entry expires before this: nothing to purge until then

    def claim(self, key: str, ttl: float) -> bool:
        now = self._clock()
        expires_at = now + ttl
        with self._lock:
            self._purge(now)
            entry = self._entries.get(key)
            if entry is not None:
                committed, claimed_at, _ = entry
                if committed or now - claimed_at < self._lease:
                    return False
            self._entries[key] = (False, now, expires_at)
            self._next_expiry = min(self._next_expiry, expires_at)
            return True

    def commit(self, key: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries[key] = (True, entry[1], entry[2])

    def release(self, key: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and not entry[0]:
                del self._entries[key]

    def is_committed(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            entry = self._entries.get(key)
            return entry is not None and entry[0] and entry[2] > now

    def _purge(self, now: float) -> None:
        """Forget expired entries; a scan only once the earliest expiry has passed (not on every claim)."""
        if now < self._next_expiry:
            return
        expired = [key for key, (_, _, expires_at) in self._entries.items() if expires_at <= now]
        for key in expired:
            del self._entries[key]
        self._next_expiry = min((expires_at for _, _, expires_at in self._entries.values()), default=math.inf)


class SqliteDedupeStore:
    """A store in an SQLite file, shared by every worker process of one merchant host."""

    def __init__(
        self, path: str | Path, *, lease: float = DEFAULT_LEASE_SECONDS, clock: Callable[[], float] = time.time
    ) -> None:
        self._path = str(path)
        self._lease = lease
        self._clock = clock
        self._local = threading.local()
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS payermax_notifications ("
                " key TEXT PRIMARY KEY, committed INTEGER NOT NULL, claimed_at REAL NOT NULL,"
                " expires_at REAL NOT NULL)"
            )

    def _connect(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self._path, timeout=30, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            self._local.connection = connection
        return connection

    def claim(self, key: str, ttl: float) -> bool:
        now = self._clock()
        expires_at = now + ttl
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM payermax_notifications WHERE expires_at <= ?", (now,))
            row = db.execute(
                "SELECT committed, claimed_at FROM payermax_notifications WHERE key = ?", (key,)
            ).fetchone()
            if row is not None and (row[0] or now - row[1] < self._lease):
                db.execute("COMMIT")
                return False
            db.execute(
                "INSERT OR REPLACE INTO payermax_notifications (key, committed, claimed_at, expires_at)"
                " VALUES (?, 0, ?, ?)",
                (key, now, expires_at),
            )
            db.execute("COMMIT")
            return True
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def commit(self, key: str) -> None:
        self._connect().execute("UPDATE payermax_notifications SET committed = 1 WHERE key = ?", (key,))

    def release(self, key: str) -> None:
        self._connect().execute("DELETE FROM payermax_notifications WHERE key = ? AND committed = 0", (key,))

    def is_committed(self, key: str) -> bool:
        row = (
            self._connect()
            .execute(
                "SELECT 1 FROM payermax_notifications WHERE key = ? AND committed = 1 AND expires_at > ?",
                (key, self._clock()),
            )
            .fetchone()
        )
        return row is not None

"""A counter every process of one database shares, moved by the writes that change what processes cache.

The gateway reads a few rows on every request that almost never change: the merchant whose app signed, and the
clock's offset. Each read is a read transaction of its own, and in a multi-process emulator SQLite drops the
reader's whole page cache whenever another process committed since its last transaction - so under load each
costs a fresh lookup. Processes cache those rows instead, stamped with this counter; a write that changes them
(registering a merchant, moving the clock, a reset) marks its transaction (``Database.changed``), and the
counter moves after its ``COMMIT``, before the call that made it is answered. A process reads the counter (eight
bytes of a shared memory map, no system call) before using what it cached: a request that arrives after such a
call was answered sees the new value and reads the rows again.

A process killed between its ``COMMIT`` and the move leaves the others with the old rows until the counter moves
again - at the latest when a process opens the database (``serve`` starts a replacement at once): the change's
call was never answered, so no client was told it had happened.

In memory (one process) the counter is a plain integer.
"""

from __future__ import annotations

import fcntl
import mmap
import os
import struct
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

_COUNTER = struct.Struct("<Q")
T = TypeVar("T")


class Generation:
    """The shared counter of the database at ``path`` (``None``: one process, in memory)."""

    def __init__(self, path: str | None) -> None:
        self._local = 0
        self._map: mmap.mmap | None = None
        self._fd: int | None = None
        if path is not None:
            self._fd = os.open(f"{path}.generation", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                if os.fstat(self._fd).st_size < _COUNTER.size:
                    os.ftruncate(self._fd, _COUNTER.size)
                self._map = mmap.mmap(self._fd, _COUNTER.size)
                self._move()  # a process that died between a COMMIT and its move left the others behind
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def current(self) -> int:
        if self._map is None:
            return self._local
        return int(_COUNTER.unpack_from(self._map)[0])

    def move(self) -> None:
        """Tell every process that what they cached may be stale (the caller holds the writers' lock)."""
        if self._fd is None:
            self._local += 1
            return
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            self._move()
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _move(self) -> None:
        assert self._map is not None
        _COUNTER.pack_into(self._map, 0, (self.current() + 1) % 2**64)

    def close(self) -> None:
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class Cached(Generic[T]):
    """Values by key, each kept while the generation has not moved since it was read; at most ``size`` of them."""

    def __init__(self, generation: Generation, size: int = 1024) -> None:
        self._generation = generation
        self._size = size
        self._values: dict[object, tuple[int, T]] = {}
        self._lock = threading.Lock()

    def get(self, key: object, load: Callable[[], T | None]) -> T | None:
        """The value of ``key``: cached, or ``load()`` (``None`` is not cached: nothing to keep)."""
        stamp = self._generation.current()  # before loading: what is kept is at least as new as its stamp
        found = self._values.get(key)
        if found is not None and found[0] == stamp:
            return found[1]
        value = load()
        if value is not None:
            with self._lock:
                if len(self._values) >= self._size:
                    self._values.clear()
                self._values[key] = (stamp, value)
        return value

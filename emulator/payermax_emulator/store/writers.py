"""The writers' lock of a database file that several processes share: an ``flock`` of ``<database>.lock``.

Writers queue on it before ``BEGIN IMMEDIATE``: the kernel wakes the next writer as soon as it is free, where
SQLite's own busy handler would sleep for a millisecond or more and leave the CPU idle. The lock goes with its
process (a killed writer holds nothing).

Within one process the lock is counted: an ``flock`` belongs to the open file, so the first hold takes it, the
last one gives it back, and a second thread's hold never releases it under the first. A hold can be taken
without waiting (``take(wait=False)``: an event loop must not block), or waited for in another thread and kept
for the next taker (``reserve``, ``use_reservation``).
"""

from __future__ import annotations

import fcntl
import os
import threading


class WritersLock:
    """The writers' lock of ``path`` (None: a database in memory, which needs none: every hold is granted)."""

    def __init__(self, path: str | None) -> None:
        self._fd = None if path is None else os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        self._mutex = threading.Lock()  # guards the counts, and the flock call of a first hold
        self._holds = 0
        self._reserved = 0

    def take(self, *, wait: bool) -> bool:
        """One more hold; False (and no hold) if ``wait`` is off and another process has the lock, or another
        thread of this one is waiting for it."""
        if not self._mutex.acquire(blocking=wait):
            return False
        try:
            if self._holds == 0 and self._fd is not None:
                try:
                    fcntl.flock(self._fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return False
            self._holds += 1
            return True
        finally:
            self._mutex.release()

    def give(self) -> None:
        """Give back one hold; the lock is free for other processes once no hold is left."""
        with self._mutex:
            self._holds -= 1
            if self._holds == 0 and self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)

    def reserve(self) -> None:
        """Wait for a hold and keep it for the next ``use_reservation`` (blocks: call it from a helper thread)."""
        self.take(wait=True)
        with self._mutex:
            self._reserved += 1

    @property
    def reserved(self) -> bool:
        return self._reserved > 0

    def use_reservation(self) -> bool:
        """Take over a reserved hold; False if there is none, or another thread is waiting for the lock (this
        never blocks)."""
        return self._unreserve(blocking=False)

    def drop_reservation(self) -> None:
        """Give back a reserved hold nobody took over (none: nothing happens)."""
        if self._unreserve(blocking=True):
            self.give()

    def _unreserve(self, *, blocking: bool) -> bool:
        if not self._mutex.acquire(blocking=blocking):
            return False
        try:
            if self._reserved == 0:
                return False
            self._reserved -= 1
            return True
        finally:
            self._mutex.release()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

"""Group commit from an event loop: the write transactions of the requests that run in one turn of the loop
commit together (``Database.group_writes``), and none of them waits for another process's writer.

A request's synchronous work runs inside the group; its answer waits for the group's commit, made by a
callback queued behind the requests of that turn - so an answer always reports committed state, and a
``kill -9`` loses nothing that was answered. If the group's first write meets the writers' lock held by
another process, nothing was done (``WritersBusyError``): a helper thread waits for the lock and keeps it for
the next group, the request waits for that without blocking the loop, then runs again. A failed commit fails
every request of its group.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Callable
from typing import TypeVar

from .db import Database, WritersBusyError

log = logging.getLogger("payermax_emulator.group_commit")
T = TypeVar("T")


class GroupCommit:
    """Group commit for the requests of one event loop on ``db``."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._committed: asyncio.Future[bool] | None = None  # the group of this turn of the loop
        self._waiting: asyncio.Task[None] | None = None  # the helper thread waiting for the writers' lock

    async def run(self, work: Callable[[], T]) -> tuple[T, bool]:
        """``work()`` with its write transactions in this turn's group; its result, and whether the group
        committed (False: its writes are undone)."""
        while True:
            committed = self._group()
            try:
                with self._db.group_writes():
                    result = work()
            except WritersBusyError:
                await self._writers_free()
                continue
            return result, await asyncio.shield(committed)

    def _group(self) -> asyncio.Future[bool]:
        if self._committed is None:
            loop = asyncio.get_running_loop()
            self._committed = loop.create_future()
            # Behind the requests already queued in this turn. A group begun while the writers' lock is reserved
            # is the one for which it was: if none of its requests took it over, it is given back.
            loop.call_soon(self._commit, self._committed, self._db.writers_reserved)
        return self._committed

    def _commit(self, committed: asyncio.Future[bool], reserved: bool) -> None:
        self._committed = None
        try:
            self._db.commit_group()
        except Exception as problem:  # e.g. the disk is full: every request of the group fails
            log.error("a group commit failed: %s", type(problem).__name__)
            committed.set_result(False)
        else:
            committed.set_result(True)
        finally:
            if reserved:
                self._db.drop_writers_reservation()

    async def _writers_free(self) -> None:
        if self._waiting is None:
            self._waiting = asyncio.get_running_loop().create_task(asyncio.to_thread(self._db.wait_for_writers))
            self._waiting.add_done_callback(self._reserved)
        await asyncio.shield(self._waiting)

    def _reserved(self, waited: asyncio.Task[None]) -> None:
        self._waiting = None
        # The group of the requests this wakes, begun now (their wake-ups are queued behind this), so that its
        # commit gives the lock back even if none of them comes to take it over.
        asyncio.get_running_loop().call_soon(self._group)


_GROUP_COMMITS: weakref.WeakKeyDictionary[Database, GroupCommit] = weakref.WeakKeyDictionary()


def group_commit(db: Database) -> GroupCommit:
    """The group commit of ``db`` (one per process: a process serves from one event loop)."""
    found = _GROUP_COMMITS.get(db)
    if found is None:
        found = _GROUP_COMMITS[db] = GroupCommit(db)
    return found

"""The emulator's state: one SQLite database (a file under the data directory, or in memory).

One connection per process, serialised by a lock: transactions are short, and the expensive part of a
request (RSA signing) happens outside them. Several processes may share a database file (WAL mode).
The tables are those the caller names when it opens the database (each product lists its own DDL).

Durability: WAL with ``synchronous=NORMAL``. A transaction is in the WAL file - in the operating system's
hands - once ``COMMIT`` returns, so killing the process (``kill -9``, a crash) loses nothing that was answered;
only a power loss or an operating-system crash can take back the last transactions before a checkpoint.

Writers of several processes queue on the writers' lock (``writers.py``) before ``BEGIN IMMEDIATE``. Reads
(``snapshot``) take no lock: in WAL mode they see the last committed state without waiting.

Group commit (``group_writes``, ``commit_group``; ``group_commit.py`` drives it from an event loop): the write
transactions a thread makes inside ``group_writes`` blocks are savepoints of one SQLite transaction, begun by
the first of them and committed by ``commit_group`` - one commit, and one write of each page they share,
for several requests. A savepoint that raises is rolled back alone. The first transaction of a group does not
wait for the writers' lock: if another process has it, it raises ``WritersBusyError`` having done nothing, and a
helper thread waits for the lock (``wait_for_writers``) while the event loop goes on with other requests.

Checkpoints (copying the WAL's pages into the database file, with its ``fsync``) are the background worker's
(``checkpoint``, every round, on a connection of its own): a commit that checkpointed itself would hold the
writers' lock through the disk flush, and the other processes' writers would wait for it. A commit still
checkpoints when the WAL passes ``AUTOCHECKPOINT_PAGES`` (no background worker: tests that step time).

Of the processes that share a database file, one at a time runs the background sweep and checkpoints
(``sweeps``): the first to take a non-blocking ``flock`` of ``<database>.sweep`` keeps it; the kernel frees it
when that process dies, and another process takes it at its next round.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .generation import Generation
from .writers import WritersLock

META = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


#: The page size of a new database (an existing one keeps its own): a commit writes each page it changed to the
#: WAL whole, and an order changes about nine, most of them by a row or two - smaller pages are fewer bytes to
#: write and checksum per commit.
PAGE_SIZE = 1024
#: WAL pages after which a commit checkpoints by itself (~40 MB); the background worker's rounds come first.
AUTOCHECKPOINT_PAGES = 10_000


class WritersBusyError(Exception):
    """The first write transaction of a group met the writers' lock held elsewhere; nothing was done. Wait for
    the lock (``Database.wait_for_writers``, in another thread), then try again."""


class Database:
    def __init__(self, path: str, schema: Iterable[str] = ()) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._connection = sqlite3.connect(
            path, check_same_thread=False, isolation_level=None, timeout=30, cached_statements=512
        )
        self._connection.row_factory = sqlite3.Row
        self._writers = WritersLock(None if path == ":memory:" else f"{path}.lock")
        self._sweeper: int | None = None  # the fd of the sweepers' flock, once this process holds it
        self._changed = False  # the transaction under way changed what processes cache (``changed``)
        self._group_thread: int | None = None  # the thread whose write transactions are grouped
        self._grouping = False  # that thread is inside ``group_writes``
        self._group_open = False  # the group's SQLite transaction has begun
        self.generation = Generation(None if path == ":memory:" else path)
        if path != ":memory:":
            self._connection.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before the first table; else ignored
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
            self._connection.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._checkpointer: sqlite3.Connection | None = None
        self._checkpointing = threading.Lock()
        self.create((META, *schema))

    def create(self, schema: Iterable[str]) -> None:
        """Run DDL (``CREATE ... IF NOT EXISTS``): the tables of a product, once it is composed."""
        with self._lock:
            for ddl in schema:
                self._connection.executescript(ddl)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises. Inside
        ``group_writes`` (or while this thread's group is open), a savepoint of the group's transaction."""
        if self._group_thread == threading.get_ident() and (self._grouping or self._group_open):
            with self._savepoint() as tx:
                yield tx
            return
        with self._lock:
            self._writers.take(wait=True)
            try:
                self._connection.execute("BEGIN IMMEDIATE")
                self._changed = False
                try:
                    yield self._connection
                except BaseException:
                    self._connection.execute("ROLLBACK")
                    raise
                self._commit()
            finally:
                self._changed = False
                self._writers.give()

    @contextmanager
    def group_writes(self) -> Iterator[None]:
        """The write transactions this thread makes in the block join its group (see the module's docstring);
        they are committed by ``commit_group``, not when they end."""
        self._group_thread = threading.get_ident()
        self._grouping = True
        try:
            yield
        finally:
            self._grouping = False

    def commit_group(self) -> None:
        """Commit the group's transaction, if one began (a failed commit is rolled back and raises)."""
        if self._group_thread != threading.get_ident() or not self._group_open:
            self._group_thread = None
            return
        self._group_thread = None
        self._group_open = False
        try:
            self._commit()
        finally:
            self._changed = False
            self._writers.give()
            self._lock.release()

    def _commit(self) -> None:
        """COMMIT, then move the generation if the transaction changed what processes cache. A COMMIT that fails
        (a deferred foreign key) is rolled back and raises: the connection is left outside any transaction."""
        try:
            self._connection.execute("COMMIT")
        except BaseException:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise
        if self._changed:
            self.generation.move()

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        if not self._group_open:
            if not (self._writers.use_reservation() or self._writers.take(wait=False)):
                raise WritersBusyError
            self._lock.acquire()  # held until commit_group: other threads' transactions wait for the group
            try:
                self._connection.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._lock.release()
                self._writers.give()
                raise
            self._group_open = True
        # One name serves every savepoint: ROLLBACK TO and RELEASE act on the innermost of that name.
        self._connection.execute("SAVEPOINT grouped_write")
        try:
            yield self._connection
        except BaseException:
            self._connection.execute("ROLLBACK TO grouped_write")
            self._connection.execute("RELEASE grouped_write")
            raise
        self._connection.execute("RELEASE grouped_write")

    def wait_for_writers(self) -> None:
        """Wait until this process has the writers' lock, and keep it for the next group to begin (blocks: call
        it from a helper thread, after ``WritersBusyError``)."""
        self._writers.reserve()

    @property
    def writers_reserved(self) -> bool:
        return self._writers.reserved

    def drop_writers_reservation(self) -> None:
        """Give back the lock ``wait_for_writers`` kept, if no group took it over."""
        self._writers.drop_reservation()

    def changed(self) -> None:
        """Mark the write transaction under way as changing rows that processes cache (merchants, the clock's
        offset): once it commits, every process reads them again (``generation.py``)."""
        self._changed = True

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: the block sees one committed state and writes nothing (it waits for no writer).
        In this thread's open group it reads the group's transaction (whose answers wait for its commit)."""
        if self._group_open and self._group_thread == threading.get_ident():
            yield self._connection
            return
        with self._lock:
            self._connection.execute("BEGIN")
            try:
                yield self._connection
            finally:
                self._connection.execute("COMMIT")

    def sweeps(self) -> bool:
        """Whether this process is the one that runs the background sweep and checkpoints (always, in memory).
        A process that does not hold the lock tries to take it, without waiting."""
        if self.path == ":memory:" or self._sweeper is not None:
            return True
        fd = os.open(f"{self.path}.sweep", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._sweeper = fd
        return True

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the database file without waiting for readers or writers (PASSIVE), on
        a connection of its own: this process's requests go on meanwhile. Nothing to do in memory."""
        if self.path == ":memory:":
            return
        with self._checkpointing:
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(
                    self.path, check_same_thread=False, isolation_level=None, timeout=30
                )
                self._checkpointer.execute("PRAGMA synchronous=NORMAL")
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchall()

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self.read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def tables(self) -> list[str]:
        return [row["name"] for row in self.read("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        with self._lock, self._checkpointing:
            self._connection.close()
            if self._checkpointer is not None:
                self._checkpointer.close()
                self._checkpointer = None
            if self._sweeper is not None:
                os.close(self._sweeper)
                self._sweeper = None
            self._writers.close()
            self.generation.close()


def set_meta(tx: sqlite3.Connection, key: str, value: str) -> None:
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?", (key, value, value)
    )


def next_sequence(tx: sqlite3.Connection, name: str) -> int:
    """A counter that never repeats within one database (for PayerMax-side numbers)."""
    row = tx.execute("SELECT value FROM meta WHERE key = ?", (f"seq:{name}",)).fetchone()
    value = int(row["value"]) + 1 if row else 1
    set_meta(tx, f"seq:{name}", str(value))
    return value

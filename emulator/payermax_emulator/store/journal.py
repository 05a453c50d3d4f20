"""Every record's status history: one row per status a record took, written by ``Table`` itself.

``Table.insert`` notes a record's first status and ``Table.save`` every change of it, in the transaction that
makes the change, stamped with the emulator clock (the wall clock plus the offset the control API moves) - so
every product's records, those added later included, have a history without writing a line for it. The
dashboard shows it; ``reset`` forgets it with the rest of the business state.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .clock import OFFSET_KEY
from .db import Database

#: ``id`` orders one record's moves (``history``) and is seen nowhere else. Without ``AUTOINCREMENT`` a new row
#: takes the largest id plus one - later than every row there - and a commit writes no ``sqlite_sequence`` page;
#: ids are reused only after the newest rows are deleted, which only ``reset`` does, deleting them all. (A
#: database created before keeps its ``AUTOINCREMENT``.)
DDL = """
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_key TEXT NOT NULL,
    status_from TEXT,
    status_to TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS journal_by_record ON journal (table_name, record_key, id);
"""
#: The emulator clock in ``payermax_signing.protocol.format_time``'s form, computed by SQLite.
_NOW = "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', COALESCE((SELECT value FROM meta WHERE key = ?), '0') || ' seconds')"
#: At most this many moves of one record are kept (a record moves a few times; a runaway loop must not grow it).
MOVES_KEPT = 200


def note(tx: sqlite3.Connection, table: str, key: Any, before: str | None, after: Any) -> None:
    """Record that ``table``'s record ``key`` went from ``before`` (None: it was created) to ``after``."""
    if not isinstance(after, str) or after == before:
        return
    tx.execute(
        f"INSERT INTO journal (table_name, record_key, status_from, status_to, at) VALUES (?, ?, ?, ?, {_NOW})",  # noqa: S608
        (table, str(key), before, after, OFFSET_KEY),
    )


def history(db: Database, table: str, key: str) -> list[dict[str, Any]]:
    """The statuses a record took, oldest first: ``from``, ``to``, ``at``."""
    rows = db.read(
        "SELECT status_from, status_to, at FROM journal WHERE table_name = ? AND record_key = ? ORDER BY id LIMIT ?",
        (table, key, MOVES_KEPT),
    )
    return [{"from": row["status_from"], "to": row["status_to"], "at": row["at"]} for row in rows]

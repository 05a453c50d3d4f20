"""Read-only views of every product's records, for people (the dashboard): driven by the tables the products
declare (``Product.tables``), so a product added later appears without a line written for it.

Each view is bounded: pages of at most ``MAX_PAGE`` records, newest first, by SQLite ``rowid`` (``before`` the
last one shown), counts capped at ``COUNT_CAP``, one record by its key. A record's status history comes from
the journal (``store/journal.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..store import journal
from ..store.codec import columns
from ..store.db import Database
from ..store.table import Table

MAX_PAGE = 200
COUNT_CAP = 10_000


@dataclass(frozen=True)
class Entry:
    """One record as the catalogue lists it: its ``rowid`` (the page cursor), key, owner, status and fields."""

    rowid: int
    key: str
    app_id: str | None
    status: str | None
    record: Any

    def values(self) -> dict[str, Any]:
        """The record's fields by name, in its table's column order (its key first), its document (``doc``)
        included."""
        return {column.name: getattr(self.record, column.name) for column in columns(type(self.record))}


class Catalog:
    """The product tables of one emulator, by name, in the order the products declare them."""

    def __init__(self, db: Database, tables: Iterable[Table[Any]]) -> None:
        self._db = db
        self.tables: dict[str, Table[Any]] = {}
        for table in tables:
            self.tables.setdefault(table.name, table)

    def table(self, name: str) -> Table[Any] | None:
        return self.tables.get(name)

    def has_status(self, table: Table[Any]) -> bool:
        return "status" in table.record.__dataclass_fields__

    def _entry(self, table: Table[Any], row: sqlite3.Row) -> Entry:
        record = table.from_row(row)
        app_id, status = getattr(record, "app_id", None), getattr(record, "status", None)
        return Entry(row["rowid"], str(getattr(record, table.key)), app_id, status if isinstance(status, str) else None,
                     record)  # fmt: skip

    def count(self, table: Table[Any]) -> int:
        """How many records the table holds, counting at most ``COUNT_CAP`` (+1: "more than")."""
        sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM {table.name} LIMIT ?)"  # noqa: S608 - declared names only
        return int(self._db.read(sql, (COUNT_CAP + 1,))[0][0])

    def page(
        self, table: Table[Any], *, limit: int, before: int | None = None, status: str | None = None
    ) -> list[Entry]:
        """Up to ``limit`` records, newest first: those with a ``rowid`` below ``before``, in ``status``."""
        where = ["rowid < ?"]
        parameters: list[Any] = [before if before is not None else 2**63 - 1]
        if status and self.has_status(table):
            where.append("status = ?")
            parameters.append(status)
        sql = f"SELECT rowid, * FROM {table.name} WHERE {' AND '.join(where)} ORDER BY rowid DESC LIMIT ?"  # noqa: S608
        rows = self._db.read(sql, (*parameters, min(limit, MAX_PAGE)))
        return [self._entry(table, row) for row in rows]

    def one(self, table: Table[Any], key: str) -> Entry | None:
        sql = f"SELECT rowid, * FROM {table.name} WHERE {table.key} = ?"  # noqa: S608 - declared names only
        rows = self._db.read(sql, (key,))
        return self._entry(table, rows[0]) if rows else None

    def holder(self, key: str) -> Table[Any] | None:
        """The table holding a record with this key (a notification's reference), if any."""
        for table in self.tables.values():
            sql = f"SELECT 1 FROM {table.name} WHERE {table.key} = ? LIMIT 1"  # noqa: S608 - declared names only
            if self._db.read(sql, (key,)):
                return table
        return None

    def history(self, table: Table[Any], key: str) -> list[dict[str, Any]]:
        return journal.history(self._db, table.name, key)

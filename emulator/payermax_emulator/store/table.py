"""One table of records: a dataclass per row, its columns named like its fields.

The operations every product repeats, written once: insert a record whose merchant key must be unique
(a duplicate is ``ORDER_REPEAT``), find or get one (a missing one is ``ORDER_NOT_EXIST``), list, save.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from .codec import columns
from .errors import BusinessError, not_found, repeated

R = TypeVar("R")


class Table(Generic[R]):
    """Rows of ``name`` as ``record`` dataclasses.

    Args:
        record: the dataclass whose fields are the table's columns.
        name: the table's name.
        key: the primary-key column.
        ddl: ``CREATE TABLE IF NOT EXISTS`` (and its indexes), run when the database opens.
        what: how a refusal names one record (``The order``).
    """

    def __init__(self, record: type[R], name: str, *, key: str, ddl: str, what: str) -> None:
        self.record = record
        self.name = name
        self.key = key
        self.ddl = ddl
        self.what = what
        self._columns = columns(record)
        names = [column.name for column in self._columns]
        self._insert = f"INSERT INTO {name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"  # noqa: S608
        updated = [n for n in names if n != key]
        self._update = f"UPDATE {name} SET {', '.join(f'{n} = ?' for n in updated)} WHERE {key} = ?"  # noqa: S608

    def _row(self, record: R) -> list[Any]:
        return [column.to_sql(getattr(record, column.name)) for column in self._columns]

    def from_row(self, row: sqlite3.Row) -> R:
        return self.record(**{column.name: column.from_sql(row[column.name]) for column in self._columns})

    def insert(self, tx: sqlite3.Connection, record: R, *, unique: str | None = None) -> R:
        """Add a record; with ``unique`` (``outTradeNo X``), a uniqueness conflict is ``ORDER_REPEAT``."""
        try:
            tx.execute(self._insert, self._row(record))
        except sqlite3.IntegrityError:
            if unique is None:
                raise
            raise repeated(unique) from None
        return record

    def save(self, tx: sqlite3.Connection, record: R) -> None:
        values = self._row(record)
        key = getattr(record, self.key)
        tx.execute(self._update, [v for c, v in zip(self._columns, values, strict=True) if c.name != self.key] + [key])

    def where(
        self, tx: sqlite3.Connection, condition: str, parameters: Sequence[Any] = (), *, order: str | None = None
    ) -> list[R]:
        """Every record matching an SQL condition (bound parameters only)."""
        sql = f"SELECT * FROM {self.name} WHERE {condition}"  # noqa: S608 - fixed names, bound values
        if order:
            sql += f" ORDER BY {order}"
        return [self.from_row(row) for row in tx.execute(sql, tuple(parameters)).fetchall()]

    def find(self, tx: sqlite3.Connection, **equal: Any) -> R | None:
        """The record whose columns equal the given values, or None."""
        found = self.where(tx, " AND ".join(f"{name} = ?" for name in equal), list(equal.values()))
        return found[0] if found else None

    def get(self, tx: sqlite3.Connection, **equal: Any) -> R:
        """The record whose columns equal the given values; ``ORDER_NOT_EXIST`` when there is none."""
        found = self.find(tx, **equal)
        if found is None:
            raise self.missing()
        return found

    def missing(self) -> BusinessError:
        """The refusal of a record that does not exist (``ORDER_NOT_EXIST``)."""
        return not_found(self.what)

"""One table of records: a dataclass per row, its columns named like its fields.

The operations every product repeats, written once: insert a record whose merchant key must be unique
(a duplicate is ``ORDER_REPEAT``), find or get one (a missing one is ``ORDER_NOT_EXIST``), list, save.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from . import journal
from .codec import Column, columns
from .errors import BusinessError, not_found, repeated

R = TypeVar("R")


def _ddl(
    name: str,
    key: str,
    columns: Sequence[Column],
    unique: str,
    indexes: Sequence[str],
    references: Mapping[str, str],
) -> str:
    lines = []
    for column in columns:
        constraint = "PRIMARY KEY" if column.name == key else ("" if column.nullable else "NOT NULL")
        reference = f" REFERENCES {references[column.name]} ({column.name})" if column.name in references else ""
        lines.append(f"{column.name} {column.sql_type} {constraint}{reference}".rstrip())
    if unique:
        lines.append(f"UNIQUE ({unique})")
    statements = [f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(lines)});"]
    for index in indexes:
        columns_named = index.replace(",", " ").split()
        statements.append(f"CREATE INDEX IF NOT EXISTS {name}_by_{'_'.join(columns_named)} ON {name} ({index});")
    return "\n".join(statements)


class Table(Generic[R]):
    """Rows of ``name`` as ``record`` dataclasses. The record's first field is the primary key; the DDL is
    derived from the fields (``float`` REAL, ``int``/``bool`` INTEGER, else TEXT; ``X | None`` nullable).

    Args:
        record: the dataclass whose fields are the table's columns.
        name: the table's name.
        what: how a refusal names one record (``The order``).
        indexes: the columns of each index (``"status, expires_ts"`` for a due-time move).
        unique: columns unique together (the merchant's own key: ``"app_id, out_trade_no_key"``).
        references: foreign keys, column -> ``"orders (trade_token)"``.
    """

    def __init__(
        self,
        record: type[R],
        name: str,
        what: str,
        *indexes: str,
        unique: str = "",
        references: Mapping[str, str] | None = None,
    ) -> None:
        self.record = record
        self.name = name
        self.what = what
        self._columns = columns(record)
        self.key = self._columns[0].name
        key = self.key
        self.ddl = _ddl(name, key, self._columns, unique, indexes, references or {})
        names = [column.name for column in self._columns]
        self._insert = f"INSERT INTO {name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"  # noqa: S608
        self._status = f"SELECT status FROM {name} WHERE {key} = ?" if "status" in names else None  # noqa: S608
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
        if self._status is not None:
            journal.note(tx, self.name, getattr(record, self.key), None, getattr(record, "status", None))
        return record

    def save(self, tx: sqlite3.Connection, record: R) -> None:
        """Write a record back; a change of its ``status`` goes to the journal (``journal.py``)."""
        values = self._row(record)
        key = getattr(record, self.key)
        before = tx.execute(self._status, (key,)).fetchone() if self._status is not None else None
        if before is not None:
            journal.note(tx, self.name, key, before[0], getattr(record, "status", None))
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

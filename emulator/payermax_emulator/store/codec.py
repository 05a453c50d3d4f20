"""How record fields become SQLite columns and back, decided by each field's type.

``Decimal`` amounts are stored as exact decimal text, ``bool`` as 0/1, documents (``dict``, ``list``) as
JSON written and read by ``payermax_signing.protocol`` (exact decimals, never ``float``), and values with
``to_json``/``from_json`` (a stored card) as their JSON. Everything else is stored as it is.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from payermax_signing.protocol import dumps, loads


def _optional(hint: Any) -> bool:
    return (isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union) and type(
        None
    ) in typing.get_args(hint)


def _concrete(hint: Any) -> Any:
    """``X`` for ``X | None``; generic aliases (``dict[str, Any]``) as their origin."""
    if _optional(hint):
        members = [member for member in typing.get_args(hint) if member is not type(None)]
        hint = members[0] if len(members) == 1 else Any
    return typing.get_origin(hint) or hint


class Column:
    """The codec of one record field."""

    def __init__(self, name: str, hint: Any) -> None:
        self.name = name
        self.kind = _concrete(hint)
        self.nullable = _optional(hint)
        self._to_sql, self._from_sql = self._converters()

    @property
    def sql_type(self) -> str:
        """The column's SQLite type: REAL for ``float``, INTEGER for ``int`` and ``bool``, else TEXT."""
        if self.kind is float:
            return "REAL"
        return "INTEGER" if self.kind in (int, bool) else "TEXT"

    def to_sql(self, value: Any) -> Any:
        return None if value is None else self._to_sql(value)

    def from_sql(self, value: Any) -> Any:
        return None if value is None else self._from_sql(value)

    def _converters(self) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
        """What ``to_sql`` and ``from_sql`` do with a value that is not None, decided once from the kind."""
        kind = self.kind
        if kind is Decimal:
            return (lambda value: format(value, "f")), Decimal
        if kind is bool:
            return int, bool
        if kind in (dict, list):
            return (lambda value: dumps(value).decode("utf-8")), loads
        if hasattr(kind, "from_json"):
            return (lambda value: dumps(value.to_json()).decode("utf-8")), (lambda value: kind.from_json(loads(value)))
        return _same, _same


def _same(value: Any) -> Any:
    return value


def columns(record_type: type[Any]) -> list[Column]:
    """The columns of a dataclass record, in the order its constructor takes them: its positional fields (the
    key first), then its keyword-only ones (those a base record declares for every record)."""
    hints = typing.get_type_hints(record_type)
    ordered = sorted(dataclasses.fields(record_type), key=lambda field: field.kw_only is True)
    return [Column(field.name, hints[field.name]) for field in ordered]

"""Record lifecycles, declared once per record type.

A :class:`Lifecycle` lists, for each status, the statuses a record may move to; a move it does not list is
refused with the product's documented code (``ORDER_CLOSED`` unless said otherwise). A :class:`Due` is a
move the emulator clock makes: every record in a status whose time column has passed, handed one by one to
the product, which makes the move in its own transaction (ledger and notification included).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from payermax_signing.protocol import format_time

from ..store.errors import ORDER_CLOSED, BusinessError


class HasStatus(Protocol):
    status: str


class HasDocument(Protocol):
    status: str
    doc: dict[str, Any]


@dataclass(frozen=True)
class Lifecycle:
    """Allowed moves between the statuses of one kind of record.

    Args:
        what: how a refusal names the record (``order``, ``refund``).
        moves: for each status, the statuses it may move to.
        refusal: the result code of a refused move.
    """

    what: str
    moves: Mapping[str, Iterable[str]]
    refusal: str = ORDER_CLOSED
    _allowed: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_allowed", {status: frozenset(to) for status, to in self.moves.items()})

    def allows(self, status: str, target: str) -> bool:
        return target in self._allowed.get(status, frozenset())

    def refusal_of(self, status: str, target: str) -> BusinessError | None:
        """The refusal of moving from ``status`` to ``target``, or None when the move is allowed."""
        if self.allows(status, target):
            return None
        return BusinessError(self.refusal, f"The {self.what} is {status}: it cannot become {target}.")

    def move(self, record: HasStatus, target: str) -> None:
        """Move ``record`` to ``target``, or raise the documented refusal."""
        refusal = self.refusal_of(record.status, target)
        if refusal is not None:
            raise refusal
        record.status = target

    def end(self, record: HasDocument, end: Ending, at: datetime) -> None:
        """Make a final move and write its moment in the record's document (``completeTime``)."""
        self.move(record, end.status)
        record.doc["completeTime"] = format_time(at)


@dataclass(frozen=True)
class Ending:
    """A record's final move: its status and, for a failure, the result code and message it reports."""

    status: str
    code: str | None = None
    msg: str | None = None


def timestamp(now: datetime) -> Any:
    return now.timestamp()


@dataclass(frozen=True)
class Due:
    """Records of ``table`` in ``status`` whose ``column`` is at or before ``at(now)`` move on their own:
    ``then`` is called with each one's ``key`` (a refusal means it moved meanwhile, and is ignored)."""

    table: str
    key: str
    status: str
    column: str
    then: Callable[[str], object]
    at: Callable[[datetime], Any] = timestamp

    @property
    def query(self) -> str:
        return (
            f"SELECT {self.key} FROM {self.table} WHERE status = ?"  # noqa: S608 - declared names only
            f" AND {self.column} IS NOT NULL AND {self.column} <= ? ORDER BY {self.column}"
        )

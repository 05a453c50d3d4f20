"""What a product is to the emulator: tables, gateway operations and due-time moves.

A product is a class built with the :class:`~payermax_emulator.services.Services` it may use. It declares
its tables (``tables``), marks the methods that answer gateway operations with :func:`operation`, and the
methods that make its due-time moves with :func:`when_due` (:meth:`Product.due` lists them). It never sees
HTTP: payer pages and control endpoints are its adapter's job (``http/adapters``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from ..services import Merchant, Services
from ..store.table import Table
from .lifecycle import Due, timestamp

#: A gateway operation's business logic: the calling merchant and the validated ``data``; returns the
#: answer's ``data`` (an object, or the boolean some operations answer with, e.g. putRfiMaterialList).
Handler = Callable[[Merchant, dict[str, Any]], Any]
F = TypeVar("F", bound=Callable[..., Any])

_OPERATION = "__payermax_operation__"
_DUE = "__payermax_due__"


def operation(name: str) -> Callable[[F], F]:
    """Mark a product method as the business logic of the gateway operation ``name``."""

    def mark(method: F) -> F:
        setattr(method, _OPERATION, name)
        return method

    return mark


def when_due(
    table: Table[Any], status: str, column: str, *, at: Callable[[datetime], Any] = timestamp
) -> Callable[[F], F]:
    """Mark a product method as a due-time move (:class:`~.lifecycle.Due`): the emulator clock calls it with the
    key of every record of ``table`` in ``status`` whose ``column`` is at or before ``at(now)``. A method may make
    several moves (one mark each, in the order written)."""

    def mark(method: F) -> F:
        move = functools.partial(Due, table.name, table.key, status, column, at=at)
        setattr(method, _DUE, (move, *getattr(method, _DUE, ())))
        return method

    return mark


@dataclass(eq=False)
class Product:
    """Base of every product: a dataclass whose fields are what it is built with - the services, then the
    products it builds on (``Refunds(services, collection, ledger)``)."""

    services: Services

    #: The product's tables (their DDL runs when the database opens).
    tables: ClassVar[Sequence[Table[Any]]] = ()
    #: DDL that is not a record table (views, extra indexes).
    extra_ddl: ClassVar[Sequence[str]] = ()

    @classmethod
    def ddl(cls) -> list[str]:
        return [table.ddl for table in cls.tables] + list(cls.extra_ddl)

    def operations(self) -> dict[str, Handler]:
        """The gateway operations this product answers, by name."""
        found: dict[str, Handler] = {}
        for attribute in dir(type(self)):
            name = getattr(getattr(type(self), attribute), _OPERATION, None)
            if name is not None:
                found[name] = getattr(self, attribute)
        return found

    def due(self) -> Sequence[Due]:
        """The moves the emulator clock makes on this product's records: its methods marked with :func:`when_due`,
        in the order they are written."""
        return [
            move(then=getattr(self, attribute))
            for cls in reversed(type(self).__mro__)
            for attribute, member in vars(cls).items()
            for move in getattr(member, _DUE, ())
        ]

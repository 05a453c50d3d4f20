"""The two steps around a call that the generated ``PayerMax`` methods share: building the request model from
keyword fields, and building the typed result from the answer's ``data`` (a model, or - for the rare answer
whose ``data`` is a single value - that value, checked against its type).

Parsing is strict about structure and lenient about growth: a member the spec requires must be there, objects
must be objects, lists lists, amounts decimal numbers, or :class:`~payermax_signing.errors.SpecViolationError`
names the member (``data.paymentDetails.cardInfo``); members PayerMax adds later are kept
(``additional_properties``), unknown enum values parse, ``null`` reads as absent, and scalar types are taken
as they come (a number where the spec says string is not refused).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .errors import SpecViolationError

T = TypeVar("T")


def build_request(model: Callable[..., T], request: T | None, fields: Mapping[str, Any]) -> T:
    """``request`` itself, or the model built from keyword ``fields`` (one or the other)."""
    if request is not None and fields:
        raise TypeError(f"pass the request model or its fields as keywords, not both (got {', '.join(fields)})")
    return request if request is not None else model(**fields)


def parse_data(parse: Callable[[Mapping[str, Any]], T], data: Any) -> T:
    """The typed result of an answer's ``data``, which must be an object; a spec violation names its member
    from ``data`` down."""
    if not isinstance(data, Mapping):
        model = getattr(parse, "__qualname__", "").rpartition(".")[0] or None
        raise SpecViolationError("data", "is not an object", model=model)
    try:
        return parse(data)
    except SpecViolationError as error:
        raise error.within("data") from error.__cause__


def parse_value(kind: type[T], data: Any) -> T:
    """The answer's ``data`` where the spec makes it a single value (``putRfiMaterialList`` answers ``true``)."""
    if not isinstance(data, kind):
        raise SpecViolationError("data", f"is not a {kind.__name__}")
    return data

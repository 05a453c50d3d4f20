"""Calls the tests of the newer products repeat: an answer's ``data`` checked and typed, refusal codes, the
notifications of one kind the merchant endpoint received, and the control API's clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from payermax_signing import ApiError

from .gateway import Gateway

T = TypeVar("T")


def data_of(answer: Any, model: type[T]) -> T:
    """The ``data`` of a successful answer, checked to be ``model``."""
    assert answer is not None
    assert isinstance(answer.data, model), answer
    return answer.data


def refused(call: Callable[[], Any], code: str) -> ApiError:
    """Run ``call``, which must be refused with ``code``; returns the error."""
    with pytest.raises(ApiError) as raised:
        call()
    assert raised.value.code == code, raised.value
    return raised.value


def received(gateway: Gateway, model: type[T], count: int = 1, **where: Any) -> list[T]:
    """Wait until the merchant endpoint verified ``count`` notifications of ``model`` whose ``data`` has the
    given members (snake_case attributes), and return them in the order they arrived."""

    def matching() -> list[T]:
        found = []
        for notification in gateway.endpoint.received:
            if isinstance(notification, model) and all(
                getattr(notification.data, name, None) == value  # type: ignore[attr-defined]
                for name, value in where.items()
            ):
                found.append(notification)
        return found if len(found) >= count else []

    found: list[T] = gateway.wait_for(matching)
    return found


def advance(gateway: Gateway, seconds: float) -> None:
    """Move the emulator clock forward and let the worker make the moves that became due."""
    gateway.control("POST", "/clock/advance", {"seconds": seconds})

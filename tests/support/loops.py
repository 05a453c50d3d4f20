"""Loops that check every item of something must not pass by checking nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def every(items: Iterable[T], what: str) -> list[T]:
    """``items`` as a list; fails the test when there are none (a loop over nothing proves nothing)."""
    found = list(items)
    assert found, f"no {what} to check: the loop would pass without checking anything"
    return found

"""The business data of an answer the generated client parsed, checked to be of the expected model."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def data_of(answer: Any, model: type[T]) -> T:
    """``answer.data``, asserted to be a ``model`` (an answer without data, or of another shape, fails)."""
    assert answer is not None, "no answer"
    data = answer.data
    assert isinstance(data, model), f"expected {model.__name__}, got {type(data).__name__}"
    return data

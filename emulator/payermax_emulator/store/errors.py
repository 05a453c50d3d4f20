"""Refusals the emulator answers with: HTTP 200, a PayerMax result code and a message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

PARAMS_INVALID = "PARAMS_INVALID"
ORDER_NOT_EXIST = "ORDER_NOT_EXIST"
ORDER_REPEAT = "ORDER_REPEAT"
ORDER_CLOSED = "ORDER_CLOSED"


class BusinessError(Exception):
    """A request refused with a documented PayerMax result code."""

    def __init__(self, code: str, msg: str) -> None:
        super().__init__(f"{code}: {msg}")
        self.code = code
        self.msg = msg


def params_invalid(msg: str) -> BusinessError:
    return BusinessError(PARAMS_INVALID, msg)


def not_found(what: str) -> BusinessError:
    """``ORDER_NOT_EXIST``: ``what`` names the missing thing (``The refund``)."""
    return BusinessError(ORDER_NOT_EXIST, f"{what} does not exist.")


def repeated(what: str) -> BusinessError:
    """``ORDER_REPEAT``: ``what`` names the repeated key (``outTradeNo ORDER_1``)."""
    return BusinessError(ORDER_REPEAT, f"{what} already exists.")


def closed(msg: str) -> BusinessError:
    return BusinessError(ORDER_CLOSED, msg)


def optional_text(body: Mapping[str, Any], name: str, limit: int) -> str | None:
    """An optional text member of a control-API body: None when absent or empty, ``PARAMS_INVALID`` when
    longer than ``limit`` characters."""
    value = body.get(name)
    if value in (None, ""):
        return None
    if len(str(value)) > limit:
        raise params_invalid(f"{name} must be at most {limit} characters.")
    return str(value)

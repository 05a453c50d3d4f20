"""Refusals the emulator answers with: HTTP 200, a PayerMax result code and a message."""

from __future__ import annotations


class BusinessError(Exception):
    """A request refused with a documented PayerMax result code."""

    def __init__(self, code: str, msg: str) -> None:
        super().__init__(f"{code}: {msg}")
        self.code = code
        self.msg = msg


def params_invalid(msg: str) -> BusinessError:
    return BusinessError("PARAMS_INVALID", msg)


def not_found(what: str) -> BusinessError:
    return BusinessError("ORDER_NOT_EXIST", f"{what} does not exist.")


def repeated(what: str) -> BusinessError:
    return BusinessError("ORDER_REPEAT", f"{what} already exists.")

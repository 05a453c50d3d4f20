"""Where product modules register what they do: gateway operations and background sweepers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import Emulator
    from .merchants import Merchant


@dataclass(frozen=True)
class Call:
    """One accepted gateway request: signature, merchant, clock and schema already checked."""

    emulator: Emulator
    merchant: Merchant
    operation: str
    data: dict[str, Any]


Handler = Callable[[Call], dict[str, Any]]
Sweeper = Callable[["Emulator"], None]

HANDLERS: dict[str, Handler] = {}
SWEEPERS: list[Sweeper] = []


def operation(name: str) -> Callable[[Handler], Handler]:
    """Register the business logic of a gateway operation; it returns the answer's ``data``."""

    def register(handler: Handler) -> Handler:
        if name in HANDLERS:
            raise ValueError(f"operation {name} registered twice")
        HANDLERS[name] = handler
        return handler

    return register


def sweeper(function: Sweeper) -> Sweeper:
    """Register work the background worker runs on every tick (expiring orders, settling refunds...)."""
    SWEEPERS.append(function)
    return function


#: Extra Starlette routes of product modules: payer-facing pages, and control-API endpoints (mounted under
#: ``/emulator``). Control endpoints should be wrapped with ``web.control``.
PAGE_ROUTES: list[Any] = []
CONTROL_ROUTES: list[Any] = []

"""What every product receives: a narrow set of services over the store.

A product gets one :class:`Services` when the emulator is composed; it never sees the emulator, HTTP or
the other layers above it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings
from ..store.clock import Clock
from ..store.db import Database
from .merchants import Merchant, Merchants
from .outbox import Outbox

__all__ = ["Merchant", "Services"]


@dataclass(frozen=True)
class Services:
    """The database, the clock, the notification outbox, the merchants and the settings."""

    db: Database
    clock: Clock
    outbox: Outbox
    merchants: Merchants
    settings: Settings

    def page_url(self, path: str) -> str:
        """The address of a payer's page (``/cashier/T123``) as browsers reach it."""
        return self.settings.page_url(path)

"""What a request for information (``rfi.py``) asks of the products whose orders it is about.

A product that can be the subject of requests for information (payouts, virtual-account receipts,
collection orders) finds the order a request names and follows the request's stage. The stages:

- ``AWAITING``: the request is open and waits for the merchant's materials (opened, or sent back);
- ``REVIEWING``: every material asked for arrived; PayerMax reviews them;
- ``PASS``: approved - the order goes on;
- ``CLOSE``: refused, or its deadline passed - the order is stopped.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

AWAITING, REVIEWING, PASS, CLOSE = "AWAITING", "REVIEWING", "PASS", "CLOSE"


class RfiSubject(Protocol):
    def rfi_order(self, tx: sqlite3.Connection, app_id: str, ref: str) -> str:
        """PayerMax's number of the order ``ref`` names (its number or the merchant's); ``ORDER_NOT_EXIST``."""
        ...

    def rfi_moved(self, tx: sqlite3.Connection, app_id: str, order_no: str, stage: str) -> None:
        """Follow the request's new stage, inside its transaction."""
        ...

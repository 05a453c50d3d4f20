"""The one background sweeper: every due-time move of every product, on the emulator clock."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from ..store.clock import Clock
from ..store.db import Database
from ..store.errors import BusinessError
from .lifecycle import Due

log = logging.getLogger("payermax_emulator.sweeper")


def sweep(db: Database, clock: Clock, moves: Iterable[Due]) -> int:
    """Make every move that is due; returns how many were made. A record that moved meanwhile (the payer,
    the control API or another worker got there first) is skipped; a failure is logged, never raised.

    What is due is read for every mark in one read transaction (a round usually finds nothing, and runs every
    tick in every process); once a move was made, each later mark reads again, since that move may have made
    records due for it."""
    made = 0
    now = clock.now()
    marks = list(moves)
    found = _due_keys(db, marks, now)
    for index, move in enumerate(marks):
        if made or found is None:
            try:
                keys = [row[0] for row in db.read(move.query, (move.status, move.at(now)))]
            except Exception:
                log.exception("due moves of %s could not be read", move.table)
                continue
        else:
            keys = found[index]
        for key in keys:
            try:
                move.then(key)
                made += 1
            except BusinessError:
                continue
            except Exception:
                log.exception("due move of %s %s failed", move.table, key)
    return made


def _due_keys(db: Database, marks: list[Due], now: datetime) -> list[list[str]] | None:
    """The keys due for each mark, read in one transaction; None if that failed (each mark reads on its own)."""
    try:
        with db.snapshot() as tx:
            return [
                [row[0] for row in tx.execute(move.query, (move.status, move.at(now))).fetchall()] for move in marks
            ]
    except Exception:
        return None

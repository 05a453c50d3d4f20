"""The one background sweeper: every due-time move of every product, on the emulator clock."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from ..store.clock import Clock
from ..store.db import Database
from ..store.errors import BusinessError
from .lifecycle import Due

log = logging.getLogger("payermax_emulator.sweeper")


def sweep(db: Database, clock: Clock, moves: Iterable[Due]) -> int:
    """Make every move that is due; returns how many were made. A record that moved meanwhile (the payer,
    the control API or another worker got there first) is skipped; a failure is logged, never raised."""
    made = 0
    now = clock.now()
    for move in moves:
        try:
            keys = [row[0] for row in db.read(move.query, (move.status, move.at(now)))]
        except Exception:
            log.exception("due moves of %s could not be read", move.table)
            continue
        for key in keys:
            try:
                move.then(key)
                made += 1
            except BusinessError:
                continue
            except Exception:
                log.exception("due move of %s %s failed", move.table, key)
    return made

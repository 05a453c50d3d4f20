"""Wait for a PayerMax object to reach a final status by asking its query operation, as the examples do.

A real shop learns outcomes from notifications (see ``fastapi_webhook.py``) and queries only when one is late;
a script has no endpoint, so it asks until the answer is final or its patience runs out.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until_final(query: Callable[[], str], pending: str, *, timeout: float, every: float) -> str:
    """The first status ``query()`` answers other than ``pending``; ``pending`` when ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    status = query()
    while status == pending and time.monotonic() < deadline:
        time.sleep(every)
        status = query()
    return status

"""Control endpoints for notifications: send one again, and drill a merchant's notification endpoint.

| endpoint | what it does |
|---|---|
| `POST /emulator/notifications/{id}/resend` | queue notification `id` again with a fresh `notifyTime` (``services/notification_log.py``); answers `{"resent": id, "notification": newId}` |
| `POST /emulator/drills` | run the notification drills against a merchant endpoint and answer the scored table (``drills.py`` in this folder) |
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.routing import Route

from ...services import notification_log
from ...store.errors import params_invalid
from ..web import control, emulator_of, in_thread
from .drills import run_drills


async def resend(request: Request) -> Any:
    text = request.path_params["id"]
    if not (text.isascii() and text.isdigit() and len(text) < 19):
        raise params_invalid("The notification id must be a whole number.")
    emulator = emulator_of(request)
    new_id = await in_thread(notification_log.resend, emulator.db, emulator.outbox, emulator.merchants, int(text))
    return {"resent": int(text), "notification": new_id}


PAGES: list[Route] = []
CONTROL = [
    Route("/notifications/{id}/resend", control(resend), methods=["POST"]),
    Route("/drills", control(run_drills), methods=["POST"]),
]

"""The dashboard: the emulator's state for people, at its root URL (``GET /`` with ``Accept: text/html``).

Server-rendered (Jinja2, autoescaped; no build chain). Pages:

| page | shows |
|---|---|
| `/` | every product table (record count and the newest records), the newest notifications, the clock |
| `/dashboard/records/{table}` | one table's records, newest first, in pages (`?before=`, `?status=`) |
| `/dashboard/records/{table}/{key}` | one record: fields, document, status history, its notifications, buttons |
| `/dashboard/notifications` | notifications newest first with every delivery attempt and the merchant's answer |
| `/dashboard/notifications/{id}` | one notification: payload, attempts, resend |

The tables are those the products declare (``kit/catalog.py``), the buttons those of the control API's routes
(``display.py``): products added later appear without a line here. Pages are bounded (``PAGE`` rows, capped
JSON and cells) and never show a key, a CVV or a full card number (``display.safe``).

Buttons and forms POST JSON to the control API with ``fetch`` from the page's own origin
(``static/dashboard.js``): the control API's guard stays as it is - JSON only, ``Origin`` the emulator's own or
a loopback host's - which another web site's page cannot satisfy. Pages carry a Content-Security-Policy that
allows no inline script and no framing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from payermax_signing.protocol import format_time

from ..core import Emulator
from ..kit.catalog import COUNT_CAP, Catalog, Entry
from ..services import notification_log
from ..store.table import Table
from . import display
from .pages import render
from .web import emulator_of, in_thread

PAGE, RECENT, MAX_PAGE = 50, 5, 200
NOTIFICATIONS_OF_A_RECORD = 20
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}
STATIC = Path(__file__).with_name("static")


def catalog(emulator: Emulator) -> Catalog:
    return Catalog(emulator.db, (table for product in emulator.products for table in product.tables))


def _number(request: Request, name: str) -> int | None:
    text = request.query_params.get(name, "")
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None


def _limit(request: Request) -> int:
    return max(1, min(_number(request, "limit") or PAGE, MAX_PAGE))


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    emulator = emulator_of(request)
    tables = catalog(emulator).tables
    response = render(request, template, status_code, nav=[(name, display.title(name)) for name in tables],
                      now=format_time(emulator.clock.now()), offset=emulator.clock.offset, **context)  # fmt: skip
    response.headers.update(SECURITY_HEADERS)
    response.headers["vary"] = "Accept"
    return response


def _row(request: Request, table: Table[Any], entry: Entry, columns: list[str]) -> dict[str, Any]:
    values = entry.values()
    return {
        "key": entry.key,
        "status": entry.status,
        "app_id": entry.app_id,
        "cells": [display.cell(name, values[name]) for name in columns],
        "actions": display.actions(request.app, table.name, entry.key, entry.app_id),
    }


def columns(table: Table[Any]) -> list[str]:
    """The fields a listing shows: all but the key, owner, status, document and lookup keys."""
    hidden = {table.key, "app_id", "status", "doc"}
    names = [name for name in table.record.__dataclass_fields__ if name not in hidden and not name.endswith("_key")]
    return names[:7]


def _notification(item: dict[str, Any], holders: dict[str, str | None]) -> dict[str, Any]:
    last = item["deliveries"][-1] if item["deliveries"] else None
    return {**item, "holder": holders.get(item["reference"]), "last": last}


def _notifications(emulator: Emulator, cat: Catalog, limit: int, **options: Any) -> list[dict[str, Any]]:
    items = notification_log.recent(emulator.db, emulator.outbox, limit=limit, **options)
    holders = {}
    for reference in {item["reference"] for item in items}:
        holder = cat.holder(reference)
        holders[reference] = holder.name if holder is not None else None
    return [_notification(item, holders) for item in items]


async def home(request: Request) -> Response:
    emulator = emulator_of(request)

    def gather() -> dict[str, Any]:
        cat = catalog(emulator)
        tables = []
        for table in cat.tables.values():
            shown = columns(table)[:3]
            entries = cat.page(table, limit=RECENT)
            tables.append({"name": table.name, "title": display.title(table.name), "count": cat.count(table),
                           "columns": shown, "rows": [_row(request, table, e, shown) for e in entries]})  # fmt: skip
        tables.sort(key=lambda shown: not shown["rows"])  # the tables with records first, in declared order
        return {"tables": tables, "notifications": _notifications(emulator, cat, 10), "cap": COUNT_CAP}

    return page(request, "dashboard_home.html", title="Overview", **await in_thread(gather))


async def records(request: Request) -> Response:
    emulator = emulator_of(request)
    cat = catalog(emulator)
    table = cat.table(request.path_params["table"])
    if table is None:
        return page(request, "dashboard_missing.html", 404, title="Unknown table", what="table")
    limit, status = _limit(request), request.query_params.get("status") or None
    shown = columns(table)

    def gather() -> dict[str, Any]:
        entries = cat.page(table, limit=limit + 1, before=_number(request, "before"), status=status)
        following = None
        if len(entries) > limit:
            following = request.url.include_query_params(before=entries[limit - 1].rowid, limit=limit)
        rows = [_row(request, table, entry, shown) for entry in entries[:limit]]
        return {"rows": rows, "following": str(following) if following else None, "count": cat.count(table)}

    return page(request, "dashboard_table.html", title=display.title(table.name), table=table.name,
                columns=shown, status=status, has_status=cat.has_status(table), **await in_thread(gather))  # fmt: skip


async def record(request: Request) -> Response:
    emulator = emulator_of(request)
    cat = catalog(emulator)
    table = cat.table(request.path_params["table"])
    key = request.path_params["key"]

    def gather() -> dict[str, Any] | None:
        entry = cat.one(table, key) if table is not None else None
        if table is None or entry is None:
            return None
        values = entry.values()
        doc = values.pop("doc", None)
        return {
            "entry": entry,
            "fields": [(name, display.cell(name, value)) for name, value in values.items()],
            "document": display.pretty(doc) if doc is not None else None,
            "history": cat.history(table, key),
            "actions": display.actions(request.app, table.name, key, entry.app_id),
            "notifications": _notifications(emulator, cat, NOTIFICATIONS_OF_A_RECORD, reference=key),
        }

    found = await in_thread(gather)
    if found is None or table is None:
        return page(request, "dashboard_missing.html", 404, title="Unknown record", what="record")
    return page(request, "dashboard_record.html", title=f"{display.title(table.name)}: {key}", table=table.name,
                **found)  # fmt: skip


async def notifications(request: Request) -> Response:
    emulator = emulator_of(request)
    limit = _limit(request)

    def gather() -> dict[str, Any]:
        items = _notifications(emulator, catalog(emulator), limit + 1, before=_number(request, "before"))
        following = None
        if len(items) > limit:
            following = str(request.url.include_query_params(before=items[limit - 1]["id"], limit=limit))
        return {"notifications": items[:limit], "following": following}

    return page(request, "dashboard_notifications.html", title="Notifications", **await in_thread(gather))


async def notification(request: Request) -> Response:
    emulator = emulator_of(request)
    text = request.path_params["id"]
    number = int(text) if text.isascii() and text.isdigit() and len(text) < 19 else None

    def gather() -> dict[str, Any] | None:
        item = notification_log.one(emulator.outbox, number) if number is not None else None
        if item is None:
            return None
        holder = catalog(emulator).holder(item["reference"])
        return {"item": _notification(item, {item["reference"]: holder.name if holder else None}),
                "payload": display.pretty(item["payload"])}  # fmt: skip

    found = await in_thread(gather)
    if found is None:
        return page(request, "dashboard_missing.html", 404, title="Unknown notification", what="notification")
    return page(request, "dashboard_notification.html", title=f"Notification {number}", **found)


ROUTES: list[BaseRoute] = [
    Route("/dashboard", home, methods=["GET"]),
    Route("/dashboard/records/{table}", records, methods=["GET"]),
    Route("/dashboard/records/{table}/{key}", record, methods=["GET"]),
    Route("/dashboard/notifications", notifications, methods=["GET"]),
    Route("/dashboard/notifications/{id}", notification, methods=["GET"]),
    Mount("/dashboard/static", StaticFiles(directory=STATIC), name="dashboard-static"),
]

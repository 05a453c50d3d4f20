"""The emulator as an ASGI application (Starlette), with its background worker in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from payermax_signing.protocol import GATEWAY_PATH

from .core import Emulator
from .http import control, dashboard
from .http.adapters import (
    auth_capture,
    balances,
    bill_payments,
    collection,
    disputes,
    dropin,
    exchanges,
    notifications,
    pay_by_link,
    payouts,
    rfi,
    risk,
    service_providers,
    subscriptions,
    tokenization,
    virtual_accounts,
)
from .http.display import wants_html
from .http.gateway import serve_gateway, validator
from .http.web import emulator_of, json_response
from .settings import CONTROL_PREFIX, Settings
from .worker import run

#: The adapters of the products that have payer pages or control endpoints.
ADAPTERS = (
    collection,
    auth_capture,
    dropin,
    subscriptions,
    risk,
    tokenization,
    pay_by_link,
    payouts,
    disputes,
    balances,
    exchanges,
    virtual_accounts,
    rfi,
    bill_payments,
    service_providers,
    notifications,
)


async def home(request: Request) -> Any:
    """The dashboard for a browser (``Accept: text/html``), what the emulator serves for any other client."""
    if wants_html(request.headers.get("accept", "")):
        return await dashboard.home(request)
    emulator = emulator_of(request)
    response = json_response(
        {
            "service": "PayerMax emulator",
            "gateway": emulator.settings.gateway_url,
            "control": emulator.page_url(CONTROL_PREFIX),
            "operations": sorted(validator(emulator.spec).operations),
            "dashboard": emulator.page_url("/"),
        }
    )
    response.headers["vary"] = "Accept"
    return response


#: ``POST {GATEWAY_PATH}/{operation}``: the path of a gateway call starts so, and the operation has no ``/``.
_GATEWAY_PREFIX = GATEWAY_PATH + "/"


class EmulatorApp(Starlette):
    """The Starlette app, with gateway calls answered before Starlette's middleware and routing: they are the
    hot path, and need neither (``http/gateway.py`` catches every exception itself)."""

    def __init__(self, emulator: Emulator, threads: bool, **options: Any) -> None:
        super().__init__(**options)
        self.state.emulator = emulator
        self.state.answer_in_threads = threads
        self._emulator = emulator
        self._threads = threads

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _is_gateway_call(scope["path"]):
            await serve_gateway(self._emulator, self._threads, scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _is_gateway_call(path: str) -> bool:
    operation = path[len(_GATEWAY_PREFIX) :]
    return path.startswith(_GATEWAY_PREFIX) and operation != "" and "/" not in operation


def create_app(
    settings: Settings | None = None, *, emulator: Emulator | None = None, worker: bool = True, threads: bool = True
) -> Starlette:
    """The emulator app. ``worker=False`` leaves expiry, settlement and notification delivery to the caller
    (``payermax_emulator.worker.tick``), for tests that step time themselves. ``threads=False`` answers gateway
    calls in the event loop (the workers of a multi-process emulator)."""
    emulator = emulator or Emulator(settings or Settings())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        stop = asyncio.Event()
        task = asyncio.create_task(run(emulator, stop)) if worker else None
        try:
            yield
        finally:
            stop.set()
            if task is not None:
                await task

    routes = [
        Route("/", home, methods=["GET"]),
        *(route for adapter in ADAPTERS for route in adapter.PAGES),
        *dashboard.ROUTES,
        *control.routes([route for adapter in ADAPTERS for route in adapter.CONTROL]),
    ]
    return EmulatorApp(emulator, threads, routes=routes, lifespan=lifespan)


SETTINGS_ENV = "PAYERMAX_EMULATOR_SETTINGS"


def app_from_environment() -> Starlette:
    """The app of one worker process of a multi-process emulator (``payermax-emulator serve --workers N``).

    The parent process created the database, the keys and the test merchant; every worker opens the same
    data directory, so all of them serve the same state.
    """
    _exit_with_parent()
    return create_app(Settings.from_json(os.environ[SETTINGS_ENV]), threads=False)


def _exit_with_parent() -> None:
    """A worker whose parent process died (e.g. SIGKILL) stops too, instead of serving on as an orphan."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()

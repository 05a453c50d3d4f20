"""A real merchant app in each framework, written the way the README tells a merchant to, served over HTTP
on 127.0.0.1: uvicorn for Starlette and FastAPI, werkzeug's threaded WSGI server for Flask, wsgiref with
threads for Django.

Every app mounts the helper under test at the paths it is given. A recorder around the app (ASGI or WSGI
middleware, not part of the helper) keeps the raw body and ``sign`` header of each POST, so that the tests
can replay or tamper with exactly what the emulator sent.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from payermax_client.notifications import Notification
from payermax_emulator.local_server import free_port, serve
from payermax_signing import NotificationReceiver

from . import django_urls

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[Environ, StartResponse], Iterable[bytes]]
ASGIApp = Callable[..., Any]

HANDLER_DEADLINE = 60.0


class HandlerError(RuntimeError):
    """What the test handler raises when told to fail."""


@dataclass
class Sink:
    """The merchant's side effects: what the handler processed, what was reported as a duplicate. A test can
    make the handler fail once for a reference, or hold it until released."""

    processed: list[Notification] = field(default_factory=list)
    duplicates: list[Notification] = field(default_factory=list)
    calls: int = 0
    fail_once: set[str] = field(default_factory=set)
    holds: dict[str, tuple[threading.Event, threading.Event]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, notification: Notification) -> None:
        with self.lock:
            self.calls += 1
        reference = _reference(notification)
        if reference in self.holds:
            entered, release = self.holds[reference]
            entered.set()
            if not release.wait(HANDLER_DEADLINE):
                raise HandlerError("never released")
        if reference in self.fail_once:
            self.fail_once.discard(reference)
            raise HandlerError(f"the merchant's code failed for {reference}")
        self.processed.append(notification)

    async def handle_async(self, notification: Notification) -> None:
        await asyncio.to_thread(self.handle, notification)

    def duplicate(self, notification: Notification) -> None:
        self.duplicates.append(notification)

    def hold(self, reference: str) -> tuple[threading.Event, threading.Event]:
        """Events (entered, release): the handler signals ``entered`` for ``reference`` and waits on ``release``."""
        self.holds[reference] = (threading.Event(), threading.Event())
        return self.holds[reference]

    def references(self, notifications: list[Notification] | None = None) -> list[str]:
        return [_reference(n) for n in (self.processed if notifications is None else notifications)]


def _reference(notification: Notification) -> str:
    return str(getattr(notification.data, "out_trade_no", ""))


@dataclass(frozen=True)
class Mount:
    """One notification endpoint of the app: its path, receiver and sink; ``max_body_bytes`` for the helper."""

    path: str
    receiver: NotificationReceiver
    sink: Sink
    max_body_bytes: int | None = None

    def options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"on_duplicate": self.sink.duplicate}
        if self.max_body_bytes is not None:
            options["max_body_bytes"] = self.max_body_bytes
        return options


@dataclass
class Recorder:
    """The raw POSTs an app received: (path, body, sign header)."""

    posts: list[tuple[str, bytes, str | None]] = field(default_factory=list)

    def to(self, path: str) -> list[tuple[bytes, str | None]]:
        return [(body, sign) for post_path, body, sign in self.posts if post_path == path]


# -- Starlette and FastAPI ---------------------------------------------------------------------------


def starlette_app(mounts: list[Mount]) -> ASGIApp:
    from starlette.applications import Starlette
    from starlette.routing import Route

    from payermax_signing.webhooks.starlette import notification_endpoint

    routes = [
        Route(m.path, notification_endpoint(m.receiver, m.sink.handle, **m.options()), methods=["POST"]) for m in mounts
    ]
    return Starlette(routes=routes)


def fastapi_app(mounts: list[Mount]) -> ASGIApp:
    from fastapi import FastAPI

    from payermax_signing.webhooks.starlette import notification_endpoint

    app = FastAPI()
    for m in mounts:  # an async handler here, a plain one for Starlette: both paths of the helper
        endpoint = notification_endpoint(m.receiver, m.sink.handle_async, **m.options())
        app.add_api_route(m.path, endpoint, methods=["POST"], include_in_schema=False)
    return app


def recording_asgi(app: ASGIApp, recorder: Recorder) -> ASGIApp:
    async def recording(scope: dict[str, Any], receive: Callable[[], Any], send: Callable[..., Any]) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        recorder.posts.append((scope["path"], body, headers.get("sign")))
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                following: dict[str, Any] = await receive()
                return following
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await app(scope, replay, send)

    return recording


# -- Flask and Django (WSGI) -------------------------------------------------------------------------


def flask_app(mounts: list[Mount]) -> WSGIApp:
    from flask import Flask

    from payermax_signing.webhooks.flask import notification_view

    app = Flask(__name__)
    for index, m in enumerate(mounts):
        view = notification_view(m.receiver, m.sink.handle, **m.options())
        app.add_url_rule(m.path, endpoint=f"payermax_{index}", view_func=view, methods=["POST"])
    return app


_django_apps = itertools.count()
_django_lock = threading.Lock()


def django_app(mounts: list[Mount]) -> WSGIApp:
    """A Django project with the security, common and CSRF middleware a real one has; the views are added
    under a prefix of their own to the test URLconf."""
    import django
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application
    from django.urls import clear_url_caches, path

    from payermax_signing.webhooks.django import notification_view

    with _django_lock:
        if not settings.configured:
            settings.configure(
                DEBUG=False,
                SECRET_KEY=secrets.token_urlsafe(32),
                ALLOWED_HOSTS=["127.0.0.1", "localhost"],
                ROOT_URLCONF=django_urls.__name__,
                INSTALLED_APPS=[],
                MIDDLEWARE=[
                    "django.middleware.security.SecurityMiddleware",
                    "django.middleware.common.CommonMiddleware",
                    "django.middleware.csrf.CsrfViewMiddleware",
                ],
            )
            django.setup()
        prefix = f"app{next(_django_apps)}"
        for m in mounts:
            view = notification_view(m.receiver, m.sink.handle, **m.options())
            django_urls.urlpatterns.append(path(f"{prefix}{m.path}", view))
        clear_url_caches()
    application: WSGIApp = get_wsgi_application()

    def prefixed(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        environ["PATH_INFO"] = f"/{prefix}{environ['PATH_INFO']}"
        return application(environ, start_response)

    return prefixed


def recording_wsgi(app: WSGIApp, recorder: Recorder) -> WSGIApp:
    def recording(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        if environ["REQUEST_METHOD"] == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)
            recorder.posts.append((environ["PATH_INFO"], body, environ.get("HTTP_SIGN")))
        return app(environ, start_response)

    return recording


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


@contextmanager
def serve_wsgi(app: WSGIApp, *, server: str) -> Iterator[str]:
    port = free_port()
    if server == "werkzeug":
        from werkzeug.serving import make_server as werkzeug_server

        httpd: Any = werkzeug_server("127.0.0.1", port, app, threaded=True)
    else:
        httpd = make_server("127.0.0.1", port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    thread = threading.Thread(target=httpd.serve_forever, name=f"{server}-{port}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


# -- one entry point per framework -------------------------------------------------------------------


@dataclass(frozen=True)
class Framework:
    name: str
    serve: Callable[[list[Mount], Recorder], AbstractContextManager[str]]


@contextmanager
def _asgi(build: Callable[[list[Mount]], ASGIApp], mounts: list[Mount], recorder: Recorder) -> Iterator[str]:
    with serve(recording_asgi(build(mounts), recorder)) as url:
        yield url


@contextmanager
def _wsgi(
    build: Callable[[list[Mount]], WSGIApp], server: str, mounts: list[Mount], recorder: Recorder
) -> Iterator[str]:
    with serve_wsgi(recording_wsgi(build(mounts), recorder), server=server) as url:
        yield url


FRAMEWORKS = {
    "starlette": Framework("starlette", lambda mounts, recorder: _asgi(starlette_app, mounts, recorder)),
    "fastapi": Framework("fastapi", lambda mounts, recorder: _asgi(fastapi_app, mounts, recorder)),
    "flask": Framework("flask", lambda mounts, recorder: _wsgi(flask_app, "werkzeug", mounts, recorder)),
    "django": Framework("django", lambda mounts, recorder: _wsgi(django_app, "wsgiref", mounts, recorder)),
}

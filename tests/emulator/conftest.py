"""An emulator on 127.0.0.1 for the whole session, a merchant notification endpoint beside it, and the
generated client signed with the emulator's test merchant. State is reset before every test."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client import Client
from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.local_server import free_port, serve
from payermax_emulator.settings import Settings
from payermax_signing import (
    DuplicateNotificationError,
    MerchantCredentials,
    NotificationReceiver,
    PayerMaxAuth,
    SignatureError,
    acknowledgement,
)


def wait_for(predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
    """The first truthy value of ``predicate``, polled until ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


@dataclass
class MerchantEndpoint:
    """A merchant's notification endpoint, written with the plugin; can be told to fail."""

    receiver: NotificationReceiver
    url: str = ""
    received: list[Any] = field(default_factory=list)
    attempts: int = 0
    failures_left: int = 0

    async def handle(self, request: Request) -> Response:
        self.attempts += 1
        body = await request.body()
        if self.failures_left > 0:
            self.failures_left -= 1
            return Response(b"temporarily down", status_code=503)
        try:
            with self.receiver.receive(body, request.headers.get("sign")) as notification:
                self.received.append(notification)
        except DuplicateNotificationError:
            pass
        except SignatureError:
            return Response(b"bad signature", status_code=401)
        return Response(acknowledgement(), media_type="application/json")

    def reset(self) -> None:
        self.received.clear()
        self.attempts = 0
        self.failures_left = 0
        self.receiver = NotificationReceiver(self.receiver.platform_key, max_age=None)


@dataclass
class Gateway:
    """Everything a test needs to talk to the emulator."""

    emulator: Emulator
    url: str
    credentials: MerchantCredentials
    endpoint: MerchantEndpoint

    def client(self, **auth_options: Any) -> Client:
        auth = PayerMaxAuth(self.credentials, **auth_options)
        return Client(base_url=self.emulator.settings.gateway_url, httpx_args={"auth": auth},
                      raise_on_unexpected_status=True)  # fmt: skip

    def control(self, method: str, path: str, json: Any = None) -> Any:
        response = httpx.request(method, f"{self.url}/emulator{path}", json=json, timeout=10)
        response.raise_for_status()
        return response.json()

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        return wait_for(predicate, timeout)

    def notifications(self, kind: str | None = None) -> list[Any]:
        return [n for n in self.endpoint.received if kind is None or n.notify_type == kind]


@pytest.fixture(scope="session")
def gateway_session() -> Iterator[Gateway]:
    port = free_port()
    settings = Settings(public_url=f"http://127.0.0.1:{port}", time_scale=0.001, settle_after=None,
                        check_responses=True, tick=0.02)  # fmt: skip
    emulator = Emulator(settings)
    endpoint = MerchantEndpoint(NotificationReceiver(emulator.platform_key.verifying_key, max_age=None))
    endpoint_app = Starlette(routes=[Route("/notify", endpoint.handle, methods=["POST"])])
    with serve(endpoint_app) as endpoint_url, serve(create_app(emulator=emulator), port=port) as url:
        endpoint.url = f"{endpoint_url}/notify"
        merchant = emulator.test_merchant.merchant
        emulator.merchants.register(merchant.public_key, app_id=merchant.app_id, merchant_no=merchant.merchant_no,
                                    notify_url=endpoint.url)  # fmt: skip
        credentials = MerchantCredentials.from_env(emulator.environment())
        yield Gateway(emulator, url, credentials, endpoint)


def _no_delivery_in_flight(gateway: Gateway) -> bool:
    return not gateway.emulator.db.read("SELECT 1 FROM notifications WHERE lease_until > 0 LIMIT 1")


@pytest.fixture
def gateway(gateway_session: Gateway) -> Gateway:
    wait_for(lambda: _no_delivery_in_flight(gateway_session))  # a late delivery must not leak into this test
    gateway_session.control("POST", "/reset")
    gateway_session.endpoint.reset()
    return gateway_session

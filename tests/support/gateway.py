"""Talking to an emulator under test: the merchant's notification endpoint, the gateway handle the emulator
fixtures yield, hand-made signed calls, and pressing the buttons of the payer's pages."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import Response

from payermax_client import Client
from payermax_emulator.core import Emulator
from payermax_signing import (
    DuplicateNotificationError,
    MerchantCredentials,
    NotificationReceiver,
    PayerMaxAuth,
    SignatureError,
    SigningKey,
    acknowledgement,
    build_envelope,
)
from payermax_signing.protocol import SIGN_HEADER


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
            with self.receiver.receive(body, request.headers.get(SIGN_HEADER)) as notification:
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
        # The RFI notification has no notifyType (the bill-payment validation call is no notification at all).
        return [n for n in self.endpoint.received if kind is None or getattr(n, "notify_type", None) == kind]


def raw_call(
    gateway: Gateway,
    operation: str,
    data: dict[str, Any],
    *,
    credentials: MerchantCredentials | None = None,
    signer: SigningKey | None = None,
    now: datetime | None = None,
    mutate: Any = None,
) -> dict[str, Any]:
    """A hand-made signed request; returns the decoded answer after checking the answer's signature."""
    creds = credentials or gateway.credentials
    body = build_envelope(json.dumps(data).encode(), version="1.5", credentials=creds, now=now)
    if mutate is not None:
        body = mutate(body)
    headers = {"content-type": "application/json", SIGN_HEADER: (signer or creds.merchant_key).sign(body)}
    response = httpx.post(f"{gateway.emulator.settings.gateway_url}/{operation}", content=body, headers=headers)
    assert response.status_code == 200
    assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])
    answer: dict[str, Any] = response.json()
    return answer


def press(url: str, action: str) -> httpx.Response:
    """Press a button of an emulator page the way a browser would: GET the page, POST its form."""
    page = httpx.get(url)
    assert page.status_code == 200
    form_action = re.search(r"<form method='post' action='([^']+)'", page.text)
    assert form_action, page.text
    assert f"value='{action}'" in page.text
    return httpx.post(httpx.URL(url).join(form_action.group(1)), data={"action": action})


def component_token(gateway: Gateway, session: Any, component: str = "CARD", **extra: Any) -> str:
    """What the Drop-in browser component does: a one-time ``paymentToken`` for the session's payer (``session``
    is the ``ApplyDropinSessionResult``; ``extra``: ``cardInfo``, ``agreementAccepted``)."""
    body = {"clientKey": session.client_key, "sessionKey": session.session_key, "component": component, **extra}
    response = httpx.post(f"{gateway.url}/dropin/payment-token", json=body)
    assert response.status_code == 200, response.text
    token: str = response.json()["paymentToken"]
    return token

"""Notifications are real signed HTTP POSTs: verified by the merchant's endpoint with the plugin, retried on
PayerMax's schedule until acknowledged, and logged attempt by attempt."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Route

from payermax_client import Client
from payermax_client.api.collection import order_and_pay
from payermax_client.models import PaymentNotification
from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.local_server import serve
from payermax_emulator.settings import Settings
from payermax_emulator.worker import tick
from payermax_signing import MerchantCredentials, NotificationReceiver, PayerMaxAuth
from payermax_signing.protocol import GATEWAY_PATH, NOTIFICATION_RETRY_SCHEDULE
from tests.support.builders import direct_order
from tests.support.gateway import Gateway, MerchantEndpoint
from tests.support.loops import every


def _notification(gateway: Gateway) -> dict[str, Any]:
    found = [n for n in gateway.control("GET", "/notifications") if n["type"] == "PAYMENT"]
    assert len(found) == 1
    notification: dict[str, Any] = found[0]
    return notification


def test_notification_arrives_signed_and_verified(gateway: Gateway) -> None:
    order_and_pay.sync(client=gateway.client(), body=direct_order("NOTIFY_1"))
    received = gateway.wait_for(lambda: gateway.notifications("PAYMENT"))
    assert isinstance(received[0], PaymentNotification)
    assert received[0].app_id == gateway.credentials.app_id
    logged = _notification(gateway)
    assert logged["status"] == "delivered"
    assert [d["outcome"] for d in logged["deliveries"]] == ["acknowledged"]


def test_unacknowledged_notifications_are_retried_until_acknowledged(gateway: Gateway) -> None:
    gateway.endpoint.failures_left = 2
    order_and_pay.sync(client=gateway.client(), body=direct_order("NOTIFY_RETRY"))
    gateway.wait_for(lambda: _notification(gateway)["status"] == "delivered")
    logged = _notification(gateway)
    assert [d["outcome"] for d in logged["deliveries"]] == ["not_acknowledged", "not_acknowledged", "acknowledged"]
    assert [d["http_status"] for d in logged["deliveries"]] == [503, 503, 200]
    assert len(gateway.notifications("PAYMENT")) == 1
    assert gateway.endpoint.attempts == 3


def test_retries_follow_the_documented_schedule_then_give_up(gateway: Gateway) -> None:
    """0s, 30s, 5m, 10m, 1h, 12h - on an emulator whose worker the test steps, at time scale 1."""
    retention = 30 * 86400.0  # the clock jumps 10 days past the last attempt: keep the notification to look at
    emulator = Emulator(
        Settings(time_scale=1.0, settle_after=None, check_responses=True, notification_retention=retention)
    )
    endpoint = MerchantEndpoint(
        NotificationReceiver(emulator.platform_key.verifying_key, max_age=None), failures_left=100
    )
    app = Starlette(routes=[Route("/notify", endpoint.handle, methods=["POST"])])
    with serve(app) as url, serve(create_app(emulator=emulator, worker=False)) as emulator_url:
        merchant = emulator.test_merchant.merchant
        emulator.merchants.register(
            merchant.public_key, app_id=merchant.app_id, merchant_no=merchant.merchant_no, notify_url=f"{url}/notify"
        )
        auth = PayerMaxAuth(MerchantCredentials.from_env(emulator.environment()))
        client = Client(base_url=emulator_url + GATEWAY_PATH, httpx_args={"auth": auth})
        order_and_pay.sync(client=client, body=direct_order("NOTIFY_NEVER"))
        asyncio.run(tick(emulator))
        assert endpoint.attempts == 1
        for delay in every(NOTIFICATION_RETRY_SCHEDULE[1:], "retries"):
            wait = delay.total_seconds()
            emulator.clock.advance(wait - 1)
            asyncio.run(tick(emulator))
            before = endpoint.attempts
            emulator.clock.advance(1)
            asyncio.run(tick(emulator))
            assert endpoint.attempts == before + 1, f"retry due {wait}s after the previous attempt"
        emulator.clock.advance(10 * 86400)
        asyncio.run(tick(emulator))
    attempts = len(NOTIFICATION_RETRY_SCHEDULE)
    assert endpoint.attempts == attempts
    row = emulator.db.read("SELECT status, attempts FROM notifications")[0]
    assert (row["status"], row["attempts"]) == ("failed", attempts)
    assert len(emulator.db.read("SELECT * FROM deliveries")) == attempts


def test_every_attempt_sends_the_same_signed_bytes(gateway: Gateway) -> None:
    gateway.endpoint.failures_left = 1
    order_and_pay.sync(client=gateway.client(), body=direct_order("NOTIFY_SAME"))
    gateway.wait_for(lambda: _notification(gateway)["status"] == "delivered")
    rows = gateway.emulator.db.read("SELECT body, sign FROM notifications")
    assert gateway.credentials.platform_key.verify(rows[0]["body"], rows[0]["sign"])


def test_notification_without_an_address_is_logged(gateway: Gateway) -> None:
    emulator = gateway.emulator
    merchant = emulator.test_merchant.merchant
    emulator.merchants.register(merchant.public_key, app_id=merchant.app_id, merchant_no=merchant.merchant_no)
    try:
        order_and_pay.sync(client=gateway.client(), body=direct_order("NOTIFY_NOWHERE"))
        assert _notification(gateway)["status"] == "no_url"
    finally:
        emulator.merchants.register(
            merchant.public_key,
            app_id=merchant.app_id,
            merchant_no=merchant.merchant_no,
            notify_url=gateway.endpoint.url,
        )

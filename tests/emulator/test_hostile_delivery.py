"""Notification delivery beside merchants that misbehave, over real sockets: a URL httpx cannot use, a server
that never answers, one that trickles a byte a second, one that floods 300 MB. Each failure is recorded on
its own notification; a healthy merchant is served meanwhile."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from payermax_client.api.collection import order_and_pay
from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.local_server import free_port, serve
from payermax_emulator.services.outbox import ERROR, NOT_ACKNOWLEDGED
from payermax_emulator.settings import Settings
from payermax_signing import MerchantCredentials, NotificationReceiver
from tests.support.builders import direct_order
from tests.support.gateway import Gateway, MerchantEndpoint, wait_for
from tests.support.hostile import HostileServer, flood, hang, hostile_server, trickle

DEADLINE = 6.0  # the whole of one attempt
BOUND = 3.0  # the bound for the healthy merchant
MALFORMED = "http://[::1/x"


@dataclass
class Scene:
    gateway: Gateway
    hanging: HostileServer
    trickling: HostileServer
    flooding: HostileServer


@pytest.fixture
def scene() -> Iterator[Scene]:
    """An emulator of its own (one process, its worker running), a healthy merchant and three hostile ones."""
    port = free_port()
    settings = Settings(public_url=f"http://127.0.0.1:{port}", settle_after=None, notification_timeout=DEADLINE)
    emulator = Emulator(settings)
    endpoint = MerchantEndpoint(NotificationReceiver(emulator.platform_key.verifying_key, max_age=None))
    app = Starlette(routes=[Route("/notify", endpoint.handle, methods=["POST"])])
    with (
        hostile_server(hang) as hanging,
        hostile_server(trickle) as trickling,
        hostile_server(flood) as flooding,
        serve(app) as endpoint_url,
        serve(create_app(emulator=emulator), port=port) as url,
    ):
        endpoint.url = f"{endpoint_url}/notify"
        merchant = emulator.test_merchant.merchant
        emulator.merchants.register(merchant.public_key, app_id=merchant.app_id, merchant_no=merchant.merchant_no,
                                    notify_url=endpoint.url)  # fmt: skip
        credentials = MerchantCredentials.from_env(
            {**emulator.environment(), "PAYERMAX_MERCHANT_PRIVATE_KEY": emulator.test_merchant.private_key.to_base64()}
        )
        yield Scene(Gateway(emulator, url, credentials, endpoint), hanging, trickling, flooding)


def _enqueue(emulator: Emulator, targets: dict[str, str], copies: int) -> dict[str, list[int]]:
    """Notifications to each target through the outbox's own API (the gateway refuses such URLs now; an older
    data directory may still hold them)."""
    ids: dict[str, list[int]] = {name: [] for name in targets}
    merchant = emulator.test_merchant.merchant
    with emulator.db.transaction() as tx:
        for copy in range(copies):
            for name, url in targets.items():
                notification = emulator.outbox.enqueue(
                    tx, merchant, notify_type="PAYMENT", reference=f"HOSTILE_{name}_{copy}", data={"n": copy}, url=url
                )
                ids[name].append(notification)
    return ids


def _rows(emulator: Emulator, notification: int) -> list[dict[str, Any]]:
    return emulator.outbox.deliveries(notification)


def test_a_healthy_merchant_is_notified_within_3s_while_others_hang_trickle_flood_or_are_malformed(
    scene: Scene,
) -> None:
    gateway, emulator = scene.gateway, scene.gateway.emulator
    targets = {"malformed": MALFORMED, "hanging": scene.hanging.url, "trickling": scene.trickling.url,
               "flooding": scene.flooding.url}  # fmt: skip
    ids = _enqueue(emulator, targets, copies=3)
    wait_for(lambda: scene.hanging.connections >= 3 and scene.trickling.connections >= 3, timeout=60)

    started = time.monotonic()
    order_and_pay.sync(client=gateway.client(), body=direct_order("HEALTHY_1"))
    wait_for(lambda: gateway.notifications("PAYMENT"), timeout=60)
    latency = time.monotonic() - started
    print(f"\nhealthy merchant notified {latency:.3f}s after the order, beside 12 hostile notifications")
    assert latency < BOUND
    # delivered while the hanging and trickling attempts were still in flight: nothing waited for them
    assert all(not _rows(emulator, n) for n in ids["hanging"] + ids["trickling"])

    def recorded() -> bool:
        return all(_rows(emulator, n) for notifications in ids.values() for n in notifications)

    wait_for(recorded, timeout=DEADLINE + 60)
    for name, notifications in ids.items():
        for notification in notifications:
            row = _rows(emulator, notification)[0]
            if name == "flooding":
                assert (row["outcome"], row["http_status"]) == (NOT_ACKNOWLEDGED, 200)
                assert "reply longer than" in row["detail"]
            else:
                assert row["outcome"] == ERROR, row
            if name in ("hanging", "trickling"):
                assert row["detail"] == f"no complete reply within {DEADLINE:g}s"
            if name == "malformed":
                assert row["detail"].startswith("InvalidURL")
    # the reply cap stopped reading: nowhere near 300 MB went through (3 replies)
    assert scene.flooding.bytes_sent < 3 * 32 * 1024 * 1024
    # every failure is retried on the schedule: the next attempt is planned, the notification still pending
    pending = {n["id"] for n in emulator.outbox.notifications(status="pending", limit=100)}
    assert {n for notifications in ids.values() for n in notifications} <= pending


def test_a_failed_attempt_does_not_stop_the_others_claimed_with_it(scene: Scene) -> None:
    """The malformed URL used to raise inside the batch: the notifications claimed with it were never sent."""
    gateway, emulator = scene.gateway, scene.gateway.emulator
    ids = _enqueue(emulator, {"malformed": MALFORMED}, copies=5)
    for number in range(5):
        order_and_pay.sync(client=gateway.client(), body=direct_order(f"BESIDE_MALFORMED_{number}"))
    wait_for(lambda: len(gateway.notifications("PAYMENT")) == 5, timeout=60)
    wait_for(lambda: all(_rows(emulator, n) for n in ids["malformed"]), timeout=60)
    assert all(_rows(emulator, n)[0]["outcome"] == ERROR for n in ids["malformed"])

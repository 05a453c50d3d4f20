"""Notification drills against real merchant apps over HTTP on 127.0.0.1.

A shop written with the framework helpers (``payermax_signing.webhooks``) and the rules of notification-retry.md
- it checks each notification's amount against its own order book and refunds only orders it knows are paid -
scores full marks, through the emulator's control endpoint (Starlette) and through ``payermax drill`` signing
with a key of the test's own (Flask), and processes the payment and the refund exactly once. A naive handler
that acknowledges whatever arrives fails exactly the five drills that forge, replay or reorder.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client import PayerMax
from payermax_client.models import HostedCheckoutOrderRequest, PaymentNotification, RefundNotification
from payermax_client.notifications import Notification
from payermax_emulator.local_server import serve
from payermax_signing import NotificationReceiver, SigningKey
from payermax_signing.drills import DRILLS
from payermax_signing.protocol import ACKNOWLEDGEMENT
from tests.support.commands import payermax

from .apps import FRAMEWORKS, Mount, Recorder, Sink
from .conftest import Emulator

FORGED_OR_EARLY = ["wrong signature", "tampered body", "stale notifyTime", "amount mismatch", "refund before payment"]


class NotOursError(Exception):
    """The shop refuses a notification it cannot match to its books: not acknowledged."""


@dataclass
class Shop:
    """A merchant's books: the orders it placed, those paid and refunded, and what its handler processed."""

    orders: dict[str, tuple[Decimal, str]] = field(default_factory=dict)
    paid: set[str] = field(default_factory=set)
    processed: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, notification: Notification) -> None:
        with self.lock:
            if isinstance(notification, PaymentNotification):
                data = notification.data
                if self.orders.get(data.out_trade_no) != (Decimal(str(data.total_amount)), data.currency):
                    raise NotOursError("the amount is not the order's")
                self.paid.add(data.out_trade_no)
            elif isinstance(notification, RefundNotification) and notification.data.out_trade_no not in self.paid:
                raise NotOursError("a refund of an order not known to be paid")
            kind = getattr(notification, "notify_type", type(notification).__name__)  # the RFI notification has none
            self.processed.append((str(kind), str(getattr(notification.data, "out_trade_no", ""))))


def _mount(shop: Shop, receiver: NotificationReceiver) -> Mount:
    sink = Sink()
    sink.handle = shop.handle  # type: ignore[method-assign]  # the shop's books instead of the test sink's
    return Mount("/payermax/notify", receiver, sink)


def _place(emulator: Emulator, shop: Shop, name: str) -> str:
    out_trade_no = f"DRILL_{name}_{time.time_ns()}"
    with PayerMax(environ=emulator.environment) as client:
        client.collection.order_and_pay(HostedCheckoutOrderRequest(
            out_trade_no=out_trade_no, subject="Drill", total_amount=Decimal("25.00"), currency="USD", country="US",
            user_id="driller", front_callback_url="https://shop.example.com/back",
        ))  # fmt: skip
    shop.orders[out_trade_no] = (Decimal("25.00"), "USD")
    return out_trade_no


def test_the_helpers_score_full_marks_through_the_emulator(emulator: Emulator) -> None:
    shop = Shop()
    receiver = NotificationReceiver.from_credentials(emulator.credentials)
    with FRAMEWORKS["starlette"].serve([_mount(shop, receiver)], Recorder()) as url:
        order = _place(emulator, shop, "STARLETTE")
        report = emulator.control("POST", "/drills", {"url": f"{url}/payermax/notify", "outTradeNo": order})
    assert [row["drill"] for row in report["results"]] == [drill.name for drill in DRILLS]
    assert (report["score"], report["total"]) == (8, 8), report["table"]
    statuses = [row["httpStatus"] for row in report["results"]]
    assert statuses == [401, 401, 400, 500, 500, 200, 200, 200]
    assert shop.processed == [("PAYMENT", order), ("REFUND", order)]  # once each: the duplicate was not re-processed
    assert report["table"].splitlines()[-1] == "score: 8/8"


def test_payermax_drill_scores_a_flask_shop(platform_key: SigningKey, tmp_path: Path) -> None:
    shop = Shop(orders={"ORDER_FLASK_1": (Decimal("10.50"), "EUR")})
    receiver = NotificationReceiver(platform_key.verifying_key, app_id="app_of_the_shop")
    key_file = tmp_path / "platform_private_key.pem"
    key_file.write_text(platform_key.to_pem())
    with FRAMEWORKS["flask"].serve([_mount(shop, receiver)], Recorder()) as url:
        ran = payermax("drill", f"{url}/payermax/notify", "--order", "ORDER_FLASK_1", "--amount", "10.50",
                       "--currency", "EUR", "--key-file", key_file,
                       env={"PAYERMAX_APP_ID": "app_of_the_shop", "PAYERMAX_MERCHANT_NO": "P0101000000001"})  # fmt: skip
    assert ran.status == 0, ran.stdout + ran.stderr
    assert ran.stdout.strip().splitlines()[-1] == "score: 8/8"
    assert shop.processed == [("PAYMENT", "ORDER_FLASK_1"), ("REFUND", "ORDER_FLASK_1")]
    assert "BEGIN" not in ran.stdout and platform_key.to_base64()[:40] not in ran.stdout


@pytest.fixture
def naive_url() -> Iterator[str]:
    async def acknowledge_everything(request: Request) -> Response:
        await request.body()
        return Response(ACKNOWLEDGEMENT, media_type="application/json")

    app = Starlette(routes=[Route("/notify", acknowledge_everything, methods=["POST"])])
    with serve(app) as url:
        yield f"{url}/notify"


def test_a_naive_handler_fails_each_forged_or_early_drill(emulator: Emulator, naive_url: str) -> None:
    shop = Shop()
    order = _place(emulator, shop, "NAIVE")
    report = emulator.control("POST", "/drills", {"url": naive_url, "outTradeNo": order})
    failed = [row["drill"] for row in report["results"] if not row["passed"]]
    assert failed == FORGED_OR_EARLY
    assert (report["score"], report["total"]) == (3, 8)
    for name in FORGED_OR_EARLY:
        assert f"FAIL {name}: expected not acknowledged" in report["table"]
    assert report["table"].splitlines()[-1] == "score: 3/8"


def test_payermax_drill_through_the_emulator_exits_1_when_marks_are_missing(emulator: Emulator, naive_url: str) -> None:
    order = _place(emulator, Shop(), "CLI")
    ran = payermax("drill", naive_url, "--order", order, "--emulator", emulator.url)
    assert ran.status == 1
    assert "score: 3/8" in ran.stdout
    assert "FAIL wrong signature" in ran.stdout


def test_the_drill_endpoint_checks_its_input(emulator: Emulator) -> None:
    answer = httpx.post(f"{emulator.url}/emulator/drills", json={"url": "not a url", "outTradeNo": "X"}, timeout=30)
    assert answer.status_code == 400
    answer = httpx.post(f"{emulator.url}/emulator/drills", json={"url": "http://127.0.0.1:9/n", "outTradeNo": "NOPE"},
                        timeout=30)  # fmt: skip
    assert (answer.status_code, answer.json()["code"]) == (400, "PARAMS_INVALID")
    assert "totalAmount" in answer.json()["msg"]

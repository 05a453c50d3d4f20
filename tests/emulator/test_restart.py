"""The emulator as a separate process with a data directory: killed with SIGKILL and restarted, it still
has every order, its keys and the notifications it had not delivered yet."""

from __future__ import annotations

import subprocess
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client import Client
from payermax_client.api.collection import order_and_pay, order_query
from payermax_client.models import OrderQueryRequest, PaymentStatus
from payermax_emulator.local_server import free_port, serve
from payermax_emulator.services.credentials import read_env_file
from payermax_signing import MerchantCredentials, PayerMaxAuth, acknowledgement
from tests.support.builders import direct_order, hosted_order
from tests.support.gateway import press, wait_for
from tests.support.processes import answers, start_emulator, stop


def start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    arguments = ("--data-dir", str(data_dir), "--settle-after", "-1", "--time-scale", "0.001")
    return start_emulator(port, data_dir.parent / "emulator.log", *arguments)


def kill(process: subprocess.Popen[bytes], port: int) -> None:
    """SIGKILL the whole emulator - its supervisor and every worker process - at once, like a crash."""
    stop(process, kill=True)
    wait_for(lambda: not answers(f"http://127.0.0.1:{port}/"), timeout=30)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "emulator-data"


def test_orders_survive_a_kill_and_restart(data_dir: Path) -> None:
    port = free_port()
    first = start(data_dir, port)
    try:
        env = read_env_file(data_dir / "merchant.env")
        assert (data_dir / "merchant.env").stat().st_mode & 0o777 == 0o600
        client = Client(
            base_url=env["PAYERMAX_BASE_URL"], httpx_args={"auth": PayerMaxAuth(MerchantCredentials.from_env(env))}
        )
        placed = {}
        for index in range(12):
            out_trade_no = f"KEEP_{index}"
            order = direct_order(out_trade_no) if index % 3 else hosted_order(out_trade_no)
            order.notify_url = f"http://127.0.0.1:{free_port()}/nobody-listens"  # deliveries stay pending
            answer = order_and_pay.sync(client=client, body=order)
            assert answer is not None
            assert answer.data
            placed[out_trade_no] = answer.data.status
        hosted = order_and_pay.sync(client=client, body=hosted_order("KEEP_PAID_ON_PAGE"))
        assert hosted is not None
        assert hosted.data
        press(str(hosted.data.redirect_url), "pay")
        placed["KEEP_PAID_ON_PAGE"] = PaymentStatus.SUCCESS
    finally:
        kill(first, port)

    second = start(data_dir, port)
    try:
        assert read_env_file(data_dir / "merchant.env") == env  # same merchant and keys after the restart
        client = Client(
            base_url=env["PAYERMAX_BASE_URL"], httpx_args={"auth": PayerMaxAuth(MerchantCredentials.from_env(env))}
        )
        for out_trade_no, status in placed.items():
            found = order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=out_trade_no))
            assert found is not None
            assert found.data
            assert found.data.status == status, out_trade_no
        notifications = httpx.get(f"http://127.0.0.1:{port}/emulator/notifications").json()
        assert len(notifications) == 9  # 8 card payments + the page payment, all kept
    finally:
        kill(second, port)


def test_pending_notifications_are_delivered_after_a_restart(data_dir: Path) -> None:
    port, merchant_port = free_port(), free_port()
    received: list[bytes] = []

    async def notify(request: Request) -> Response:
        received.append(await request.body())
        return Response(acknowledgement(), media_type="application/json")

    first = start(data_dir, port)
    try:
        env = read_env_file(data_dir / "merchant.env")
        client = Client(
            base_url=env["PAYERMAX_BASE_URL"], httpx_args={"auth": PayerMaxAuth(MerchantCredentials.from_env(env))}
        )
        order = direct_order("LATE_NOTICE")
        order.notify_url = f"http://127.0.0.1:{merchant_port}/notify"  # the merchant is down for now
        order_and_pay.sync(client=client, body=order)
        wait_for(lambda: httpx.get(f"http://127.0.0.1:{port}/emulator/deliveries").json())
    finally:
        kill(first, port)

    with serve(Starlette(routes=[Route("/notify", notify, methods=["POST"])]), port=merchant_port):
        second = start(data_dir, port)
        try:
            httpx.post(f"http://127.0.0.1:{port}/emulator/clock/advance", json={"seconds": 60})
            wait_for(lambda: received, timeout=60)
        finally:
            kill(second, port)
    assert b"LATE_NOTICE" in received[0]

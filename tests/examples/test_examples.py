"""Each script of examples/ runs as a merchant runs it - a child process reading the PAYERMAX_* variables -
against the emulator of the pytest plugin, with the payer's part played on the emulator's pages."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from payermax_client import PayerMax
from payermax_emulator.testing import RunningEmulator
from tests.support.builders import card_order, hosted_order
from tests.support.commands import clean_environment
from tests.support.gateway import press, wait_for
from tests.support.paths import REPO
from tests.support.processes import answers, on_free_port

EXAMPLES = REPO / "examples"
FAST = ("--every", "0.05", "--wait", "60")  # ask often; give up long after the emulator has settled


def start(script: str, *arguments: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(EXAMPLES / script), *arguments], env=clean_environment(env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    out, err = process.communicate(timeout=90)
    assert "Traceback" not in err, err
    return process.returncode, out + err


def payer_address(process: subprocess.Popen[str]) -> str:
    """The address the script says to send the payer to (its first line)."""
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"send the payer to (\S+)", line)
    if found is None:
        raise AssertionError(f"no payer address in {line!r}: {finish(process)}")
    return found.group(1)


def run(script: str, *arguments: str, env: dict[str, str]) -> tuple[int, str]:
    return finish(start(script, *arguments, env=env))


@pytest.mark.parametrize(("button", "status", "code"), [("pay", "SUCCESS", 0), ("decline", "FAILED", 1)])
def test_hosted_checkout(payermax_emulator: RunningEmulator, button: str, status: str, code: int) -> None:
    script = start("hosted_checkout.py", "--amount", "39.90", "--currency", "USD", "--order", "EX_HOSTED", *FAST,
                   env=payermax_emulator.environment)  # fmt: skip
    cashier = payer_address(script)
    assert cashier.startswith(f"{payermax_emulator.url}/cashier/")
    press(cashier, button)  # the payer on PayerMax's cashier page
    returned, printed = finish(script)
    assert returned == code, printed
    assert printed.splitlines()[-1] == f"order EX_HOSTED: {status}"


@pytest.mark.parametrize(
    ("card", "button", "status", "code"),
    [
        ("4000000000003220", "authenticate", "SUCCESS", 0),
        ("4000000000003220", "fail", "FAILED", 1),  # the payer cancels the challenge
        ("4000008400001629", "authenticate", "FAILED", 1),  # the issuer fails the authentication
    ],
)
def test_direct_card_with_3d_secure(
    payermax_emulator: RunningEmulator, card: str, button: str, status: str, code: int
) -> None:
    script = start("card_3ds.py", "--amount", "74.99", "--currency", "USD", "--order", "EX_CARD", "--card", card,
                   *FAST, env=payermax_emulator.environment)  # fmt: skip
    challenge = payer_address(script)
    assert challenge.startswith(f"{payermax_emulator.url}/3ds/")
    press(challenge, button)  # the payer on the issuer's 3-D Secure page
    returned, printed = finish(script)
    assert returned == code, printed
    assert printed.splitlines()[-1].startswith(f"order EX_CARD: {status}")
    assert card not in printed  # only the masked number is ever printed


def test_direct_card_without_a_challenge(payermax_emulator: RunningEmulator) -> None:
    returned, printed = run("card_3ds.py", "--amount", "5.00", "--currency", "USD", "--order", "EX_CARD_2",
                            "--card", "4111111111111111", *FAST, env=payermax_emulator.environment)  # fmt: skip
    assert returned == 0, printed
    assert printed.splitlines() == ["order EX_CARD_2: SUCCESS (VISA 411111******1111)"]


@pytest.fixture
def paid_order(payermax_client: PayerMax) -> str:
    assert payermax_client.collection.order_and_pay(card_order("EX_PAID", "100.00")).status == "SUCCESS"
    return "EX_PAID"


def test_refund(payermax_emulator: RunningEmulator, paid_order: str) -> None:
    env = payermax_emulator.environment
    returned, printed = run("refund.py", paid_order, "30.00", "USD", "--refund", "EX_RF_1", *FAST, env=env)
    assert returned == 0, printed
    assert printed.splitlines()[-1] == "refund EX_RF_1: REFUND_SUCCESS"
    too_much = run("refund.py", paid_order, "80.00", "USD", "--refund", "EX_RF_2", *FAST, env=env)
    assert too_much[0] == 2, too_much[1]
    assert too_much[1].startswith("PayerMax: ")


@pytest.mark.parametrize(("account", "status", "code"), [("09171234567", "SUCCESS", 0), ("09170000000", "FAILED", 1)])
def test_payout(payermax_emulator: RunningEmulator, account: str, status: str, code: int) -> None:
    returned, printed = run("payout.py", "--amount", "120.00", "--currency", "USD", "--country", "PH",
                            "--org", "GCASH", "--account", account, "--name", "Maria Santos", "--payout", "EX_PO",
                            *FAST, env=payermax_emulator.environment)  # fmt: skip
    assert returned == code, printed
    assert printed.splitlines()[-1] == f"payout EX_PO: {status}"


@pytest.fixture
def shop(payermax_emulator: RunningEmulator, tmp_path: Path) -> Iterator[str]:
    """examples/fastapi_webhook.py served by uvicorn on 127.0.0.1 (its own process); yields its base URL."""

    def command(port: int) -> list[str]:
        return [sys.executable, str(EXAMPLES / "fastapi_webhook.py"), "--port", str(port)]

    def ready(port: int) -> bool:
        return answers(f"http://127.0.0.1:{port}/health")

    environment = clean_environment(payermax_emulator.environment)
    with on_free_port(command, tmp_path / "shop.log", ready, what="the FastAPI shop", env=environment) as port:
        yield f"http://127.0.0.1:{port}"


def _known(shop: str, out_trade_no: str) -> dict[str, str] | None:
    answer = httpx.get(f"{shop}/orders/{out_trade_no}", timeout=10)
    return None if answer.status_code == 404 else dict(answer.json())


def test_fastapi_webhook_app_follows_its_orders(
    payermax_emulator: RunningEmulator, payermax_client: PayerMax, shop: str
) -> None:
    notify_url = f"{shop}/payermax/notify"
    order = hosted_order("EX_SHOP_1", "12.00")
    order.notify_url = notify_url
    payermax_client.collection.order_and_pay(order)
    assert _known(shop, "EX_SHOP_1") is None
    payermax_emulator.complete_payment("EX_SHOP_1")
    assert wait_for(lambda: _known(shop, "EX_SHOP_1"), timeout=30) == {"outTradeNo": "EX_SHOP_1", "payment": "SUCCESS"}

    payermax_client.collection.refund(out_refund_no="EX_SHOP_1_RF", out_trade_no="EX_SHOP_1",
                                      refund_amount=Decimal("12.00"), refund_currency="USD", refund_notify_url=notify_url)  # fmt: skip
    refunded = wait_for(lambda: (_known(shop, "EX_SHOP_1") or {}).get("refund"), timeout=30)
    assert refunded == "REFUND_SUCCESS"
    to_shop = [n for n in payermax_emulator.notifications() if n["url"] == notify_url]
    assert {n["type"] for n in to_shop} == {"PAYMENT", "REFUND"}
    assert all(d["outcome"] == "acknowledged" for n in to_shop for d in n["deliveries"])

"""``payermax call``: signed calls with the environment's credentials through the SDK, against the emulator."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from payermax_emulator.local_server import free_port
from payermax_emulator.testing import RunningEmulator
from payermax_signing import generate_key_pair
from payermax_signing.protocol import loads
from tests.support.commands import payermax

ORDER = {
    "outTradeNo": "CLI_ORDER_1",
    "subject": "Two T-shirts",
    "totalAmount": 39.90,
    "currency": "USD",
    "userId": "customer-42",
    "frontCallbackUrl": "https://shop.example.com/return",
    "integrate": "Hosted_Checkout",
}


def _secret(emulator: RunningEmulator) -> str:
    return emulator.environment["PAYERMAX_MERCHANT_PRIVATE_KEY"][40:80]


def test_call_places_an_order_and_queries_it(payermax_emulator: RunningEmulator, tmp_path: Path) -> None:
    env = payermax_emulator.environment
    placed = payermax("call", "orderAndPay", json.dumps(ORDER), env=env)
    assert placed.status == 0, placed.stderr
    answer = loads(placed.stdout)
    assert answer["outTradeNo"] == "CLI_ORDER_1"
    assert answer["status"] == "PENDING"
    assert answer["redirectUrl"].startswith(payermax_emulator.url)
    payermax_emulator.complete_payment("CLI_ORDER_1")

    (tmp_path / "query.json").write_text('{"outTradeNo": "CLI_ORDER_1"}')
    queried = payermax("call", "order_query", f"@{tmp_path / 'query.json'}", env=env)
    assert queried.status == 0, queried.stderr
    found = loads(queried.stdout)
    assert found["status"] == "SUCCESS"
    assert found["totalAmount"] == Decimal("39.90")  # printed exactly as PayerMax sent it
    piped = payermax("call", "ORDERQUERY", "@-", env=env, stdin=b'{"outTradeNo": "CLI_ORDER_1"}')
    assert loads(piped.stdout) == found
    assert _secret(payermax_emulator) not in placed.stdout + queried.stdout + placed.stderr


def test_call_without_data_sends_an_empty_object(payermax_emulator: RunningEmulator) -> None:
    balances = payermax("call", "currentBalanceQuery", env=payermax_emulator.environment)
    assert balances.status == 0, balances.stderr
    accounts = loads(balances.stdout)["accountRealTimeTypes"]
    assert {"accountType": "DISBURSEMENT", "currency": "USD", "balance": "10000.00"} in accounts


def test_call_reads_an_env_file(payermax_emulator: RunningEmulator, tmp_path: Path) -> None:
    lines = [f"{name}={value}" for name, value in payermax_emulator.environment.items()]
    (tmp_path / "merchant.env").write_text("# the emulator's test merchant\n" + "\n".join(lines) + "\n")
    balances = payermax("--env-file", tmp_path / "merchant.env", "call", "current_balance_query")
    assert balances.status == 0, balances.stderr
    assert "accountRealTimeTypes" in loads(balances.stdout)


def test_a_refusal_exits_1_with_its_code(payermax_emulator: RunningEmulator) -> None:
    refused = payermax("call", "orderQuery", '{"outTradeNo": "NO_SUCH_ORDER"}', env=payermax_emulator.environment)
    assert refused.status == 1
    assert "ORDER_NOT_EXIST" in refused.error_line
    assert refused.stdout == ""


def test_an_unknown_operation_names_close_matches() -> None:
    unknown = payermax("call", "orderQury", "{}")
    assert unknown.status == 2
    assert "did you mean orderQuery" in unknown.error_line
    far = payermax("call", "makeCoffee")
    assert far.status == 2
    assert "currentBalanceQuery" in far.error_line  # nothing close: every operation is named
    listed = payermax("call", "--list")
    assert {line.split()[0] for line in listed.stdout.splitlines()} >= {"orderAndPay", "refund", "paymentOrderPay"}


def test_data_that_is_not_a_json_object_is_refused_before_calling() -> None:
    for data in ("{not json", "[1, 2]"):
        bad = payermax("call", "orderQuery", data)
        assert bad.status == 2
        assert "JSON" in bad.error_line


def test_no_gateway_exits_3(payermax_emulator: RunningEmulator) -> None:
    env = {**payermax_emulator.environment, "PAYERMAX_BASE_URL": f"http://127.0.0.1:{free_port()}/gateway"}
    unreachable = payermax("call", "orderQuery", '{"outTradeNo": "X"}', "--timeout", "5", env=env)
    assert unreachable.status == 3
    assert "could not connect" in unreachable.error_line


def test_an_answer_signed_by_someone_else_exits_4(payermax_emulator: RunningEmulator) -> None:
    other = generate_key_pair().verifying_key.to_base64()
    env = {**payermax_emulator.environment, "PAYERMAX_PLATFORM_PUBLIC_KEY": other}
    untrusted = payermax("call", "currentBalanceQuery", env=env)
    assert untrusted.status == 4
    assert untrusted.error_line.startswith("payermax: untrusted answer")
    assert untrusted.stdout == ""


def test_missing_configuration_exits_2() -> None:
    unconfigured = payermax("call", "currentBalanceQuery")
    assert unconfigured.status == 2
    assert "PAYERMAX_APP_ID" in unconfigured.error_line

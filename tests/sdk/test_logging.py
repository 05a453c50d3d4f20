"""The ``payermax`` loggers: silent until configured, one INFO line per attempt, bodies at DEBUG with every
secret the spec marks (and every key and signature) redacted."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from payermax_client import PayerMax, RetryPolicy
from payermax_client.models import DirectPaymentOrderRequest
from payermax_emulator.local_server import free_port
from payermax_signing import ConnectionFailedError, MerchantCredentials, SigningKey
from tests.support.scripted_gateway import ScriptedGateway
from tests.support.spec_examples import successful_answers

CARD_NUMBER, CVV, HOLDER = "4111111111111111", "9413", "JANE Q DOSWELL"


def _card_order() -> DirectPaymentOrderRequest:
    return DirectPaymentOrderRequest.from_dict(
        {
            "outTradeNo": "ORDER_CARD_1",
            "integrate": "Direct_Payment",
            "subject": "Skirt",
            "totalAmount": Decimal("74.99"),
            "currency": "USD",
            "country": "AU",
            "userId": "u1",
            "terminalType": "WEB",
            "frontCallbackUrl": "https://shop.example.com/done",
            "paymentDetail": {
                "paymentMethodType": "CARD",
                "cardInfo": {
                    "cardIdentifierNo": CARD_NUMBER,
                    "cvv": CVV,
                    "cardHolderFullName": HOLDER,
                    "cardExpirationMonth": "08",
                    "cardExpirationYear": "29",
                },
                "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
            },
        }
    )


def _answer_with_the_card_echoed(exchange: object) -> dict[str, object]:
    """A (careless) answer that repeats the card details, to show answers are redacted as well."""
    return {
        "code": "APPLY_SUCCESS",
        "msg": "",
        "data": {
            "outTradeNo": "ORDER_CARD_1",
            "tradeToken": "T2024",
            "status": "SUCCESS",
            "cardInfo": {"cardIdentifierNo": CARD_NUMBER, "cvv": CVV, "cardHolderFullName": HOLDER},
        },
    }


def test_debug_logs_of_a_card_order_hold_no_secrets(
    gateway: ScriptedGateway, payermax: PayerMax, merchant_key: SigningKey, caplog: pytest.LogCaptureFixture
) -> None:
    gateway.answer = _answer_with_the_card_echoed
    caplog.set_level(logging.DEBUG, logger="payermax")
    assert payermax.collection.order_and_pay(_card_order()).trade_token == "T2024"

    logged = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("payermax"))
    assert '"outTradeNo":"ORDER_CARD_1"' in logged  # the bodies were logged...
    assert (
        logged.count("[redacted]") >= 6
    )  # ...with card number, CVV and holder name (both ways) and sign headers hidden
    for secret in (CARD_NUMBER, f'"{CVV}"', HOLDER, gateway.received[-1].headers["sign"]):
        assert secret not in logged
    for key_material in (merchant_key.to_base64()[:64], merchant_key.to_base64()[-64:], "PRIVATE KEY"):
        assert key_material not in logged
    assert CARD_NUMBER in gateway.received[-1].body.decode()  # the card did go to the gateway


def test_one_info_line_per_attempt(
    gateway: ScriptedGateway, payermax: PayerMax, credentials: MerchantCredentials, caplog: pytest.LogCaptureFixture
) -> None:
    gateway.script = ["http-503"]
    gateway.answer = successful_answers("currentBalanceQuery")["balances"]
    caplog.set_level(logging.INFO, logger="payermax")
    payermax.balances.current_balance_query()
    lines = [record for record in caplog.records if record.name == "payermax.call"]
    assert [(r.levelno, r.payermax_attempt, r.payermax_code, r.payermax_error) for r in lines] == [  # type: ignore[attr-defined]
        (logging.INFO, 1, None, "UnexpectedResponseError"),
        (logging.INFO, 2, "APPLY_SUCCESS", None),
    ]
    assert all(r.payermax_operation == "currentBalanceQuery" for r in lines)  # type: ignore[attr-defined]
    assert all(
        f"merchant={credentials.merchant_no} " in r.getMessage() and "duration_ms=" in r.getMessage() for r in lines
    )


def test_transport_failures_are_logged_per_attempt(
    credentials: MerchantCredentials, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="payermax")
    retry = RetryPolicy(attempts=2, wait_initial=0.01, wait_max=0.02, wait_jitter=0)
    closed = f"http://127.0.0.1:{free_port()}"
    with PayerMax(credentials, base_url=closed, retry=retry) as payermax, pytest.raises(ConnectionFailedError):
        payermax.collection.order_query(out_trade_no="ORDER_1")
    lines = [r.getMessage() for r in caplog.records if r.name == "payermax.call"]
    assert len(lines) == 2 and all("orderQuery" in line and "error=ConnectionFailedError" in line for line in lines)


def _run(code: str, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("PAYERMAX_")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_nothing_is_configured_at_import() -> None:
    code = (
        "import logging, payermax_client, payermax_signing\n"
        "names = [n for n in logging.root.manager.loggerDict if n.startswith('payermax')]\n"
        "assert names, 'the loggers exist'\n"
        "assert not any(logging.getLogger(n).handlers for n in names + ['payermax']), 'handlers installed'\n"
        "assert logging.getLogger('payermax').level == logging.NOTSET\n"
    )
    result = _run(code, PAYERMAX_LOG="debug")
    assert result.returncode == 0, result.stderr


def test_payermax_log_sends_lines_to_stderr(credentials: MerchantCredentials, merchant_key: SigningKey) -> None:
    code = (
        "import os\n"
        "from payermax_client import PayerMax, RetryPolicy\n"
        "from payermax_signing import ConnectionFailedError\n"
        f"with PayerMax(base_url='http://127.0.0.1:{free_port()}', retry=RetryPolicy.never()) as p:\n"
        "    try:\n"
        "        p.collection.order_query(out_trade_no='ORDER_1')\n"
        "    except ConnectionFailedError:\n"
        "        pass\n"
    )
    variables = {
        "PAYERMAX_APP_ID": credentials.app_id,
        "PAYERMAX_MERCHANT_NO": str(credentials.merchant_no),
        "PAYERMAX_MERCHANT_PRIVATE_KEY": merchant_key.to_base64(),
        "PAYERMAX_PLATFORM_PUBLIC_KEY": credentials.platform_key.to_base64(),
    }
    quiet = _run(code, **variables)
    loud = _run(code, PAYERMAX_LOG="info", **variables)
    assert quiet.returncode == loud.returncode == 0, loud.stderr
    assert "payermax.call" not in quiet.stderr
    assert (
        "payermax.call" in loud.stderr
        and "orderQuery merchant=020213827212251 error=ConnectionFailedError" in loud.stderr
    )
    assert merchant_key.to_base64()[:64] not in loud.stderr

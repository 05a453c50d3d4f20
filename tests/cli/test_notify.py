"""``payermax notify``: a signed test notification of every type, built from the spec's examples, sent over
127.0.0.1 to a recording merchant endpoint (``NotificationSink``) that trusts the test platform key."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from payermax_client.models import PaymentNotification
from payermax_client.notifications import NOTIFICATION_EXAMPLES, NOTIFICATION_MODELS, WEBHOOK_EXAMPLES, WEBHOOK_MODELS
from payermax_emulator.local_server import free_port
from payermax_emulator.testing import NotificationSink
from payermax_signing import SigningKey, generate_key_pair
from payermax_signing.cli import cli
from tests.support.commands import payermax

MERCHANT = {"PAYERMAX_APP_ID": "app_of_the_shop", "PAYERMAX_MERCHANT_NO": "P0101000000001"}


@pytest.fixture(scope="module")
def platform_key() -> SigningKey:
    return generate_key_pair()


@pytest.fixture
def key_file(platform_key: SigningKey, tmp_path: Path) -> Path:
    path = tmp_path / "platform_private_key.pem"
    path.write_text(platform_key.to_pem())
    return path


@pytest.fixture
def sink(platform_key: SigningKey) -> Iterator[NotificationSink]:
    with NotificationSink(platform_key.verifying_key).running() as running:
        yield running


def test_notify_sends_a_verified_payment_notification(sink: NotificationSink, key_file: Path) -> None:
    sent = payermax("notify", "PAYMENT", sink.url, "--key-file", key_file, "--set", "data.outTradeNo=123",
                    "--set", "data.totalAmount=12.30", env=MERCHANT)  # fmt: skip
    assert sent.status == 0, sent.stderr
    assert "acknowledged" in sent.stdout.splitlines()[-1]
    (received,) = sink.received
    assert received.verified
    assert received.payload is not None
    assert received.payload["appId"] == "app_of_the_shop"
    assert received.payload["merchantNo"] == "P0101000000001"
    assert received.data["outTradeNo"] == "123"  # text where the spec's example has text
    assert received.data["totalAmount"] == Decimal("12.30")  # a number, exactly
    assert isinstance(received.notification, PaymentNotification)
    assert received.notification.data.status == "SUCCESS"


@pytest.mark.parametrize("notify_type", sorted(NOTIFICATION_EXAMPLES))
def test_every_notification_type_parses_at_the_merchant(
    notify_type: str, sink: NotificationSink, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in MERCHANT.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(
        cli, ["notify", notify_type.lower(), sink.url, "--key-file", str(key_file)], standalone_mode=False
    )
    assert result.exception is None, result.output
    assert result.return_value == 0, result.output
    (received,) = sink.received
    assert received.verified and received.notify_type == notify_type
    assert isinstance(received.notification, NOTIFICATION_MODELS[notify_type])


@pytest.mark.parametrize("webhook", sorted(WEBHOOK_EXAMPLES))
def test_every_notification_webhook_can_be_sent_by_name(
    webhook: str, sink: NotificationSink, key_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Variants sharing a notifyType (authorizationResult) and the RFI notification, which has none, too."""
    for name, value in MERCHANT.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["notify", webhook, sink.url, "--key-file", str(key_file)], standalone_mode=False)
    assert result.exception is None, result.output
    assert result.return_value == 0, result.output
    (received,) = sink.received
    assert received.verified and isinstance(received.notification, WEBHOOK_MODELS[webhook])
    assert received.payload is not None
    app_member = "merchantAppId" if "merchantAppId" in received.payload else "appId"
    assert received.payload[app_member] == MERCHANT["PAYERMAX_APP_ID"]


def test_a_webhook_name_picks_its_notification_type(sink: NotificationSink, key_file: Path) -> None:
    sent = payermax("notify", "refundResult", sink.url, "--key-file", key_file, "--unset", "data.refundFinishTime")
    assert sent.status == 0, sent.stderr
    (received,) = sink.received
    assert received.notify_type == "REFUND"
    assert "refundFinishTime" not in received.data
    assert received.notification is None  # the merchant's SDK refuses it: refundFinishTime is required
    assert set(WEBHOOK_MODELS) >= {"paymentResult", "refundResult"}


def test_nested_members_and_lists_can_be_set(sink: NotificationSink, key_file: Path) -> None:
    sent = payermax("notify", "PAYMENT", sink.url, "--key-file", key_file, "--show",
                    "--set", "data.paymentDetails.0.cardInfo.cardOrg=MASTERCARD", "--set", "data.extra.note=hi")  # fmt: skip
    assert sent.status == 0, sent.stderr
    (received,) = sink.received
    assert received.data["paymentDetails"][0]["cardInfo"]["cardOrg"] == "MASTERCARD"
    assert received.data["extra"] == {"note": "hi"}
    assert received.sign is not None and f"sign: {received.sign}" in sent.stdout  # --show
    bad = payermax("notify", "PAYMENT", sink.url, "--key-file", key_file, "--set", "data.paymentDetails.9.x=1")
    assert bad.status == 2
    assert "index" in bad.error_line


def test_a_merchant_that_does_not_acknowledge_exits_1(sink: NotificationSink, key_file: Path) -> None:
    sink.fail_next(1, status=503)
    refused = payermax("notify", "PAYOUT", sink.url, "--key-file", key_file)
    assert refused.status == 1
    assert "HTTP 503" in refused.stdout
    assert refused.stdout.splitlines()[-1].startswith("not acknowledged")


def test_a_notification_signed_with_another_key_is_rejected(sink: NotificationSink, tmp_path: Path) -> None:
    (tmp_path / "other.pem").write_text(generate_key_pair().to_pem())
    env = {"PAYERMAX_PLATFORM_PRIVATE_KEY_FILE": str(tmp_path / "other.pem")}
    rejected = payermax("notify", "PAYMENT", sink.url, env=env)
    assert rejected.status == 1
    assert "HTTP 401" in rejected.stdout
    assert not sink.received[0].verified


def test_no_merchant_listening_exits_3(key_file: Path) -> None:
    unreachable = payermax("notify", "PAYMENT", f"http://127.0.0.1:{free_port()}/notify", "--key-file", key_file)
    assert unreachable.status == 3
    assert "no answer" in unreachable.error_line


def test_mistakes_are_one_line_with_status_2(key_file: Path) -> None:
    unknown = payermax("notify", "PAYMNT", "http://127.0.0.1:1/", "--key-file", key_file)
    assert unknown.status == 2
    assert "PAYMENT" in unknown.error_line
    for ran in (
        payermax("notify", "PAYMENT", "http://127.0.0.1:1/"),  # no platform key
        payermax("notify", "PAYMENT", "ftp://127.0.0.1/", "--key-file", key_file),
        payermax("notify", "PAYMENT", "http://127.0.0.1:1/", "--key-file", key_file, "--set", "nothing"),
    ):
        assert ran.status == 2
        assert ran.error_line

"""The webhook helper of each framework in a real app served over HTTP on 127.0.0.1.

With the emulator: a real payment notification is acknowledged once and processed once, the same body with
one byte changed (sent with the original signature) is refused, and a replay of the original is
acknowledged as a duplicate without calling the handler. With notifications the tests sign themselves:
every other case gets the status the core documents.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest

from payermax_client.api.collection import order_and_pay
from payermax_client.models import HostedCheckoutOrderRequest, PaymentNotification
from payermax_signing import NotificationReceiver, SigningKey, generate_key_pair
from payermax_signing.protocol import ACKNOWLEDGEMENT, SIGN_HEADER, is_acknowledgement
from payermax_signing.webhooks import STATUS, Outcome

from .apps import FRAMEWORKS, Framework, Mount, Recorder, Sink
from .conftest import Emulator
from .notifications import APP_ID, payment_payload, signed, signed_payment, tampered
from .processes import wait_for

LIMIT = 16 * 1024


@pytest.fixture(params=sorted(FRAMEWORKS))
def framework(request: pytest.FixtureRequest) -> Framework:
    return FRAMEWORKS[request.param]


def post(url: str, body: bytes, sign: str | None) -> httpx.Response:
    headers = {"content-type": "application/json"}
    if sign is not None:
        headers[SIGN_HEADER] = sign
    return httpx.post(url, content=body, headers=headers, timeout=60)


def acknowledged(response: httpx.Response) -> bool:
    return is_acknowledgement(response.status_code, response.content) and response.content == ACKNOWLEDGEMENT


# -- a real notification from the emulator -----------------------------------------------------------


def test_a_payment_notification_from_the_emulator(framework: Framework, emulator: Emulator) -> None:
    sink, recorder = Sink(), Recorder()
    receiver = NotificationReceiver.from_credentials(emulator.credentials)
    with framework.serve([Mount("/payermax/notify", receiver, sink)], recorder) as url:
        out_trade_no = f"HOOK_{framework.name}_{time.time_ns()}"
        order = HostedCheckoutOrderRequest(
            out_trade_no=out_trade_no,
            subject="Two T-shirts",
            total_amount=Decimal("39.90"),
            currency="USD",
            country="US",
            user_id="customer-42",
            front_callback_url="https://shop.example.com/thank-you",
            notify_url=f"{url}/payermax/notify",
        )
        placed = order_and_pay.sync(client=emulator.client(), body=order)
        assert placed is not None and placed.data
        emulator.control("POST", f"/orders/{out_trade_no}/complete")

        # The emulator delivers it once, gets the acknowledgement, and stops.
        notification = wait_for(lambda: _delivered(emulator, out_trade_no), timeout=60, what="the delivery")
        assert [(d["attempt"], d["http_status"], d["outcome"]) for d in notification["deliveries"]] == [
            (1, 200, "acknowledged")
        ]
        assert sink.references() == [out_trade_no]
        [processed] = sink.processed
        assert isinstance(processed, PaymentNotification)
        assert processed.data.status == "SUCCESS"
        assert processed.data.total_amount == Decimal("39.90")
        [(body, sign)] = recorder.to("/payermax/notify")
        assert sign

        # The same body with one byte changed, sent with the original signature: refused, nothing processed.
        forged = post(f"{url}/payermax/notify", tampered(body, b'"totalAmount":'), sign)
        assert forged.status_code == STATUS[Outcome.BAD_SIGNATURE] == 401
        assert not is_acknowledgement(forged.status_code, forged.content)
        assert forged.headers["www-authenticate"].startswith("PayerMax-Sign")

        # A replay of the original: acknowledged, reported as a duplicate, not processed again.
        replay = post(f"{url}/payermax/notify", body, sign)
        assert acknowledged(replay)
        assert sink.references() == [out_trade_no]
        assert sink.references(sink.duplicates) == [out_trade_no]
        assert sink.calls == 1


def _delivered(emulator: Emulator, out_trade_no: str) -> dict[str, object] | None:
    for notification in emulator.control("GET", "/notifications?type=PAYMENT"):
        if notification["payload"]["data"]["outTradeNo"] == out_trade_no and notification["status"] == "delivered":
            assert isinstance(notification, dict)
            return notification
    return None


# -- every case, with notifications the tests sign -----------------------------------------------------


@pytest.fixture
def local(framework: Framework, platform_key: SigningKey) -> Iterator[tuple[str, Sink]]:
    """The framework's app with an endpoint trusting the tests' platform key (body limit ``LIMIT``)."""
    sink = Sink()
    receiver = NotificationReceiver(platform_key.verifying_key, app_id=APP_ID)
    with framework.serve([Mount("/notify", receiver, sink, max_body_bytes=LIMIT)], Recorder()) as url:
        yield f"{url}/notify", sink


def test_new_then_replayed(local: tuple[str, Sink], platform_key: SigningKey, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="payermax_signing")
    url, sink = local
    body, sign = signed_payment(platform_key, "ORDER-1")
    first = post(url, body, sign)
    assert acknowledged(first), first.text
    assert first.headers["content-type"].startswith("application/json")
    again = post(url, body, sign)
    assert acknowledged(again)
    assert sink.references() == ["ORDER-1"]
    assert sink.references(sink.duplicates) == ["ORDER-1"]
    logged = [record.getMessage() for record in caplog.records if record.name == "payermax_signing.webhooks"]
    assert logged == [
        "PAYMENT notification ORDER-1 processed and acknowledged",
        "PAYMENT notification ORDER-1 already processed: acknowledged as a duplicate, handler not called",
    ]


def test_rejections(local: tuple[str, Sink], platform_key: SigningKey, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="payermax_signing")
    url, sink = local
    body, sign = signed_payment(platform_key, "ORDER-2")
    cases = {
        "unsigned": (post(url, body, None), 401),
        "empty sign": (post(url, body, ""), 401),
        "tampered": (post(url, tampered(body, b'"totalAmount":'), sign), 401),
        "another key": (post(url, *signed(generate_key_pair(), body)), 401),
        "stale": (post(url, *signed_payment(platform_key, "ORDER-3", age=timedelta(hours=15))), 400),
        "future": (post(url, *signed_payment(platform_key, "ORDER-4", age=-timedelta(hours=1))), 400),
        "not JSON": (post(url, *signed(platform_key, b"notifyType=PAYMENT")), 400),
        "unknown type": (post(url, *signed(platform_key, payment_payload("ORDER-5", notifyType="NEW_KIND"))), 400),
        "other app": (post(url, *signed(platform_key, payment_payload("ORDER-6", appId="another-app"))), 400),
        "too large": (post(url, *signed(platform_key, payment_payload("ORDER-7", padding="x" * LIMIT))), 413),
    }
    answers = {case: (response.status_code, response.text) for case, (response, _) in cases.items()}
    assert {case: status for case, (status, _) in answers.items()} == {case: want for case, (_, want) in cases.items()}
    for case, (response, _) in cases.items():
        assert not is_acknowledgement(response.status_code, response.content), case
        assert "ORDER" not in response.text and sign not in response.text, case  # fixed texts, no echo
    assert sink.calls == 0 and sink.duplicates == []
    rejections = [r for r in caplog.records if r.name == "payermax_signing.webhooks" and r.levelno == logging.WARNING]
    assert len(rejections) == len(cases)
    assert sign not in caplog.text and "totalAmount" not in caplog.text  # never the signature nor the body
    # Nothing was claimed by a rejection: the genuine notification is processed afterwards.
    assert acknowledged(post(url, body, sign))
    assert sink.references() == ["ORDER-2"]
    wrong_method = httpx.get(url, timeout=60)
    assert wrong_method.status_code == 405


def test_a_handler_failure_is_retried(local: tuple[str, Sink], platform_key: SigningKey) -> None:
    url, sink = local
    sink.fail_once.add("ORDER-8")
    body, sign = signed_payment(platform_key, "ORDER-8")
    failed = post(url, body, sign)
    assert failed.status_code == STATUS[Outcome.HANDLER_FAILED] == 500
    assert "failed for" not in failed.text  # the exception stays in the log
    assert sink.processed == []
    retried = post(url, body, sign)  # PayerMax's next retry
    assert acknowledged(retried)
    assert sink.references() == ["ORDER-8"]
    assert sink.calls == 2 and sink.duplicates == []


def test_a_notification_being_processed_is_not_acknowledged(local: tuple[str, Sink], platform_key: SigningKey) -> None:
    url, sink = local
    entered, release = sink.hold("ORDER-9")
    body, sign = signed_payment(platform_key, "ORDER-9")
    with ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(post, url, body, sign)
        assert entered.wait(60), "the handler never started"
        concurrent = post(url, body, sign)  # a retry while the first delivery is still being processed
        release.set()
        assert acknowledged(first.result(timeout=60))
    assert concurrent.status_code == STATUS[Outcome.IN_PROGRESS] == 409
    assert sink.duplicates == []  # not reported as a duplicate: it was not acknowledged
    later = post(url, body, sign)
    assert acknowledged(later)
    assert sink.references() == ["ORDER-9"]
    assert sink.references(sink.duplicates) == ["ORDER-9"]


def test_notifications_are_processed_concurrently(local: tuple[str, Sink], platform_key: SigningKey) -> None:
    """A held handler does not stop the endpoint from processing other notifications."""
    url, sink = local
    entered, release = sink.hold("ORDER-10")
    with ThreadPoolExecutor(max_workers=1) as pool:
        held = pool.submit(post, url, *signed_payment(platform_key, "ORDER-10"))
        assert entered.wait(60)
        try:
            assert acknowledged(post(url, *signed_payment(platform_key, "ORDER-11")))
        finally:
            release.set()
        assert acknowledged(held.result(timeout=60))
    assert sorted(sink.references()) == ["ORDER-10", "ORDER-11"]

"""Notifications: verified over raw bytes before parsing, typed, de-duplicated across PayerMax's retries,
refused when unsigned, tampered, signed by another key, stale, or replayed after being processed."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client.models import RefundNotification, RefundNotificationDataStatus
from payermax_emulator.local_server import serve
from payermax_signing import (
    DuplicateNotificationError,
    InvalidSignatureError,
    MalformedNotificationError,
    MemoryDedupeStore,
    MissingSignatureError,
    NotificationReceiver,
    SigningKey,
    SqliteDedupeStore,
    StaleNotificationError,
    VerifyingKey,
    acknowledgement,
    generate_key_pair,
)
from payermax_signing.protocol import NOTIFICATION_RETRY_SCHEDULE, SIGN_HEADER
from tests.support.paths import VECTORS

SENT_AT = datetime(2022, 1, 17, 9, 33, 54, 540000, tzinfo=UTC)


def _vector(name: str) -> tuple[bytes, str]:
    return (VECTORS / f"{name}.json").read_bytes(), (VECTORS / f"{name}.sign").read_text().strip()


def _receiver(key: VerifyingKey, *, at: datetime = SENT_AT, **options: object) -> NotificationReceiver:
    return NotificationReceiver(key, clock=lambda: at, **options)  # type: ignore[arg-type]


def _signed(platform_key: SigningKey, payload: dict[str, object]) -> tuple[bytes, str]:
    body = json.dumps(payload, separators=(",", ":")).encode()
    return body, platform_key.sign(body)


def _refund_payload(**changes: object) -> dict[str, object]:
    payload: dict[str, object] = json.loads((VECTORS / "go_sorted.json").read_bytes())
    payload.update(changes)
    return payload


@pytest.mark.parametrize("style", ["php_escaped", "go_sorted", "java_pretty"])
def test_notifications_from_any_serialiser_verify_and_parse(platform_public_key: VerifyingKey, style: str) -> None:
    body, sign = _vector(style)
    notification = _receiver(platform_public_key).verify(body, sign)
    assert isinstance(notification, RefundNotification)
    assert notification.data.status is RefundNotificationDataStatus.REFUND_SUCCESS
    assert notification.data.refund_amount == Decimal("10000.5")
    assert isinstance(notification.data.refund_amount, Decimal)
    if style != "go_sorted":
        assert notification.data["comments"] == "退款 https://shop.example.com/orders/1"


def test_missing_and_wrong_signatures_are_refused(platform_public_key: VerifyingKey) -> None:
    body, sign = _vector("php_escaped")
    receiver = _receiver(platform_public_key)
    with pytest.raises(MissingSignatureError):
        receiver.verify(body, None)
    with pytest.raises(MissingSignatureError):
        receiver.verify(body, "")
    tampered = body.replace(b"10000.50", b"90000.50")
    with pytest.raises(InvalidSignatureError):
        receiver.verify(tampered, sign)
    with pytest.raises(InvalidSignatureError):
        _receiver(generate_key_pair().verifying_key).verify(body, sign)


def test_a_replayed_notification_is_refused_once_processed(platform_public_key: VerifyingKey) -> None:
    body, sign = _vector("php_escaped")
    receiver = _receiver(platform_public_key)
    processed: list[object] = []
    with receiver.receive(body, sign) as notification:
        processed.append(notification)
    with pytest.raises(DuplicateNotificationError) as caught, receiver.receive(body, sign):
        processed.append("twice")
    assert len(processed) == 1
    assert isinstance(caught.value.notification, RefundNotification)


def test_a_retry_after_a_failure_is_processed(platform_public_key: VerifyingKey) -> None:
    body, sign = _vector("php_escaped")
    receiver = _receiver(platform_public_key)
    with pytest.raises(RuntimeError), receiver.receive(body, sign):
        raise RuntimeError("database down")
    with receiver.receive(body, sign) as notification:
        assert isinstance(notification, RefundNotification)
        assert notification.data.out_refund_no == "R1642411016202"


def test_retries_with_a_new_notify_time_are_the_same_notification(platform_key: SigningKey) -> None:
    receiver = _receiver(platform_key.verifying_key, at=SENT_AT + timedelta(hours=13))
    first = _signed(platform_key, _refund_payload())
    retry = _signed(platform_key, _refund_payload(notifyTime="2022-01-17T21:33:54.540+00:00"))
    with receiver.receive(*first):
        pass
    with pytest.raises(DuplicateNotificationError), receiver.receive(*retry):
        pass
    other_refund = _signed(platform_key, _refund_payload(data={**_refund_payload()["data"], "outRefundNo": "R2"}))  # type: ignore[dict-item]
    with receiver.receive(*other_refund) as notification:
        assert isinstance(notification, RefundNotification)
        assert notification.data.out_refund_no == "R2"


def test_the_last_documented_retry_is_accepted_and_older_messages_are_stale(platform_public_key: VerifyingKey) -> None:
    body, sign = _vector("php_escaped")
    last_retry = SENT_AT + sum(NOTIFICATION_RETRY_SCHEDULE, timedelta())
    assert _receiver(platform_public_key, at=last_retry).verify(body, sign)
    with pytest.raises(StaleNotificationError):
        _receiver(platform_public_key, at=SENT_AT + timedelta(hours=15)).verify(body, sign)
    with pytest.raises(StaleNotificationError, match="future"):
        _receiver(platform_public_key, at=SENT_AT - timedelta(hours=1)).verify(body, sign)
    assert _receiver(platform_public_key, at=SENT_AT + timedelta(days=400), max_age=None).verify(body, sign)


def test_signed_but_unknown_or_foreign_notifications_are_malformed(platform_key: SigningKey) -> None:
    receiver = _receiver(platform_key.verifying_key, app_id="3b242b56a8b64274bcc37dac281120e3")
    with pytest.raises(MalformedNotificationError, match="unknown notifyType"):
        receiver.verify(*_signed(platform_key, _refund_payload(notifyType="TELEPORT")))
    with pytest.raises(MalformedNotificationError, match="another appId"):
        receiver.verify(*_signed(platform_key, _refund_payload(appId="someone-else")))
    body = b"[1, 2]"
    with pytest.raises(MalformedNotificationError, match="not a JSON object"):
        receiver.verify(body, platform_key.sign(body))


def test_the_acknowledgement_is_the_documented_one() -> None:
    assert json.loads(acknowledgement()) == {"code": "SUCCESS", "msg": "Success"}


def test_sqlite_store_is_shared_between_processes(platform_public_key: VerifyingKey, tmp_path: Path) -> None:
    body, sign = _vector("php_escaped")
    worker_a = _receiver(platform_public_key, dedupe=SqliteDedupeStore(tmp_path / "seen.db"))
    worker_b = _receiver(platform_public_key, dedupe=SqliteDedupeStore(tmp_path / "seen.db"))
    with worker_a.receive(body, sign), pytest.raises(DuplicateNotificationError), worker_b.receive(body, sign):
        pass  # in progress on worker A
    with pytest.raises(DuplicateNotificationError), worker_b.receive(body, sign):
        pass  # processed by worker A


@pytest.mark.parametrize("store_kind", ["memory", "sqlite"])
def test_concurrent_duplicates_are_processed_once(
    platform_public_key: VerifyingKey, tmp_path: Path, store_kind: str
) -> None:
    body, sign = _vector("php_escaped")
    store = MemoryDedupeStore() if store_kind == "memory" else SqliteDedupeStore(tmp_path / "seen.db")
    receiver = _receiver(platform_public_key, dedupe=store)
    processed: list[int] = []
    start = threading.Barrier(8)

    def deliver(index: int) -> None:
        start.wait()
        try:
            with receiver.receive(body, sign):
                processed.append(index)
        except DuplicateNotificationError:
            pass

    threads = [threading.Thread(target=deliver, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(processed) == 1


def test_an_abandoned_claim_lapses(platform_public_key: VerifyingKey) -> None:
    body, sign = _vector("php_escaped")
    now = [1000.0]
    store = MemoryDedupeStore(lease=60, clock=lambda: now[0])
    receiver = _receiver(platform_public_key, dedupe=store)
    from payermax_signing import dedupe_key

    assert store.claim(dedupe_key(json.loads(body)), ttl=10_000)  # a worker died holding it
    with pytest.raises(DuplicateNotificationError), receiver.receive(body, sign):
        pass
    now[0] += 61
    with receiver.receive(body, sign):
        pass


@pytest.fixture
def merchant_endpoint(platform_public_key: VerifyingKey) -> Iterator[tuple[str, list[object]]]:
    """A merchant's notification endpoint, as a merchant would write it with the plugin."""
    receiver = NotificationReceiver(platform_public_key, max_age=None)
    processed: list[object] = []

    async def notify(request: Request) -> Response:
        body = await request.body()
        try:
            with receiver.receive(body, request.headers.get(SIGN_HEADER)) as notification:
                processed.append(notification)
        except DuplicateNotificationError:
            pass  # already handled: acknowledge so that PayerMax stops retrying
        except (InvalidSignatureError, MissingSignatureError, MalformedNotificationError):
            return Response(b"rejected", status_code=400)
        return Response(acknowledgement(), media_type="application/json")

    with serve(Starlette(routes=[Route("/payermax/notify", notify, methods=["POST"])])) as url:
        yield f"{url}/payermax/notify", processed


def test_notifications_over_http(merchant_endpoint: tuple[str, list[object]]) -> None:
    url, processed = merchant_endpoint
    body, sign = _vector("php_escaped")
    headers = {SIGN_HEADER: sign, "content-type": "application/json"}
    first = httpx.post(url, content=body, headers=headers)
    retry = httpx.post(url, content=body, headers=headers)
    forged = httpx.post(url, content=body.replace(b"R1642411016202", b"R9999999999999"), headers=headers)
    unsigned = httpx.post(url, content=body, headers={"content-type": "application/json"})
    assert first.json() == retry.json() == {"code": "SUCCESS", "msg": "Success"}
    assert (forged.status_code, unsigned.status_code) == (400, 400)
    assert len(processed) == 1

"""Notifications the tests sign themselves, with a platform key of their own, in PayerMax's envelope."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from payermax_signing import SigningKey
from payermax_signing.protocol import dumps, notification_envelope

APP_ID = "5f0bd5b1c9a54b4c8c6e6a1fd2b0a001"
MERCHANT_NO = "010229810189301"


def payment_payload(out_trade_no: str, *, notify_time: datetime | None = None, **changes: Any) -> dict[str, Any]:
    data = {
        "outTradeNo": out_trade_no,
        "tradeToken": f"T{out_trade_no}",
        "totalAmount": "39.90",
        "currency": "USD",
        "country": "US",
        "status": "SUCCESS",
    }
    payload = notification_envelope(
        app_id=APP_ID,
        merchant_no=MERCHANT_NO,
        notify_type="PAYMENT",
        notify_time=notify_time or datetime.now(UTC),
        data=data,
    )
    payload.update(changes)
    return payload


def signed(key: SigningKey, payload: dict[str, Any] | bytes) -> tuple[bytes, str]:
    body = payload if isinstance(payload, bytes) else dumps(payload)
    return body, key.sign(body)


def signed_payment(key: SigningKey, out_trade_no: str, *, age: timedelta = timedelta(0)) -> tuple[bytes, str]:
    return signed(key, payment_payload(out_trade_no, notify_time=datetime.now(UTC) - age))


def tampered(body: bytes, anchor: bytes) -> bytes:
    """``body`` with the first digit after ``anchor`` changed: one byte, the signature no longer matches."""
    start = body.index(anchor) + len(anchor)
    position = next(i for i in range(start, len(body)) if body[i : i + 1].isdigit())
    digit = body[position : position + 1]
    return body[:position] + (b"1" if digit != b"1" else b"2") + body[position + 1 :]

"""Receiving a notification: ``NotificationReceiver.receive`` against a bare verification of the same bytes.

The receiver verifies the signature, decodes the JSON, checks ``appId`` and ``notifyTime``, builds the typed
notification and claims, then commits, its dedupe key in the in-memory store. The reference only verifies
(``cryptography`` with the platform public key, base64 decoding included): the ratio is what everything after
the signature costs. Every notification is distinct (a new ``outTradeNo``) and signed before the clock starts;
rounds alternate, medians.
"""

from __future__ import annotations

import base64
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from payermax_client.notifications import example_notification
from payermax_signing import MemoryDedupeStore, NotificationReceiver, generate_key_pair
from payermax_signing.protocol import dumps, format_time

ROUNDS = 7
PER_ROUND = 300


def signed_notifications(
    count: int,
) -> tuple[list[tuple[bytes, str]], NotificationReceiver, Callable[[bytes, str], None]]:
    """``count`` distinct signed PAYMENT notifications, a receiver that trusts their signer and a bare verify."""
    platform = generate_key_pair()
    payload = example_notification("PAYMENT")
    notifications = []
    for number in range(count):
        payload["notifyTime"] = format_time(datetime.now(UTC))
        payload["data"]["outTradeNo"] = f"BENCH_NOTIFY_{number:06d}"
        body = dumps(payload)
        notifications.append((body, platform.sign(body)))
    receiver = NotificationReceiver(platform.verifying_key, app_id=str(payload["appId"]), dedupe=MemoryDedupeStore())
    public = platform.verifying_key._key
    pkcs1, sha256 = padding.PKCS1v15(), hashes.SHA256()

    def bare_verify(body: bytes, signature: str) -> None:
        public.verify(base64.b64decode(signature), body, pkcs1, sha256)

    return notifications, receiver, bare_verify


def measure() -> dict[str, float]:
    notifications, receiver, bare_verify = signed_notifications(ROUNDS * PER_ROUND + PER_ROUND)
    batches = [notifications[start : start + PER_ROUND] for start in range(0, len(notifications), PER_ROUND)]

    def receive_all(batch: list[tuple[bytes, str]]) -> float:
        started = time.perf_counter()
        for body, signature in batch:
            with receiver.receive(body, signature):
                pass
        return (time.perf_counter() - started) / len(batch)

    def verify_all(batch: list[tuple[bytes, str]]) -> float:
        started = time.perf_counter()
        for body, signature in batch:
            bare_verify(body, signature)
        return (time.perf_counter() - started) / len(batch)

    receive_all(batches[0])  # warm up (imports the notification models)
    verify_all(batches[0])
    received, verified = [], []
    for batch in batches[1:]:
        received.append(receive_all(batch))
        verified.append(verify_all(batch))
    results = {
        "receive_us": statistics.median(received) * 1e6,
        "bare_verify_us": statistics.median(verified) * 1e6,
    }
    results["receive_ratio"] = results["receive_us"] / results["bare_verify_us"]
    return results


if __name__ == "__main__":
    print(measure())

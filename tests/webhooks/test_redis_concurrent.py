"""Two receiver processes sharing one redis-server, fed the same notifications at the same moment, never both
process one: the handlers count in the redis-server, and every notification is counted exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import redis

from payermax_signing import SigningKey
from payermax_signing.protocol import SIGN_HEADER, is_acknowledgement

from .notifications import APP_ID, signed_payment
from .processes import receiver_process

NOTIFICATIONS = 120
RECEIVERS = ("A", "B")


def test_two_receiver_processes_process_each_notification_once(
    redis_url: str, redis_client: redis.Redis, platform_key: SigningKey, tmp_path: Path
) -> None:
    key = platform_key.verifying_key.to_base64()
    notifications = [signed_payment(platform_key, f"CONCURRENT-{i:04d}") for i in range(NOTIFICATIONS)]
    with (
        receiver_process(tmp_path, "A", redis_url=redis_url, platform_key=key, app_id=APP_ID) as url_a,
        receiver_process(tmp_path, "B", redis_url=redis_url, platform_key=key, app_id=APP_ID) as url_b,
        httpx.Client(timeout=60) as http,
    ):
        urls = dict(zip(RECEIVERS, (url_a, url_b), strict=True))
        barriers = [threading.Barrier(len(RECEIVERS), timeout=60) for _ in notifications]

        def deliver(index: int, receiver: str) -> tuple[int, str, int, bool]:
            body, sign = notifications[index]
            barriers[index].wait()  # both receivers get this notification at the same moment
            response = http.post(urls[receiver], content=body, headers={SIGN_HEADER: sign})
            return index, receiver, response.status_code, is_acknowledgement(response.status_code, response.content)

        # Tasks go in pairs, in order: a free worker always takes the partner of a half-started pair next.
        with ThreadPoolExecutor(max_workers=8) as pool:
            first_round = list(
                pool.map(lambda task: deliver(*task), [(i, r) for i in range(NOTIFICATIONS) for r in RECEIVERS])
            )
            # PayerMax's retries of every notification, to both: each is a duplicate now, acknowledged.
            replays = list(
                pool.map(lambda task: deliver(*task), [(i, r) for i in range(NOTIFICATIONS) for r in RECEIVERS])
            )

    processed = {_text(reference): int(times) for reference, times in redis_client.hgetall("processed").items()}
    assert processed == {f"CONCURRENT-{i:04d}": 1 for i in range(NOTIFICATIONS)}
    by = Counter(_text(entry).split(":")[0] for entry in redis_client.lrange("processed-by", 0, -1))
    assert sum(by.values()) == NOTIFICATIONS

    statuses = Counter(status for _, _, status, _ in first_round)
    assert set(statuses) <= {200, 409}, statuses
    for index in range(NOTIFICATIONS):  # at least one of the two acknowledged it
        assert any(acked for i, _, _, acked in first_round if i == index), index
    acknowledged_duplicates = statuses[200] - NOTIFICATIONS
    assert all(acked for *_, acked in replays)
    assert int(redis_client.get("duplicates") or 0) == acknowledged_duplicates + len(replays)
    print(
        f"\n{NOTIFICATIONS} notifications x {len(RECEIVERS)} processes: processed once each "
        f"(A {by['A']}, B {by['B']}); the other delivery got 409 (being processed) {statuses[409]} times "
        f"and a duplicate acknowledgement {acknowledged_duplicates} times; {len(replays)} replays acknowledged"
    )


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value

"""RedisDedupeStore against a real redis-server on 127.0.0.1: the same claim / commit / release contract as
the memory and SQLite stores, leases that lapse, tokens that keep one process off another's claim, and a
TTL that covers PayerMax's retries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from payermax_emulator.local_server import free_port
from payermax_signing import MemoryDedupeStore, NotificationReceiver, SigningKey, SqliteDedupeStore
from payermax_signing.dedupe import CommitAwareDedupeStore
from payermax_signing.protocol import NOTIFICATION_RETRY_SCHEDULE
from payermax_signing.redis_store import COMMITTED, DEFAULT_PREFIX, RedisDedupeStore
from payermax_signing.webhooks import NotificationWebhook, Outcome

from .notifications import APP_ID, signed_payment
from .processes import wait_for

HOUR = 3600.0
StoreFactory = Callable[[], CommitAwareDedupeStore]


@pytest.fixture(params=["memory", "sqlite", "redis"])
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreFactory]:
    """Makes stores that share one backend, as the worker processes of one merchant do (the memory store can
    only be shared within a process, so it hands out the same instance)."""
    if request.param == "memory":
        memory = MemoryDedupeStore()
        yield lambda: memory
    elif request.param == "sqlite":
        yield lambda: SqliteDedupeStore(tmp_path / "dedupe.sqlite3")
    else:
        client: redis.Redis = request.getfixturevalue("redis_client")
        yield lambda: RedisDedupeStore(client)


def test_the_contract_every_store_keeps(stores: StoreFactory) -> None:
    first, second = stores(), stores()
    assert isinstance(first, CommitAwareDedupeStore)
    assert first.claim("PAYMENT:a", HOUR)
    assert not second.claim("PAYMENT:a", HOUR)  # claimed right now
    assert not first.is_committed("PAYMENT:a") and not second.is_committed("PAYMENT:a")
    first.release("PAYMENT:a")
    assert second.claim("PAYMENT:a", HOUR)  # released: the next retry gets it
    second.commit("PAYMENT:a")
    assert first.is_committed("PAYMENT:a") and second.is_committed("PAYMENT:a")
    assert not first.claim("PAYMENT:a", HOUR)
    assert not second.claim("PAYMENT:a", HOUR)
    second.release("PAYMENT:a")  # a release never undoes a commit
    assert not first.claim("PAYMENT:a", HOUR)
    assert first.claim("PAYMENT:b", HOUR)  # keys are independent
    assert not first.is_committed("PAYMENT:never-seen")


def test_a_claim_and_a_commit_carry_their_expiry(redis_client: redis.Redis) -> None:
    store = RedisDedupeStore(redis_client, lease=120)
    assert store.claim("PAYMENT:a", 14 * HOUR)
    name = DEFAULT_PREFIX + "PAYMENT:a"
    assert 0 < redis_client.pttl(name) <= 120_000  # a claim lasts the lease, not the ttl
    assert redis_client.get(name) != COMMITTED.encode()
    store.commit("PAYMENT:a")
    assert redis_client.get(name) == COMMITTED.encode()
    assert 120_000 < redis_client.pttl(name) <= 14 * 3_600_000
    assert store.claim("PAYMENT:short", 30)  # a ttl shorter than the lease bounds the claim too
    assert 0 < redis_client.pttl(DEFAULT_PREFIX + "PAYMENT:short") <= 30_000


def test_the_claim_of_a_process_that_died_lapses(redis_client: redis.Redis) -> None:
    dead = RedisDedupeStore(redis_client, lease=0.5)
    assert dead.claim("PAYMENT:a", HOUR)  # ... and the process dies before commit or release
    survivor = RedisDedupeStore(redis_client, lease=0.5)
    wait_for(lambda: survivor.claim("PAYMENT:a", HOUR), timeout=60, what="the lease to lapse")
    survivor.commit("PAYMENT:a")
    assert survivor.is_committed("PAYMENT:a")
    # A committed key outlives the lease: wait until a claim made after the commit lapsed, then try again.
    assert survivor.claim("PAYMENT:probe", HOUR)
    wait_for(lambda: dead.claim("PAYMENT:probe", HOUR), timeout=60, what="a later lease to lapse")
    assert not dead.claim("PAYMENT:a", HOUR)


def test_a_lapsed_claim_cannot_commit_or_release_its_successors(redis_client: redis.Redis) -> None:
    slow = RedisDedupeStore(redis_client, lease=0.5)
    fast = RedisDedupeStore(redis_client, lease=HOUR)
    assert slow.claim("PAYMENT:a", HOUR)
    wait_for(lambda: fast.claim("PAYMENT:a", HOUR), timeout=60, what="the slow worker's lease to lapse")
    slow.release("PAYMENT:a")  # the slow worker failed late: the fast worker's claim stands
    assert not slow.claim("PAYMENT:a", HOUR)
    assert not fast.is_committed("PAYMENT:a")
    # The slow worker claims another key, its lease lapses, the fast worker takes over; the slow commit is ignored.
    assert slow.claim("PAYMENT:b", HOUR)
    wait_for(lambda: fast.claim("PAYMENT:b", HOUR), timeout=60, what="the slow worker's lease to lapse")
    slow.commit("PAYMENT:b")
    assert not fast.is_committed("PAYMENT:b")
    fast.release("PAYMENT:b")  # ... so the fast worker's failure still lets PayerMax's next retry through
    assert fast.claim("PAYMENT:b", HOUR)
    # A lapsed claim nobody took over can still be committed: the notification was processed.
    assert slow.claim("PAYMENT:c", HOUR)
    wait_for(lambda: redis_client.exists(DEFAULT_PREFIX + "PAYMENT:c") == 0, timeout=60, what="the lease to lapse")
    slow.commit("PAYMENT:c")
    assert fast.is_committed("PAYMENT:c")


def test_prefixes_and_decoded_clients(redis_url: str, redis_client: redis.Redis) -> None:
    text_client = redis.Redis.from_url(redis_url, decode_responses=True)
    shop_a = RedisDedupeStore(text_client, prefix="shop-a:")
    shop_b = RedisDedupeStore.from_url(redis_url, prefix="shop-b:")
    assert shop_a.claim("PAYMENT:a", HOUR) and shop_b.claim("PAYMENT:a", HOUR)
    shop_a.commit("PAYMENT:a")
    assert shop_a.is_committed("PAYMENT:a") and not shop_b.is_committed("PAYMENT:a")
    assert sorted(redis_client.keys("*")) == [b"shop-a:PAYMENT:a", b"shop-b:PAYMENT:a"]
    with pytest.raises(ValueError, match="lease"):
        RedisDedupeStore(redis_client, lease=0)


def test_the_receiver_keeps_processed_notifications_past_payermax_s_retries(
    redis_client: redis.Redis, platform_key: SigningKey
) -> None:
    receiver = NotificationReceiver(platform_key.verifying_key, app_id=APP_ID, dedupe=RedisDedupeStore(redis_client))
    body, sign = signed_payment(platform_key, "ORDER-R1")
    with receiver.receive(body, sign):
        pass
    [name] = redis_client.keys("*")
    retry_window = sum(delay.total_seconds() for delay in NOTIFICATION_RETRY_SCHEDULE)
    assert redis_client.pttl(name) > retry_window * 1000
    webhook = NotificationWebhook(receiver)
    assert webhook.handle(body, sign, lambda notification: None).outcome is Outcome.DUPLICATE


def test_an_unreachable_redis_means_retry_later(platform_key: SigningKey) -> None:
    store = RedisDedupeStore.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=5)
    receiver = NotificationReceiver(platform_key.verifying_key, app_id=APP_ID, dedupe=store)
    calls: list[object] = []
    reply = NotificationWebhook(receiver).handle(*signed_payment(platform_key, "ORDER-R2"), calls.append)
    assert (reply.outcome, reply.status, reply.acknowledged, calls) == (Outcome.UNAVAILABLE, 503, False, [])

"""A dedupe store in Redis, shared by every process and machine that receives a merchant's notifications.

Needs the ``redis`` extra (``pip install 'payermax-python[redis]'``)::

    from payermax_signing import NotificationReceiver
    from payermax_signing.redis_store import RedisDedupeStore

    store = RedisDedupeStore.from_url("redis://redis.internal:6379/0")
    receiver = NotificationReceiver.from_credentials(credentials, dedupe=store)

Same semantics as :class:`~payermax_signing.dedupe.MemoryDedupeStore` and
:class:`~payermax_signing.dedupe.SqliteDedupeStore`, one Redis key per notification:

- ``claim`` is ``SET key "claimed:<token>" NX PX lease``: atomic, and it lapses by itself after ``lease``
  seconds when the claiming process dies;
- ``commit`` and ``release`` run a Lua script that first checks the value still holds this store's token,
  so a process whose lease lapsed cannot commit or release the claim another process took over since;
- a committed key becomes ``"committed"`` and lives for the ``ttl`` of its claim, which the receiver sets
  past the oldest notification it accepts (14 hours and 5 minutes by default, beyond PayerMax's retries).

Tokens are kept per store instance and per key, so share one instance per process.
"""

from __future__ import annotations

import logging
import math
import secrets
import threading
from typing import Any

try:
    import redis
except ImportError as missing:  # pragma: no cover - depends on the environment
    raise ImportError(
        "RedisDedupeStore needs redis-py: pip install 'payermax-python[redis]'", name=missing.name
    ) from None

from .dedupe import DEFAULT_LEASE_SECONDS

DEFAULT_PREFIX = "payermax:notification:"
COMMITTED = "committed"
_CLAIMED = "claimed:"

log = logging.getLogger("payermax_signing.redis_store")

# KEYS[1] the key; ARGV[1] this claim's value, ARGV[2] the committed value, ARGV[3] the ttl in ms.
# A lapsed claim nobody took over can still be committed: the notification was processed.
_COMMIT = """
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] or current == false then
    redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
    return 1
end
return 0
"""

# KEYS[1] the key; ARGV[1] this claim's value.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


def _milliseconds(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


class RedisDedupeStore:
    """Remembers processed notifications in Redis (or any server speaking its protocol, e.g. Valkey).

    Args:
        client: a ``redis.Redis`` client (its pool is thread-safe; share one per process).
        prefix: prepended to every key, to share a database with other data.
        lease: seconds after which the claim of a process that died lapses.
    """

    def __init__(
        self, client: redis.Redis, *, prefix: str = DEFAULT_PREFIX, lease: float = DEFAULT_LEASE_SECONDS
    ) -> None:
        if lease <= 0:
            raise ValueError("lease must be positive")
        self._client = client
        self._prefix = prefix
        self._lease = lease
        self._lock = threading.Lock()
        self._claims: dict[str, tuple[str, float]] = {}  # key -> (claim value, ttl)
        self._commit = client.register_script(_COMMIT)
        self._release = client.register_script(_RELEASE)

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = DEFAULT_PREFIX, lease: float = DEFAULT_LEASE_SECONDS, **options: Any
    ) -> RedisDedupeStore:
        """A store on a new client for ``url`` (``redis://[:password@]host:port/db``, ``rediss://`` for TLS);
        ``options`` go to ``redis.Redis.from_url`` (timeouts, for instance)."""
        return cls(redis.Redis.from_url(url, **options), prefix=prefix, lease=lease)

    def claim(self, key: str, ttl: float) -> bool:
        value = f"{_CLAIMED}{secrets.token_hex(16)}"
        claimed = self._client.set(self._prefix + key, value, nx=True, px=_milliseconds(min(self._lease, ttl)))
        if not claimed:
            return False
        with self._lock:
            self._claims[key] = (value, ttl)
        return True

    def commit(self, key: str) -> None:
        with self._lock:
            claim = self._claims.pop(key, None)
        if claim is None:
            return
        value, ttl = claim
        if not self._commit(keys=[self._prefix + key], args=[value, COMMITTED, _milliseconds(ttl)]):
            log.warning("notification %s was processed after its claim lapsed and another worker took it over", key)

    def release(self, key: str) -> None:
        with self._lock:
            claim = self._claims.pop(key, None)
        if claim is not None:
            self._release(keys=[self._prefix + key], args=[claim[0]])

    def is_committed(self, key: str) -> bool:
        value = self._client.get(self._prefix + key)
        return value in (COMMITTED, COMMITTED.encode())

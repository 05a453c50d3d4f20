"""Fixtures of the webhook and Redis store tests: a redis-server and an emulator started as child processes
on 127.0.0.1 for the session, a platform key of the tests' own for notifications they sign themselves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import redis

from payermax_client import Client
from payermax_signing import MerchantCredentials, PayerMaxAuth, SigningKey, generate_key_pair

from .processes import emulator_server, redis_server


@dataclass(frozen=True)
class Emulator:
    """A running emulator: its base URL and its test merchant."""

    url: str
    environment: dict[str, str]

    @property
    def credentials(self) -> MerchantCredentials:
        return MerchantCredentials.from_env(self.environment)

    def client(self) -> Client:
        return Client(base_url=self.environment["PAYERMAX_BASE_URL"],
                      httpx_args={"auth": PayerMaxAuth(self.credentials)}, raise_on_unexpected_status=True)  # fmt: skip

    def control(self, method: str, path: str, json: Any = None) -> Any:
        response = httpx.request(method, f"{self.url}/emulator{path}", json=json, timeout=30)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    with emulator_server() as url:
        environment = httpx.get(f"{url}/emulator/merchant", timeout=30).json()
        yield Emulator(url, environment)


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    """A client of the session's redis-server, emptied before each test."""
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture(scope="session")
def platform_key() -> SigningKey:
    """Signs the notifications the tests build themselves (the emulator's key stays in the emulator)."""
    return generate_key_pair()

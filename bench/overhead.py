"""Part 2: a full SDK call against a hand-written httpx call that signs and verifies the same way.

SDK: ``order_query.sync(client=..., body=OrderQueryRequest(...))`` with ``PayerMaxAuth`` - model, envelope,
signature, request, answer verified, typed parse. Hand-written: the envelope as a dict, ``json.dumps``, an RSA
signature with ``cryptography``, ``httpx`` post, the answer's signature verified, ``json.loads``. Both hit one
local server that answers a fixed pre-signed answer; rounds alternate so drift affects both alike.

Also measured the same way: the async call with ``CONCURRENCY`` calls in flight at once (one event loop, one
connection pool each), and ``PayerMax`` / ``AsyncPayerMax`` (``payermax.collection.order_query(...)``: the
same call plus the call policy - deadline, retry loop, typed errors - and the result model alone).
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from payermax_client import AsyncPayerMax, Client, PayerMax
from payermax_client.api.collection import order_query
from payermax_client.models import OrderQueryRequest
from payermax_emulator.local_server import free_port
from payermax_signing import MerchantCredentials, PayerMaxAuth, generate_key_pair

ROUNDS = 5
CALLS = 200
#: Calls in flight at once in the concurrent async figure, and calls per round there.
CONCURRENCY = 50
CONCURRENT_CALLS = 1000


def hand_written(
    credentials: MerchantCredentials,
) -> tuple[Callable[[], dict[str, Any]], Callable[[httpx.Response], Any]]:
    """What a merchant writes without the SDK: build, sign, and later verify and decode."""
    private = credentials.merchant_key._key  # the same key objects, used the hand-written way
    public = credentials.platform_key._key

    def build() -> dict[str, Any]:
        envelope = {
            "version": "1.5",
            "keyVersion": "1",
            "requestTime": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "appId": credentials.app_id,
            "merchantNo": credentials.merchant_no,
            "data": {"outTradeNo": "BENCH_ORDER_1"},
        }
        body = json.dumps(envelope, separators=(",", ":")).encode()
        sign = base64.b64encode(private.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()
        return {"content": body, "headers": {"content-type": "application/json", "sign": sign}}

    def check(response: httpx.Response) -> Any:
        public.verify(base64.b64decode(response.headers["sign"]), response.content, padding.PKCS1v15(), hashes.SHA256())
        answer = json.loads(response.content)
        if answer["code"] != "APPLY_SUCCESS":
            raise RuntimeError(answer["code"])
        return answer["data"]

    return build, check


def _time(calls: Callable[[], None]) -> float:
    started = time.perf_counter()
    calls()
    return (time.perf_counter() - started) / CALLS


def measure() -> dict[str, float]:
    platform = generate_key_pair()
    credentials = MerchantCredentials(app_id="bench", merchant_no="P0101", merchant_key=generate_key_pair(),
                                      platform_key=platform.verifying_key)  # fmt: skip
    port = free_port()
    with tempfile.TemporaryDirectory() as scratch:
        key_file = Path(scratch) / "platform.pem"
        key_file.write_text(platform.to_pem())
        server = subprocess.Popen([sys.executable, "-m", "bench.fixed_server", str(port), str(key_file)])
        try:
            return _measure(f"http://127.0.0.1:{port}/aggregate-pay/api/gateway", credentials)
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_until_up(base_url: str) -> None:
    deadline = time.monotonic() + 10
    while True:
        try:
            httpx.post(base_url + "/ping", content=b"{}")
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _measure(base_url: str, credentials: MerchantCredentials) -> dict[str, float]:
    _wait_until_up(base_url)
    build, check = hand_written(credentials)
    body = OrderQueryRequest(out_trade_no="BENCH_ORDER_1")
    sdk = Client(base_url=base_url, httpx_args={"auth": PayerMaxAuth(credentials)})
    raw = httpx.Client()
    url = base_url + "/orderQuery"

    def sdk_calls() -> None:
        for _ in range(CALLS):
            order_query.sync(client=sdk, body=body)

    def raw_calls() -> None:
        for _ in range(CALLS):
            check(raw.post(url, **build()))

    async def async_rounds() -> dict[str, list[float]]:
        async_sdk = Client(base_url=base_url, httpx_args={"auth": PayerMaxAuth(credentials)})
        limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
        async_sdk_50 = Client(base_url=base_url, httpx_args={"auth": PayerMaxAuth(credentials), "limits": limits})
        async with (
            async_sdk,
            async_sdk_50,
            httpx.AsyncClient() as async_raw,
            httpx.AsyncClient(limits=limits) as async_raw_50,
            AsyncPayerMax(credentials, base_url=base_url) as facade,
        ):

            async def sdk_once() -> None:
                await order_query.asyncio(client=async_sdk, body=body)

            async def raw_once() -> None:
                check(await async_raw.post(url, **build()))

            async def facade_once() -> None:
                await facade.collection.order_query(body)

            async def timed(call: Callable[[], Coroutine[Any, Any, None]]) -> float:
                started = time.perf_counter()
                for _ in range(CALLS):
                    await call()
                return (time.perf_counter() - started) / CALLS

            async def sdk_50() -> None:
                await order_query.asyncio(client=async_sdk_50, body=body)

            async def raw_50() -> None:
                check(await async_raw_50.post(url, **build()))

            async def concurrently(call: Callable[[], Coroutine[Any, Any, None]]) -> float:
                """Seconds per call with CONCURRENCY workers sharing CONCURRENT_CALLS calls."""

                async def worker() -> None:
                    for _ in range(CONCURRENT_CALLS // CONCURRENCY):
                        await call()

                started = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
                return (time.perf_counter() - started) / CONCURRENT_CALLS

            times: dict[str, list[float]] = {"sdk": [], "raw": [], "facade": [], "sdk_50": [], "raw_50": []}
            for call in (sdk_once, raw_once, facade_once):
                await timed(call)  # warm up
            await concurrently(sdk_50)  # warm up (opens the connections)
            await concurrently(raw_50)
            for _ in range(ROUNDS):
                times["sdk"].append(await timed(sdk_once))
                times["raw"].append(await timed(raw_once))
                times["facade"].append(await timed(facade_once))
                times["sdk_50"].append(await concurrently(sdk_50))
                times["raw_50"].append(await concurrently(raw_50))
            return times

    facade = PayerMax(credentials, base_url=base_url)

    def facade_calls() -> None:
        for _ in range(CALLS):
            facade.collection.order_query(body)

    sdk_calls()  # warm up all three
    raw_calls()
    facade_calls()
    sync_sdk, sync_raw, sync_facade = [], [], []
    for _ in range(ROUNDS):
        sync_sdk.append(_time(sdk_calls))
        sync_raw.append(_time(raw_calls))
        sync_facade.append(_time(facade_calls))
    facade.close()
    sdk.get_httpx_client().close()
    raw.close()
    times = asyncio.run(async_rounds())

    def ms(samples: list[float]) -> float:
        return statistics.median(samples) * 1000

    results = {
        "sync_sdk_ms": ms(sync_sdk),
        "sync_raw_ms": ms(sync_raw),
        "sync_facade_ms": ms(sync_facade),
        "async_sdk_ms": ms(times["sdk"]),
        "async_raw_ms": ms(times["raw"]),
        "async_facade_ms": ms(times["facade"]),
        "async50_sdk_ms": ms(times["sdk_50"]),
        "async50_raw_ms": ms(times["raw_50"]),
    }
    results["sync_ratio"] = results["sync_sdk_ms"] / results["sync_raw_ms"]
    results["async_ratio"] = results["async_sdk_ms"] / results["async_raw_ms"]
    results["sync_facade_ratio"] = results["sync_facade_ms"] / results["sync_raw_ms"]
    results["async_facade_ratio"] = results["async_facade_ms"] / results["async_raw_ms"]
    results["async50_ratio"] = results["async50_sdk_ms"] / results["async50_raw_ms"]
    results["async50_sdk_per_s"] = 1000 / results["async50_sdk_ms"]
    results["async50_raw_per_s"] = 1000 / results["async50_raw_ms"]
    return results

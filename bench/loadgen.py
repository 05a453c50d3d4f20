"""A load generator for the emulator: pre-signed requests over keep-alive HTTP/1.1 connections.

Requests are signed before the clock starts (in a process pool), so the load generator spends almost no
CPU while measuring and the emulator gets the machine. Every answer's signature is still verified.

    python -m bench.loadgen --env merchant.env --concurrency 8 --seconds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import uvloop

from payermax_emulator.services.credentials import read_env_file
from payermax_signing import MerchantCredentials, build_envelope

VERIFY_EVERY = 10
ORDER = {
    "integrate": "Hosted_Checkout", "subject": "Benchmark order", "totalAmount": "12.34", "currency": "USD",
    "userId": "bench-user", "frontCallbackUrl": "https://shop.example.com/return",
}  # fmt: skip


@dataclass(frozen=True)
class Prepared:
    path: str
    body: bytes
    sign: str


def _sign_batch(env: dict[str, str], operation: str, datas: list[bytes]) -> list[Prepared]:
    credentials = MerchantCredentials.from_env(env)
    path = urlsplit(env["PAYERMAX_BASE_URL"]).path + "/" + operation
    prepared = []
    for data in datas:
        body = build_envelope(data, version="1.5", credentials=credentials)
        prepared.append(Prepared(path, body, credentials.merchant_key.sign(body)))
    return prepared


def prepare(env: dict[str, str], orders: int, queries: int, workers: int) -> tuple[list[Prepared], list[Prepared]]:
    """``orders`` orderAndPay requests with unique order numbers and ``queries`` orderQuery requests."""
    order_numbers = [f"BENCH_{uuid.uuid4().hex}" for _ in range(orders)]
    order_datas = [json.dumps({**ORDER, "outTradeNo": number}).encode() for number in order_numbers]
    query_datas = [json.dumps({"outTradeNo": order_numbers[i]}).encode() for i in range(queries)]
    chunks = max(1, workers)
    with ProcessPoolExecutor(workers) as pool:
        order_parts = [order_datas[i::chunks] for i in range(chunks)]
        query_parts = [query_datas[i::chunks] for i in range(chunks)]
        signed_orders = pool.map(_sign_batch, [env] * chunks, ["orderAndPay"] * chunks, order_parts)
        signed_queries = pool.map(_sign_batch, [env] * chunks, ["orderQuery"] * chunks, query_parts)
        return [p for part in signed_orders for p in part], [p for part in signed_queries for p in part]


def _wire(request: Prepared, host: str, port: int) -> bytes:
    """The request as sent: built before the clock starts, like its signature."""
    head = (
        f"POST {request.path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(request.body)}\r\nsign: {request.sign}\r\n\r\n"
    )
    return head.encode() + request.body


class _Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection that sends requests one after another and checks each answer.

    Each connection takes the next (orderAndPay, orderQuery) pair from one queue that all connections share,
    and sends the query after its order's answer: every connection stays busy until the queue is empty, so
    the run is at the stated concurrency from start to end (fixed shares would leave fewer connections
    working towards the end). The next request leaves from ``data_received`` as soon as the answer before it
    is complete and checked: no future, task or stream between the socket and the check, so the load
    generator takes as little of the shared CPU as it can.
    """

    def __init__(self, pairs: Iterator[tuple[bytes, bytes]], latencies: list[float], failures: list[str],
                 verify: MerchantCredentials) -> None:  # fmt: skip
        self._pairs = pairs
        self._query: bytes | None = None
        self._latencies = latencies
        self._failures = failures
        self._verify = verify
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._sent_at = 0.0
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = transport  # type: ignore[assignment]
        self._send_next()

    def _send_next(self) -> None:
        assert self._transport is not None
        request, self._query = (self._query, None) if self._query is not None else next(self._pairs, (None, None))
        if request is None:
            self._transport.close()
            if not self.done.done():
                self.done.set_result(None)
            return
        self._sent_at = time.perf_counter()
        self._transport.write(request)

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        answer = _take_answer(self._buffer)
        if answer is None:
            return
        self._latencies.append(time.perf_counter() - self._sent_at)
        self._check(*answer)
        self._send_next()

    def _check(self, status: int, sign: str | None, body: bytes) -> None:
        checked = len(self._latencies) % VERIFY_EVERY == 0  # verifying every answer would take CPU from the emulator
        if status != 200 or sign is None or (checked and not self._verify.platform_key.verify(body, sign)):
            self._failures.append(f"HTTP {status}, signature {'missing' if sign is None else 'invalid'}")
        elif b'"code":"APPLY_SUCCESS"' not in body:
            self._failures.append(body[:120].decode(errors="replace"))

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(exc or ConnectionError("the emulator closed the connection"))


def _header(head: bytes, lowered: bytes, name: bytes) -> bytes | None:
    """The value of header ``name`` (lower case, with its colon) in ``head``; ``lowered`` is ``head.lower()``."""
    start = lowered.find(b"\r\n" + name)
    if start < 0:
        return None
    start += 2 + len(name)
    end = head.find(b"\r\n", start)
    return head[start : end if end >= 0 else len(head)].strip()


def _take_answer(buffer: bytearray) -> tuple[int, str | None, bytes] | None:
    """The first complete answer in ``buffer`` (removed from it): status, ``sign`` header, body; None while it is
    incomplete."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = bytes(buffer[:end])
    lowered = head.lower()
    length = int(_header(head, lowered, b"content-length:") or b"0")
    if len(buffer) < end + 4 + length:
        return None
    body = bytes(buffer[end + 4 : end + 4 + length])
    del buffer[: end + 4 + length]
    sign = _header(head, lowered, b"sign:")
    return int(head.split(b" ", 2)[1]), None if sign is None else sign.decode("latin-1"), body


async def _connection(host: str, port: int, pairs: Iterator[tuple[bytes, bytes]], latencies: list[float],
                      failures: list[str], verify: MerchantCredentials) -> None:  # fmt: skip
    loop = asyncio.get_running_loop()
    _, connection = await loop.create_connection(lambda: _Connection(pairs, latencies, failures, verify), host, port)
    await connection.done


@dataclass(frozen=True)
class Result:
    concurrency: int
    requests: int
    seconds: float
    failures: int
    p50_ms: float
    p99_ms: float
    first_failure: str | None

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds


async def _run(env: dict[str, str], concurrency: int, orders: list[Prepared], queries: list[Prepared]) -> Result:
    url = urlsplit(env["PAYERMAX_BASE_URL"])
    host, port = url.hostname or "127.0.0.1", url.port or 80
    verify = MerchantCredentials.from_env(env)
    # Each connection places an order, then queries it, then takes the next order from the shared queue.
    wired = [(_wire(order, host, port), _wire(query, host, port)) for order, query in zip(orders, queries, strict=True)]
    pairs = iter(wired)
    latencies: list[float] = []
    failures: list[str] = []
    started = time.perf_counter()
    await asyncio.gather(*(_connection(host, port, pairs, latencies, failures, verify) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return Result(
        concurrency=concurrency,
        requests=len(latencies),
        seconds=elapsed,
        failures=len(failures),
        p50_ms=statistics.median(latencies) * 1000,
        p99_ms=latencies[int(len(latencies) * 0.99) - 1] * 1000,
        first_failure=failures[0] if failures else None,
    )


def measure(env: dict[str, str], concurrency: int, requests: int, workers: int = 2) -> Result:
    orders, queries = prepare(env, requests // 2, requests // 2, workers)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:  # the emulator's loop: less CPU per call
        return runner.run(_run(env, concurrency, orders, queries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--env", type=Path, required=True, help="the emulator's merchant.env")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    result = measure(read_env_file(args.env), args.concurrency, args.requests)
    print(json.dumps(result.__dict__ | {"per_second": result.per_second}))


if __name__ == "__main__":
    main()

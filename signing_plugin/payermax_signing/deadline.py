"""httpx transports that hold each request to its call's deadline, answer body included.

httpx bounds each network wait (connect, write, each read) but not a request as a whole: a server that sends
its answer one byte every few seconds keeps a call alive for ever. These wrappers read the deadline the SDK
puts on a request (extension ``payermax_deadline``), refuse to start a request whose deadline has passed and,
while the answer streams in, shorten the read timeout before every read to what is left, raising
``httpx.ReadTimeout`` once the deadline passes. Requests without a deadline pass through untouched.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .timeouts import Deadline

DEADLINE_EXTENSION = "payermax_deadline"
MINIMUM_WAIT = 0.001


def _deadline(request: httpx.Request) -> Deadline | None:
    found = request.extensions.get(DEADLINE_EXTENSION)
    return found if isinstance(found, Deadline) else None


def _start(request: httpx.Request, deadline: Deadline) -> dict[str, Any]:
    """Cut the request's timeouts to the time left (a fresh dict, which httpcore reads before every read)."""
    left = deadline.remaining()
    if left <= 0:
        raise httpx.PoolTimeout("the call's time budget was spent before this attempt could start", request=request)
    timeouts = {name: min(value, left) if value is not None else left for name, value in _timeouts(request).items()}
    request.extensions["timeout"] = timeouts
    return timeouts


def _timeouts(request: httpx.Request) -> dict[str, float | None]:
    found = request.extensions.get("timeout") or {}
    return {name: found.get(name) for name in ("connect", "read", "write", "pool")}


def _before_read(request: httpx.Request, deadline: Deadline, timeouts: dict[str, Any]) -> None:
    left = deadline.remaining()
    if left <= 0:
        raise httpx.ReadTimeout("the call's time budget ran out while the answer was arriving", request=request)
    timeouts["read"] = max(min(timeouts.get("read") or left, left), MINIMUM_WAIT)


class _DeadlineStream(httpx.SyncByteStream):
    def __init__(
        self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: Deadline, timeouts: dict[str, Any]
    ) -> None:
        self._inner, self._request, self._deadline, self._timeouts = inner, request, deadline, timeouts

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            _before_read(self._request, self._deadline, self._timeouts)
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(
        self, inner: httpx.AsyncByteStream, request: httpx.Request, deadline: Deadline, timeouts: dict[str, Any]
    ) -> None:
        self._inner, self._request, self._deadline, self._timeouts = inner, request, deadline, timeouts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = aiter(self._inner)
        while True:
            _before_read(self._request, self._deadline, self._timeouts)
            try:
                chunk = await anext(chunks)
            except StopAsyncIteration:
                return
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class DeadlineTransport(httpx.BaseTransport):
    """Wraps a sync transport (by default httpx's own) with the deadline rules above."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = _deadline(request)
        if deadline is None:
            return self.inner.handle_request(request)
        timeouts = _start(request, deadline)
        response = self.inner.handle_request(request)
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _DeadlineStream(response.stream, request, deadline, timeouts)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDeadlineTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport (by default httpx's own) with the deadline rules above."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        deadline = _deadline(request)
        if deadline is None:
            return await self.inner.handle_async_request(request)
        timeouts = _start(request, deadline)
        response = await self.inner.handle_async_request(request)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncDeadlineStream(response.stream, request, deadline, timeouts)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

"""Merchant endpoints that misbehave, as real asyncio servers on 127.0.0.1 (each in its own thread and loop):
one that never answers, one that trickles its reply one byte at a time, one that floods a huge reply."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, "HostileServer"], Awaitable[None]]


@dataclass
class HostileServer:
    url: str = ""
    connections: int = 0
    bytes_sent: int = 0
    stop: asyncio.Event = field(default_factory=asyncio.Event)


async def _read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            await reader.readexactly(int(line.split(b":", 1)[1]))


async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: HostileServer) -> None:
    """Read the request, never answer."""
    await _read_request(reader)
    await server.stop.wait()


async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: HostileServer) -> None:
    """Answer 200 with a 10,000-byte body, one byte per second."""
    await _read_request(reader)
    writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 10000\r\n\r\n")
    for _ in range(10_000):
        writer.write(b" ")
        await writer.drain()
        server.bytes_sent += 1
        try:
            await asyncio.wait_for(server.stop.wait(), timeout=1.0)
            return
        except TimeoutError:
            continue


async def flood(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: HostileServer) -> None:
    """Answer 200 with a 300 MB body, as fast as the reader takes it."""
    await _read_request(reader)
    total, chunk = 300 * 1024 * 1024, b"x" * (1024 * 1024)
    writer.write(f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {total}\r\n\r\n".encode())
    while server.bytes_sent < total and not server.stop.is_set():
        writer.write(chunk)
        await writer.drain()
        server.bytes_sent += len(chunk)


@contextmanager
def hostile_server(handler: Handler) -> Iterator[HostileServer]:
    """Serve ``handler`` on 127.0.0.1 until the block ends; yields the server (its ``url`` is set)."""
    loop = asyncio.new_event_loop()
    state = HostileServer()
    ready = threading.Event()
    servers: list[asyncio.Server] = []

    async def connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        state.connections += 1
        try:
            await handler(reader, writer, state)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    async def start() -> None:
        state.stop = asyncio.Event()
        server = await asyncio.start_server(connection, "127.0.0.1", 0)
        servers.append(server)
        state.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/notify"
        ready.set()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, name=f"hostile-{handler.__name__}", daemon=True)
    thread.start()
    if not ready.wait(60):
        raise RuntimeError("the hostile server did not start")
    try:
        yield state
    finally:

        async def shutdown() -> None:
            state.stop.set()
            servers[0].close()
            await asyncio.sleep(0.1)

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)

"""Misbehaving servers on 127.0.0.1, written with bare sockets so that nothing smooths their behaviour over.

- :func:`silent_server`: accepts connections, reads what arrives, never answers.
- :func:`trickling_server`: answers with a valid HTTP head, then sends the body one byte at a time, slowly.

Each yields its base URL and a :class:`Connections` record of what arrived; everything is closed when the
block ends.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Connections:
    accepted: int = 0
    received: list[bytes] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def requests_with_body(self) -> int:
        with self.lock:
            return sum(1 for chunk in self.received if b"\r\n\r\n" in chunk and chunk.split(b"\r\n\r\n", 1)[1])


@contextmanager
def _listening() -> Iterator[socket.socket]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.05)
    try:
        yield listener
    finally:
        listener.close()


def _serve(
    listener: socket.socket, stop: threading.Event, record: Connections, reply: bytes | None, pause: float
) -> None:
    open_sockets: list[socket.socket] = []
    try:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            open_sockets.append(connection)
            with record.lock:
                record.accepted += 1
            threading.Thread(target=_handle, args=(connection, record, reply, pause, stop), daemon=True).start()
    finally:
        for connection in open_sockets:
            connection.close()


def _read_request(connection: socket.socket, stop: threading.Event) -> bytes:
    """The request's bytes: the head, then as much body as its Content-Length announces."""
    connection.settimeout(0.05)
    data = b""
    while not stop.is_set():
        head, _, body = data.partition(b"\r\n\r\n")
        if _:
            length = next(
                (
                    int(line.split(b":", 1)[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                0,
            )
            if len(body) >= length:
                return data
        try:
            chunk = connection.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk
    return data


def _handle(
    connection: socket.socket, record: Connections, reply: bytes | None, pause: float, stop: threading.Event
) -> None:
    data = _read_request(connection, stop)
    with record.lock:
        record.received.append(data)
    if reply is None:
        return  # hold the connection open, silently, until the server stops
    head, body = reply.split(b"\r\n\r\n", 1)
    try:
        connection.sendall(head + b"\r\n\r\n")
        for byte in body:
            if stop.wait(pause):
                return
            connection.sendall(bytes([byte]))
    except OSError:
        return


@contextmanager
def _server(reply: bytes | None, pause: float = 0.0) -> Iterator[tuple[str, Connections]]:
    record = Connections()
    stop = threading.Event()
    with _listening() as listener:
        thread = threading.Thread(target=_serve, args=(listener, stop, record, reply, pause), daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{listener.getsockname()[1]}", record
        finally:
            stop.set()
            thread.join(timeout=5)


@contextmanager
def silent_server() -> Iterator[tuple[str, Connections]]:
    """A gateway that accepts every connection and never answers."""
    with _server(None) as found:
        yield found


@contextmanager
def trickling_server(body: bytes, pause: float) -> Iterator[tuple[str, Connections]]:
    """A gateway whose answer's body arrives one byte every ``pause`` seconds."""
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    with _server(head + body, pause) as found:
        yield found

"""Several worker processes behind one port, each connection handed to the next worker in turn.

Worker processes that all accept from one shared listening socket (uvicorn's ``--workers``) do not share the
work: the first worker to wake up accepts every connection that is waiting, so a client that opens its
keep-alive connections together (a connection pool, a load test) gets them all served by one process - one
core - while the others idle. Here the parent process owns the listening socket, accepts, and passes each
connection (``SCM_RIGHTS`` over a Unix socket pair) to the workers in turn, as Node's cluster module does; a
worker adopts it into its uvicorn server. Connections are long-lived (keep-alive), so the hand-over costs
nothing per request.

The parent binds the port before any worker starts (a port in use fails at once, exit status 3 as uvicorn's),
restarts a worker that dies, and on SIGINT/SIGTERM stops accepting and stops the workers; a worker whose
parent is gone finishes (its channel closes) - and exits at once if the parent was killed
(``app._exit_with_parent``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import selectors
import signal
import socket
import sys
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

import uvicorn

log = logging.getLogger("payermax_emulator.processes")

STARTUP_FAILURE = 3  # uvicorn's exit status when it cannot start
BACKLOG = 2048
_SPAWN = multiprocessing.get_context("spawn")


class _HandedServer(uvicorn.Server):
    """A uvicorn server without a listening socket of its own: it serves the connections its channel hands it."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self._channel = channel
        self._adopting: set[asyncio.Task[Any]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])
        if self.started:
            self._channel.setblocking(False)
            asyncio.get_running_loop().add_reader(self._channel.fileno(), self._adopt)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().remove_reader(self._channel.fileno())
        await super().shutdown(sockets=sockets)

    def _protocol(self) -> asyncio.Protocol:
        protocol: asyncio.Protocol = self.config.http_protocol_class(  # type: ignore[call-arg]
            config=self.config, server_state=self.server_state, app_state=self.lifespan.state
        )
        return _Coalescing(protocol)

    def _adopt(self) -> None:
        try:
            message, fds, _, _ = socket.recv_fds(self._channel, 1, 1)
        except (BlockingIOError, InterruptedError):
            return
        if not message:  # the parent is gone: finish the connections in hand and stop
            asyncio.get_running_loop().remove_reader(self._channel.fileno())
            self.should_exit = True
            return
        for fd in fds:
            connection = socket.socket(fileno=fd)
            task = asyncio.get_running_loop().create_task(self._serve_connection(connection))
            self._adopting.add(task)
            task.add_done_callback(self._adopting.discard)

    async def _serve_connection(self, connection: socket.socket) -> None:
        try:
            await asyncio.get_running_loop().connect_accepted_socket(self._protocol, connection)
        except OSError:  # the client went away between accept and adoption
            connection.close()


class _CoalescingTransport:
    """A transport whose writes of one event-loop iteration leave in one ``send``: uvicorn writes an answer's
    head and body separately - two packets, two wake-ups of the client - where one will do."""

    def __init__(self, transport: Any) -> None:
        self._transport = transport
        self._pending: list[bytes] = []
        self._loop = asyncio.get_running_loop()

    def write(self, data: bytes) -> None:
        if not self._pending:
            self._loop.call_soon(self._flush)
        self._pending.append(data)

    def _flush(self) -> None:
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _Coalescing(asyncio.Protocol):
    """``protocol`` with a :class:`_CoalescingTransport`."""

    def __init__(self, protocol: asyncio.Protocol) -> None:
        self._protocol = protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._protocol.connection_made(_CoalescingTransport(transport))  # type: ignore[arg-type]

    def data_received(self, data: bytes) -> None:
        self._protocol.data_received(data)

    def eof_received(self) -> bool | None:
        return self._protocol.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self._protocol.connection_lost(exc)

    def pause_writing(self) -> None:
        self._protocol.pause_writing()

    def resume_writing(self) -> None:
        self._protocol.resume_writing()


def _worker_main(config: dict[str, Any], channel: socket.socket) -> None:
    _HandedServer(uvicorn.Config(**config), channel).run()


@dataclass
class _Worker:
    process: BaseProcess
    channel: socket.socket

    @classmethod
    def start(cls, config: dict[str, Any]) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = _SPAWN.Process(target=_worker_main, args=(config, theirs), name="payermax-emulator-worker")
        process.start()
        theirs.close()
        return cls(process, ours)

    def hand(self, connection: socket.socket) -> bool:
        """Pass ``connection`` on; False if this worker cannot take it (it died)."""
        try:
            socket.send_fds(self.channel, [b"c"], [connection.fileno()])
        except OSError:
            return False
        return True

    def stop(self) -> None:
        self.channel.close()  # the worker sees its channel close and finishes gracefully
        if self.process.is_alive():
            self.process.terminate()

    def join(self, timeout: float) -> None:
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


@dataclass
class _Supervisor:
    config: dict[str, Any]
    listener: socket.socket
    workers: list[_Worker]
    turn: int = 0
    stopping: bool = False
    selector: selectors.BaseSelector = field(default_factory=selectors.DefaultSelector)

    def run(self) -> None:
        self.selector.register(self.listener, selectors.EVENT_READ)
        while not self.stopping:
            if self.selector.select(timeout=0.5):
                self._accept()
            self._replace_dead()

    def _accept(self) -> None:
        try:
            connection, _ = self.listener.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return
        with connection:  # the worker holds its own copy once handed
            for _ in range(len(self.workers)):
                worker = self.workers[self.turn]
                self.turn = (self.turn + 1) % len(self.workers)
                if worker.hand(connection):
                    return
            log.error("no worker process could take a connection")

    def _replace_dead(self) -> None:
        for index, worker in enumerate(self.workers):
            if not worker.process.is_alive() and not self.stopping:
                log.error("worker process %s exited with %s; starting another", worker.process.pid,
                          worker.process.exitcode)  # fmt: skip
                worker.channel.close()
                self.workers[index] = _Worker.start(self.config)

    def stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True

    def close(self) -> None:
        self.selector.close()
        self.listener.close()
        for worker in self.workers:
            worker.stop()
        for worker in self.workers:
            worker.join(timeout=10)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as problem:
        log.error("%s", problem)
        listener.close()
        sys.exit(STARTUP_FAILURE)
    listener.listen(BACKLOG)
    listener.setblocking(False)
    return listener


def serve(processes: int, **config: Any) -> None:
    """Serve ``uvicorn.Config(**config)`` (``host``, ``port``, an app factory...) from ``processes`` worker
    processes, each connection handed to the next worker in turn. Returns after SIGINT or SIGTERM."""
    listener = _bind(config["host"], config["port"])
    log.info("serving http://%s:%s with %d worker processes", config["host"], config["port"], processes)
    supervisor = _Supervisor(config, listener, [_Worker.start(config) for _ in range(processes)])
    previous = {sig: signal.signal(sig, supervisor.stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        supervisor.run()
    finally:
        supervisor.close()
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler)

"""A stand-in for PayerMax that answers as a test scripts it, over a real socket.

Every request is recorded with its headers, its envelope and whether the merchant's signature verifies. The
answer to each request is the next step of ``script`` (then ``answer`` for every request after it):

- a mapping: that answer, signed with the platform key;
- ``"http-503"``: an unsigned proxy error page;
- a callable: called with the exchange, returns one of the above.

By default the answer echoes the request's ``data`` back as ``data`` with ``APPLY_SUCCESS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_emulator.local_server import serve
from payermax_signing import SigningKey, VerifyingKey, generate_key_pair
from payermax_signing.protocol import SIGN_HEADER, SUCCESS_CODE, dumps, loads

Step = Mapping[str, Any] | str | Callable[["Exchange"], Any]


@dataclass
class Exchange:
    path: str
    body: bytes
    headers: dict[str, str]
    signature_ok: bool

    @property
    def envelope(self) -> dict[str, Any]:
        decoded: dict[str, Any] = loads(self.body)
        return decoded

    @property
    def data(self) -> Any:
        return self.envelope.get("data")


def echo_data(exchange: Exchange) -> dict[str, Any]:
    return {"code": SUCCESS_CODE, "msg": "", "data": exchange.data}


@dataclass
class ScriptedGateway:
    merchant_public_key: VerifyingKey
    platform_key: SigningKey = field(default_factory=generate_key_pair)
    script: list[Step] = field(default_factory=list)
    answer: Step = echo_data
    received: list[Exchange] = field(default_factory=list)

    def signed(self, payload: Any) -> Response:
        content = dumps(payload) if not isinstance(payload, bytes) else payload
        return Response(content, media_type="application/json", headers={SIGN_HEADER: self.platform_key.sign(content)})

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        sign = request.headers.get(SIGN_HEADER, "")
        exchange = Exchange(request.url.path, body, dict(request.headers), self.merchant_public_key.verify(body, sign))
        self.received.append(exchange)
        step: Any = self.script.pop(0) if self.script else self.answer
        if callable(step):
            step = step(exchange)
        if step == "http-503":
            return Response(b"<html>503 Service Unavailable</html>", status_code=503, media_type="text/html")
        if not exchange.signature_ok:
            step = {"code": "SIGN_VERIFY_FAILED", "msg": "The signature verify failed."}
        return self.signed(step)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/{operation}", self.handle, methods=["POST"])])

    @contextmanager
    def running(self) -> Iterator[str]:
        with serve(self.app()) as url:
            yield url

    @property
    def request_times(self) -> list[str]:
        return [str(exchange.envelope["requestTime"]) for exchange in self.received]


def refusal(code: str, msg: str = "") -> dict[str, str]:
    return {"code": code, "msg": msg}

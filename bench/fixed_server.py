"""A minimal HTTP/1.1 server answering every POST with one fixed, pre-signed PayerMax answer.

Both clients of the per-call benchmark talk to it, so the server costs the same for both and the
comparison measures the clients. Run as its own process: ``python -m bench.fixed_server PORT KEY_FILE``.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from payermax_signing import SigningKey

ANSWER = {
    "code": "APPLY_SUCCESS",
    "msg": "Success.",
    "data": {
        "outTradeNo": "BENCH_ORDER_1",
        "tradeToken": "T2026112308000000000001",
        "totalAmount": 39.90,
        "currency": "USD",
        "country": "US",
        "status": "SUCCESS",
        "resultMsg": "",
        "paymentDetails": [
            {"paymentMethodType": "CARD", "payAmount": 39.90, "payCurrency": "USD", "exchangeRate": "1",
             "cardInfo": {"cardOrg": "VISA", "cardNumber": "411111******1111", "cardLast4": "1111"}}
        ],
        "createTime": "2026-11-23T08:00:00.000+00:00",
        "completeTime": "2026-11-23T08:00:05.000+00:00",
    },
}  # fmt: skip


class FixedAnswer(asyncio.Protocol):
    def __init__(self, response: bytes) -> None:
        self.response = response
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, rest = self.buffer.split(b"\r\n\r\n", 1)
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            assert self.transport is not None
            self.transport.write(self.response)


def response_bytes(key: SigningKey) -> bytes:
    body = json.dumps(ANSWER, separators=(",", ":")).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nsign: {key.sign(body)}\r\n\r\n"
    )
    return head.encode() + body


async def serve(port: int, key: SigningKey) -> None:
    response = response_bytes(key)
    server = await asyncio.get_running_loop().create_server(lambda: FixedAnswer(response), "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), SigningKey.load(Path(sys.argv[2]))))

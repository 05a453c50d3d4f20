"""Limits checked before any work is spent on a request body: its size, its encoding and its nesting.

- The body is streamed and reading stops as soon as it passes ``Settings.max_body_bytes`` (a declared
  ``Content-Length`` over the limit is refused before reading anything).
- It must be UTF-8 without a byte order mark (``json`` would otherwise guess UTF-16 or UTF-32).
- Its nesting depth is measured with a scan of the brackets outside strings, before the JSON parser (which
  recurses) ever sees it.
- JSON numbers stay exact (``Decimal``); ``NaN`` and ``Infinity`` are not JSON and are refused.

Each refusal is ``PARAMS_INVALID`` with a message saying which limit was hit (PayerMax has no closer code);
the gateway signs it like every other answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any, NoReturn

from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive

from ..store.errors import BusinessError, params_invalid

_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def too_large(limit: int) -> BusinessError:
    return params_invalid(f"The request body is larger than {limit} bytes.")


async def _limited(declared: str, chunks: AsyncIterator[bytes], limit: int) -> bytes:
    if declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        parts.append(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, read as a stream that stops past ``limit`` bytes (refused with ``PARAMS_INVALID``)."""
    return await _limited(request.headers.get("content-length", ""), request.stream(), limit)


async def _received(receive: Receive) -> AsyncIterator[bytes]:
    """The body chunks of an ASGI request; ``ClientDisconnect`` if the client left first."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return


async def receive_body(receive: Receive, declared: str, limit: int) -> bytes:
    """``read_body`` for a bare ASGI endpoint: the body from ``receive`` (``declared``: its Content-Length
    header, or ``""``), refused as soon as it passes ``limit`` bytes; ``ClientDisconnect`` if the client left."""
    return await _limited(declared, _received(receive), limit)


def _not_json(constant: str) -> NoReturn:
    raise ValueError(f"{constant} is not a JSON number")


#: One decoder for every body: exact numbers, no ``NaN``/``Infinity`` (``json.loads`` would build one per call).
_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_not_json)


def nesting_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (brackets inside strings do not count)."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub(b"", body)):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


def parse_json(body: bytes, *, max_depth: int) -> Any:
    """Decode a request body within the limits: UTF-8 without BOM, nesting at most ``max_depth``, exact
    numbers, no ``NaN``/``Infinity``."""
    if body.startswith(_BOMS):
        raise params_invalid("The request body must be UTF-8 JSON without a byte order mark.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise params_invalid("The request body must be UTF-8 JSON.") from None
    if "\x00" in text:  # UTF-16 or UTF-32 without a BOM (JSON never holds a raw NUL)
        raise params_invalid("The request body must be UTF-8 JSON.")
    # Nesting needs an opening bracket per level: a body with no more of them than the limit (in strings or
    # not) cannot nest too deep, and skips the scan.
    if body.count(b"{") + body.count(b"[") > max_depth and nesting_depth(body) > max_depth:
        raise params_invalid(f"The request body nests deeper than {max_depth} levels.")
    try:
        return _DECODER.decode(text)
    except ValueError:  # also a number past Python's digit limit for int()
        raise params_invalid("The request body is not JSON.") from None

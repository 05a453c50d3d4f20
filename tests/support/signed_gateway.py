"""A minimal signed gateway for plugin tests: checks the merchant's signature, records each request,
and answers with a canned body signed by the platform key (or tampered with, when a test asks)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_signing import SigningKey, VerifyingKey, generate_key_pair
from payermax_signing.protocol import SIGN_HEADER, SUCCESS_CODE


@dataclass
class Recorded:
    path: str
    body: bytes
    sign: str | None
    signature_ok: bool


@dataclass
class SignedGateway:
    merchant_public_key: VerifyingKey
    platform_key: SigningKey
    answer: dict[str, Any] = field(default_factory=lambda: {"code": SUCCESS_CODE, "msg": "", "data": {}})
    mode: str = "signed"  # signed | unsigned | tampered | wrong-key | http-502
    requests: list[Recorded] = field(default_factory=list)
    stranger_key: SigningKey = field(default_factory=generate_key_pair)

    async def handle(self, request: Request) -> Response:
        body = await request.body()
        sign = request.headers.get(SIGN_HEADER)
        ok = bool(sign) and self.merchant_public_key.verify(body, sign or "")
        self.requests.append(Recorded(request.url.path, body, sign, ok))
        if self.mode == "http-502":
            return Response(b"<html>bad gateway</html>", status_code=502, media_type="text/html")
        payload = {"code": "SIGN_VERIFY_FAILED", "msg": "The signature verify failed."} if not ok else self.answer
        content = json.dumps(payload, separators=(",", ":")).encode()
        headers = {}
        if self.mode != "unsigned":
            signer = self.stranger_key if self.mode == "wrong-key" else self.platform_key
            headers[SIGN_HEADER] = signer.sign(content)
        if self.mode == "tampered":
            content = content.replace(b"APPLY_SUCCESS", b"APPLY_SUCCESZ")
        return Response(content, media_type="application/json", headers=headers)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/{operation}", self.handle, methods=["POST"])])

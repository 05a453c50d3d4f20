"""``PayerMaxAuth``: an ``httpx.Auth`` that frames, signs and verifies every PayerMax call.

On the way out it wraps the business payload in the envelope (``version`` of the operation, ``keyVersion``,
a fresh ``requestTime``, ``appId``, ``merchantNo``) and signs the exact bytes sent. On the way back it
verifies the ``sign`` header of every answer - refusals included - and, unless told otherwise, turns a
refusal (``code`` other than ``APPLY_SUCCESS``) into a typed :class:`~payermax_signing.errors.ApiError`.
Works with sync and async clients alike (it does no I/O of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from .credentials import MerchantCredentials
from .envelope import build_envelope
from .errors import InvalidSignatureError, MissingSignatureError, UnexpectedResponseError, error_for_code
from .protocol import SIGN_HEADER, SUCCESS_CODE, loads

EXTENSION = "payermax"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PayerMaxAuth(httpx.Auth):
    """Sign requests with the merchant key; verify answers with the platform key.

    Args:
        credentials: app id, merchant number and both keys.
        raise_on_error: raise a typed ``ApiError`` for answers whose ``code`` is not ``APPLY_SUCCESS``
            (default). With ``False`` such answers are returned for the caller to inspect.
        versions: interface version per operation, for requests not made by ``payermax_client``
            (which tags each request with its operation and version).
        clock: the source of ``requestTime`` (for tests).
    """

    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        credentials: MerchantCredentials,
        *,
        raise_on_error: bool = True,
        versions: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.credentials = credentials
        self.raise_on_error = raise_on_error
        self.versions = dict(versions or {})
        self.clock = clock

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> PayerMaxAuth:
        """Credentials from the ``PAYERMAX_*`` environment variables (see ``MerchantCredentials.from_env``)."""
        return cls(MerchantCredentials.from_env(environ), **options)

    def _operation(self, request: httpx.Request) -> tuple[str, str]:
        tagged = request.extensions.get(EXTENSION)
        if isinstance(tagged, Mapping):
            return str(tagged["operation"]), str(tagged["version"])
        operation = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        version = self.versions.get(operation)
        if version is None:
            raise ValueError(
                f"no interface version known for {operation!r}: call it through payermax_client, "
                "or pass PayerMaxAuth(versions={...})"
            )
        return operation, version

    @staticmethod
    def _app_id_member(request: httpx.Request) -> str:
        """What the operation's envelope calls the application id (``payermax_client`` tags the exceptions)."""
        tagged = request.extensions.get(EXTENSION)
        if isinstance(tagged, Mapping):
            return str(tagged.get("appIdMember", "appId"))
        return "appId"

    def sign_request(self, request: httpx.Request, version: str | None = None) -> httpx.Request:
        """Put the envelope in the request's body and the signature of those bytes in its ``sign`` header."""
        version = version or self._operation(request)[1]
        data = request.content.strip() or b"{}"  # an operation without business data still sends {}
        body = build_envelope(
            data,
            version=version,
            credentials=self.credentials,
            now=self.clock(),
            app_id_member=self._app_id_member(request),
        )
        request.headers["Content-Type"] = "application/json"
        request.headers["Content-Length"] = str(len(body))
        request.headers[SIGN_HEADER] = self.credentials.merchant_key.sign(body)
        request.stream = httpx.ByteStream(body)
        request._content = body  # private, but keeps request.content equal to the bytes sent and signed
        return request

    def check_response(self, response: httpx.Response, operation: str | None = None) -> None:
        """Verify the answer's signature; raise ``ApiError`` for refusals when ``raise_on_error``."""
        signature = response.headers.get(SIGN_HEADER)
        if not signature:
            if response.status_code != httpx.codes.OK:
                raise UnexpectedResponseError(
                    f"HTTP {response.status_code} from {response.url.host} without a PayerMax signature",
                    http_status=response.status_code,
                )
            raise MissingSignatureError(f"the answer to {operation or response.url.path} has no sign header")
        if not self.credentials.platform_key.verify(response.content, signature):
            raise InvalidSignatureError(
                f"the answer to {operation or response.url.path} does not verify with the platform public key"
            )
        if not self.raise_on_error:
            return
        try:
            decoded = loads(response.content)
        except ValueError:
            raise UnexpectedResponseError(
                "a signed answer that is not JSON", http_status=response.status_code
            ) from None
        code = decoded.get("code") if isinstance(decoded, dict) else None
        if code != SUCCESS_CODE:
            msg = decoded.get("msg") if isinstance(decoded, dict) else None
            raise error_for_code(str(code), str(msg or ""), operation=operation, body=decoded)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        operation, version = self._operation(request)
        response = yield self.sign_request(request, version)
        self.check_response(response, operation)

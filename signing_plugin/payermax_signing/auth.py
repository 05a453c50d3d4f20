"""``PayerMaxAuth``: an ``httpx.Auth`` that frames, signs and verifies every PayerMax call.

On the way out it wraps the business payload in the envelope (``version`` of the operation, ``keyVersion``,
a fresh ``requestTime``, ``appId`` - ``merchantAppId`` where the operation's envelope names it so -,
``merchantNo`` and, in ISV mode, ``spMerchantNo``), signs the exact bytes sent and adds the ISV token header
when there is one. On the way back it verifies the ``sign`` header of every answer - refusals included -,
checks that the answer is about what the request named (the identifiers the spec says it echoes), and, unless
told otherwise, turns a refusal (``code`` other than ``APPLY_SUCCESS``) into a typed
:class:`~payermax_signing.errors.ApiError`. Each exchange is logged (see :mod:`payermax_signing.logs`). Works
with sync and async clients alike (it does no I/O of its own).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from .credentials import MerchantCredentials
from .envelope import EnvelopeFramer
from .errors import (
    InvalidSignatureError,
    MismatchedAnswerError,
    MissingSignatureError,
    PayerMaxError,
    UnexpectedResponseError,
    error_for_code,
)
from .logs import call_log, configure_from_env, log_call, log_wire, merchant_label, wire_log
from .operation import (
    ANSWER_EXTENSION,
    ATTEMPT_EXTENSION,
    EXTENSION,
    REQUEST_DATA_EXTENSION,
    OperationInfo,
    mismatched_echo,
    operation_info,
)
from .protocol import MERCHANT_AUTH_TOKEN_HEADER, SIGN_HEADER, SUCCESS_CODE, loads


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PayerMaxAuth(httpx.Auth):
    """Sign requests with the merchant key; verify answers with the platform key.

    Args:
        credentials: app id, merchant number and both keys (and the ISV members, for a service provider).
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
        self._framer: EnvelopeFramer | None = None
        configure_from_env()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> PayerMaxAuth:
        """Credentials from the ``PAYERMAX_*`` environment variables (see ``MerchantCredentials.from_env``)."""
        return cls(MerchantCredentials.from_env(environ), **options)

    def __repr__(self) -> str:
        return f"PayerMaxAuth(app_id={self.credentials.app_id!r}, merchant_no={self.credentials.merchant_no!r})"

    def operation_info(self, request: httpx.Request) -> OperationInfo:
        """What the generated client tagged the request with, or the name and version from the URL."""
        tagged = _tagged(request)
        if tagged is not None:
            return tagged
        operation = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        version = self.versions.get(operation)
        if version is None:
            raise ValueError(
                f"no interface version known for {operation!r}: call it through payermax_client, "
                "or pass PayerMaxAuth(versions={...})"
            )
        return OperationInfo(name=operation, version=version)

    def sign_request(self, request: httpx.Request, version: str | None = None) -> httpx.Request:
        """Put the envelope in the request's body and the signature of those bytes in its ``sign`` header.

        The envelope names the application as the operation's tag says (``appId``, or ``merchantAppId`` for
        ``addOrDelRiskNameList`` and ``orderConfirm``); an untagged request says ``appId``."""
        tagged = _tagged(request)
        version = version or (tagged or self.operation_info(request)).version
        return self._sign(request, version, tagged.app_id_member if tagged is not None else "appId")

    def _sign(self, request: httpx.Request, version: str, app_id_member: str) -> httpx.Request:
        data = request.content.strip() or b"{}"  # an operation without business data still sends {}
        framer = self._framer
        if framer is None or framer.credentials is not self.credentials:  # credentials replaced: frame anew
            framer = self._framer = EnvelopeFramer(self.credentials)
        body = framer.build(data, version=version, now=self.clock(), app_id_member=app_id_member)
        headers = request.headers
        headers["Content-Type"] = "application/json"
        headers["Content-Length"] = str(len(body))
        headers[SIGN_HEADER] = self.credentials.merchant_key.sign(body)
        if self.credentials.merchant_auth_token:
            headers[MERCHANT_AUTH_TOKEN_HEADER] = self.credentials.merchant_auth_token
        request.stream = httpx.ByteStream(body)
        request._content = body  # private, but keeps request.content equal to the bytes sent and signed
        return request

    def check_response(
        self, response: httpx.Response, operation: str | OperationInfo | None = None, request_data: Any = None
    ) -> Any:
        """Verify the answer's signature and its echoed identifiers; raise ``ApiError`` for refusals when
        ``raise_on_error``. Returns the decoded answer (``None`` for a signed answer that is not JSON when
        refusals are returned rather than raised)."""
        info = operation if isinstance(operation, OperationInfo) else None
        name = info.name if info is not None else operation if isinstance(operation, str) else None
        signature = response.headers.get(SIGN_HEADER)
        if not signature:
            if response.status_code != httpx.codes.OK:
                raise UnexpectedResponseError(
                    f"HTTP {response.status_code} from {response.url.host} without a PayerMax signature",
                    http_status=response.status_code,
                )
            raise MissingSignatureError(f"the answer to {name or response.url.path} has no sign header")
        if not self.credentials.platform_key.verify(response.content, signature):
            raise InvalidSignatureError(
                f"the answer to {name or response.url.path} does not verify with the platform public key"
            )
        try:
            decoded = loads(response.content)
        except ValueError:
            if not self.raise_on_error:
                return None
            raise UnexpectedResponseError(
                "a signed answer that is not JSON", http_status=response.status_code
            ) from None
        answer_data = decoded.get("data") if isinstance(decoded, dict) else None
        mismatch = mismatched_echo(info, request_data, answer_data) if info is not None else None
        if mismatch is not None and info is not None:
            raise MismatchedAnswerError(operation=info.name, field=mismatch[0], answer_path=mismatch[1])
        if not self.raise_on_error:
            return decoded
        code = decoded.get("code") if isinstance(decoded, dict) else None
        if code != SUCCESS_CODE:
            msg = decoded.get("msg") if isinstance(decoded, dict) else None
            raise error_for_code(str(code), str(msg or ""), operation=name, body=decoded)
        return decoded

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        info = self.operation_info(request)
        # The business data the answer must echo: as the SDK's caller handed it over, else decoded from the body
        # (only when the operation names members to compare).
        request_data = request.extensions.get(REQUEST_DATA_EXTENSION)
        if request_data is None and info.echo:
            request_data = _decoded_or_none(request.content)
        signed = self._sign(request, info.version, info.app_id_member)
        wire = wire_log.isEnabledFor(logging.DEBUG)  # no header list or body rendering when nobody listens
        if wire:
            log_wire("request", info.name, signed.headers.multi_items(), signed.content, info.sensitive)
        started = time.monotonic()
        response = yield signed
        duration = time.monotonic() - started
        if wire:
            log_wire("answer", info.name, response.headers.multi_items(), response.content, info.sensitive)
        try:
            decoded = self.check_response(response, info, request_data)
        except PayerMaxError as error:
            if call_log.isEnabledFor(logging.INFO):
                code = getattr(error, "code", None)
                self._log(request, response, info, duration, code, None if code else error)
            raise
        response.extensions[ANSWER_EXTENSION] = decoded
        if call_log.isEnabledFor(logging.INFO):
            self._log(
                request, response, info, duration, str(decoded.get("code")) if isinstance(decoded, dict) else None
            )

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response,
        info: OperationInfo,
        duration: float,
        code: str | None,
        error: BaseException | None = None,
    ) -> None:
        credentials = self.credentials
        attempt = request.extensions.get(ATTEMPT_EXTENSION, 1)
        log_call(
            operation=info.name,
            merchant=merchant_label(credentials.merchant_no, credentials.app_id, credentials.sp_merchant_no),
            attempt=attempt if isinstance(attempt, int) else 1,
            duration=duration,
            http_status=response.status_code,
            code=code,
            error=error,
        )


def _tagged(request: httpx.Request) -> OperationInfo | None:
    """The facts ``payermax_client`` tagged the request with, if it did."""
    tagged = request.extensions.get(EXTENSION)
    if isinstance(tagged, OperationInfo):
        return tagged
    return operation_info(tagged) if isinstance(tagged, Mapping) else None


def _decoded_or_none(content: bytes) -> Any:
    try:
        return loads(content) if content.strip() else None
    except ValueError:
        return None

"""One call to the gateway with the SDK's policy: deadline, retries, typed failures, the success ``data``.

:class:`Caller` (sync) and :class:`AsyncCaller` send a request prepared by the generated client (its
``_get_kwargs``) through ``httpx`` with :class:`~payermax_signing.auth.PayerMaxAuth`, which signs, verifies
and raises refusals. Around that they add what a single request cannot know:

- the call's deadline (``Timeouts.total``) and each attempt's network timeouts, cut to what is left of it;
- retries as :mod:`payermax_signing.retry` decides, each attempt a new signed request;
- httpx's exceptions turned into :class:`~payermax_signing.errors.TransportError` subclasses (the httpx
  exception is their ``__cause__``), and :class:`~payermax_signing.errors.OutcomeUnknownError` for calls
  that are not safe to repeat and may have been carried out;
- the ``data`` of the successful answer, which must be there (the generated method checks its shape).

The first attempt runs outside the retry loop (most calls need no other); a retryable failure hands over to the
``stamina`` loop, whose first attempt re-raises that failure, so waits, attempt numbers, the retry budget and
stamina's instrumentation are what they would be had the loop run from the start.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any, Generic, NoReturn, TypeVar

import attrs
import httpx

from .auth import PayerMaxAuth
from .deadline import DEADLINE_EXTENSION
from .errors import (
    ConnectionFailedError,
    OutcomeUnknownError,
    PayerMaxError,
    SpecViolationError,
    TimedOutError,
    TransportError,
)
from .logs import log_call, merchant_label
from .operation import (
    ANSWER_EXTENSION,
    ATTEMPT_EXTENSION,
    EXTENSION,
    REQUEST_DATA_EXTENSION,
    OperationInfo,
    operation_info,
)
from .retry import DEFAULT_RETRY, RetryPolicy, is_ambiguous, is_retryable
from .timeouts import DEFAULT_TIMEOUTS, Deadline, Timeouts
from .urls import absolute_url

_Http = TypeVar("_Http", httpx.Client, httpx.AsyncClient)
#: Exceptions raised before any byte of the request could leave.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def transport_error(exc: httpx.HTTPError, operation: str) -> TransportError:
    """The SDK's error for an httpx failure (raise it ``from exc``)."""
    sent = not isinstance(exc, _NOT_SENT)
    try:
        host = exc.request.url.host
    except RuntimeError:  # an httpx error raised without its request
        host = "PayerMax"
    if isinstance(exc, httpx.TimeoutException):
        return TimedOutError(
            f"{operation}: timed out talking to {host} ({exc})", operation=operation, request_sent=sent
        )
    verb = "could not connect to" if not sent else "lost the connection to"
    return ConnectionFailedError(f"{operation}: {verb} {host} ({exc})", operation=operation, request_sent=sent)


@attrs.define
class _Plan:
    """The state of one call across its attempts."""

    info: OperationInfo
    kwargs: Mapping[str, Any]
    url: httpx.URL | str
    extensions: dict[str, Any]
    timeouts: Timeouts
    policy: RetryPolicy
    merchant: str
    deadline: Deadline
    attempt: int = 0

    def should_retry(self, error: Exception) -> bool:
        return is_retryable(error, idempotent=self.info.idempotent)

    def may_retry(self, error: PayerMaxError) -> bool:
        """Whether a failed first attempt goes on to the retry loop: the failure is retryable and the budget
        still has room for a wait (as ``RetryPolicy.loop`` would decide had it run from the start)."""
        return self.should_retry(error) and self.deadline.remaining() > self.policy.wait_max

    def next_request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        self.attempt += 1
        extensions = self.extensions.copy()
        extensions[ATTEMPT_EXTENSION] = self.attempt
        kwargs = self.kwargs
        return http.build_request(
            kwargs["method"],
            self.url,
            json=kwargs.get("json"),
            headers=kwargs.get("headers"),
            extensions=extensions,
            timeout=self.timeouts.for_attempt(self.deadline),
        )

    def failed(self, exc: httpx.HTTPError, started: float) -> TransportError:
        error = transport_error(exc, self.info.name)
        log_call(
            operation=self.info.name,
            merchant=self.merchant,
            attempt=self.attempt,
            duration=time.monotonic() - started,
            error=error,
        )
        return error

    def give_up(self, error: PayerMaxError) -> NoReturn:
        """Raise what the caller sees once no attempt is left: the last error, or - for a call that is not safe
        to repeat and may have been carried out - :class:`OutcomeUnknownError` caused by the same failure."""
        if isinstance(error, TransportError):
            error.attempts = self.attempt
        if self.info.idempotent or not is_ambiguous(error):
            raise error
        raise OutcomeUnknownError(
            operation=self.info.name,
            identifiers=self.info.identifiers(self.kwargs.get("json") or {}),
            follow_up=self.info.follow_up,
            reason=error,
            attempts=self.attempt,
        ) from (error.__cause__ if isinstance(error, TransportError) else error)

    def data(self, response: httpx.Response) -> Any:
        """The ``data`` of a successful answer: an object for almost every operation (the generated method
        checks its shape as it parses it)."""
        answer = response.extensions.get(ANSWER_EXTENSION)
        data = answer.get("data") if isinstance(answer, dict) else None
        if data is None:
            raise SpecViolationError("data", "missing from a successful answer", model=f"{self.info.name} answer")
        return data


class _Callers(Generic[_Http]):
    def __init__(
        self,
        http: _Http,
        auth: PayerMaxAuth,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retry: RetryPolicy = DEFAULT_RETRY,
    ) -> None:
        self.http: _Http = http
        self.auth, self.timeouts, self.retry = auth, timeouts, retry
        credentials = auth.credentials
        self._merchant = merchant_label(credentials.merchant_no, credentials.app_id, credentials.sp_merchant_no)

    def _plan(
        self,
        operation: Mapping[str, Any],
        kwargs: Mapping[str, Any],
        timeout: Timeouts | float | None,
        retry: RetryPolicy | None,
    ) -> _Plan:
        timeouts = self.timeouts if timeout is None else Timeouts.coerce(timeout, self.timeouts)
        deadline = Deadline.after(timeouts.total)
        given = kwargs.get("extensions") or {}
        extensions = {
            **given,
            EXTENSION: given.get(EXTENSION, {}),
            DEADLINE_EXTENSION: deadline,
            REQUEST_DATA_EXTENSION: kwargs.get("json"),
        }
        return _Plan(
            info=operation_info(operation),
            kwargs=kwargs,
            url=absolute_url(self.http, kwargs["url"]),
            extensions=extensions,
            timeouts=timeouts,
            policy=retry or self.retry,
            merchant=self._merchant,
            deadline=deadline,
        )


class Caller(_Callers[httpx.Client]):
    """Makes calls through a sync ``httpx.Client`` (shared, not owned)."""

    def call(
        self,
        operation: Mapping[str, Any],
        kwargs: Mapping[str, Any],
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """The ``data`` of the successful answer to one operation; typed errors otherwise."""
        plan = self._plan(operation, kwargs, timeout, retry)
        try:
            try:
                return plan.data(self._send(plan))
            except PayerMaxError as error:
                if not plan.may_retry(error):
                    raise
                first: PayerMaxError | None = error
            for attempt in plan.policy.loop(plan.should_retry, plan.deadline.remaining()):
                with attempt:
                    if first is not None:  # the first attempt, already made: its failure, for stamina to judge
                        failed, first = first, None
                        raise failed
                    return plan.data(self._send(plan))
        except PayerMaxError as error:
            plan.give_up(error)
        raise AssertionError("the retry loop ended without an outcome")  # pragma: no cover

    def _send(self, plan: _Plan) -> httpx.Response:
        request = plan.next_request(self.http)
        started = time.monotonic()
        try:
            return self.http.send(request, auth=self.auth)
        except httpx.HTTPError as exc:
            raise plan.failed(exc, started) from exc


class AsyncCaller(_Callers[httpx.AsyncClient]):
    """Makes calls through an ``httpx.AsyncClient`` (shared, not owned)."""

    async def call(
        self,
        operation: Mapping[str, Any],
        kwargs: Mapping[str, Any],
        *,
        timeout: Timeouts | float | None = None,
        retry: RetryPolicy | None = None,
    ) -> Any:
        """The ``data`` of the successful answer to one operation; typed errors otherwise."""
        plan = self._plan(operation, kwargs, timeout, retry)
        try:
            try:
                return plan.data(await self._send(plan))
            except PayerMaxError as error:
                if not plan.may_retry(error):
                    raise
                first: PayerMaxError | None = error
            async for attempt in plan.policy.async_loop(plan.should_retry, plan.deadline.remaining()):
                with attempt:
                    if first is not None:  # the first attempt, already made: its failure, for stamina to judge
                        failed, first = first, None
                        raise failed
                    return plan.data(await self._send(plan))
        except PayerMaxError as error:
            plan.give_up(error)
        raise AssertionError("the retry loop ended without an outcome")  # pragma: no cover

    async def _send(self, plan: _Plan) -> httpx.Response:
        request = plan.next_request(self.http)
        started = time.monotonic()
        try:
            return await self.http.send(request, auth=self.auth)
        except httpx.HTTPError as exc:
            raise plan.failed(exc, started) from exc

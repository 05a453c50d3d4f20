"""When a failed call is tried again, and how: one policy, applied through ``stamina``.

What is retried depends on whether the operation is safe to repeat (``x-payermax-idempotent`` in the spec):

============================================  ====================  ==========================
failure                                       queries (idempotent)  creates and other changes
============================================  ====================  ==========================
no connection / no free connection            retried               retried (nothing was sent)
(connect error, connect or pool timeout)
timeout or broken connection after sending    retried               ``OutcomeUnknownError``
HTTP 5xx or 429 without a PayerMax signature  retried               ``OutcomeUnknownError``
``TOO_MANY_REQUEST`` (refused, not processed) retried               retried
``SYSTEM_ERROR``, ``UNEXPECTED_ERROR``,       retried               raised as ``GatewayError``
``REQUEST_TIMEOUT``
any other refusal, signature problems         raised                raised
============================================  ====================  ==========================

Every attempt is a new request: new ``requestTime``, new signature. Waits grow exponentially with random
jitter; attempts and total time are bounded (:class:`RetryPolicy`, and ``Timeouts.total``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TypedDict

import attrs
import stamina

from .errors import ApiError, PayerMaxError, RateLimitError, TransportError, UnexpectedResponseError


@attrs.frozen
class RetryPolicy:
    """How many attempts a call gets and how long to wait between them.

    Attributes:
        attempts: attempts in all, the first included (1 turns retries off).
        wait_initial: seconds before the first retry; each later wait doubles it (``wait_exp_base``).
        wait_max: no wait is longer than this, jitter included.
        wait_jitter: up to this many seconds added at random to each wait, so that many clients failing
            together do not retry together.
    """

    attempts: int = attrs.field(default=3, validator=attrs.validators.ge(1))
    wait_initial: float = attrs.field(default=0.25, validator=attrs.validators.ge(0))
    wait_max: float = attrs.field(default=2.0, validator=attrs.validators.ge(0))
    wait_jitter: float = attrs.field(default=0.25, validator=attrs.validators.ge(0))
    wait_exp_base: float = attrs.field(default=2.0, validator=attrs.validators.ge(1))

    @classmethod
    def never(cls) -> RetryPolicy:
        """One attempt per call."""
        return cls(attempts=1)

    def loop(self, should_retry: Callable[[Exception], bool], budget: float) -> Iterator[stamina.Attempt]:
        """The ``stamina`` retry loop of one call. ``budget`` is the time left for the call: a retry is only
        scheduled while a full wait still ends inside it."""
        return iter(stamina.retry_context(on=should_retry, **self._stamina_options(budget)))

    def async_loop(self, should_retry: Callable[[Exception], bool], budget: float) -> AsyncIterator[stamina.Attempt]:
        """The same loop for ``async for``."""
        return aiter(stamina.retry_context(on=should_retry, **self._stamina_options(budget)))

    def _stamina_options(self, budget: float) -> _StaminaOptions:
        return {
            "attempts": self.attempts,
            "timeout": dt.timedelta(seconds=max(budget - self.wait_max, 0.001)),
            "wait_initial": self.wait_initial,
            "wait_max": self.wait_max,
            "wait_jitter": self.wait_jitter,
            "wait_exp_base": self.wait_exp_base,
        }


class _StaminaOptions(TypedDict):
    attempts: int
    timeout: dt.timedelta
    wait_initial: float
    wait_max: float
    wait_jitter: float
    wait_exp_base: float


DEFAULT_RETRY = RetryPolicy()


def is_retryable(error: BaseException, *, idempotent: bool) -> bool:
    """Whether a call that failed with ``error`` may be tried again (the table above)."""
    if isinstance(error, TransportError):
        return idempotent or not error.request_sent
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, ApiError):
        return idempotent and error.retryable
    if isinstance(error, UnexpectedResponseError):
        return idempotent and error.retryable
    return False


def is_ambiguous(error: PayerMaxError) -> bool:
    """Whether a failure leaves it open if the request was carried out (for calls not safe to repeat)."""
    if isinstance(error, TransportError):
        return error.request_sent
    return isinstance(error, UnexpectedResponseError) and error.retryable

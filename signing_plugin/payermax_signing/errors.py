"""Every error the SDK raises, in one hierarchy rooted at :class:`PayerMaxError`.

Messages never contain key material, card data or signatures.
"""

from __future__ import annotations

import re
from typing import Any


class PayerMaxError(Exception):
    """Base class of every error raised by payermax_signing."""


class ConfigurationError(PayerMaxError):
    """Credentials or options are missing or unusable."""


class KeyLoadError(ConfigurationError):
    """A key could not be read. The message says why, never what the key was."""


# -- signatures ------------------------------------------------------------------------------------


class SignatureError(PayerMaxError):
    """A message from PayerMax (answer or notification) cannot be trusted."""


class MissingSignatureError(SignatureError):
    """The message carries no ``sign`` header."""


class InvalidSignatureError(SignatureError):
    """The ``sign`` header does not match the body under the platform public key."""


class MismatchedAnswerError(SignatureError):
    """A genuinely signed answer that is not the answer to this request: an identifier the request named
    (``outTradeNo``, ``outRefundNo``...) comes back different. A replayed answer about another order looks
    exactly like this, so nothing in it may be trusted.

    Attributes:
        operation: the operation called.
        field: the request member whose echo differs (``outTradeNo``).
        answer_path: where the answer repeats it (``outTradeNo``, ``tokenList[].userId``).
    """

    def __init__(self, *, operation: str, field: str, answer_path: str) -> None:
        super().__init__(
            f"the answer to {operation} is about another {field}: its data.{answer_path} differs from the "
            f"request's {field}; refusing it (a replayed or misrouted answer)"
        )
        self.operation = operation
        self.field = field
        self.answer_path = answer_path


class SpecViolationError(PayerMaxError, ValueError):
    """A message from PayerMax breaks the spec: a required member is missing, or a member has a shape the
    spec does not allow (an object where a list belongs, an amount that is no number...).

    Attributes:
        path: the member, as a dotted path from the message's top (``data.paymentDetails.cardInfo``); empty
            when the message itself is not an object.
        model: the generated model that could not be built.
        problem: what is wrong with it. Never contains the member's value.
    """

    def __init__(self, path: str, problem: str, *, model: str | None = None) -> None:
        where = f"member {path!r}" if path else "the message"
        of = f" of {model}" if model else ""
        super().__init__(f"{where}{of}: {problem}")
        self.path = path
        self.problem = problem
        self.model = model

    def within(self, prefix: str, model: str | None = None) -> SpecViolationError:
        """The same violation seen from an enclosing object, whose member ``prefix`` holds this one."""
        path = ".".join(part for part in (prefix, self.path) if part)
        return SpecViolationError(path, self.problem, model=model or self.model)


def spec_violation(model: str, member: str, error: BaseException) -> SpecViolationError:
    """The :class:`SpecViolationError` for ``error`` raised while building ``member`` of ``model`` (used by
    the generated ``from_dict``). The message names the member and the kind of problem, never the value."""
    if isinstance(error, SpecViolationError):
        return error.within(member, model=model if not member else None)
    if isinstance(error, KeyError) and not member:
        return SpecViolationError("", "a required member is missing", model=model)
    if isinstance(error, KeyError):
        return SpecViolationError(member, "required by the spec but missing (or null)", model=model)
    if isinstance(error, AttributeError | TypeError) and member:
        return SpecViolationError(member, f"has the wrong shape ({type(error).__name__})", model=model)
    if isinstance(error, AttributeError | TypeError):
        return SpecViolationError("", "is not a JSON object", model=model)
    return SpecViolationError(member, f"has a value the spec does not allow ({type(error).__name__})", model=model)


# -- transport -------------------------------------------------------------------------------------


class UnexpectedResponseError(PayerMaxError):
    """The answer is not a signed PayerMax JSON answer (e.g. an HTTP 502 page from a proxy)."""

    def __init__(self, message: str, *, http_status: int) -> None:
        super().__init__(message)
        self.http_status = http_status

    @property
    def retryable(self) -> bool:
        return self.http_status >= 500 or self.http_status == 429


class TransportError(PayerMaxError):
    """No answer came back: the connection failed, broke or timed out. ``__cause__`` is the httpx exception.

    Attributes:
        operation: the operation called.
        request_sent: False only when the request provably never left this process (no connection could be
            made, or none was free in the pool): then repeating it cannot duplicate anything.
        attempts: how many attempts were made, retries included.
    """

    def __init__(self, message: str, *, operation: str, request_sent: bool, attempts: int = 1) -> None:
        super().__init__(message)
        self.operation = operation
        self.request_sent = request_sent
        self.attempts = attempts


class ConnectionFailedError(TransportError):
    """No connection to PayerMax could be made, or it broke before the answer was complete."""


class TimedOutError(TransportError):
    """A connect, write, read or pool timeout, or the call's whole time budget, ran out."""


class OutcomeUnknownError(TransportError):
    """A call that is not safe to repeat (it creates or changes something) reached, or may have reached,
    PayerMax, and no trustworthy answer came back. The SDK never repeats such a call on its own.

    Find out what happened before trying again: call ``follow_up`` (e.g. ``orderQuery``) with the
    ``identifiers`` of the request (e.g. ``{"outTradeNo": "..."}``). Sending the same request again is safe
    as well - PayerMax refuses a merchant number it has already seen with ``ORDER_REPEAT``
    (:class:`DuplicateRequestError`) - but only the query says whether the first one went through.

    Attributes:
        identifiers: the request's own identifiers (the members its answer would have echoed).
        follow_up: the query operation that tells the outcome, when the spec links one.
        reason: the failure itself (a :class:`TimedOutError`, :class:`ConnectionFailedError` or
            :class:`UnexpectedResponseError`).
    """

    def __init__(
        self,
        *,
        operation: str,
        identifiers: dict[str, str],
        follow_up: str | None,
        reason: PayerMaxError,
        attempts: int = 1,
    ) -> None:
        named = ", ".join(f"{name}={value}" for name, value in identifiers.items()) or "its own identifiers"
        advice = f"call {follow_up} with {named}" if follow_up else f"look it up by {named}"
        super().__init__(
            f"{operation} may or may not have been carried out ({reason}); it is not retried automatically: "
            f"{advice} before sending it again",
            operation=operation,
            request_sent=True,
            attempts=attempts,
        )
        self.identifiers = identifiers
        self.follow_up = follow_up
        self.reason = reason


# -- notifications ---------------------------------------------------------------------------------


class NotificationError(PayerMaxError):
    """A notification was refused (besides signature errors, which are :class:`SignatureError`)."""


class MalformedNotificationError(NotificationError):
    """A correctly signed notification that is not a notification this SDK understands."""


class StaleNotificationError(NotificationError):
    """The notification's ``notifyTime`` is outside the accepted window: a replay of an old message."""


class DuplicateNotificationError(NotificationError):
    """This notification was already processed (or is being processed right now).

    It is genuine: PayerMax re-sends until it gets an acknowledgement, so answer it with
    :func:`payermax_signing.acknowledgement` without processing it again.
    """

    def __init__(self, message: str, *, notification: Any, key: str) -> None:
        super().__init__(message)
        self.notification = notification
        self.key = key


# -- gateway refusals ------------------------------------------------------------------------------


_ECHOED_DOCUMENT = re.compile(r"""[\[{]\s*["'{\[].*""", re.DOTALL)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_LONG_NUMBER = re.compile(r"\d(?:[\s-]?\d){5,}")


def redact(msg: str) -> str:
    """A refusal message fit for logs: without echoed documents, quoted values or long numbers (a gateway that
    quotes the request could quote a card number, a CVV or a holder's name)."""
    text = _ECHOED_DOCUMENT.sub("[...]", msg)
    text = _LONG_NUMBER.sub("[...]", _QUOTED.sub("'...'", text))
    return text if len(text) <= 300 else text[:300] + "..."


class ApiError(PayerMaxError):
    """PayerMax refused the request: ``code`` is not ``APPLY_SUCCESS``.

    ``str()`` and ``repr()`` show the code, the operation and the message without what could quote the request
    (see :func:`redact`); the attributes keep everything.

    Attributes:
        code: PayerMax's result code, e.g. ``ORDER_REPEAT``.
        msg: PayerMax's explanation, as sent.
        operation: the operation called, e.g. ``orderAndPay``.
        body: the decoded (and signature-verified) answer.
    """

    retryable = False

    def __init__(self, code: str, msg: str, *, operation: str | None = None, body: Any = None) -> None:
        where = f" ({operation})" if operation else ""
        super().__init__(f"{code}: {redact(msg)}{where}" if msg else f"{code}{where}")
        self.code = code
        self.msg = msg
        self.operation = operation
        self.body = body

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, msg={redact(self.msg)!r}, operation={self.operation!r})"


class AuthenticationError(ApiError):
    """The gateway does not accept who is calling: signature, app, merchant, contract or IP."""


class InvalidRequestError(ApiError):
    """A parameter is missing, malformed or not allowed (``PARAMS_INVALID`` and friends)."""


class ClockSkewError(InvalidRequestError):
    """``requestTime`` was more than two minutes away from the gateway's clock: check the host clock."""


class DuplicateRequestError(ApiError):
    """The merchant's number (``outTradeNo``, ``outRefundNo``...) was already used (``ORDER_REPEAT``)."""


class NotFoundError(ApiError):
    """The order, refund, payout, token or link named does not exist (``ORDER_NOT_EXIST``)."""


class OrderStateError(ApiError):
    """The order cannot do that in its current state (``ORDER_CLOSED``...)."""


class InsufficientBalanceError(ApiError):
    """Not enough funds in the account for a refund or a payout."""


class PaymentRejectedError(ApiError):
    """The payment itself was refused: card, account, limits or the issuer said no."""


class RateLimitError(ApiError):
    """Too many requests; retry later."""

    retryable = True


class GatewayError(ApiError):
    """PayerMax failed or timed out on its side; the request may be retried (same merchant number)."""

    retryable = True


_BY_CODE: dict[str, type[ApiError]] = {
    "SIGN_VERIFY_FAILED": AuthenticationError,
    "MERCHANT_INVALID": AuthenticationError,
    "MERCHANT_APP_INVALID": AuthenticationError,
    "CONTRACT_INVALID": AuthenticationError,
    "ILLEGAL_IP_REQUEST": AuthenticationError,
    "AUTHENTICATE_FAILED": AuthenticationError,
    "ONBOARD_ERROR": AuthenticationError,
    "PARAMS_INVALID": InvalidRequestError,
    "COUNTRY_INVALID": InvalidRequestError,
    "CURRENCY_INVALID": InvalidRequestError,
    "AMOUNT_INVALID": InvalidRequestError,
    "PAYMENT_METHOD_NOT_EXIST": InvalidRequestError,
    "REQ_TIME_OVER_TIME": ClockSkewError,
    "ORDER_REPEAT": DuplicateRequestError,
    "ORDER_NOT_EXIST": NotFoundError,
    "ORDER_CLOSED": OrderStateError,
    "BALANCE_INSUFFICIENT": InsufficientBalanceError,
    "REFUND_INSUFFICIENT_BALANCE": InsufficientBalanceError,
    "PAYMENT_REJECTED": PaymentRejectedError,
    "ISSUER_PAYMENT_REJECTED": PaymentRejectedError,
    "PAYMENT_METHOD_SUSPEND": PaymentRejectedError,
    "AMOUNT_LIMIT": PaymentRejectedError,
    "AMOUNT_LIMIT_MINIMUM": PaymentRejectedError,
    "AMOUNT_LIMIT_MAXIMUM": PaymentRejectedError,
    "CARD_INVALID": PaymentRejectedError,
    "CARD_EXPIRE_DATE_INVALID": PaymentRejectedError,
    "CARD_HOLDER_NAME_INVALID": PaymentRejectedError,
    "CVV_INVALID": PaymentRejectedError,
    "UNSUPPORT_CARD": PaymentRejectedError,
    "ACCOUNT_INVALID": PaymentRejectedError,
    "TOO_MANY_REQUEST": RateLimitError,
    "SYSTEM_ERROR": GatewayError,
    "REQUEST_TIMEOUT": GatewayError,
    "UNEXPECTED_ERROR": GatewayError,
}


def error_for_code(code: str, msg: str, *, operation: str | None = None, body: Any = None) -> ApiError:
    """The most specific :class:`ApiError` for a PayerMax result code (``ApiError`` for unknown codes)."""
    return _BY_CODE.get(code, ApiError)(code, msg, operation=operation, body=body)

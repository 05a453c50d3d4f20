"""The hand-written runtime under the generated ``payermax_client``: keys, signing and answer verification
(the only code that touches keys), the call policy (timeouts, retries, typed errors, logging) and
notification handling. It never imports ``payermax_client`` at import time; ``payermax_client`` builds on it.

Most code uses ``payermax_client.PayerMax``; the auth also plugs into the low-level client::

    from payermax_client import Client, UAT_BASE_URL
    from payermax_signing import MerchantCredentials, PayerMaxAuth

    auth = PayerMaxAuth(MerchantCredentials.from_env())
    client = Client(base_url=UAT_BASE_URL, httpx_args={"auth": auth})
"""

from .auth import PayerMaxAuth
from .credentials import MerchantCredentials
from .dedupe import DedupeStore, MemoryDedupeStore, SqliteDedupeStore
from .envelope import build_envelope, request_time
from .errors import (
    ApiError,
    AuthenticationError,
    ClockSkewError,
    ConfigurationError,
    ConnectionFailedError,
    DuplicateNotificationError,
    DuplicateRequestError,
    GatewayError,
    InsufficientBalanceError,
    InvalidRequestError,
    InvalidSignatureError,
    KeyLoadError,
    MalformedNotificationError,
    MismatchedAnswerError,
    MissingSignatureError,
    NotFoundError,
    NotificationError,
    OrderStateError,
    OutcomeUnknownError,
    PayerMaxError,
    PaymentRejectedError,
    RateLimitError,
    SignatureError,
    SpecViolationError,
    StaleNotificationError,
    TimedOutError,
    TransportError,
    UnexpectedResponseError,
    error_for_code,
)
from .keys import SigningKey, VerifyingKey, generate_key_pair
from .notifications import NotificationReceiver, acknowledgement, dedupe_key
from .retry import RetryPolicy
from .timeouts import Timeouts

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ClockSkewError",
    "ConfigurationError",
    "ConnectionFailedError",
    "DedupeStore",
    "DuplicateNotificationError",
    "DuplicateRequestError",
    "GatewayError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "KeyLoadError",
    "MalformedNotificationError",
    "MemoryDedupeStore",
    "MerchantCredentials",
    "MismatchedAnswerError",
    "MissingSignatureError",
    "NotFoundError",
    "NotificationError",
    "NotificationReceiver",
    "OrderStateError",
    "OutcomeUnknownError",
    "PayerMaxAuth",
    "PayerMaxError",
    "PaymentRejectedError",
    "RateLimitError",
    "RetryPolicy",
    "SignatureError",
    "SigningKey",
    "SpecViolationError",
    "SqliteDedupeStore",
    "StaleNotificationError",
    "TimedOutError",
    "Timeouts",
    "TransportError",
    "UnexpectedResponseError",
    "VerifyingKey",
    "acknowledgement",
    "build_envelope",
    "dedupe_key",
    "error_for_code",
    "generate_key_pair",
    "request_time",
]

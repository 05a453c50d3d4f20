"""Signing, verification and notification handling for PayerMax - the only code that touches keys.

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
    DuplicateNotificationError,
    DuplicateRequestError,
    GatewayError,
    InsufficientBalanceError,
    InvalidRequestError,
    InvalidSignatureError,
    KeyLoadError,
    MalformedNotificationError,
    MissingSignatureError,
    NotFoundError,
    NotificationError,
    OrderStateError,
    PayerMaxError,
    PaymentRejectedError,
    RateLimitError,
    SignatureError,
    StaleNotificationError,
    UnexpectedResponseError,
    error_for_code,
)
from .keys import SigningKey, VerifyingKey, generate_key_pair
from .notifications import NotificationReceiver, acknowledgement, dedupe_key

__all__ = [
    "ApiError",
    "AuthenticationError",
    "ClockSkewError",
    "ConfigurationError",
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
    "MissingSignatureError",
    "NotFoundError",
    "NotificationError",
    "NotificationReceiver",
    "OrderStateError",
    "PayerMaxAuth",
    "PayerMaxError",
    "PaymentRejectedError",
    "RateLimitError",
    "SignatureError",
    "SigningKey",
    "SqliteDedupeStore",
    "StaleNotificationError",
    "UnexpectedResponseError",
    "VerifyingKey",
    "acknowledgement",
    "build_envelope",
    "dedupe_key",
    "error_for_code",
    "generate_key_pair",
    "request_time",
]

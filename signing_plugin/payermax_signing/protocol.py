"""PayerMax's wire protocol, stated once: the SDK, the emulator and the tests import these facts from here.

- Every call and every notification is signed; the signature travels in the ``sign`` header.
- In ISV mode a service provider calls for a sub-merchant: the envelope adds ``spMerchantNo`` and the
  sub-merchant's grant travels in the ``merchant_auth_token`` header.
- An answer whose ``code`` is ``APPLY_SUCCESS`` is a success; anything else is a refusal.
- ``requestTime`` is RFC 3339 with milliseconds and a numeric offset, and must be within two minutes of the
  gateway's clock.
- A merchant acknowledges a notification with HTTP 200 and ``{"code":"SUCCESS","msg":"Success"}``; until it
  does, PayerMax sends it again after 0 s, 30 s, 5 min, 10 min, 1 h and 12 h.
- JSON numbers are exact: fractions decode to ``Decimal`` and ``Decimal`` encodes to a JSON number with every
  digit it has, never through ``float``.

This module imports nothing from the rest of the SDK.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum
from types import ModuleType
from typing import Any

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # the json module alone: the same bytes, more slowly
    _orjson = None

#: Header holding base64(RSASSA-PKCS1-v1_5 / SHA-256) over the exact body bytes.
SIGN_HEADER = "sign"
#: ``code`` of an answer that did what was asked.
SUCCESS_CODE = "APPLY_SUCCESS"
SUCCESS_MSG = "Success."
#: ``keyVersion`` of every envelope PayerMax documents.
KEY_VERSION = "1"
#: ISV mode: header carrying the token a sub-merchant granted its service provider (see spec/DEVIATIONS.md).
MERCHANT_AUTH_TOKEN_HEADER = "merchant_auth_token"  # noqa: S105 - a header name, not a secret
#: Path prefix of every gateway operation (``POST {base}{GATEWAY_PATH}/{operation}``).
GATEWAY_PATH = "/aggregate-pay/api/gateway"
#: How far ``requestTime`` may be from the gateway's clock.
REQUEST_TIME_WINDOW = timedelta(minutes=2)

#: A merchant's answer that stops the retries, and its ``code``.
ACKNOWLEDGEMENT_CODE = "SUCCESS"
ACKNOWLEDGEMENT = b'{"code":"SUCCESS","msg":"Success"}'
#: Delay before each delivery attempt of a notification, counted from the previous attempt.
NOTIFICATION_RETRY_SCHEDULE: tuple[timedelta, ...] = (
    timedelta(0),
    timedelta(seconds=30),
    timedelta(minutes=5),
    timedelta(minutes=10),
    timedelta(hours=1),
    timedelta(hours=12),
)
#: Members every notification carries beside ``data``, in PayerMax's order.
NOTIFICATION_MEMBERS = ("code", "msg", "keyVersion", "appId", "merchantNo", "notifyTime", "notifyType", "data")


def format_time(moment: datetime | None = None) -> str:
    """PayerMax's timestamp form: RFC 3339 in UTC with milliseconds and a numeric offset
    (``2022-01-17T08:04:13.879+00:00``). Used for ``requestTime`` and ``notifyTime``."""
    return (moment or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="milliseconds")


def parse_time(text: str) -> datetime:
    """The moment a PayerMax timestamp names; ``ValueError`` when it is not RFC 3339 with an offset."""
    if not isinstance(text, str) or len(text) > 40:
        raise ValueError("not an RFC 3339 timestamp")
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("the timestamp has no UTC offset")
    return moment


def within_request_window(request_time: datetime, now: datetime | None = None) -> bool:
    """Whether a request stamped ``request_time`` is fresh enough for the gateway."""
    return abs((now or datetime.now(UTC)) - request_time) <= REQUEST_TIME_WINDOW


def is_acknowledgement(status_code: int, body: bytes) -> bool:
    """Whether a merchant's reply to a notification stops PayerMax's retries."""
    if status_code != 200:
        return False
    try:
        decoded = loads(body)
    except ValueError:
        return False
    return isinstance(decoded, dict) and decoded.get("code") == ACKNOWLEDGEMENT_CODE


def notification_envelope(
    *,
    app_id: str,
    merchant_no: str | None,
    notify_type: str,
    notify_time: datetime,
    data: Mapping[str, Any],
    code: str = SUCCESS_CODE,
    msg: str = SUCCESS_MSG,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The payload of a notification: the common members around ``data``. ``extra`` adds members that
    some notification kinds carry (the dispute notification's ``version``)."""
    payload: dict[str, Any] = {"code": code, "msg": msg, **(extra or {}), "keyVersion": KEY_VERSION, "appId": app_id}
    if merchant_no is not None:
        payload["merchantNo"] = merchant_no
    payload.update(notifyTime=format_time(notify_time), notifyType=notify_type, data=dict(data))
    return payload


#: What orjson would encode its own way and the json module refuses or spells otherwise: sent to ``_fragment``,
#: which refuses it, so that the json module decides.
_ORJSON_DECLINES = (
    0
    if _orjson is None
    else _orjson.OPT_PASSTHROUGH_DATACLASS | _orjson.OPT_PASSTHROUGH_DATETIME | _orjson.OPT_PASSTHROUGH_SUBCLASS
)


def loads(content: bytes | str) -> Any:
    """Decode JSON keeping every number exact: fractions and exponents become ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def dumps(payload: Any, *, indent: int | None = None) -> bytes:
    """Compact UTF-8 JSON (indented by ``indent`` spaces when given, for people to read); ``Decimal`` values
    become JSON numbers with exactly their digits.

    With ``orjson`` installed (a dependency on CPython) compact JSON is encoded by orjson, several
    times faster, to the same bytes; whatever it declines (keys that are not strings, integers beyond 64 bits,
    subclasses, dates) goes to the json module, so the rules - and the ``TypeError`` for what JSON cannot hold
    - are the json module's either way. An ``Enum`` member is encoded by its value."""
    if indent is None and _orjson is not None:
        try:
            encoded: bytes = _orjson.dumps(payload, default=_fragment, option=_ORJSON_DECLINES)
            return encoded
        except TypeError:  # orjson.JSONEncodeError is one
            pass
    return _json_dumps(payload, indent)


def _number(value: Any) -> str:
    """A finite ``Decimal`` as the JSON number of exactly its digits; anything else JSON cannot hold."""
    if isinstance(value, Decimal) and value.is_finite():
        return format(value, "f")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def _fragment(value: Any) -> Any:
    """orjson's ``default``: what ``_number`` writes, as it is."""
    assert _orjson is not None  # called by orjson only
    return _orjson.Fragment(_number(value))


def _json_dumps(payload: Any, indent: int | None) -> bytes:
    numbers: list[str] = []
    markers: list[str] = []  # drawn at the first Decimal: a payload without one costs no random bytes

    def placeholder(value: Any) -> Any:
        if isinstance(value, Enum):  # by its value, as orjson does
            return value.value
        numbers.append(_number(value))
        if not markers:
            markers.append(f"__payermax_decimal_{secrets.token_hex(6)}_")
        return f"{markers[0]}{len(numbers) - 1}"

    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(payload, ensure_ascii=False, separators=separators, indent=indent, default=placeholder)
    for index, number in enumerate(numbers):
        text = text.replace(f'"{markers[0]}{index}"', number, 1)
    return text.encode("utf-8")

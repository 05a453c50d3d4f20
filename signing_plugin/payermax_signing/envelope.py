"""The request envelope around a business payload, written byte for byte.

The generated client serialises only the ``data`` model. The envelope is spliced around those bytes
rather than re-serialised, so what is signed is exactly what is sent and no amount is ever re-encoded.
"""

from __future__ import annotations

import json
from datetime import datetime

from .credentials import MerchantCredentials
from .protocol import format_time


def request_time(now: datetime | None = None) -> str:
    """``requestTime`` in PayerMax's form: RFC 3339, milliseconds, numeric offset (``...T08:04:13.879+00:00``)."""
    return format_time(now)


def _head(version: str, credentials: MerchantCredentials, stamp: str, app_id_member: str) -> bytes:
    """The envelope members as a JSON object (no ``data``)."""
    head = {
        "version": version,
        "keyVersion": credentials.key_version,
        "requestTime": stamp,
        app_id_member: credentials.app_id,
    }
    if credentials.merchant_no:
        head["merchantNo"] = credentials.merchant_no
    if credentials.sp_merchant_no:
        head["spMerchantNo"] = credentials.sp_merchant_no
    return json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _with_data(envelope: bytes, data: bytes | None) -> bytes:
    if data is None:
        return envelope
    return envelope[:-1] + b',"data":' + data + b"}"


def build_envelope(
    data: bytes | None,
    *,
    version: str,
    credentials: MerchantCredentials,
    now: datetime | None = None,
    app_id_member: str = "appId",
) -> bytes:
    """The full request body: envelope members, then ``data`` exactly as given (no ``data`` for ``None``).

    ``app_id_member`` is what the operation's envelope calls the application id: ``appId``, or
    ``merchantAppId`` for the few operations that name it so (``addOrDelRiskNameList``, ``orderConfirm``).
    """
    return _with_data(_head(version, credentials, request_time(now), app_id_member), data)


#: Stands for ``requestTime`` while an :class:`EnvelopeFramer` renders the rest of a head once.
_TIME_MARK = "\U0010fffe-payermax-request-time-\U0010fffe"


class EnvelopeFramer:
    """:func:`build_envelope` for one merchant's credentials, with every member but ``requestTime`` rendered
    once per (version, application member): the same bytes, without a JSON encoding per request."""

    __slots__ = ("_frames", "credentials")

    def __init__(self, credentials: MerchantCredentials) -> None:
        self.credentials = credentials
        self._frames: dict[tuple[str, str], tuple[bytes, bytes] | None] = {}

    def build(
        self, data: bytes | None, *, version: str, now: datetime | None = None, app_id_member: str = "appId"
    ) -> bytes:
        """``build_envelope(data, version=..., credentials=self.credentials, now=..., app_id_member=...)``."""
        key = (version, app_id_member)
        if key not in self._frames:
            self._frames[key] = self._frame(version, app_id_member)
        frame = self._frames[key]
        if frame is None:  # the mark appears in another member too: no shortcut for these credentials
            return build_envelope(
                data, version=version, credentials=self.credentials, now=now, app_id_member=app_id_member
            )
        before, after = frame
        # requestTime is digits, '-', ':', '.', 'T' and '+': nothing JSON escapes.
        return _with_data(before + request_time(now).encode("ascii") + after, data)

    def _frame(self, version: str, app_id_member: str) -> tuple[bytes, bytes] | None:
        mark = _TIME_MARK.encode("utf-8")
        head = _head(version, self.credentials, _TIME_MARK, app_id_member)
        if head.count(mark) != 1:
            return None
        before, after = head.split(mark)
        return before, after

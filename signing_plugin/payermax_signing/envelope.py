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
    head = {
        "version": version,
        "keyVersion": credentials.key_version,
        "requestTime": request_time(now),
        app_id_member: credentials.app_id,
    }
    if credentials.merchant_no:
        head["merchantNo"] = credentials.merchant_no
    if credentials.sp_merchant_no:
        head["spMerchantNo"] = credentials.sp_merchant_no
    envelope = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if data is None:
        return envelope
    return envelope[:-1] + b',"data":' + data + b"}"

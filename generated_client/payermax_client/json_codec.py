"""JSON decoding that keeps every number exact (fractions become ``Decimal``, never ``float``)."""

import json
from decimal import Decimal
from typing import Any

import httpx
from payermax_signing.operation import ANSWER_EXTENSION

__all__ = ["answer", "loads"]


def loads(content: bytes | str) -> Any:
    """Decode a PayerMax body; numbers with a fraction or exponent become ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def answer(response: httpx.Response) -> Any:
    """The decoded body of an answer: the one ``PayerMaxAuth`` decoded as it verified the answer, else decoded
    here (an answer that did not pass through the auth)."""
    decoded = response.extensions.get(ANSWER_EXTENSION)
    return decoded if isinstance(decoded, dict) else loads(response.content)

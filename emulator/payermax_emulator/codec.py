"""JSON in and out of the emulator: exact decimals both ways, compact UTF-8 output.

Amounts (``Decimal``) are written as JSON numbers with every digit they have - as PayerMax writes
``"totalAmount": 10000`` - never through ``float``.
"""

from __future__ import annotations

import json
import secrets
from decimal import Decimal
from typing import Any


def encode(payload: Any) -> bytes:
    """Compact JSON; ``Decimal`` values become exact JSON numbers."""
    numbers: list[str] = []
    marker = f"__payermax_decimal_{secrets.token_hex(6)}_"

    def placeholder(value: Any) -> Any:
        if isinstance(value, Decimal) and value.is_finite():
            numbers.append(format(value, "f"))
            return f"{marker}{len(numbers) - 1}"
        raise TypeError(f"cannot encode {type(value).__name__}")

    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=placeholder)
    for index, number in enumerate(numbers):
        text = text.replace(f'"{marker}{index}"', number, 1)
    return text.encode("utf-8")


def decode(content: bytes | str) -> Any:
    """JSON with every fractional number as ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def amount(value: Any) -> Decimal:
    """An amount from validated request data (string, int or Decimal)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))

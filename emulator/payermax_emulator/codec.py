"""JSON in and out of the emulator: exact decimals both ways, compact UTF-8 output."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"cannot encode {type(value).__name__}")


def encode(payload: Any) -> bytes:
    """Compact JSON; amounts (``Decimal``) become decimal strings, never floats."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_default).encode("utf-8")


def decode(content: bytes | str) -> Any:
    """JSON with every fractional number as ``Decimal``."""
    return json.loads(content, parse_float=Decimal)


def amount(value: Any) -> Decimal:
    """An amount from validated request data (string, int or Decimal)."""
    return value if isinstance(value, Decimal) else Decimal(str(value))

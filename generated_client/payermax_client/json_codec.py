"""JSON decoding that keeps every number exact (fractions become ``Decimal``, never ``float``)."""

import json
from decimal import Decimal
from typing import Any

__all__ = ["loads"]


def loads(content: bytes | str) -> Any:
    """Decode a PayerMax body; numbers with a fraction or exponent become ``Decimal``."""
    return json.loads(content, parse_float=Decimal)

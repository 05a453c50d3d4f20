"""Exact money amounts: PayerMax writes them as JSON numbers or strings; Python code sees ``Decimal``.

Amounts never pass through ``float``. Parse answers with :func:`payermax_client.json_codec.loads`, which
reads JSON numbers with fractions as ``Decimal``; amounts are sent as plain decimal strings (``"74.99"``).
"""

from decimal import Decimal, InvalidOperation

__all__ = ["decimal_from_json", "decimal_to_json"]


def decimal_from_json(value: object) -> Decimal:
    """The exact amount in a decoded JSON value (``Decimal``, ``int`` or decimal string)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(
            f"amount arrived as {type(value).__name__}, which cannot hold money exactly; "
            "decode JSON with payermax_client.json_codec.loads"
        )
    if isinstance(value, int | str):
        try:
            return Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal amount: {value!r}") from None
    raise TypeError(f"not an amount: {type(value).__name__}")


def decimal_to_json(value: Decimal | int | str) -> str:
    """The amount as PayerMax accepts it: a plain decimal string, never exponent notation."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"amounts must be Decimal, int or str, not {type(value).__name__}")
    amount = value if isinstance(value, Decimal) else decimal_from_json(value)
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {amount}")
    return format(amount, "f")

"""Business logic of each PayerMax product; importing this package registers every operation."""

from . import (  # noqa: F401
    balances,
    collection,
    disputes,
    ledger,
    pay_by_link,
    payment_methods,
    payouts,
    tokenization,
    tokens,
)

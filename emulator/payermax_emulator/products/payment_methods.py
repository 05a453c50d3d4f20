"""Payment methods: ``consultPaymentMethod`` answers from a fixed catalogue (the same for every merchant).

PayerMax publishes no field table for this operation; the spec's members are inferred, and so is this
behaviour. The optional filters ``country``, ``currency`` and ``paymentMethodType`` (case-insensitive) narrow
the list; a filter nothing matches gives an empty list, not a refusal. Entries keep the catalogue's order.

| paymentMethodType | targetOrg | country | currency | status | minAmount | maxAmount | activated |
|---|---|---|---|---|---|---|---|
| CARD | - | US | USD | AVAILABLE | 0.50 | 10000.00 | 2023-06-01 |
| CARD | - | DE | EUR | AVAILABLE | 0.50 | 10000.00 | 2023-06-01 |
| CARD | - | SA | SAR | AVAILABLE | 2.00 | 40000.00 | 2023-08-15 |
| CARD | - | AE | AED | AVAILABLE | 2.00 | 35000.00 | 2023-08-15 |
| CARD | - | BR | BRL | UNAVAILABLE | 5.00 | 50000.00 | 2024-02-01 |
| APPLEPAY | - | US | USD | AVAILABLE | 0.50 | 10000.00 | 2023-09-20 |
| GOOGLEPAY | - | US | USD | AVAILABLE | 0.50 | 10000.00 | 2023-09-20 |
| WALLET | DANA | ID | IDR | AVAILABLE | 1000 | 20000000 | 2023-11-02 |
| WALLET | OVO | ID | IDR | UNAVAILABLE | 10000 | 10000000 | 2023-11-02 |
| WALLET | GCASH | PH | PHP | AVAILABLE | 20.00 | 100000.00 | 2023-10-10 |
| WALLET | STC_PAY | SA | SAR | AVAILABLE | 1.00 | 20000.00 | 2024-01-08 |
| WALLET | TRUEMONEY | TH | THB | AVAILABLE | 20.00 | 50000.00 | 2024-03-18 |
| BANK_TRANSFER | BCA | ID | IDR | AVAILABLE | 10000 | 500000000 | 2023-11-02 |
| BANK_TRANSFER | SPEI | MX | MXN | AVAILABLE | 10.00 | 100000.00 | 2024-04-22 |

Activation times are 03:15 UTC on the day shown. There is no control endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..kit import Product, operation
from ..services import Merchant

_ACTIVATED = "T03:15:00.000+00:00"

#: (paymentMethodType, targetOrg, country, currency, status, minAmount, maxAmount, activation day)
CATALOGUE: tuple[tuple[str, str | None, str, str, str, str, str, str], ...] = (
    ("CARD", None, "US", "USD", "AVAILABLE", "0.50", "10000.00", "2023-06-01"),
    ("CARD", None, "DE", "EUR", "AVAILABLE", "0.50", "10000.00", "2023-06-01"),
    ("CARD", None, "SA", "SAR", "AVAILABLE", "2.00", "40000.00", "2023-08-15"),
    ("CARD", None, "AE", "AED", "AVAILABLE", "2.00", "35000.00", "2023-08-15"),
    ("CARD", None, "BR", "BRL", "UNAVAILABLE", "5.00", "50000.00", "2024-02-01"),
    ("APPLEPAY", None, "US", "USD", "AVAILABLE", "0.50", "10000.00", "2023-09-20"),
    ("GOOGLEPAY", None, "US", "USD", "AVAILABLE", "0.50", "10000.00", "2023-09-20"),
    ("WALLET", "DANA", "ID", "IDR", "AVAILABLE", "1000", "20000000", "2023-11-02"),
    ("WALLET", "OVO", "ID", "IDR", "UNAVAILABLE", "10000", "10000000", "2023-11-02"),
    ("WALLET", "GCASH", "PH", "PHP", "AVAILABLE", "20.00", "100000.00", "2023-10-10"),
    ("WALLET", "STC_PAY", "SA", "SAR", "AVAILABLE", "1.00", "20000.00", "2024-01-08"),
    ("WALLET", "TRUEMONEY", "TH", "THB", "AVAILABLE", "20.00", "50000.00", "2024-03-18"),
    ("BANK_TRANSFER", "BCA", "ID", "IDR", "AVAILABLE", "10000", "500000000", "2023-11-02"),
    ("BANK_TRANSFER", "SPEI", "MX", "MXN", "AVAILABLE", "10.00", "100000.00", "2024-04-22"),
)


def _entry(row: tuple[str, str | None, str, str, str, str, str, str]) -> dict[str, Any]:
    method, target_org, country, currency, status, minimum, maximum, day = row
    entry: dict[str, Any] = {"paymentMethodType": method}
    if target_org:
        entry["targetOrg"] = target_org
    entry.update(
        country=country,
        currency=currency,
        activationTime=day + _ACTIVATED,
        status=status,
        minAmount=minimum,
        maxAmount=maximum,
    )
    return entry


@dataclass(eq=False)
class PaymentMethods(Product):
    @operation("consultPaymentMethod")
    def consult_payment_method(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        wanted = {
            index: str(data[name]).upper()
            for index, name in ((2, "country"), (3, "currency"), (0, "paymentMethodType"))
            if data.get(name)
        }
        return {
            "paymentMethods": [
                _entry(row) for row in CATALOGUE if all(row[index] == value for index, value in wanted.items())
            ]
        }

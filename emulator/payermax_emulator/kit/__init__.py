"""The product kit: what every product is built from.

- :class:`~.product.Product`: a product's tables, gateway operations (:func:`~.product.operation`) and due-time
  moves (:func:`~.product.when_due`);
- :class:`~.lifecycle.Lifecycle`: the allowed moves between a record's statuses, refused with the
  documented code, and :class:`~.lifecycle.Due`, a move the emulator clock makes on its own;
- :func:`~.sweeper.sweep`: the one background sweeper that runs every due move;
- :class:`~.records.Record`: what every record has beside its own columns (owner, status, document), and
  :class:`~.records.MerchantNumbered`: a record numbered by the merchant, matched without regard to case;
- ``store.table.Table`` (below the kit): insert-unique, find, get-or-not-found, save.
"""

from ..store.table import Table
from .lifecycle import Due, Ending, Lifecycle
from .product import Handler, Product, operation, when_due
from .records import MerchantNumbered, Record, merchant_key

__all__ = [
    "Due",
    "Ending",
    "Handler",
    "Lifecycle",
    "MerchantNumbered",
    "Product",
    "Record",
    "Table",
    "merchant_key",
    "operation",
    "when_due",
]

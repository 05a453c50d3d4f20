"""Composition: one emulator instance - its settings, store, services and the products it is made of.

The products are listed here, explicitly, with what each builds on; nothing registers itself on import.
Adding a product is one line in :meth:`Emulator._compose` (and one adapter in ``http/adapters``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .kit import Due, Handler, Product
from .kit.sweeper import sweep
from .openapi import SpecDocument, bundled_spec
from .products.auth_capture import AuthCapture
from .products.balances import Balances
from .products.bill_payments import BillPayments
from .products.collection import Collection
from .products.direct_helpers import DirectHelpers
from .products.disputes import Disputes
from .products.dropin import Dropin
from .products.exchanges import Exchanges
from .products.ledger import DISBURSEMENT, Account, Ledger
from .products.pay_by_link import PayByLink
from .products.payment_methods import PaymentMethods
from .products.payouts import Payouts
from .products.quotes import Quotes
from .products.refunds import Refunds
from .products.rfi import Rfis
from .products.risk import Risk
from .products.subscriptions import Subscriptions
from .products.tokenization import Tokenization
from .products.tokens import Tokens
from .products.virtual_accounts import VirtualAccounts
from .services import Merchant, Services
from .services import merchants as merchants_module
from .services import outbox as outbox_module
from .services.credentials import TestMerchant, ensure_test_merchant, load_platform_key, write_env_file
from .services.isv import ServiceProviders
from .services.merchants import Merchants
from .services.outbox import Outbox
from .settings import Settings
from .store import journal
from .store.clock import OFFSET_KEY, Clock
from .store.db import Database
from .store.errors import BusinessError

#: Tables that outlive ``reset``: who the merchants are, and the counters and settings of the store.
KEEP_ON_RESET = frozenset({"merchants", "sub_merchants", "meta", "sqlite_sequence"})
OPENING_FLOAT = "OPENING_FLOAT"


class Emulator:
    def __init__(self, settings: Settings, spec: SpecDocument | None = None) -> None:
        self.settings = settings
        if settings.data_dir is not None:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.spec = spec or bundled_spec()
        self.db = Database(settings.database, (merchants_module.DDL, outbox_module.DDL, journal.DDL))
        self.clock = Clock(self.db)
        self.platform_key = load_platform_key(settings.data_dir)
        self.merchants = Merchants(self.db, self.clock)
        self.service_providers = ServiceProviders(self.merchants)
        self.outbox = Outbox(self.db, self.clock, settings)
        self.services = Services(self.db, self.clock, self.outbox, self.merchants, settings)
        self.products = self._compose(self.services)
        for product in self.products:
            self.db.create(product.ddl())
        self.operations = self._operations()
        self.due: tuple[Due, ...] = tuple(move for product in self.products for move in product.due())
        self.test_merchant: TestMerchant = ensure_test_merchant(self.merchants, settings.data_dir)
        self.fund_test_merchant()
        if settings.data_dir is not None:
            write_env_file(settings.data_dir, self.environment())

    def _compose(self, services: Services) -> tuple[Product, ...]:
        """Every product, in the order they build on one another."""
        self.ledger = Ledger(services)
        self.tokens = Tokens(services)
        self.collection = Collection(services, self.ledger, self.tokens)
        self.refunds = Refunds(services, self.collection, self.ledger)
        self.auth_capture = AuthCapture(services, self.collection, self.ledger)
        self.tokenization = Tokenization(services, self.tokens, self.collection)
        self.dropin = Dropin(services, self.collection)
        self.direct_helpers = DirectHelpers(services, self.collection, self.tokens)
        self.subscriptions = Subscriptions(services, self.collection)
        self.risk = Risk(services, self.collection)
        self.pay_by_link = PayByLink(services, self.collection)
        self.disputes = Disputes(services, self.collection, self.ledger)
        self.payouts = Payouts(services, self.ledger)
        self.balances = Balances(services, self.ledger)
        self.payment_methods = PaymentMethods(services)
        self.quotes = Quotes(services)
        self.exchanges = Exchanges(services, self.quotes, self.ledger)
        self.virtual_accounts = VirtualAccounts(services, self.ledger)
        self.rfis = Rfis(services, self.collection, self.payouts, self.virtual_accounts)
        self.bill_payments = BillPayments(services, self.ledger)
        return (
            self.ledger,
            self.tokens,
            self.collection,
            self.refunds,
            self.auth_capture,
            self.tokenization,
            self.dropin,
            self.direct_helpers,
            self.subscriptions,
            self.risk,
            self.pay_by_link,
            self.disputes,
            self.payouts,
            self.balances,
            self.payment_methods,
            self.quotes,
            self.exchanges,
            self.virtual_accounts,
            self.rfis,
            self.bill_payments,
        )

    def _operations(self) -> dict[str, Handler]:
        found: dict[str, Handler] = {}
        for product in self.products:
            for name, handler in product.operations().items():
                if name in found:
                    raise ValueError(f"operation {name} is answered by two products")
                found[name] = handler
        return found

    def answer(self, merchant: Merchant, operation: str, data: dict[str, Any]) -> Any:
        """The business answer (``data``) to one accepted gateway call; a refusal raises ``BusinessError``."""
        handler = self.operations.get(operation)
        if handler is None:
            raise BusinessError("API_NOT_EXIST", f"There is no operation named {operation}.")
        return handler(merchant, data)

    def sweep(self) -> int:
        """Make every due-time move of every product (expiries, settlements); returns how many."""
        return sweep(self.db, self.clock, self.due)

    def fund_test_merchant(self) -> None:
        """Give the test merchant its opening DISBURSEMENT float, once per currency."""
        app_id = self.test_merchant.merchant.app_id
        with self.db.transaction() as tx:
            for currency, amount in self.settings.opening_float:
                if not self.ledger.posted(tx, app_id, currency, OPENING_FLOAT):
                    account = Account(app_id, DISBURSEMENT, currency)
                    self.ledger.post(tx, account, Decimal(amount), OPENING_FLOAT, "opening-float")

    def reset(self) -> list[str]:
        """Forget all business state and the clock offset (merchants and keys stay); returns the tables wiped."""
        wiped = [name for name in self.db.tables() if name not in KEEP_ON_RESET]
        with self.db.transaction() as tx:
            self.db.changed()  # the clock's offset goes
            tx.execute("PRAGMA defer_foreign_keys = ON")
            for name in wiped:
                tx.execute(f'DELETE FROM "{name}"')  # noqa: S608 - names come from sqlite_master
            tx.execute("DELETE FROM meta WHERE key = ?", (OFFSET_KEY,))
        self.fund_test_merchant()
        return wiped

    def environment(self) -> dict[str, str]:
        """The ``PAYERMAX_*`` variables that point a client at this emulator as its test merchant."""
        return self.test_merchant.environment(self.settings.gateway_url, self.platform_key.verifying_key)

    def page_url(self, path: str) -> str:
        return self.settings.page_url(path)

"""One emulator instance: its settings, database, clock, keys, merchants and notifier."""

from __future__ import annotations

from decimal import Decimal

from .clock import Clock
from .db import Database
from .merchants import Merchants, TestMerchant, ensure_test_merchant, load_platform_key, write_env_file
from .notifier import Notifier
from .openapi import SpecDocument, bundled_spec
from .settings import Settings
from .validation import RequestValidator


class Emulator:
    def __init__(self, settings: Settings, spec: SpecDocument | None = None) -> None:
        from . import products  # noqa: F401  (registers every operation, table and sweeper)

        self.settings = settings
        if settings.data_dir is not None:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.spec = spec or bundled_spec()
        self.validator = RequestValidator(self.spec)
        self.db = Database(settings.database)
        self.clock = Clock(self.db)
        self.platform_key = load_platform_key(settings.data_dir)
        self.merchants = Merchants(self.db, self.clock)
        self.test_merchant: TestMerchant = ensure_test_merchant(self.merchants, settings.data_dir)
        self.notifier = Notifier(self)
        self.fund_test_merchant()
        if settings.data_dir is not None:
            write_env_file(settings.data_dir, self.environment())

    def fund_test_merchant(self) -> None:
        """Give the test merchant its opening DISBURSEMENT float, once per currency."""
        from .products import ledger

        app_id = self.test_merchant.merchant.app_id
        with self.db.transaction() as tx:
            for currency, amount in self.settings.opening_float:
                funded = tx.execute(
                    "SELECT 1 FROM ledger WHERE app_id = ? AND currency = ? AND kind = 'OPENING_FLOAT'",
                    (app_id, currency),
                ).fetchone()
                if not funded:
                    ledger.post(
                        tx,
                        app_id,
                        account_type=ledger.DISBURSEMENT,
                        currency=currency,
                        amount=Decimal(amount),
                        kind="OPENING_FLOAT",
                        reference="opening-float",
                        at=self.clock.now(),
                    )

    def environment(self) -> dict[str, str]:
        """The ``PAYERMAX_*`` variables that point a client at this emulator as its test merchant."""
        return self.test_merchant.environment(self.settings.gateway_url, self.platform_key.verifying_key)

    def page_url(self, path: str) -> str:
        return self.settings.public_url.rstrip("/") + path

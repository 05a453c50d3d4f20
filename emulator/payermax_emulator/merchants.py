"""Merchants known to the emulator, PayerMax's own (platform) key, and the ready-made test merchant.

On first start the emulator creates a platform key pair and a test merchant (app id, merchant number,
merchant key pair). With a data directory they are kept there (``platform_private_key.pem``,
``merchant.env``, both readable by the owner only), so restarts keep the same credentials; ``merchant.env``
holds exactly the environment variables ``MerchantCredentials.from_env`` reads.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from payermax_signing import SigningKey, VerifyingKey, generate_key_pair
from payermax_signing.credentials import (
    ENV_APP_ID,
    ENV_BASE_URL,
    ENV_MERCHANT_NO,
    ENV_MERCHANT_PRIVATE_KEY,
    ENV_PLATFORM_PUBLIC_KEY,
)

from .clock import Clock, format_time
from .db import Database, schema
from .errors import BusinessError

schema(
    """
    CREATE TABLE IF NOT EXISTS merchants (
        app_id TEXT PRIMARY KEY,
        merchant_no TEXT NOT NULL UNIQUE,
        public_key TEXT NOT NULL,
        notify_url TEXT,
        created_at TEXT NOT NULL
    );
    """
)

PLATFORM_KEY_FILE = "platform_private_key.pem"
MERCHANT_ENV_FILE = "merchant.env"


@dataclass(frozen=True)
class Merchant:
    app_id: str
    merchant_no: str
    public_key: VerifyingKey
    notify_url: str | None


@lru_cache(maxsize=256)
def _public_key(encoded: str) -> VerifyingKey:
    return VerifyingKey.load(encoded)


def _merchant(row: sqlite3.Row) -> Merchant:
    return Merchant(row["app_id"], row["merchant_no"], _public_key(row["public_key"]), row["notify_url"])


class Merchants:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def get(self, app_id: str) -> Merchant | None:
        rows = self._db.read("SELECT * FROM merchants WHERE app_id = ?", (app_id,))
        return _merchant(rows[0]) if rows else None

    def all(self) -> list[Merchant]:
        return [_merchant(row) for row in self._db.read("SELECT * FROM merchants ORDER BY created_at")]

    def register(
        self,
        public_key: VerifyingKey,
        *,
        app_id: str | None = None,
        merchant_no: str | None = None,
        notify_url: str | None = None,
    ) -> Merchant:
        """Add a merchant, or replace the key and notify URL of an existing app id."""
        merchant = Merchant(
            app_id=app_id or secrets.token_hex(16),
            merchant_no=merchant_no or f"P0101{secrets.randbelow(10**10):010d}",
            public_key=public_key,
            notify_url=notify_url,
        )
        with self._db.transaction() as tx:
            taken = tx.execute(
                "SELECT app_id FROM merchants WHERE merchant_no = ? AND app_id != ?",
                (merchant.merchant_no, merchant.app_id),
            ).fetchone()
            if taken:
                raise BusinessError(
                    "MERCHANT_INVALID", f"merchant number {merchant.merchant_no} belongs to another app"
                )
            tx.execute(
                "INSERT INTO merchants (app_id, merchant_no, public_key, notify_url, created_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(app_id) DO UPDATE SET merchant_no = excluded.merchant_no,"
                " public_key = excluded.public_key, notify_url = excluded.notify_url",
                (
                    merchant.app_id,
                    merchant.merchant_no,
                    public_key.to_base64(),
                    notify_url,
                    format_time(self._clock.now()),
                ),
            )
        return merchant


@dataclass(frozen=True)
class TestMerchant:
    """The merchant created on first start, with its private key (it is a test merchant)."""

    merchant: Merchant
    private_key: SigningKey

    def environment(self, gateway_url: str, platform_key: VerifyingKey) -> dict[str, str]:
        return {
            ENV_BASE_URL: gateway_url,
            ENV_APP_ID: self.merchant.app_id,
            ENV_MERCHANT_NO: self.merchant.merchant_no,
            ENV_MERCHANT_PRIVATE_KEY: self.private_key.to_base64(),
            ENV_PLATFORM_PUBLIC_KEY: platform_key.to_base64(),
        }


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def load_platform_key(data_dir: Path | None) -> SigningKey:
    """The platform's signing key: kept in the data directory, or a fresh one for an in-memory emulator."""
    if data_dir is None:
        return generate_key_pair()
    path = data_dir / PLATFORM_KEY_FILE
    if path.exists():
        return SigningKey.load(path, what="platform private key")
    key = generate_key_pair()
    _write_private(path, key.to_pem())
    return key


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            name, value = line.split("=", 1)
            values[name.strip()] = value.strip()
    return values


def ensure_test_merchant(merchants: Merchants, data_dir: Path | None) -> TestMerchant:
    """The test merchant of this data directory, created (and registered) on first start."""
    env_path = data_dir / MERCHANT_ENV_FILE if data_dir is not None else None
    if env_path is not None and env_path.exists():
        values = read_env_file(env_path)
        key = SigningKey.load(values[ENV_MERCHANT_PRIVATE_KEY], what=f"{env_path}: {ENV_MERCHANT_PRIVATE_KEY}")
        merchant = merchants.get(values[ENV_APP_ID])
        if merchant is None or merchant.public_key != key.verifying_key:
            merchant = merchants.register(
                key.verifying_key, app_id=values[ENV_APP_ID], merchant_no=values[ENV_MERCHANT_NO]
            )
        return TestMerchant(merchant, key)
    key = generate_key_pair()
    test_merchant = TestMerchant(merchants.register(key.verifying_key), key)
    return test_merchant


def write_env_file(data_dir: Path, environment: dict[str, str]) -> Path:
    path = data_dir / MERCHANT_ENV_FILE
    lines = ["# PayerMax emulator test merchant: `set -a; . ./merchant.env; set +a` exports it"]
    lines += [f"{name}={value}" for name, value in environment.items()]
    _write_private(path, "\n".join(lines) + "\n")
    return path

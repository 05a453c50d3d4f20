"""PayerMax's own (platform) key and the ready-made test merchant of a data directory.

On first start the emulator creates a platform key pair and a test merchant (app id, merchant number,
merchant key pair). With a data directory they are kept there (``platform_private_key.pem``,
``merchant.env``, both readable by the owner only), so restarts keep the same credentials; ``merchant.env``
holds exactly the environment variables ``MerchantCredentials.from_env`` reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from payermax_signing import SigningKey, VerifyingKey, generate_key_pair
from payermax_signing.credentials import (
    ENV_APP_ID,
    ENV_BASE_URL,
    ENV_MERCHANT_NO,
    ENV_MERCHANT_PRIVATE_KEY,
    ENV_PLATFORM_PUBLIC_KEY,
)

from .merchants import Merchant, Merchants

PLATFORM_KEY_FILE = "platform_private_key.pem"
MERCHANT_ENV_FILE = "merchant.env"


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
    """Write a file readable by the owner only, atomically: a reader (another worker process of the same
    data directory) sees the old content or the new one, never a half-written file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(partial, path)


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
    return TestMerchant(merchants.register(key.verifying_key), key)


def write_env_file(data_dir: Path, environment: dict[str, str]) -> Path:
    path = data_dir / MERCHANT_ENV_FILE
    lines = ["# PayerMax emulator test merchant: `set -a; . ./merchant.env; set +a` exports it"]
    lines += [f"{name}={value}" for name, value in environment.items()]
    _write_private(path, "\n".join(lines) + "\n")
    return path

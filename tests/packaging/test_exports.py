"""The public names of each package, curated (as stripe-python's tests/test_exports.py does): adding or
removing one is a decision this test makes visible. And each package imports cleanly first in a fresh
interpreter, so no import cycle between payermax_client and payermax_signing can hide."""

from __future__ import annotations

import importlib
import subprocess
import sys
import tomllib
import typing
from pathlib import Path

import click
import pytest

import payermax_client
import payermax_signing

REPO = Path(__file__).resolve().parents[2]

CLIENT = [
    "AsyncPayerMax",
    "AuthenticatedClient",
    "Client",
    "PRODUCTION_BASE_URL",
    "PayerMax",
    "RetryPolicy",
    "Timeouts",
    "UAT_BASE_URL",
]

SIGNING = [
    "ApiError",
    "AuthenticationError",
    "ClockSkewError",
    "ConfigurationError",
    "ConnectionFailedError",
    "DedupeStore",
    "DuplicateNotificationError",
    "DuplicateRequestError",
    "GatewayError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "InvalidSignatureError",
    "KeyLoadError",
    "MalformedNotificationError",
    "MemoryDedupeStore",
    "MerchantCredentials",
    "MismatchedAnswerError",
    "MissingSignatureError",
    "NotFoundError",
    "NotificationError",
    "NotificationReceiver",
    "OrderStateError",
    "OutcomeUnknownError",
    "PayerMaxAuth",
    "PayerMaxError",
    "PaymentRejectedError",
    "RateLimitError",
    "RetryPolicy",
    "SignatureError",
    "SigningKey",
    "SpecViolationError",
    "SqliteDedupeStore",
    "StaleNotificationError",
    "TimedOutError",
    "Timeouts",
    "TransportError",
    "UnexpectedResponseError",
    "VerifyingKey",
    "acknowledgement",
    "build_envelope",
    "dedupe_key",
    "error_for_code",
    "generate_key_pair",
    "request_time",
]


def test_payermax_client_exports() -> None:
    assert sorted(payermax_client.__all__) == CLIENT
    for name in CLIENT:
        assert getattr(payermax_client, name) is not None


def test_payermax_client_submodules_export_what_they_define() -> None:
    spec = _spec()
    # One resource per tag that has operations (a tag of notifications only, like funds, has none).
    used = {item["post"]["tags"][0] for item in spec["paths"].values()}
    tags = [str(tag["name"]) for tag in spec["tags"] if tag["name"] in used]
    resources = importlib.import_module("payermax_client.resources")
    annotations = typing.get_type_hints(payermax_client.PayerMax)
    assert resources.__all__ == [annotations[tag].__name__ for tag in tags]
    for module_name in ("models", "notifications", "types", "resources", "async_resources", "payermax"):
        module = importlib.import_module(f"payermax_client.{module_name}")
        assert module.__all__, module_name
        for name in module.__all__:
            assert not name.startswith("_") and getattr(module, name) is not None, f"{module_name}.{name}"


def test_payermax_signing_exports() -> None:
    assert sorted(payermax_signing.__all__) == SIGNING
    for name in SIGNING:
        assert getattr(payermax_signing, name) is not None
    errors = [getattr(payermax_signing, n) for n in SIGNING if n.endswith("Error")]
    assert all(issubclass(error, payermax_signing.PayerMaxError) for error in errors)


def test_payermax_emulator_is_used_through_its_command_line() -> None:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, attribute = scripts["payermax-emulator"].partition(":")
    main = getattr(importlib.import_module(module), attribute)
    assert isinstance(main, click.Group) and {"serve"} <= set(main.commands)
    module, _, attribute = scripts["payermax-keygen"].partition(":")
    assert callable(getattr(importlib.import_module(module), attribute))


def _spec() -> dict[str, typing.Any]:
    from payermax_emulator.openapi import bundled_spec

    return bundled_spec().raw


@pytest.mark.parametrize(
    "first",
    ["payermax_client", "payermax_signing", "payermax_emulator", "payermax_client.models", "payermax_client.notifications",
     "payermax_signing.notifications", "payermax_signing.errors"],
)  # fmt: skip
def test_each_package_imports_first_in_a_fresh_interpreter(first: str) -> None:
    code = (
        f"import {first}\n"
        "import payermax_client, payermax_signing, payermax_emulator\n"
        "assert payermax_client.PayerMax and payermax_signing.PayerMaxAuth\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_payermax_signing_never_imports_the_generated_client() -> None:
    code = "import sys, payermax_signing\nassert not any(m.startswith('payermax_client') for m in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr

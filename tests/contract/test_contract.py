"""Schemathesis over every operation of the spec, positive and negative data, against the emulator:
in-process (ASGI) and over HTTP to an emulator running as a separate process. Bounded for `make test`
(``PAYERMAX_CONTRACT_EXAMPLES`` cases per operation and mode); `make fuzz` runs the long campaign."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig

from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.openapi import spec_path
from payermax_emulator.settings import Settings
from payermax_signing import MerchantCredentials
from tests.support.paths import REPO

from . import hooks
from .emulator_process import emulator_process
from .target import Target

CASES = int(os.environ.get("PAYERMAX_CONTRACT_EXAMPLES", "20"))

CONFIG = SchemathesisConfig.from_path(str(REPO / "schemathesis.toml"))
CONFIG.projects.default.phases.update(phases=["examples", "fuzzing"])
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)
schema.config.generation.update(max_examples=CASES)

EMULATOR = Emulator(Settings(settle_after=None))
APP = create_app(emulator=EMULATOR, worker=False)
IN_PROCESS = Target(EMULATOR.settings.gateway_url, MerchantCredentials.from_env(EMULATOR.environment()))


@pytest.fixture(scope="module")
def separate_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    with emulator_process(tmp_path_factory.mktemp("contract-emulator"), "--settle-after", "-1") as env:
        yield Target.from_env(env)


@schema.parametrize()
def test_in_process(case: schemathesis.Case[Any]) -> None:
    hooks.configure(IN_PROCESS)
    case.call_and_validate(app=APP)


@schema.parametrize()
def test_over_http(case: schemathesis.Case[Any], separate_process: Target) -> None:
    hooks.configure(separate_process)
    case.call_and_validate(base_url=separate_process.base_url)

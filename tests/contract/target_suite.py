"""The contract suite against the gateway named by the ``PAYERMAX_*`` variables - PayerMax's UAT, or an
emulator - run by `make contract-uat` (not collected by the default test run: its name has no ``test_``).

Positive and negative data for every operation; every answer must be signed, negative data never
accepted, valid data accepted or refused for a business reason (see ``hooks.py``).
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from payermax_emulator.openapi import spec_path
from tests.support.paths import REPO

from . import hooks
from .target import Target

TARGET = Target.from_env()
CONFIG = SchemathesisConfig.from_path(str(REPO / "schemathesis.toml"))
CONFIG.projects.default.phases.update(phases=["examples", "fuzzing"])
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)
schema.config.generation.update(max_examples=int(os.environ.get("PAYERMAX_CONTRACT_EXAMPLES", "10")))


@schema.parametrize()
def test_gateway_honours_the_contract(case: schemathesis.Case[Any]) -> None:
    hooks.configure(TARGET)
    case.call_and_validate(base_url=TARGET.base_url)

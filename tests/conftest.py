from __future__ import annotations

import pytest

from payermax_emulator.openapi import SpecDocument, bundled_spec


@pytest.fixture(scope="session")
def spec() -> SpecDocument:
    return bundled_spec()

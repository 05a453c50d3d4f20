"""Programs the tests need from the machine (Debian's packages, which .ci/run installs)."""

from __future__ import annotations

import os

import pytest


def required(executable: str | None, reason: str) -> str:
    """``executable`` when found; otherwise the test is skipped locally and fails in CI, which installs it."""
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return executable

"""`make demo` - the README's first command - completes the merchant flow and says so."""

from __future__ import annotations

import subprocess
import sys


def test_demo_runs_the_whole_flow() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "payermax_emulator.demo", "--no-color"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "Hosted checkout",
        "cashier page",
        "payment notification",
        "orderQuery",
        "Refund",
        "supplier",
        "Balances",
        "Pre-authorisation",
    ):
        assert step in result.stdout
    assert "REFUND notification verified: REFUND_SUCCESS" in result.stdout
    assert "capture 120.00 USD -> SUCCESS" in result.stdout
    assert "All 8 steps done" in result.stdout

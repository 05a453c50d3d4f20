"""The README's usage example runs as written, against the emulator instead of UAT."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import payermax_client
from tests.support.gateway import Gateway

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_usage_example_runs(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    example = re.search(r"## Using the SDK\s+```python\n(.*?)```", README.read_text(), re.DOTALL)
    assert example is not None
    for name, value in gateway.emulator.environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(payermax_client, "UAT_BASE_URL", gateway.emulator.settings.gateway_url)
    printed: list[object] = []
    exec(compile(example.group(1), str(README), "exec"), {"print": printed.append})  # noqa: S102
    redirect_url, status = printed
    assert str(redirect_url).startswith(gateway.url + "/cashier/")
    assert status == "PENDING"

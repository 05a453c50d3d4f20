"""The wheel as a merchant gets it: built from a clean checkout (the tracked files only), typed in all four
packages, carrying the spec the emulator serves; installed into a fresh virtualenv outside the repository,
the README type-checks against it, the emulator says which extra it needs, and with the extra
``payermax-emulator serve`` starts and answers a signed call made with the installed SDK."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from payermax_emulator.local_server import free_port
from tests.support.packaging import Installed, run
from tests.support.readme import needs_optional_extra, python_blocks

from .test_readme_types import strict_mypy

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("payermax_client", "payermax_signing", "payermax_emulator", "payermax_pytest")


def test_the_wheel_is_typed_and_carries_the_spec(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for package in PACKAGES:
            assert f"{package}/py.typed" in names
        assert archive.read("payermax_emulator/openapi.yaml") == (REPO / "spec" / "openapi.yaml").read_bytes()
        assert any(name.endswith("LICENSE") for name in names)
        assert not any(name.startswith(("tests/", "generator/", "spec/")) for name in names)


def _lines(stream: object, found: list[str], done: threading.Event) -> None:
    for line in stream:  # type: ignore[attr-defined]
        found.append(str(line).rstrip("\n"))
        if sum(1 for entry in found if entry.startswith("PAYERMAX_")) >= 5:
            done.set()
    done.set()


@pytest.fixture
def served(installed: Installed, tmp_path: Path) -> Iterator[dict[str, str]]:
    """``payermax-emulator serve`` from the fresh virtualenv; yields the variables it prints."""
    port = free_port()
    process = subprocess.Popen(
        [str(installed.venv / "bin" / "payermax-emulator"), "serve", "--port", str(port), "--in-memory"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        printed: list[str] = []
        done = threading.Event()
        threading.Thread(target=_lines, args=(process.stdout, printed, done), daemon=True).start()
        assert done.wait(120), "the emulator printed no settings"
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the emulator exited"
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the emulator does not listen"
                time.sleep(0.1)
        yield dict(line.split("=", 1) for line in printed if line.startswith("PAYERMAX_"))
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


CALL = """
from payermax_client import PayerMax
import payermax_emulator.openapi as spec

with PayerMax() as payermax:
    balances = payermax.balances.current_balance_query()
print("inquiry", balances.inquiry_time)
print("spec", spec.spec_path())
"""


def test_without_its_extra_the_emulator_names_the_extra(installed: Installed) -> None:
    assert installed.without_extra.returncode != 0
    message = installed.without_extra.stderr.strip().splitlines()[-1]
    assert message.startswith("ModuleNotFoundError: payermax_emulator needs the 'emulator' extra")
    assert "pip install 'payermax-python[emulator]'" in message


def test_the_readme_type_checks_against_the_installed_wheel(installed: Installed, tmp_path: Path) -> None:
    """The blocks a merchant can run with the wheel and its ``emulator`` extra; the blocks for a web framework or
    Redis need that extra as well and are checked in the development environment (test_readme_types)."""
    blocks = [block for block in python_blocks() if not needs_optional_extra(block)]
    assert len(blocks) >= 3
    checked = strict_mypy(blocks, tmp_path, python=str(installed.python))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_installed_emulator_serves_and_answers(
    installed: Installed, tmp_path: Path, served: dict[str, str]
) -> None:
    assert {"PAYERMAX_BASE_URL", "PAYERMAX_APP_ID", "PAYERMAX_MERCHANT_PRIVATE_KEY"} <= set(served)
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PAYERMAX_")}
    answered = run(installed.python, "-c", CALL, cwd=tmp_path, env={**environment, **served})
    assert "inquiry " in answered.stdout
    spec_line = next(line for line in answered.stdout.splitlines() if line.startswith("spec "))
    assert str(installed.venv) in spec_line and spec_line.endswith("payermax_emulator/openapi.yaml")

"""The wheel as a merchant gets it: built from a clean checkout (the tracked files only), typed in all three
packages, carrying the spec the emulator serves; installed into a fresh virtualenv outside the repository,
the README type-checks against it, the emulator says which extra it needs, and with the extra
``payermax-emulator serve`` starts and answers a signed call made with the installed SDK."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from payermax_emulator.local_server import free_port
from tests.support.readme import needs_optional_extra, python_blocks

from .test_readme_types import strict_mypy

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("payermax_client", "payermax_signing", "payermax_emulator")
QUIET_PIP = ["-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def _clean_checkout(target: Path) -> None:
    """The tracked files of the working tree, as a fresh clone would have them (no .venv, no caches)."""
    git = shutil.which("git")
    assert git is not None, "building from a clean checkout needs git"
    listed = subprocess.run([git, "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    checkout, dist = root / "checkout", root / "dist"
    _clean_checkout(checkout)
    _run(sys.executable, *QUIET_PIP, "wheel", "--no-deps", "-w", dist, checkout, cwd=root)
    (built,) = dist.glob("*.whl")
    return built


@dataclass(frozen=True)
class Installed:
    venv: Path
    without_extra: subprocess.CompletedProcess[str]  # ``import payermax_emulator`` before the extra was installed

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A fresh virtualenv, in a directory that has nothing to do with the repository: the wheel installed
    without its extra, the emulator's import tried, then the extra installed."""
    root = tmp_path_factory.mktemp("merchant")
    _run(sys.executable, "-m", "venv", root / "venv", cwd=root)
    python = root / "venv" / "bin" / "python"
    _run(python, *QUIET_PIP, "install", wheel, cwd=root)
    _run(python, "-c", "import payermax_client, payermax_signing", cwd=root)
    without_extra = subprocess.run([python, "-c", "import payermax_emulator"], capture_output=True, text=True,
                                   cwd=root, timeout=120, check=False)  # fmt: skip
    _run(python, *QUIET_PIP, "install", f"{wheel}[emulator]", cwd=root)
    return Installed(root / "venv", without_extra)


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
    answered = _run(installed.python, "-c", CALL, cwd=tmp_path, env={**environment, **served})
    assert "inquiry " in answered.stdout
    spec_line = next(line for line in answered.stdout.splitlines() if line.startswith("spec "))
    assert str(installed.venv) in spec_line and spec_line.endswith("payermax_emulator/openapi.yaml")

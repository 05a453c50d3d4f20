"""The wheel, built once per session from a clean checkout, and a fresh virtualenv outside the repository with
it installed: shared by the wheel's own tests and the merchant project's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.packaging import QUIET_PIP, Installed, clean_checkout, run


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    checkout, dist = root / "checkout", root / "dist"
    clean_checkout(checkout)
    run(sys.executable, *QUIET_PIP, "wheel", "--no-deps", "-w", dist, checkout, cwd=root)
    (built,) = dist.glob("*.whl")
    return built


def _tried(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], capture_output=True, text=True, cwd=cwd, timeout=120,
                          check=False)  # fmt: skip


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A fresh virtualenv, in a directory that has nothing to do with the repository: the wheel installed
    without its extra, the emulator's import and command tried, then the extra installed."""
    root = tmp_path_factory.mktemp("merchant")
    run(sys.executable, "-m", "venv", root / "venv", cwd=root)
    python = root / "venv" / "bin" / "python"
    run(python, *QUIET_PIP, "install", wheel, cwd=root)
    run(python, "-c", "import payermax_client, payermax_signing", cwd=root)
    without_extra = _tried(python, "-c", "import payermax_emulator", cwd=root)
    command_without_extra = _tried(root / "venv" / "bin" / "payermax", "emulator", "--help", cwd=root)
    run(python, *QUIET_PIP, "install", f"{wheel}[emulator]", cwd=root)
    return Installed(root / "venv", without_extra, command_without_extra)

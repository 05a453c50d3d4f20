"""Building the wheel from a clean checkout and installing it into a fresh virtualenv outside the repository,
as a merchant gets the package (the fixtures are in tests/packaging/conftest.py)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .paths import REPO

QUIET_PIP = ["-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command to its end; fails the test with its output when it fails."""
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


def clean_checkout(target: Path) -> None:
    """The tracked files of the working tree, as a fresh clone would have them (no .venv, no caches)."""
    git = shutil.which("git")
    assert git is not None, "building from a clean checkout needs git"
    listed = subprocess.run([git, "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@dataclass(frozen=True)
class Installed:
    """The wheel installed in a fresh virtualenv, with what was seen before its ``emulator`` extra came."""

    venv: Path
    without_extra: subprocess.CompletedProcess[str]  # ``import payermax_emulator`` before the extra was installed
    command_without_extra: subprocess.CompletedProcess[str]  # ``payermax emulator --help`` before the extra

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def script(self, name: str) -> Path:
        return self.venv / "bin" / name

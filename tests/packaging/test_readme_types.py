"""Every Python example of the README passes ``mypy --strict`` exactly as written (no ignores), against the
installed packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.readme import README, python_blocks

REPO = README.parent


def strict_mypy(blocks: list[str], workdir: Path, python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    """Run ``mypy --strict`` (no config file) on each block as its own module, outside the repository."""
    files = []
    for number, block in enumerate(blocks, start=1):
        path = workdir / f"readme_example_{number}.py"
        path.write_text(block, encoding="utf-8")
        files.append(str(path))
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "", "--python-executable", python,
               "--cache-dir", str(REPO / ".mypy_cache" / "readme"), *files]  # fmt: skip
    return subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=300, check=False)


def test_the_readme_has_its_examples() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 4
    assert "PayerMax()" in blocks[0]  # the first example uses the merchant-facing client
    assert not [block for block in blocks if "type: ignore" in block]


def test_the_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    result = strict_mypy(python_blocks(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

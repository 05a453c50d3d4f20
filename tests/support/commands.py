"""Running the installed ``payermax`` command as a merchant would: a child process with its own environment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: The console scripts of the virtualenv the tests run in.
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Ran:
    status: int
    stdout: str
    stderr: str

    @property
    def error_line(self) -> str:
        """The one line a failing command prints (fails when it printed more, or a traceback)."""
        lines = self.stderr.strip().splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got {lines}"
        assert lines[0].startswith("payermax: "), lines[0]
        return lines[0]


def clean_environment(variables: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any ``PAYERMAX_*`` variable, plus ``variables``."""
    kept = {name: value for name, value in os.environ.items() if not name.startswith("PAYERMAX_")}
    return {**kept, **(variables or {})}


def payermax(
    *arguments: str | Path,
    env: Mapping[str, str] | None = None,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    command: str = "payermax",
) -> Ran:
    """Run ``payermax ARGUMENTS`` (or another console script of the package) to its end."""
    result = subprocess.run(
        [str(BIN / command), *map(str, arguments)],
        input=stdin,
        env=clean_environment(env),
        cwd=cwd,
        capture_output=True,
        timeout=120,
        check=False,
    )
    ran = Ran(result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace"))
    assert "Traceback" not in ran.stderr, ran.stderr
    return ran

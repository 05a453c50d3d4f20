"""The pytest plugin as a merchant's project meets it: child pytest runs in a directory outside the repository
(the package installed in this virtualenv, as ``pip install`` would). Loading it imports nothing heavy and
starts nothing; its fixtures run the emulator in a thread, a child process, or use one already running."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from payermax_emulator.testing import RunningEmulator
from tests.support.commands import clean_environment
from tests.support.paths import REPO
from tests.support.readme import python_blocks

UNUSED = """
import sys
import threading

HEAVY = ("payermax_client", "payermax_signing", "payermax_emulator", "starlette", "uvicorn", "cryptography", "httpx")


def test_the_plugin_is_loaded_and_nothing_heavy_with_it() -> None:
    assert "payermax_pytest.plugin" in sys.modules
    assert [name for name in HEAVY if name in sys.modules] == []
    assert not [thread.name for thread in threading.enumerate() if thread.name != "MainThread"]
"""

ATTACHED = """
from payermax_emulator.testing import RunningEmulator


def test_the_running_emulator_is_used(payermax_emulator: RunningEmulator) -> None:
    assert payermax_emulator.url == "{url}"
    assert payermax_emulator.environment["PAYERMAX_BASE_URL"].startswith("{url}/")
"""


def pytest_in(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``pytest ARGUMENTS`` in ``project``, a directory of its own with no configuration."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments]
    return subprocess.run(command, cwd=project, env=clean_environment(), capture_output=True, text=True,
                          timeout=300, check=False)  # fmt: skip


def test_loading_the_plugin_imports_only_pytest(tmp_path: Path) -> None:
    (tmp_path / "test_unused.py").write_text(UNUSED)
    ran = pytest_in(tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout


def test_the_plugin_can_be_turned_off(tmp_path: Path) -> None:
    (tmp_path / "test_off.py").write_text("def test_uses(payermax_client: object) -> None:\n    pass\n")
    ran = pytest_in(tmp_path, "-p", "no:payermax")
    assert ran.returncode != 0
    assert "fixture 'payermax_client' not found" in ran.stdout


def test_the_example_passes_with_the_emulator_in_a_child_process(tmp_path: Path) -> None:
    shutil.copy(REPO / "examples" / "test_checkout_example.py", tmp_path)
    ran = pytest_in(tmp_path, "--payermax-emulator=subprocess")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "6 passed" in ran.stdout


def test_an_emulator_already_running_can_be_used(tmp_path: Path, payermax_emulator_session: RunningEmulator) -> None:
    (tmp_path / "test_attached.py").write_text(ATTACHED.format(url=payermax_emulator_session.url))
    (tmp_path / "pytest.ini").write_text(f"[pytest]\npayermax_emulator = {payermax_emulator_session.url}\n")
    ran = pytest_in(tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    payermax_emulator_session.use_notify_url(payermax_emulator_session.sink.url)  # the child pointed it at its own


def test_an_unknown_mode_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "test_mode.py").write_text("def test_uses(payermax_emulator: object) -> None:\n    pass\n")
    ran = pytest_in(tmp_path, "--payermax-emulator=docker")
    assert ran.returncode != 0
    assert "thread or subprocess" in ran.stdout + ran.stderr


def test_the_readme_example_passes(tmp_path: Path) -> None:
    (block,) = [block for block in python_blocks() if "def test_" in block]
    (tmp_path / "test_readme_example.py").write_text(block)
    ran = pytest_in(tmp_path)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout

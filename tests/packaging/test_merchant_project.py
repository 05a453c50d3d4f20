"""A merchant's project outside the repository with the package installed from the wheel: the example test of
examples/ passes there with the plugin's documented fixtures only, the ``payermax`` command works, and before
the emulator's extra was installed ``payermax emulator`` named the extra in one line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.commands import clean_environment
from tests.support.packaging import QUIET_PIP, Installed, run
from tests.support.paths import REPO

WHERE = """
import payermax_client, payermax_emulator, payermax_pytest


def test_the_packages_come_from_the_wheel() -> None:
    for package in (payermax_client, payermax_emulator, payermax_pytest):
        assert package.__file__ is not None and package.__file__.startswith("{venv}"), package.__file__
"""


@pytest.fixture(scope="module")
def with_pytest(installed: Installed) -> Installed:
    """The merchant's virtualenv with pytest, as a project that tests itself has it."""
    run(installed.python, *QUIET_PIP, "install", f"pytest=={pytest.__version__}", cwd=installed.venv)
    return installed


def test_the_example_test_passes_in_a_merchant_project(with_pytest: Installed, tmp_path: Path) -> None:
    project = tmp_path / "shop"
    (project / "tests").mkdir(parents=True)
    shutil.copy(REPO / "examples" / "test_checkout_example.py", project / "tests" / "test_checkout.py")
    (project / "tests" / "test_where.py").write_text(WHERE.format(venv=with_pytest.venv))
    ran = subprocess.run([with_pytest.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], cwd=project,
                         env=clean_environment(), capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "7 passed" in ran.stdout, ran.stdout


def test_the_command_works_in_a_merchant_project(installed: Installed, tmp_path: Path) -> None:
    payermax = installed.script("payermax")
    run(payermax, "keygen", "--out", tmp_path / "keys", cwd=tmp_path)
    (tmp_path / "body.json").write_bytes(b'{"code":"SUCCESS","msg":"Success"}')
    signed = run(payermax, "sign", "body.json", "--key-file", tmp_path / "keys" / "merchant_private_key.txt",
                 cwd=tmp_path)  # fmt: skip
    checked = run(payermax, "verify", "body.json", "--sign", signed.stdout.strip(),
                  "--key-file", tmp_path / "keys" / "merchant_public_key.txt", cwd=tmp_path)  # fmt: skip
    assert checked.stdout.startswith("valid")
    listed = run(payermax, "call", "--list", cwd=tmp_path)
    assert "orderQuery" in listed.stdout


def test_without_the_emulator_extra_payermax_emulator_names_it(installed: Installed) -> None:
    without = installed.command_without_extra
    assert without.returncode == 2
    (line,) = without.stderr.strip().splitlines()
    assert line.startswith("payermax: payermax emulator needs the 'emulator' extra")
    assert line.endswith("pip install 'payermax-python[emulator]'")

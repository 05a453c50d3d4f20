"""``payermax emulator ...`` is the emulator's own command line (``payermax-emulator``); without the emulator's
extra it says so in one line (checked against the installed wheel in tests/packaging/test_merchant_project.py)."""

from __future__ import annotations

from tests.support.commands import payermax


def test_payermax_emulator_is_the_emulators_command() -> None:
    shown = payermax("emulator", "--help")
    assert shown.status == 0
    assert shown.stdout.startswith("Usage: payermax emulator")
    assert {"serve", "env"} <= {line.split()[0] for line in shown.stdout.split("Commands:")[1].splitlines() if line}
    same = payermax("--help", command="payermax-emulator")
    assert same.stdout.split("Commands:")[1] == shown.stdout.split("Commands:")[1]


def test_a_mistake_in_an_emulator_command_is_one_line() -> None:
    wrong = payermax("emulator", "serve", "--port", "not-a-port")
    assert wrong.status == 2
    assert "not-a-port" in wrong.error_line

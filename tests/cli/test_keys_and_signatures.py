"""``payermax --help``, ``keygen``, ``sign`` and ``verify``, run as a merchant runs them: the installed console
script in a child process, against the emulator over 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from payermax_emulator.testing import RunningEmulator
from payermax_signing import SigningKey, VerifyingKey, build_envelope, generate_key_pair
from payermax_signing.cli import cli
from payermax_signing.protocol import SIGN_HEADER, SUCCESS_CODE
from tests.support.commands import payermax

COMMANDS = ("keygen", "sign", "verify", "call", "notify", "drill", "emulator")


def test_help_lists_every_command_with_examples_and_the_exit_codes() -> None:
    shown = payermax("--help")
    assert shown.status == 0
    listed = re.search(r"^Commands:\n((?:  \S.*\n)+)", shown.stdout, flags=re.MULTILINE)
    assert listed is not None, shown.stdout
    assert {line.split()[0] for line in listed.group(1).splitlines()} == set(COMMANDS)
    assert "Examples:" in shown.stdout
    for status in ("0", "1", "2", "3", "4"):
        assert re.search(rf"^\s+{status}\s+\S", shown.stdout, flags=re.MULTILINE), f"exit status {status}"
    for name in COMMANDS[:-1]:  # ``payermax emulator --help`` is the emulator's own (tests/cli/test_emulator.py)
        assert "Examples:" in cli.commands[name].epilog, name  # type: ignore[operator]


def test_no_arguments_show_the_help() -> None:
    shown = payermax()
    assert shown.status == 0
    assert "Commands:" in shown.stdout + shown.stderr


def test_keygen_prints_a_pair_in_the_dashboard_form() -> None:
    made = payermax("keygen")
    assert made.status == 0
    private, public = [line for line in made.stdout.splitlines() if not line.startswith("#")]
    key = SigningKey.load(private)
    assert VerifyingKey.load(public) == key.verifying_key
    assert f"fingerprint: {key.fingerprint}" in made.stdout


def test_keygen_writes_the_private_key_for_its_owner_only(tmp_path: Path) -> None:
    made = payermax("keygen", "--out", tmp_path / "keys")
    assert made.status == 0
    secret = tmp_path / "keys" / "merchant_private_key.txt"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert SigningKey.load(secret).to_base64() not in made.stdout  # written, not printed
    assert SigningKey.load(secret).verifying_key == VerifyingKey.load(tmp_path / "keys" / "merchant_public_key.txt")


def _balance_query(emulator: RunningEmulator) -> bytes:
    return build_envelope(b"{}", version="1.1", credentials=emulator.credentials)


def _post(emulator: RunningEmulator, body: bytes, sign: str) -> httpx.Response:
    headers = {"content-type": "application/json", SIGN_HEADER: sign}
    return httpx.post(f"{emulator.gateway_url}/currentBalanceQuery", content=body, headers=headers, timeout=30)


def test_sign_makes_the_header_the_gateway_accepts(payermax_emulator: RunningEmulator, tmp_path: Path) -> None:
    body = _balance_query(payermax_emulator)
    from_stdin = payermax("sign", env=payermax_emulator.environment, stdin=body)
    (tmp_path / "body.json").write_bytes(body)
    from_file = payermax("sign", tmp_path / "body.json", env=payermax_emulator.environment)
    assert from_stdin.status == from_file.status == 0
    assert from_stdin.stdout == from_file.stdout
    assert payermax_emulator.environment["PAYERMAX_MERCHANT_PRIVATE_KEY"][40:80] not in from_stdin.stdout
    answer = _post(payermax_emulator, body, from_stdin.stdout.strip())
    assert answer.json()["code"] == SUCCESS_CODE


def test_sign_with_another_key_is_refused_by_the_gateway(payermax_emulator: RunningEmulator, tmp_path: Path) -> None:
    body = _balance_query(payermax_emulator)
    (tmp_path / "other.pem").write_text(generate_key_pair().to_pem())
    signed = payermax("sign", "--key-file", tmp_path / "other.pem", env=payermax_emulator.environment, stdin=body)
    assert signed.status == 0
    assert _post(payermax_emulator, body, signed.stdout.strip()).json()["code"] == "SIGN_VERIFY_FAILED"


def test_sign_without_a_key_says_which_variable_to_set() -> None:
    unsigned = payermax("sign", stdin=b"{}")
    assert unsigned.status == 2
    assert "PAYERMAX_MERCHANT_PRIVATE_KEY" in unsigned.error_line


@pytest.fixture
def answer(payermax_emulator: RunningEmulator, tmp_path: Path) -> tuple[Path, str]:
    """A signed answer of the emulator, saved as it came (body file, sign header)."""
    body = _balance_query(payermax_emulator)
    response = _post(payermax_emulator, body, payermax_emulator.credentials.merchant_key.sign(body))
    assert response.json()["code"] == SUCCESS_CODE
    (tmp_path / "answer.json").write_bytes(response.content)
    return tmp_path / "answer.json", response.headers[SIGN_HEADER]


def test_verify_accepts_the_gateways_answer(payermax_emulator: RunningEmulator, answer: tuple[Path, str]) -> None:
    body, sign = answer
    checked = payermax("verify", body, "--sign", sign, env=payermax_emulator.environment)
    assert checked.status == 0
    assert checked.stdout.startswith("valid")
    piped = payermax("verify", "-", "--sign", sign, env=payermax_emulator.environment, stdin=body.read_bytes())
    assert piped.status == 0


def test_verify_rejects_a_changed_body(payermax_emulator: RunningEmulator, answer: tuple[Path, str]) -> None:
    body, sign = answer
    changed = body.read_bytes().replace(b"10000.00", b"90000.00")
    assert changed != body.read_bytes()
    rejected = payermax("verify", "--sign", sign, env=payermax_emulator.environment, stdin=changed)
    assert rejected.status == 1
    assert rejected.stdout.startswith("invalid")


def test_verify_rejects_another_key(
    payermax_emulator: RunningEmulator, answer: tuple[Path, str], tmp_path: Path
) -> None:
    body, sign = answer
    (tmp_path / "merchant.pub").write_text(payermax_emulator.credentials.merchant_key.verifying_key.to_base64())
    rejected = payermax("verify", body, "--sign", sign, "--key-file", tmp_path / "merchant.pub")
    assert rejected.status == 1
    garbage = payermax("verify", body, "--sign", "not base64!", env=payermax_emulator.environment)
    assert garbage.status == 1


def test_bad_usage_is_one_line_with_status_2(tmp_path: Path) -> None:
    (tmp_path / "broken.pem").write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    for ran in (
        payermax("sign", tmp_path / "missing.json", "--key-file", tmp_path / "broken.pem"),
        payermax("sign", "--key-file", tmp_path / "broken.pem", stdin=b"{}"),
        payermax("verify", stdin=b"{}"),
        payermax("nonsense"),
        payermax("--env-file", tmp_path / "missing.env", "call", "orderQuery"),
    ):
        assert ran.status == 2, ran
        assert "not a key" not in ran.error_line

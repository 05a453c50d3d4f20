"""Part 1: our plugin's signatures and verifications per second against `openssl speed rsa2048`."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from dataclasses import dataclass

from payermax_signing import generate_key_pair

MESSAGE = b'{"version":"1.5","keyVersion":"1","requestTime":"2026-11-23T08:00:00.000+00:00","appId":"x","data":{}}' * 4


@dataclass(frozen=True)
class OpenSSLSpeed:
    sign_per_second: float
    verify_per_second: float


def openssl_speed(seconds: int) -> OpenSSLSpeed:
    """``openssl speed -seconds N rsa2048``, single process, as the machine's limit."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("openssl is not installed: it is the reference the signing figures are measured against")
    output = subprocess.run(
        [openssl, "speed", "-seconds", str(seconds), "rsa2048"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"rsa\s+2048 bits\s+\S+\s+\S+\s+([\d.]+)\s+([\d.]+)", output)
    if match is None:
        raise RuntimeError(f"unexpected `openssl speed` output:\n{output}")
    return OpenSSLSpeed(float(match.group(1)), float(match.group(2)))


def _rate(operation: object, seconds: float) -> float:
    call = operation  # a zero-argument callable
    done = 0
    started = time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        for _ in range(50):
            call()  # type: ignore[operator]
        done += 50
    return done / (time.perf_counter() - started)


def plugin_speed(seconds: float) -> tuple[float, float]:
    """(signatures/s, verifications/s) through ``SigningKey.sign`` / ``VerifyingKey.verify`` (base64 included)."""
    key = generate_key_pair()
    public = key.verifying_key
    signature = key.sign(MESSAGE)
    return _rate(lambda: key.sign(MESSAGE), seconds), _rate(lambda: public.verify(MESSAGE, signature), seconds)


def measure(seconds: int = 3) -> dict[str, float]:
    reference = openssl_speed(seconds)
    sign, verify = plugin_speed(seconds)
    return {
        "openssl_sign_per_s": reference.sign_per_second,
        "plugin_sign_per_s": sign,
        "sign_ratio": sign / reference.sign_per_second,
        "openssl_verify_per_s": reference.verify_per_second,
        "plugin_verify_per_s": verify,
        "verify_ratio": verify / reference.verify_per_second,
    }

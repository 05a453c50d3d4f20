"""Signatures made by OpenSSL over bodies serialised by other SDKs verify over the raw bytes - and any
change to a byte, the signature or the key is refused."""

from __future__ import annotations

import base64
import json

import pytest

from payermax_signing import SigningKey, VerifyingKey, generate_key_pair
from tests.support.paths import VECTORS

STYLES = ["php_escaped", "go_sorted", "java_pretty"]


def _vector(name: str) -> tuple[bytes, str]:
    return (VECTORS / f"{name}.json").read_bytes(), (VECTORS / f"{name}.sign").read_text().strip()


@pytest.mark.parametrize("style", STYLES)
def test_openssl_signature_verifies_over_raw_bytes(platform_public_key: VerifyingKey, style: str) -> None:
    body, signature = _vector(style)
    assert platform_public_key.verify(body, signature)


@pytest.mark.parametrize("style", STYLES)
def test_our_signature_equals_openssls(platform_key: SigningKey, style: str) -> None:
    """PKCS#1 v1.5 is deterministic: the same key over the same bytes gives the very same signature."""
    body, signature = _vector(style)
    assert platform_key.sign(body) == signature


@pytest.mark.parametrize("style", STYLES)
def test_re_serialising_the_body_breaks_the_signature(platform_public_key: VerifyingKey, style: str) -> None:
    """Why only raw bytes are ever verified: a JSON round trip changes escapes, order and spacing."""
    body, signature = _vector(style)
    reserialised = json.dumps(json.loads(body)).encode()
    assert reserialised != body
    assert not platform_public_key.verify(reserialised, signature)


@pytest.mark.parametrize("style", STYLES)
def test_every_flipped_byte_of_the_body_is_refused(platform_public_key: VerifyingKey, style: str) -> None:
    body, signature = _vector(style)
    for index in range(0, len(body), 37):
        tampered = bytearray(body)
        tampered[index] ^= 0x01
        assert not platform_public_key.verify(bytes(tampered), signature), f"byte {index}"


@pytest.mark.parametrize("style", STYLES)
def test_flipped_signature_bits_are_refused(platform_public_key: VerifyingKey, style: str) -> None:
    body, signature = _vector(style)
    raw = base64.b64decode(signature)
    for index in (0, len(raw) // 2, len(raw) - 1):
        tampered = bytearray(raw)
        tampered[index] ^= 0x80
        assert not platform_public_key.verify(body, base64.b64encode(bytes(tampered)).decode())


def test_wrong_key_and_garbage_signatures_are_refused() -> None:
    body, signature = _vector("php_escaped")
    assert not generate_key_pair().verifying_key.verify(body, signature)
    platform = VerifyingKey.load(VECTORS / "platform_public_key.pem")
    for garbage in ["", "!!!", signature[:-4], base64.b64encode(b"short").decode(), signature + "AAAA"]:
        assert not platform.verify(body, garbage)

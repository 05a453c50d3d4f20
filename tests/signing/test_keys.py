"""Keys load from every form the dashboard and OpenSSL produce; errors never echo key material."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from payermax_signing import KeyLoadError, MerchantCredentials, SigningKey, VerifyingKey, generate_key_pair
from payermax_signing.errors import ConfigurationError
from tests.support.paths import VECTORS


def test_private_key_loads_from_bare_base64_pem_and_file(tmp_path: Path, merchant_key: SigningKey) -> None:
    bare = merchant_key.to_base64()
    assert "\n" not in bare and "BEGIN" not in bare
    pem_file = tmp_path / "key.pem"
    pem_file.write_text(merchant_key.to_pem())
    loaded = [SigningKey.load(bare), SigningKey.load(merchant_key.to_pem()), SigningKey.load(pem_file)]
    assert {key.fingerprint for key in loaded} == {merchant_key.fingerprint}


def test_bare_base64_with_line_breaks_and_spaces_is_accepted(merchant_key: SigningKey) -> None:
    bare = merchant_key.to_base64()
    wrapped = "\n".join(bare[i : i + 64] for i in range(0, len(bare), 64)) + "\n"
    assert SigningKey.load("  " + wrapped).fingerprint == merchant_key.fingerprint


def test_pkcs1_pem_from_openssl_genrsa_is_accepted(tmp_path: Path) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pkcs1 = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    assert SigningKey.load(pkcs1).verifying_key.verify(b"x", SigningKey.load(pkcs1).sign(b"x"))


def test_public_key_loads_from_bare_base64_and_pem(platform_public_key: VerifyingKey) -> None:
    assert VerifyingKey.load(platform_public_key.to_base64()) == platform_public_key
    assert VerifyingKey.load((VECTORS / "platform_public_key.pem").read_text()) == platform_public_key


def test_keys_load_from_environment_value_or_file(tmp_path: Path, merchant_key: SigningKey) -> None:
    key_file = tmp_path / "merchant.txt"
    key_file.write_text(merchant_key.to_base64())
    from_value = SigningKey.from_env("MY_KEY", {"MY_KEY": merchant_key.to_base64()})
    from_file = SigningKey.from_env("MY_KEY", {"MY_KEY_FILE": str(key_file)})
    assert from_value.fingerprint == from_file.fingerprint == merchant_key.fingerprint
    with pytest.raises(KeyLoadError, match=r"set \$MY_KEY"):
        SigningKey.from_env("MY_KEY", {})


@pytest.mark.parametrize(
    ("material", "expected"),
    [
        ("", "empty"),
        ("not base64 at all!!", "not PEM and not valid base64"),
        ("QUJDREVGRw==", "not a PKCS#8 or PKCS#1 private key"),
        ("-----BEGIN PRIVATE KEY-----\nQUJD\n-----END PRIVATE KEY-----", "not a PKCS#8 or PKCS#1 private key"),
    ],
)
def test_bad_private_keys_say_why_without_echoing_them(material: str, expected: str) -> None:
    with pytest.raises(KeyLoadError) as caught:
        SigningKey.load(material, what="merchant private key")
    message = str(caught.value)
    assert expected in message and message.startswith("merchant private key")
    if material:
        assert material not in message and "QUJD" not in message


def test_public_key_given_where_a_private_key_is_expected(platform_public_key: VerifyingKey) -> None:
    with pytest.raises(KeyLoadError) as caught:
        SigningKey.load(platform_public_key.to_base64())
    assert platform_public_key.to_base64()[:40] not in str(caught.value)


def test_weak_and_non_rsa_keys_are_refused() -> None:
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    weak_der = weak.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(KeyLoadError, match="1024 bits; PayerMax requires 2048"):
        SigningKey.load(weak_der)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    ec_pem = ec_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(KeyLoadError, match="not an RSA key"):
        SigningKey.load(ec_pem)


def test_missing_key_file_names_the_file_not_the_content(tmp_path: Path) -> None:
    with pytest.raises(KeyLoadError, match="cannot read key file"):
        SigningKey.load(tmp_path / "absent.pem")


def test_reprs_show_fingerprints_never_key_material(credentials: MerchantCredentials) -> None:
    text = repr(credentials)
    assert credentials.merchant_key.fingerprint in text
    assert credentials.merchant_key.to_base64()[20:60] not in text
    assert "PRIVATE" not in text


def test_credentials_from_env_name_what_is_missing() -> None:
    with pytest.raises(ConfigurationError, match="PAYERMAX_APP_ID, PAYERMAX_MERCHANT_PRIVATE_KEY"):
        MerchantCredentials.from_env({"PAYERMAX_PLATFORM_PUBLIC_KEY": "x"})


def test_key_generator_prints_the_dashboard_format() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "payermax_signing.cli", "keygen"], capture_output=True, text=True, check=True, timeout=60
    )
    lines = [line for line in result.stdout.splitlines() if not line.startswith("#")]
    private, public = lines
    signer = SigningKey.load(private)
    assert VerifyingKey.load(public) == signer.verifying_key
    assert signer.verifying_key.verify(b"payload", signer.sign(b"payload"))


def test_key_generator_writes_private_key_readable_only_by_owner(tmp_path: Path) -> None:
    keygen = Path(sys.executable).with_name("payermax-keygen")  # the original command, kept as an alias
    subprocess.run([keygen, "--out", str(tmp_path)], check=True, timeout=60)
    assert (tmp_path / "merchant_private_key.txt").stat().st_mode & 0o777 == 0o600
    SigningKey.load(tmp_path / "merchant_private_key.txt")


def test_generate_key_pair_refuses_short_keys() -> None:
    with pytest.raises(ValueError, match="at least 2048"):
        generate_key_pair(1024)


def test_verify_accepts_only_pkcs1v15_sha256_signatures_of_exactly_the_message(merchant_key: SigningKey) -> None:
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    message = b'{"code":"APPLY_SUCCESS","data":{}}'
    public = merchant_key.verifying_key
    signature = merchant_key.sign(message)
    assert public.verify(message, signature)
    assert public.verify(message, signature.encode())
    assert not public.verify(message + b" ", signature)
    flipped = bytearray(base64.b64decode(signature))
    flipped[len(flipped) // 2] ^= 1
    assert not public.verify(message, base64.b64encode(bytes(flipped)))
    private = merchant_key._key
    sha1 = private.sign(message, padding.PKCS1v15(), hashes.SHA1())  # noqa: S303 - must be refused
    pss = private.sign(message, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    sha512 = private.sign(message, padding.PKCS1v15(), hashes.SHA512())
    for other in (sha1, pss, sha512):
        assert not public.verify(message, base64.b64encode(other))
    assert not public.verify(message, generate_key_pair().sign(message))
    for garbage in (
        "",
        "!!!",
        base64.b64encode(b"x" * 256),
        base64.b64encode(b"\0" * 256),
        base64.b64encode(b"x" * 255),
    ):
        assert not public.verify(message, garbage)

"""RSA keys in every form PayerMax hands them out, and the signature scheme that uses them.

The Merchant Dashboard shows keys as *bare base64*: the DER body of a PEM file without its header,
footer and line breaks (PKCS#8 for private keys, X.509 SubjectPublicKeyInfo for public keys). This module
also reads PEM text and files. Signatures are RSASSA-PKCS1-v1_5 with SHA-256, base64 encoded, always
computed over the exact bytes on the wire.

Errors say what is wrong with a key, never what the key is.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from .errors import KeyLoadError

MIN_KEY_BITS = 2048
_PADDING = padding.PKCS1v15()
_HASH = hashes.SHA256()
#: DER prefix of a PKCS#1 v1.5 DigestInfo for SHA-256 (RFC 8017, section 9.2, note 1); the 32-byte digest follows.
_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")

KeySource = str | bytes | os.PathLike[str]


def _material(source: KeySource, what: str) -> bytes:
    """The key bytes: the content of a file for a path, else the text itself."""
    if isinstance(source, os.PathLike):
        path = Path(source)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise KeyLoadError(f"{what}: cannot read key file {path}: {exc.strerror}") from None
    return source.encode("ascii", errors="replace") if isinstance(source, str) else source


def _der(material: bytes, what: str) -> bytes | None:
    """DER bytes of bare base64 material, or None when the material is PEM."""
    text = material.strip()
    if text.startswith(b"-----BEGIN"):
        return None
    compact = b"".join(text.split())
    if not compact:
        raise KeyLoadError(f"{what}: the key is empty")
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise KeyLoadError(f"{what}: not PEM and not valid base64") from None


def _check_rsa(key: object, what: str) -> None:
    if not isinstance(key, rsa.RSAPrivateKey | rsa.RSAPublicKey):
        raise KeyLoadError(f"{what}: not an RSA key (PayerMax uses RSA-2048)")
    if key.key_size < MIN_KEY_BITS:
        raise KeyLoadError(f"{what}: RSA key of {key.key_size} bits; PayerMax requires {MIN_KEY_BITS}")


def _fingerprint(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()[:16]


class SigningKey:
    """A private key that signs messages (the merchant's, or the platform's inside the emulator)."""

    __slots__ = ("_key",)

    def __init__(self, key: rsa.RSAPrivateKey) -> None:
        _check_rsa(key, "private key")
        self._key = key

    @classmethod
    def load(cls, source: KeySource, *, what: str = "private key") -> SigningKey:
        """Read bare base64 PKCS#8, PEM (PKCS#8 or PKCS#1) text, or a file holding either."""
        material = _material(source, what)
        der = _der(material, what)
        try:
            if der is None:
                key = serialization.load_pem_private_key(material.strip(), password=None)
            else:
                key = serialization.load_der_private_key(der, password=None)
        except TypeError:
            raise KeyLoadError(f"{what}: the key is encrypted; export it without a passphrase") from None
        except (ValueError, UnsupportedAlgorithm):
            raise KeyLoadError(f"{what}: not a PKCS#8 or PKCS#1 private key") from None
        _check_rsa(key, what)
        assert isinstance(key, rsa.RSAPrivateKey)
        return cls(key)

    @classmethod
    def from_env(cls, name: str, environ: dict[str, str] | None = None) -> SigningKey:
        """Read the key from ``$name`` (base64 or PEM), or from the file named by ``${name}_FILE``."""
        return cls.load(_from_env(name, environ), what=name)

    def sign(self, message: bytes) -> str:
        """Base64 RSA-SHA256 signature of exactly these bytes."""
        return base64.b64encode(self._key.sign(message, _PADDING, _HASH)).decode("ascii")

    @property
    def verifying_key(self) -> VerifyingKey:
        return VerifyingKey(self._key.public_key())

    @property
    def fingerprint(self) -> str:
        """First 16 hex digits of the SHA-256 of the matching public key (safe to log)."""
        return _fingerprint(self._key.public_key())

    def to_base64(self) -> str:
        """The dashboard form: bare base64 of the PKCS#8 DER encoding."""
        der = self._key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return base64.b64encode(der).decode("ascii")

    def to_pem(self) -> str:
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode("ascii")

    def __repr__(self) -> str:
        return f"<SigningKey RSA-{self._key.key_size} public-key fingerprint {self.fingerprint}>"


class VerifyingKey:
    """A public key that checks signatures (PayerMax's platform key, or a merchant's inside the emulator)."""

    __slots__ = ("_key", "_size")

    def __init__(self, key: rsa.RSAPublicKey) -> None:
        _check_rsa(key, "public key")
        self._key = key
        self._size = (key.key_size + 7) // 8

    @classmethod
    def load(cls, source: KeySource, *, what: str = "public key") -> VerifyingKey:
        """Read bare base64 X.509 SubjectPublicKeyInfo, PEM text, or a file holding either."""
        material = _material(source, what)
        der = _der(material, what)
        try:
            if der is None:
                key = serialization.load_pem_public_key(material.strip())
            else:
                key = serialization.load_der_public_key(der)
        except (ValueError, UnsupportedAlgorithm):
            raise KeyLoadError(f"{what}: not an X.509 SubjectPublicKeyInfo public key") from None
        _check_rsa(key, what)
        assert isinstance(key, rsa.RSAPublicKey)
        return cls(key)

    @classmethod
    def from_env(cls, name: str, environ: dict[str, str] | None = None) -> VerifyingKey:
        """Read the key from ``$name`` (base64 or PEM), or from the file named by ``${name}_FILE``."""
        return cls.load(_from_env(name, environ), what=name)

    def verify(self, message: bytes, signature: str | bytes) -> bool:
        """Whether ``signature`` (base64) signs exactly ``message``. Never raises on bad input.

        RFC 8017's own verification (section 8.2.2): the RSA public operation and the check of the PKCS #1 v1.5
        padding (OpenSSL), then a comparison of what the signature holds with the DigestInfo of the message's
        SHA-256, built here. It is what ``RSAPublicKey.verify`` does, minus the per-call set-up of a message
        digest inside OpenSSL 3 (about 2 us of 16).
        """
        try:
            raw = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            return False
        if len(raw) != self._size:
            return False
        try:
            recovered = self._key.recover_data_from_signature(raw, _PADDING, None)
        except (InvalidSignature, ValueError):
            return False
        return hmac.compare_digest(recovered, _SHA256_DIGEST_INFO + hashlib.sha256(message).digest())

    @property
    def fingerprint(self) -> str:
        return _fingerprint(self._key)

    def to_base64(self) -> str:
        """The dashboard form: bare base64 of the X.509 SubjectPublicKeyInfo DER encoding."""
        der = self._key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        return base64.b64encode(der).decode("ascii")

    def to_pem(self) -> str:
        return self._key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VerifyingKey) and other.to_base64() == self.to_base64()

    def __hash__(self) -> int:
        return hash(self.to_base64())

    def __repr__(self) -> str:
        return f"<VerifyingKey RSA-{self._key.key_size} fingerprint {self.fingerprint}>"


def _from_env(name: str, environ: dict[str, str] | None) -> KeySource:
    env = os.environ if environ is None else environ
    value = env.get(name)
    if value:
        return value
    path = env.get(f"{name}_FILE")
    if path:
        return Path(path)
    raise KeyLoadError(f"{name}: set ${name} to the key (base64 or PEM) or ${name}_FILE to a file holding it")


def generate_key_pair(bits: int = MIN_KEY_BITS) -> SigningKey:
    """A new RSA key pair; its public half is ``.verifying_key``."""
    if bits < MIN_KEY_BITS:
        raise ValueError(f"PayerMax requires RSA keys of at least {MIN_KEY_BITS} bits")
    return SigningKey(rsa.generate_private_key(public_exponent=65537, key_size=bits))

"""``payermax-keygen``: make a merchant RSA-2048 key pair in the form the Merchant Dashboard uses."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .keys import generate_key_pair


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="payermax-keygen",
        description="Generate a merchant RSA-2048 key pair. Upload the public key in the Merchant Dashboard "
        "(Settings > Config); keep the private key secret.",
    )
    parser.add_argument("--out", type=Path, help="write merchant_private_key.pem/.txt and merchant_public_key.txt here")
    parser.add_argument("--pem", action="store_true", help="print PEM instead of bare base64")
    args = parser.parse_args(argv)

    key = generate_key_pair()
    public = key.verifying_key
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        secret = args.out / "merchant_private_key.txt"
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key.to_base64() + "\n")
        (args.out / "merchant_public_key.txt").write_text(public.to_base64() + "\n")
        print(f"private key: {secret} (mode 600)\npublic key:  {args.out / 'merchant_public_key.txt'}")
        print(f"public key fingerprint: {public.fingerprint}")
        return 0
    print("# merchant private key (keep secret; PAYERMAX_MERCHANT_PRIVATE_KEY)")
    print(key.to_pem() if args.pem else key.to_base64())
    print("# merchant public key (upload to the Merchant Dashboard)")
    print(public.to_pem() if args.pem else public.to_base64())
    print(f"# public key fingerprint: {public.fingerprint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

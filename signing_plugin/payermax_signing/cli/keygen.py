"""``payermax keygen`` (also ``payermax-keygen``): a merchant RSA-2048 key pair in the Merchant Dashboard's form."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..keys import generate_key_pair

PRIVATE_FILE = "merchant_private_key.txt"
PUBLIC_FILE = "merchant_public_key.txt"


@click.command(
    short_help="Generate a merchant key pair.",
    epilog="""\b
Examples:
  payermax keygen                  print both keys (bare base64, as the dashboard shows them)
  payermax keygen --pem            print them as PEM
  payermax keygen --out keys/      write keys/merchant_private_key.txt (mode 600) and keys/merchant_public_key.txt
""",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Write {PRIVATE_FILE} (mode 600) and {PUBLIC_FILE} here instead of printing the private key.",
)
@click.option("--pem", is_flag=True, help="Print PEM instead of bare base64.")
def keygen(out: Path | None, pem: bool) -> None:
    """Generate a merchant RSA-2048 key pair.

    Upload the public key in the Merchant Dashboard (Settings > Config); keep the private key secret
    (PAYERMAX_MERCHANT_PRIVATE_KEY). This is the one command that prints a private key, and only when asked
    to: with --out it is written to a file readable by you alone.
    """
    key = generate_key_pair()
    public = key.verifying_key
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        secret = out / PRIVATE_FILE
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(key.to_base64() + "\n")
        (out / PUBLIC_FILE).write_text(public.to_base64() + "\n")
        click.echo(f"private key: {secret} (mode 600)\npublic key:  {out / PUBLIC_FILE}")
        click.echo(f"public key fingerprint: {public.fingerprint}")
        return
    click.echo("# merchant private key (keep secret; PAYERMAX_MERCHANT_PRIVATE_KEY)")
    click.echo(key.to_pem().rstrip("\n") if pem else key.to_base64())
    click.echo("# merchant public key (upload to the Merchant Dashboard)")
    click.echo(public.to_pem().rstrip("\n") if pem else public.to_base64())
    click.echo(f"# public key fingerprint: {public.fingerprint}")


def main() -> None:
    """``payermax-keygen``: the same command under its original name."""
    keygen.main(prog_name="payermax-keygen")

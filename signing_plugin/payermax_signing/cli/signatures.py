"""``payermax sign`` and ``payermax verify``: the ``sign`` header of a body, and whether a body matches one."""

from __future__ import annotations

from pathlib import Path

import click

from ..credentials import ENV_MERCHANT_PRIVATE_KEY, ENV_PLATFORM_PUBLIC_KEY
from ..keys import SigningKey, VerifyingKey
from ..protocol import SIGN_HEADER
from .common import ExitCode, environment, load_key, read_body

_BODY = click.argument("body", default="-", metavar="[BODY_FILE]")


@click.command(
    short_help="Print the sign header of a body.",
    epilog=f"""\b
Examples:
  payermax sign request.json                      the signature of the file's exact bytes
  printf '%s' "$BODY" | payermax sign             of standard input (printf: no trailing newline)
  payermax sign notification.json --key-file platform_private_key.pem
  curl -H "{SIGN_HEADER}: $(payermax sign body.json)" --data-binary @body.json ...
""",
)
@_BODY
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"The private key (bare base64 or PEM). Default: ${ENV_MERCHANT_PRIVATE_KEY} or ${ENV_MERCHANT_PRIVATE_KEY}_FILE.",
)
@click.pass_context
def sign(ctx: click.Context, body: str, key_file: Path | None) -> None:
    """Print the `sign` header value for BODY_FILE (default: standard input).

    The signature is RSA-SHA256 over the exact bytes, base64 encoded: a trailing newline, another key order
    or other whitespace is another body with another signature. The key is never printed.
    """
    key = load_key(SigningKey, key_file, ENV_MERCHANT_PRIVATE_KEY, environment(ctx))
    click.echo(key.sign(read_body(body)))


@click.command(
    short_help="Check a body against its sign header.",
    epilog="""\b
Examples:
  payermax verify answer.json --sign "$SIGN"       with $PAYERMAX_PLATFORM_PUBLIC_KEY
  payermax verify - --sign "$SIGN" --key-file merchant_public_key.txt < request.json
""",
)
@_BODY
@click.option("--sign", "signature", required=True, help=f"The `{SIGN_HEADER}` header that came with the body.")
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"The public key (bare base64 or PEM). Default: ${ENV_PLATFORM_PUBLIC_KEY} or ${ENV_PLATFORM_PUBLIC_KEY}_FILE.",
)
@click.pass_context
def verify(ctx: click.Context, body: str, signature: str, key_file: Path | None) -> int:
    """Check that SIGN was made over BODY_FILE (default: standard input) by the holder of the key.

    Exits 0 and says "valid" when it was, 1 and "invalid" when not (another body, another key, or not a
    signature at all).
    """
    key = load_key(VerifyingKey, key_file, ENV_PLATFORM_PUBLIC_KEY, environment(ctx))
    if key.verify(read_body(body), signature.strip()):
        click.echo(f"valid: signed by the private key of public key {key.fingerprint}")
        return ExitCode.OK
    click.echo(f"invalid: this signature was not made over these bytes with the key of {key.fingerprint}")
    return ExitCode.NO

"""The ``payermax`` command: keys, signatures, calls and test notifications from a shell.

Every subcommand reads the ``PAYERMAX_*`` variables the SDK reads (``--env-file`` adds a file of them), prints
one line on error - never a traceback, a key or card data - and exits with a documented status
(:class:`~payermax_signing.cli.common.ExitCode`).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from .call import call
from .common import EXIT_CODES_HELP, ExitCode, Failure, read_env_file
from .drill import drill
from .emulator import emulator
from .keygen import keygen
from .keygen import main as keygen_main
from .notify import notify
from .signatures import sign, verify


@click.group(
    epilog=f"""\b
Examples:
  payermax keygen --out keys/
  payermax sign body.json --key-file keys/merchant_private_key.txt
  payermax verify answer.json --sign "$SIGN"
  payermax call orderQuery '{{"outTradeNo": "ORDER_1"}}'
  payermax notify PAYMENT http://127.0.0.1:8000/payermax/notify --set data.outTradeNo=ORDER_1
  payermax drill http://127.0.0.1:8001/payermax/notify --order ORDER_1 --emulator http://127.0.0.1:8000
  payermax --env-file .payermax-emulator/merchant.env call currentBalanceQuery
  payermax emulator serve --in-memory

{EXIT_CODES_HELP}
""",
    no_args_is_help=True,
)
@click.option(
    "--env-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read PAYERMAX_* variables from this file (NAME=value lines, like the emulator's merchant.env); "
    "they take precedence over the environment's.",
)
@click.version_option(package_name="payermax-python", prog_name="payermax")
@click.pass_context
def cli(ctx: click.Context, env_file: Path | None) -> None:
    """PayerMax from the command line: keys, signatures, signed calls, test notifications, notification drills.

    PAYERMAX_LOG=info (or debug) prints the SDK's log lines - one per attempt, bodies with secrets redacted.
    """
    logging.getLogger("stamina").addHandler(logging.NullHandler())  # retries show in PAYERMAX_LOG=info instead
    ctx.obj = read_env_file(env_file) if env_file is not None else {}


for _command in (keygen, sign, verify, call, notify, drill, emulator):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """The ``payermax`` console script: runs ``cli`` and turns every failure into one line and an exit status."""
    try:
        status = cli.main(args=argv, prog_name="payermax", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        exc.show()
        sys.exit(ExitCode.OK)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "payermax"
        click.echo(f"payermax: {exc.format_message()} (see {where} --help)", err=True)
        sys.exit(ExitCode.USAGE)
    except click.ClickException as exc:
        exc.show() if isinstance(exc, Failure) else click.echo(f"payermax: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("payermax: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        click.echo(f"payermax: internal error ({type(exc).__name__}: {exc}); please report it", err=True)
        sys.exit(ExitCode.INTERNAL)
    sys.exit(status if isinstance(status, int) else ExitCode.OK)


__all__ = ["ExitCode", "cli", "keygen_main", "main"]

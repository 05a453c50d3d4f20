"""``payermax emulator ...``: the emulator's own commands (``payermax-emulator``), when its extra is installed."""

from __future__ import annotations

import click

from .common import Failure

EXTRA = "pip install 'payermax-python[emulator]'"


@click.command(
    short_help="Run PayerMax in a box (payermax-emulator).",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def emulator(arguments: tuple[str, ...]) -> object:
    """Run PayerMax in a box: payermax emulator serve, env (--help: theirs)."""
    try:
        from payermax_emulator.cli import main as emulator_main
    except ModuleNotFoundError as exc:
        raise Failure(f"payermax emulator needs the 'emulator' extra (missing: {exc.name}): {EXTRA}") from None
    return emulator_main.main(args=list(arguments), prog_name="payermax emulator", standalone_mode=False)

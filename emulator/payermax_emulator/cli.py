"""``payermax-emulator``: run PayerMax in a box."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

import click
import uvicorn

from .app import SETTINGS_ENV, create_app
from .core import Emulator
from .processes import serve as serve_processes
from .settings import Settings

DEFAULT_DATA_DIR = Path(".payermax-emulator")


#: uvicorn's options for ``serve``: no access log, and no ``X-Forwarded-*`` handling - the emulator builds page URLs
#: from ``--public-url``, never from the client's address, and the gateway is spared a middleware call per request.
_UVICORN: dict[str, Any] = {"access_log": False, "proxy_headers": False}


@click.group()
def main() -> None:
    """A stateful local emulator of the PayerMax gateway."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_DATA_DIR,
    show_default=True,
    help="Where the database and the test merchant's keys live.",
)
@click.option("--in-memory", is_flag=True, help="Keep nothing on disk; fresh keys on every start.")
@click.option("--public-url", help="Base URL payers' browsers use (default: http://HOST:PORT).")
@click.option(
    "--time-scale",
    default=1.0,
    show_default=True,
    type=float,
    help="Multiply every wait (notification retries, settlement); 0.001 makes 12 h last 43 s.",
)
@click.option(
    "--settle-after",
    default=2.0,
    show_default=True,
    type=float,
    help="Seconds before refunds, payouts and exchanges settle on their own; negative: only via the control API.",
)
@click.option(
    "--opening-float",
    multiple=True,
    default=["USD:10000.00"],
    show_default=True,
    help="CURRENCY:AMOUNT the test merchant's payout account starts with; repeatable.",
)
@click.option(
    "--workers",
    type=int,
    default=None,
    help="Worker processes sharing the data directory (default: one per CPU; always 1 with --in-memory).",
)
@click.option("--check-responses", is_flag=True, help="Validate every answer against the spec (slower).")
@click.option(
    "--serve-private-key",
    is_flag=True,
    help="Include the test merchant's private key in GET /emulator/merchant (it is always in merchant.env).",
)
@click.option(
    "--notification-retention",
    default=24 * 3600.0,
    show_default=True,
    type=click.FloatRange(min=0),
    help="Seconds (emulator clock) delivered and abandoned notifications and their delivery rows are kept.",
)
@click.option(
    "--notification-keep",
    default=1000,
    show_default=True,
    type=click.IntRange(min=0),
    help="At most this many delivered or abandoned notifications are kept.",
)
@click.option(
    "--sandbox-values/--no-sandbox-values",
    default=True,
    show_default=True,
    help="Honour PayerMax's sandbox test values (payment subject, refund and payout amounts, payout remark).",
)
@click.option("--log-level", default="info", show_default=True)
def serve(
    host: str,
    port: int,
    data_dir: Path,
    in_memory: bool,
    public_url: str | None,
    time_scale: float,
    settle_after: float,
    opening_float: tuple[str, ...],
    workers: int | None,
    check_responses: bool,
    serve_private_key: bool,
    notification_retention: float,
    notification_keep: int,
    sandbox_values: bool,
    log_level: str,
) -> None:
    """Serve the gateway, the cashier pages and the control API."""
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = Settings(
        data_dir=None if in_memory else data_dir,
        public_url=public_url or f"http://{host}:{port}",
        time_scale=time_scale,
        settle_after=None if settle_after < 0 else settle_after,
        check_responses=check_responses,
        serve_private_key=serve_private_key,
        notification_retention=notification_retention,
        notification_keep=notification_keep,
        sandbox_values=sandbox_values,
        opening_float=tuple(_float(entry) for entry in opening_float),
    )
    emulator = Emulator(settings)
    click.echo(f"PayerMax emulator on {settings.public_url} (gateway {settings.gateway_url})", err=True)
    click.echo("Test merchant - export these to point payermax_signing at the emulator:", err=True)
    for name, value in emulator.environment().items():
        click.echo(f"{name}={value}")
    sys.stdout.flush()
    processes = 1 if settings.data_dir is None else (workers or os.cpu_count() or 1)
    if processes == 1:
        uvicorn.run(create_app(emulator=emulator), host=host, port=port, log_level=log_level, **_UVICORN)
        return
    os.environ[SETTINGS_ENV] = settings.to_json()
    serve_processes(processes, app="payermax_emulator.app:app_from_environment", factory=True, host=host, port=port,
                    log_level=log_level, **_UVICORN)  # fmt: skip


def _float(entry: str) -> tuple[str, str]:
    currency, _, amount = entry.partition(":")
    if len(currency) != 3 or not amount:
        raise click.BadParameter(f"{entry!r}: expected CURRENCY:AMOUNT, e.g. USD:10000.00")
    return currency.upper(), amount


@main.command()
@click.option("--data-dir", type=click.Path(path_type=Path), default=DEFAULT_DATA_DIR, show_default=True)
@click.option("--public-url", default="http://127.0.0.1:8000", show_default=True)
def env(data_dir: Path, public_url: str) -> None:
    """Print the test merchant's environment variables (creating the merchant on first use)."""
    emulator = Emulator(Settings(data_dir=data_dir, public_url=public_url))
    for name, value in emulator.environment().items():
        click.echo(f"{name}={value}")


if __name__ == "__main__":
    main()

"""``payermax drill``: send a merchant's notification endpoint the drills of :mod:`payermax_signing.drills` and
print how it answered each, against the expected answer, as a scored table."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import click
import httpx

from ..credentials import ENV_APP_ID, ENV_MERCHANT_NO
from ..drills import DRILLS, Order, run, table
from ..keys import SigningKey
from ..protocol import loads
from .common import ExitCode, Failure, environment, load_key
from .notify import ENV_PLATFORM_PRIVATE_KEY

_EXPECTED = "\n".join(f"  {d.name:<22} {d.expected:<17} {d.why}" for d in DRILLS)


def _amount(text: str | None) -> Decimal:
    try:
        value = Decimal(text or "")
    except InvalidOperation:
        raise Failure(f"--amount {text!r}: expected a decimal amount such as 10.00") from None
    if not value.is_finite() or value <= 0:
        raise Failure(f"--amount {text!r}: expected a positive amount")
    return value


def _through_emulator(emulator: str, url: str, order: str, amount: str | None, currency: str | None,
                      timeout: float) -> dict[str, object]:  # fmt: skip
    body: dict[str, object] = {"url": url, "outTradeNo": order, "timeout": timeout}
    if amount is not None and currency is not None:
        body.update(totalAmount=str(_amount(amount)), currency=currency)
    address = emulator.rstrip("/") + "/emulator/drills"
    try:
        answer = httpx.post(address, json=body, timeout=timeout * len(DRILLS) + 30)
    except httpx.HTTPError as exc:
        raise Failure(
            f"no answer from the emulator at {emulator} ({type(exc).__name__})", ExitCode.UNREACHABLE
        ) from None
    decoded = loads(answer.content) if answer.content else {}
    if answer.status_code != 200 or not isinstance(decoded, dict):
        reason = decoded.get("msg", answer.text[:200]) if isinstance(decoded, dict) else answer.text[:200]
        raise Failure(f"the emulator refused the drill (HTTP {answer.status_code}): {reason}")
    return decoded


@click.command(
    short_help="Drill a notification endpoint; print the score.",
    epilog=f"""\b
Examples:
  payermax drill http://127.0.0.1:8001/payermax/notify --order ORDER_1 --amount 10.00 --currency USD \\
      --key-file .payermax-emulator/platform_private_key.pem
  payermax drill http://127.0.0.1:8001/payermax/notify --order ORDER_1 --emulator http://127.0.0.1:8000
\b
The drills, in order (expected answer, why):
{_EXPECTED}
\b
ORDER is one your system placed and has not yet seen paid (amount and currency are the order's).
Acknowledged means HTTP 200 with code SUCCESS. Exit 0 with full marks, 1 otherwise.
""",
)
@click.argument("url")
@click.option("--order", "out_trade_no", required=True, metavar="OUT_TRADE_NO", help="The order the drills are about.")
@click.option("--amount", help="The order's amount (with --emulator: read from the emulator when it holds the order).")
@click.option("--currency", help="The order's currency, e.g. USD.")
@click.option("--emulator", metavar="BASE_URL", help="Let the emulator at BASE_URL run the drills, with its own key.")
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"The platform private key to sign with. Default: ${ENV_PLATFORM_PRIVATE_KEY} or ${ENV_PLATFORM_PRIVATE_KEY}_FILE.",
)
@click.option("--timeout", type=click.FloatRange(0.1, 30), default=10.0, show_default=True,
              help="Seconds to wait for each answer.")  # fmt: skip
@click.pass_context
def drill(ctx: click.Context, url: str, out_trade_no: str, amount: str | None, currency: str | None,
          emulator: str | None, key_file: Path | None, timeout: float) -> int:  # fmt: skip
    """Send the merchant endpoint at URL the notification drills about one order, and score its answers.

    The notifications name the app of PAYERMAX_APP_ID and PAYERMAX_MERCHANT_NO and are signed with the platform
    private key the endpoint trusts as PayerMax's (the emulator's, or a pair from payermax keygen).
    """
    if emulator is not None:
        report = _through_emulator(emulator, url, out_trade_no, amount, currency, timeout)
        click.echo(str(report["table"]))
        return ExitCode.OK if report.get("score") == report.get("total") else ExitCode.NO
    if currency is None or amount is None:
        raise Failure("give the order's --amount and --currency (or --emulator to read them from the emulator)")
    env = environment(ctx)
    if not env.get(ENV_APP_ID):
        raise Failure(f"set {ENV_APP_ID} (and {ENV_MERCHANT_NO}) to the merchant app the endpoint serves")
    key = load_key(SigningKey, key_file, ENV_PLATFORM_PRIVATE_KEY, env)
    order = Order(out_trade_no, _amount(amount), currency.upper())
    done = run(url, order, key, app_id=env[ENV_APP_ID], merchant_no=env.get(ENV_MERCHANT_NO) or None, timeout=timeout)
    rows = [result.to_json() for result in done.results]
    click.echo(table(url, rows))
    return ExitCode.OK if done.full_marks else ExitCode.NO

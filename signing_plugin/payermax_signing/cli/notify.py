"""``payermax notify``: send a merchant's endpoint a notification as PayerMax would, and say how it answered.

The payload is the spec's example for the notification type (``payermax_client.notifications``), stamped
with the merchant's ``appId``/``merchantNo`` and the current ``notifyTime``, changed by ``--set``/``--unset``,
serialised once and signed over those bytes with a platform private key - in tests, one the merchant's app
trusts as PayerMax's (the emulator's ``platform_private_key.pem``, or a pair from ``payermax keygen``).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
import httpx

from ..credentials import ENV_APP_ID, ENV_MERCHANT_NO
from ..keys import SigningKey
from ..protocol import ACKNOWLEDGEMENT, SIGN_HEADER, dumps, format_time, is_acknowledgement, loads
from .common import ExitCode, Failure, environment, load_key

#: The platform private key ``notify`` signs with (or the file named by ``..._FILE``); PayerMax never hands
#: it out: it is the test key pair whose public half the merchant's app under test trusts.
ENV_PLATFORM_PRIVATE_KEY = "PAYERMAX_PLATFORM_PRIVATE_KEY"
_SHOWN_ANSWER = 300


def notify_type_of(name: str) -> str:
    """The ``notifyType`` named by itself, or the webhook of the spec named (``paymentResult``, ``rfi``), in any
    case: a webhook's own example is sent, so the variants sharing a ``notifyType`` (``authorizationResult``)
    and the RFI notification, which has none, can be sent too."""
    from payermax_client.notifications import NOTIFICATION_EXAMPLES, WEBHOOK_EXAMPLES

    by_name = {notify_type.lower(): notify_type for notify_type in NOTIFICATION_EXAMPLES}
    for webhook in WEBHOOK_EXAMPLES:
        by_name.setdefault(webhook.lower(), webhook)
    found = by_name.get(name.lower())
    if found is not None:
        return found
    names = [*NOTIFICATION_EXAMPLES, *WEBHOOK_EXAMPLES]
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5) or names
    raise Failure(f"unknown notification type {name!r}; try {', '.join(close)}")


def _typed(text: str, current: Any) -> Any:
    """A ``--set`` value: text where the member is text, else JSON when it parses (numbers stay exact)."""
    if isinstance(current, str):
        return text
    try:
        return loads(text)
    except ValueError:
        return text


def _step(node: Any, segment: str, path: str) -> tuple[Any, Any]:
    """The container ``segment`` names a member of, and the key (an index for a list)."""
    if isinstance(node, list):
        if not segment.isdigit() or int(segment) >= len(node):
            raise Failure(f"{path}: {segment!r} is not an index of that list (0..{len(node) - 1})")
        return node, int(segment)
    if not isinstance(node, dict):
        raise Failure(f"{path}: cannot go into a {type(node).__name__}")
    return node, segment


def change(payload: dict[str, Any], path: str, text: str | None) -> None:
    """Set the member at dotted ``path`` (``data.paymentDetails.0.cardInfo.cardOrg``) to ``text``, typed as
    the member it replaces; remove it when ``text`` is None. Missing objects on the way are created."""
    segments = path.split(".")
    if not all(segments):
        raise Failure(f"{path!r}: expected a dotted path such as data.outTradeNo")
    node: Any = payload
    for segment in segments[:-1]:
        container, key = _step(node, segment, path)
        if isinstance(container, dict) and key not in container:
            if text is None:
                return  # nothing to remove
            container[key] = {}
        node = container[key]
    container, key = _step(node, segments[-1], path)
    if text is None:
        if isinstance(container, dict):
            container.pop(key, None)
        else:
            container.pop(key)
        return
    current = container[key] if isinstance(container, list) or key in container else None
    container[key] = _typed(text, current)


def build(notify_type: str, env: Mapping[str, str], sets: tuple[str, ...], unsets: tuple[str, ...]) -> dict[str, Any]:
    """The payload to send: the spec's example, stamped, then changed as asked."""
    from payermax_client.notifications import example_notification

    payload = example_notification(notify_type)
    app_member = "merchantAppId" if "merchantAppId" in payload else "appId"  # the bill-payment notification's
    for member, variable in ((app_member, ENV_APP_ID), ("merchantNo", ENV_MERCHANT_NO)):
        if env.get(variable):
            payload[member] = env[variable]
    payload["notifyTime"] = format_time()
    for assignment in sets:
        path, sep, text = assignment.partition("=")
        if not sep:
            raise Failure(f"--set {assignment!r}: expected PATH=VALUE, e.g. data.outTradeNo=ORDER_1")
        change(payload, path.strip(), text)
    for path in unsets:
        change(payload, path.strip(), None)
    return payload


def _shown(body: bytes) -> str:
    text = body[:_SHOWN_ANSWER].decode("utf-8", errors="replace")
    text = "".join(c if c.isprintable() else " " for c in text).strip()
    return (text + " ...") if len(body) > _SHOWN_ANSWER else (text or "(empty body)")


@click.command(
    short_help="Send a signed test notification to a merchant URL.",
    epilog=f"""\b
Examples:
  payermax notify PAYMENT http://127.0.0.1:8000/payermax/notify --key-file platform_private_key.pem
  payermax notify refundResult $URL --set data.outTradeNo=ORDER_1 --set data.refundAmount=5.00
  payermax notify PAYMENT $URL --set data.status=FAILED --set code=PAYMENT_FAILED --unset data.paymentDetails
  PAYERMAX_PLATFORM_PRIVATE_KEY_FILE=.payermax-emulator/platform_private_key.pem payermax notify PAYOUT $URL
\b
Acknowledged means HTTP 200 with code SUCCESS, as in {ACKNOWLEDGEMENT.decode()}; exit 0.
Anything else is not acknowledged (PayerMax would send it again); exit 1.
""",
)
@click.argument("notify_type", metavar="TYPE")
@click.argument("url")
@click.option(
    "--set", "sets", multiple=True, metavar="PATH=VALUE", help="Change a member (repeatable); e.g. data.outTradeNo=X."
)
@click.option("--unset", "unsets", multiple=True, metavar="PATH", help="Remove a member (repeatable).")
@click.option(
    "--key-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=f"The platform private key to sign with. Default: ${ENV_PLATFORM_PRIVATE_KEY} or ${ENV_PLATFORM_PRIVATE_KEY}_FILE.",
)
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for the answer.")
@click.option("--show", is_flag=True, help="Print the body sent and its sign header first.")
@click.pass_context
def notify(
    ctx: click.Context,
    notify_type: str,
    url: str,
    sets: tuple[str, ...],
    unsets: tuple[str, ...],
    key_file: Path | None,
    timeout: float,
    show: bool,
) -> int:
    """Send a signed test notification of TYPE to the merchant endpoint at URL and report its answer.

    TYPE is a notifyType (PAYMENT, REFUND, PAYOUT, CHARGEBACK...) or a webhook of the spec (paymentResult,
    authorizationResult, rfi). The body is the spec's example for it with appId (merchantAppId for the
    bill-payment notification) and merchantNo from PAYERMAX_APP_ID and
    PAYERMAX_MERCHANT_NO (when set) and notifyTime now; --set and --unset change any member.
    """
    env = environment(ctx)
    chosen = notify_type_of(notify_type)
    key = load_key(SigningKey, key_file, ENV_PLATFORM_PRIVATE_KEY, env)
    body = dumps(build(chosen, env, sets, unsets))
    signature = key.sign(body)
    if show:
        click.echo(body.decode("utf-8"))
        click.echo(f"{SIGN_HEADER}: {signature}")
    headers = {"content-type": "application/json", SIGN_HEADER: signature}
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.InvalidURL as exc:
        raise Failure(f"{url!r} is not a URL ({exc})") from None
    except httpx.UnsupportedProtocol:
        raise Failure(f"{url!r}: give an http:// or https:// URL") from None
    except httpx.HTTPError as exc:
        raise Failure(f"no answer from {url} ({type(exc).__name__}: {exc})", ExitCode.UNREACHABLE) from None
    click.echo(f"sent {chosen} notification to {url}, signed by platform key {key.fingerprint}")
    click.echo(f"merchant answered HTTP {answer.status_code}: {_shown(answer.content)}")
    if is_acknowledgement(answer.status_code, answer.content):
        click.echo("acknowledged: the documented acknowledgement; PayerMax would stop sending this notification")
        return ExitCode.OK
    click.echo(f"not acknowledged: PayerMax expects HTTP 200 with {ACKNOWLEDGEMENT.decode()} and would send it again")
    return ExitCode.NO

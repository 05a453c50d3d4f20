"""``payermax call``: one signed call through the SDK with the environment's credentials.

The operations are the generated client's (``payermax_client.api``): each module's ``OPERATION`` tag names
its operationId, interface version, retry policy and echoed identifiers, so a call here is the call
``PayerMax`` makes - same envelope, signature, answer verification, retries, timeouts and typed errors - with
the ``data`` given as JSON instead of a model. The answer's ``data`` is then checked against the result model
of the ``PayerMax`` method and printed exactly as PayerMax sent it.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any, ClassVar

import click

from ..caller import Caller
from ..client_base import BaseClient
from ..errors import PayerMaxError
from ..parsing import parse_data, parse_value
from ..protocol import dumps, loads
from .common import Failure, environment, failure_for, read_body


@dataclass(frozen=True)
class Operation:
    """One operation of the generated client."""

    name: str  # the spec's operationId, e.g. orderQuery
    group: str  # the PayerMax attribute (the spec's tag), e.g. collection
    method: str  # e.g. order_query
    module: ModuleType  # payermax_client.api.<group>.<method>

    def summary(self) -> str:
        doc = getattr(self.module, "sync", None).__doc__ or ""
        return doc.strip().splitlines()[0] if doc.strip() else ""

    def result_parser(self) -> Callable[[Any], Any]:
        """What the ``PayerMax`` method does with the answer's ``data``: build its result model, or - for the
        rare operation whose ``data`` is a single value (``putRfiMaterialList``) - check the value's type."""
        from payermax_client import PayerMax

        resource = typing.get_type_hints(PayerMax)[self.group]
        result: Any = typing.get_type_hints(getattr(resource, self.method))["return"]
        if hasattr(result, "from_dict"):
            return lambda data: parse_data(result.from_dict, data)
        return lambda data: parse_value(result, data)


@cache
def operations() -> dict[str, Operation]:
    """Every operation of the generated client, by operationId."""
    import payermax_client.api as api

    found = {}
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for entry in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{entry.name}")
            tag = getattr(module, "OPERATION", None)
            if isinstance(tag, Mapping):
                found[str(tag["operation"])] = Operation(str(tag["operation"]), group.name, entry.name, module)
    return found


def _folded(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def resolve(name: str) -> Operation:
    """The operation named by its operationId or its snake_case method name (any case); a one-line error
    naming the close matches otherwise."""
    known = operations()
    by_folded = {_folded(op.name): op for op in known.values()}
    found = by_folded.get(_folded(name))
    if found is not None:
        return found
    spellings = {**{op.name: op.name for op in known.values()}, **{op.method: op.name for op in known.values()}}
    close = dict.fromkeys(spellings[m] for m in difflib.get_close_matches(name, spellings, n=4, cutoff=0.6))
    if close:
        raise Failure(f"unknown operation {name!r}; did you mean {' or '.join(close)}? (payermax call --list)")
    raise Failure(f"unknown operation {name!r}; the operations are: {', '.join(sorted(known))}")


def _as_sent(value: Any) -> Any:
    """``value`` with each number that has a fraction as a plain decimal string, as the SDK sends amounts
    (``39.90`` -> ``"39.90"``): exact, and encodable by httpx."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {key: _as_sent(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_sent(item) for item in value]
    return value


def read_data(argument: str | None) -> dict[str, Any]:
    """The request's ``data``: JSON text, ``@file``, ``@-`` for standard input; ``{}`` when absent. Amounts
    (numbers with a fraction) become decimal strings, as the SDK sends them."""
    if argument is None:
        return {}
    text = read_body(argument[1:]) if argument.startswith("@") else argument.encode("utf-8")
    try:
        data = loads(text)
    except ValueError as exc:
        raise Failure(f"the request data is not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise Failure("the request data must be a JSON object: the `data` of the request, without the envelope")
    sent: dict[str, Any] = _as_sent(data)
    return sent


class _Raw:
    """A request body given as JSON: what a generated request model's ``to_dict`` would have produced."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


class CommandLineClient(BaseClient):
    """``PayerMax`` without its resources: it keeps the caller, to send requests given as JSON."""

    caller: Caller

    def _bind(self, caller: Caller) -> None:
        self.caller = caller


def open_client(env: Mapping[str, str], timeout: float | None) -> CommandLineClient:
    """A client configured as ``PayerMax(environ=env)`` would be, PayerMax's servers included."""
    from payermax_client.payermax import SERVERS

    class Client(CommandLineClient):
        servers: ClassVar[Mapping[str, str]] = SERVERS

    return Client(environ=env, timeout=timeout)


def send(operation: Operation, data: dict[str, Any], env: Mapping[str, str], timeout: float | None) -> Any:
    """The verified ``data`` of the answer, checked against the result model (or type)."""
    kwargs = operation.module._get_kwargs(body=_Raw(data))
    with open_client(env, timeout) as client:
        answer = client.caller.call(operation.module.OPERATION, kwargs)
    operation.result_parser()(answer)
    return answer


@click.command(
    short_help="A signed call through the SDK; prints the verified answer.",
    epilog="""\b
Examples:
  payermax call orderQuery '{"outTradeNo": "ORDER_1"}'
  payermax call order_query @query.json
  payermax call currentBalanceQuery
  payermax call refund @- < refund.json
  payermax --env-file .payermax-emulator/merchant.env call orderQuery '{"outTradeNo": "ORDER_1"}'
  payermax call --list
""",
)
@click.argument("operation", required=False)
@click.argument("data", required=False, metavar="[JSON | @FILE]")
@click.option("--timeout", type=float, help="Seconds for the whole call, retries included (default: the SDK's 60).")
@click.option("--list", "list_operations", is_flag=True, help="List the operations and exit.")
@click.pass_context
def call(
    ctx: click.Context, operation: str | None, data: str | None, timeout: float | None, list_operations: bool
) -> None:
    """Call OPERATION with the request data JSON (default {}) and print the verified answer's `data`.

    OPERATION is the spec's operationId (orderQuery) or the SDK's method name (order_query). The call is the
    SDK's: PAYERMAX_APP_ID, PAYERMAX_MERCHANT_NO, PAYERMAX_MERCHANT_PRIVATE_KEY, PAYERMAX_PLATFORM_PUBLIC_KEY
    and PAYERMAX_BASE_URL or PAYERMAX_ENVIRONMENT say who calls where; the envelope and signature are added,
    the answer's signature and identifiers verified, queries retried. A refusal exits 1 with its code.
    """
    if list_operations:
        for op in sorted(operations().values(), key=lambda op: (op.group, op.name)):
            click.echo(f"{op.name:<26} {op.group + '.' + op.method:<44} {op.summary()}")
        return
    if operation is None:
        raise Failure('name the operation to call, e.g. payermax call orderQuery \'{"outTradeNo": "ORDER_1"}\'')
    chosen = resolve(operation)
    request = read_data(data)
    try:
        answer = send(chosen, request, environment(ctx), timeout)
    except PayerMaxError as error:
        raise failure_for(error) from None
    click.echo(dumps(answer, indent=2).decode("utf-8"))

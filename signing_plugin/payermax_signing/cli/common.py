"""What every ``payermax`` command shares: exit codes, one-line errors, reading bodies and keys, the
environment the commands read their ``PAYERMAX_*`` variables from."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from enum import IntEnum
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from ..errors import ApiError, ConfigurationError, PayerMaxError, TransportError
from ..keys import SigningKey, VerifyingKey

_Key = TypeVar("_Key", SigningKey, VerifyingKey)


class ExitCode(IntEnum):
    """The exit status of every ``payermax`` command (``payermax --help`` lists them)."""

    OK = 0
    #: The answer is no: the signature does not match, PayerMax refused the call, the merchant did not
    #: acknowledge the notification.
    NO = 1
    #: The command could not start: bad arguments, an unknown operation, unreadable input, a missing key or
    #: variable.
    USAGE = 2
    #: Nobody answered: the connection failed or timed out; for a call that changes something, its outcome
    #: is unknown.
    UNREACHABLE = 3
    #: An answer came back that cannot be trusted: not signed by PayerMax, about another request, or
    #: breaking the spec.
    UNTRUSTED = 4
    #: A bug in ``payermax`` itself.
    INTERNAL = 70


EXIT_CODES_HELP = """\b
Exit status:
  0   done: valid, accepted, acknowledged
  1   the answer is no: signature does not match, PayerMax refused, merchant did not acknowledge
  2   bad usage, input, key or configuration
  3   no answer: connection failed, timed out, outcome unknown
  4   an answer that cannot be trusted: unsigned, about another request, breaking the spec
  70  a bug in payermax"""


class Failure(click.ClickException):
    """A one-line error with its exit status."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.exit_code = int(code)  # type: ignore[misc]  # click declares a ClassVar; each failure has its own

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"payermax: {self.format_message()}", err=True)


def failure_for(error: PayerMaxError) -> Failure:
    """The one-line error and exit status of an SDK error (its message never holds a key or card data)."""
    if isinstance(error, ApiError):
        return Failure(f"PayerMax refused: {error}", ExitCode.NO)
    if isinstance(error, ConfigurationError):
        return Failure(str(error), ExitCode.USAGE)
    if isinstance(error, TransportError):
        return Failure(str(error), ExitCode.UNREACHABLE)
    # SignatureError, SpecViolationError, UnexpectedResponseError
    return Failure(f"untrusted answer: {error}", ExitCode.UNTRUSTED)


def read_env_file(path: Path) -> dict[str, str]:
    """``NAME=value`` lines (as ``payermax-emulator`` writes ``merchant.env``); ``#`` comments, blank lines
    and a leading ``export`` are allowed, quotes around a value are removed."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise Failure(f"cannot read {path}: {exc.strerror}") from None
    found = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not name.strip():
            raise Failure(f"{path}, line {number}: expected NAME=value")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[name.strip()] = value
    return found


def environment(ctx: click.Context) -> Mapping[str, str]:
    """The variables the commands read: the process environment, overridden by ``--env-file``."""
    given = ctx.find_object(dict)
    return {**os.environ, **(given or {})}


def read_body(source: str) -> bytes:
    """The exact bytes of a file, or of standard input for ``-``."""
    if source == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(source).read_bytes()
    except OSError as exc:
        raise Failure(f"cannot read {source}: {exc.strerror}") from None


def load_key(kind: type[_Key], key_file: Path | None, variable: str, env: Mapping[str, str]) -> _Key:
    """A key from ``--key-file``, else from ``$variable`` (or the file named by ``${variable}_FILE``)."""
    if key_file is not None:
        try:
            return kind.load(key_file, what=str(key_file))
        except ConfigurationError as error:
            raise Failure(str(error)) from None
    try:
        return kind.from_env(variable, dict(env))
    except ConfigurationError as error:
        raise Failure(f"{error} (or pass --key-file)") from None

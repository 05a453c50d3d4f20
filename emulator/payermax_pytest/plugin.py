"""Fixtures that run PayerMax in a box for a merchant's tests.

=============================  =========  =====================================================================
fixture                        scope      what it is
=============================  =========  =====================================================================
``payermax_emulator``          test       the session's emulator, reset for this test: its test merchant
                                          (``environment``, ``credentials``), ``complete_payment``,
                                          ``fail_payment``, ``expire_payment``, ``settle_refund``,
                                          ``settle_payout``, ``advance_clock``, ``notifications``, ``control``
``payermax_env``               test       the test merchant's ``PAYERMAX_*`` variables, also set in
                                          ``os.environ`` for the test: code that builds ``PayerMax()`` itself
                                          talks to the emulator
``payermax_credentials``       test       the test merchant's ``MerchantCredentials`` (for
                                          ``NotificationReceiver.from_credentials`` and ``PayerMaxAuth``)
``payermax_client``            test       a ``PayerMax`` client of the test merchant, closed after the test
``payermax_async_client``      test       an ``AsyncPayerMax`` client (use it in ``async with`` in your async
                                          tests)
``payermax_notifications``     test       the notification sink: ``url`` to give as ``notifyUrl``
                                          (the default of the test merchant already), ``received``,
                                          ``wait_for(notify_type, where=...)``, ``fail_next(n)``
``payermax_emulator_session``  session    the emulator itself, started on first use, never reset
=============================  =========  =====================================================================

How the emulator runs (command line over ini file; ``pytest --help`` lists them):

- ``--payermax-emulator`` / ini ``payermax_emulator``: ``thread`` (default; in the test process),
  ``subprocess`` (``python -m payermax_emulator.cli serve``), or the URL of an emulator already running.
- ini ``payermax_time_scale`` (default 0.001: a 30-second notification retry takes 30 ms) and
  ``payermax_settle_after`` (default 2, times the scale; negative: refunds and payouts settle only through
  ``settle_refund``/``settle_payout``).

This module imports only pytest when pytest loads it; the emulator and the SDK are imported by the fixtures.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from payermax_client import AsyncPayerMax, PayerMax
    from payermax_emulator.testing import NotificationSink, RunningEmulator
    from payermax_signing import MerchantCredentials

MODE_OPTION, MODE_INI = "--payermax-emulator", "payermax_emulator"
TIME_SCALE_INI, SETTLE_AFTER_INI = "payermax_time_scale", "payermax_settle_after"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("payermax", "PayerMax emulator fixtures")
    group.addoption(
        MODE_OPTION,
        dest="payermax_emulator",
        metavar="MODE|URL",
        help="how the payermax_* fixtures run the emulator: thread (default), subprocess, or the URL of a running one",
    )
    parser.addini(MODE_INI, "payermax_* fixtures: thread, subprocess or an emulator's URL", default="thread")
    parser.addini(TIME_SCALE_INI, "payermax_* fixtures: the emulator's time scale", default="0.001")
    parser.addini(SETTLE_AFTER_INI, "payermax_* fixtures: seconds before refunds/payouts settle", default="2")


def _number(config: pytest.Config, name: str) -> float:
    value = str(config.getini(name))
    try:
        return float(value)
    except ValueError:
        raise pytest.UsageError(f"ini option {name} = {value!r}: expected a number") from None


@pytest.fixture(scope="session")
def payermax_emulator_session(pytestconfig: pytest.Config) -> Iterator[RunningEmulator]:
    """The session's emulator, started when a test first needs it."""
    try:
        from payermax_emulator.testing import EmulatorOptions, RunningEmulator
    except ModuleNotFoundError as exc:
        pytest.fail(str(exc), pytrace=False)
    where = pytestconfig.getoption("payermax_emulator") or str(pytestconfig.getini(MODE_INI))
    if where.startswith(("http://", "https://")):
        with RunningEmulator.attach(where) as attached:
            yield attached
        return
    settle_after = _number(pytestconfig, SETTLE_AFTER_INI)
    try:
        options = EmulatorOptions(
            mode=where,
            time_scale=_number(pytestconfig, TIME_SCALE_INI),
            settle_after=None if settle_after < 0 else settle_after,
        )
    except ValueError as exc:
        raise pytest.UsageError(f"{MODE_OPTION}: {exc}") from None
    with RunningEmulator.start(options) as started:
        yield started


@pytest.fixture
def payermax_emulator(payermax_emulator_session: RunningEmulator) -> RunningEmulator:
    """The session's emulator, with no order, refund, payout, notification or clock move left by another test."""
    payermax_emulator_session.reset()
    return payermax_emulator_session


@pytest.fixture
def payermax_env(payermax_emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The test merchant's ``PAYERMAX_*`` variables, set in ``os.environ`` until the test ends."""
    for name, value in payermax_emulator.environment.items():
        monkeypatch.setenv(name, value)
    return dict(payermax_emulator.environment)


@pytest.fixture
def payermax_credentials(payermax_emulator: RunningEmulator) -> MerchantCredentials:
    return payermax_emulator.credentials


@pytest.fixture
def payermax_client(payermax_emulator: RunningEmulator) -> Iterator[PayerMax]:
    with payermax_emulator.client() as client:
        yield client


@pytest.fixture
def payermax_async_client(payermax_emulator: RunningEmulator) -> Iterator[AsyncPayerMax]:
    import asyncio

    client = payermax_emulator.async_client()
    yield client
    with contextlib.suppress(RuntimeError):  # connections of an event loop that is gone: nothing left to close
        asyncio.run(client.aclose())


@pytest.fixture
def payermax_notifications(payermax_emulator: RunningEmulator) -> NotificationSink:
    return payermax_emulator.sink

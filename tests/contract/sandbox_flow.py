"""The merchant flow with PayerMax's sandbox test values (``merchant_flow.py``) against the gateway named by the
``PAYERMAX_*`` variables - PayerMax's UAT, or an emulator - run by ``make contract-uat`` beside the contract
suite (not collected by the default test run: its name has no ``test_``). Each documented outcome - payment
SUCCESS/FAILED/PENDING/3DS, refund fail/pending/success, payout remark and amount rules - is reached through
the SDK alone, so the same functions pass against both."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from payermax_client import PayerMax

from . import merchant_flow


@pytest.fixture(scope="module")
def payermax() -> Iterator[PayerMax]:
    with PayerMax(environ=dict(os.environ)) as client:
        yield client


def test_payments_by_subject(payermax: PayerMax) -> None:
    merchant_flow.check_payments(payermax)


def test_refunds_by_amount(payermax: PayerMax) -> None:
    merchant_flow.check_refunds(payermax)


def test_payouts_by_remark_and_amount(payermax: PayerMax) -> None:
    merchant_flow.check_payouts(payermax)

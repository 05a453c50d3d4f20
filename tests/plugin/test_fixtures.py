"""Fixtures of the plugin used from the repository's own tests: the async client is closed after a test that
did not close it, ``payermax_env`` sets and restores the variables, each test starts from a reset emulator."""

from __future__ import annotations

import os

import pytest

from payermax_client import AsyncPayerMax, PayerMax
from payermax_emulator.testing import NotificationSink, RunningEmulator
from payermax_signing import MerchantCredentials
from tests.support.builders import card_order


@pytest.mark.anyio
async def test_the_async_client_may_be_left_open(payermax_async_client: AsyncPayerMax) -> None:
    balances = await payermax_async_client.balances.current_balance_query()
    assert balances.account_real_time_types


def test_payermax_env_sets_the_variables(
    payermax_env: dict[str, str], payermax_credentials: MerchantCredentials
) -> None:
    assert os.environ["PAYERMAX_APP_ID"] == payermax_env["PAYERMAX_APP_ID"] == payermax_credentials.app_id
    with PayerMax() as payermax:
        assert payermax.settings.base_url == payermax_env["PAYERMAX_BASE_URL"]


def test_a_test_leaves_state_behind(payermax_client: PayerMax, payermax_notifications: NotificationSink) -> None:
    payermax_client.collection.order_and_pay(card_order("LEFT_BEHIND"))
    payermax_notifications.wait_for("PAYMENT")  # to the sink: the test merchant's default notify URL


def test_the_next_test_finds_none_of_it(payermax_emulator: RunningEmulator, payermax_client: PayerMax) -> None:
    assert payermax_emulator.sink.received == []
    assert payermax_emulator.notifications() == []
    payermax_client.collection.order_and_pay(card_order("LEFT_BEHIND"))  # no ORDER_REPEAT: the order is gone

"""An emulator on 127.0.0.1 for the whole session, a merchant notification endpoint beside it, and the
generated client signed with the emulator's test merchant. State is reset before every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.local_server import free_port, serve
from payermax_emulator.settings import Settings
from payermax_signing import MerchantCredentials, NotificationReceiver
from tests.support.gateway import Gateway, MerchantEndpoint, wait_for


@pytest.fixture(scope="session")
def gateway_session() -> Iterator[Gateway]:
    port = free_port()
    settings = Settings(public_url=f"http://127.0.0.1:{port}", time_scale=0.001, settle_after=None,
                        check_responses=True, tick=0.02)  # fmt: skip
    emulator = Emulator(settings)
    endpoint = MerchantEndpoint(NotificationReceiver(emulator.platform_key.verifying_key, max_age=None))
    endpoint_app = Starlette(routes=[Route("/notify", endpoint.handle, methods=["POST"])])
    with serve(endpoint_app) as endpoint_url, serve(create_app(emulator=emulator), port=port) as url:
        endpoint.url = f"{endpoint_url}/notify"
        merchant = emulator.test_merchant.merchant
        emulator.merchants.register(merchant.public_key, app_id=merchant.app_id, merchant_no=merchant.merchant_no,
                                    notify_url=endpoint.url)  # fmt: skip
        credentials = MerchantCredentials.from_env(emulator.environment())
        yield Gateway(emulator, url, credentials, endpoint)


def _no_delivery_in_flight(gateway: Gateway) -> bool:
    return not gateway.emulator.outbox.in_flight()


@pytest.fixture
def gateway(gateway_session: Gateway) -> Gateway:
    wait_for(lambda: _no_delivery_in_flight(gateway_session))  # a late delivery must not leak into this test
    gateway_session.control("POST", "/reset")
    gateway_session.endpoint.reset()
    return gateway_session

"""The dashboard in a real browser: headless Chromium places nothing itself - the merchant's SDK places the
order - but opens the emulator's root URL, sees the order, pays it on the cashier page, and sees the
notification delivered to the merchant's endpoint (a Starlette app with the webhook helper, on 127.0.0.1) with
the merchant's answer; its buttons (resend, complete, advance the clock) work through the control API's guard.

The browser may reach nothing but 127.0.0.1: every other request is aborted, and each one is counted.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from payermax_client.models import HostedCheckoutOrderRequest
from payermax_client.notifications import Notification
from payermax_emulator.local_server import serve
from payermax_emulator.testing import EmulatorOptions, RunningEmulator
from payermax_signing import NotificationReceiver
from payermax_signing.webhooks.starlette import notification_endpoint

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page
    from playwright.sync_api import Route as BrowserRoute

DEADLINE = 60.0


class Merchant:
    """The merchant's web app: a notification endpoint (the SDK's helper) and a thank-you page."""

    def __init__(self, receiver: NotificationReceiver) -> None:
        self.processed: list[str] = []
        self.duplicates: list[str] = []
        endpoint = notification_endpoint(receiver, self._handle, on_duplicate=self._duplicate)
        self.app = Starlette(routes=[Route("/payermax/notify", endpoint, methods=["POST"]),
                                     Route("/thank-you", lambda request: PlainTextResponse("Thank you!"))])  # fmt: skip

    def _handle(self, notification: Notification) -> None:
        self.processed.append(str(getattr(notification.data, "out_trade_no", "")))

    def _duplicate(self, notification: Notification) -> None:
        self.duplicates.append(str(getattr(notification.data, "out_trade_no", "")))


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with RunningEmulator.start(EmulatorOptions(time_scale=0.001, settle_after=None)) as running:
        yield running


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.elsewhere = []  # type: ignore[attr-defined]

    def local_only(route: BrowserRoute) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            page.elsewhere.append(route.request.url)  # type: ignore[attr-defined]
            route.abort()

    page.route("**/*", local_only)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    refused = "the server responded with a status of 409"  # a refused control call: the page shows it
    yield page
    context.close()
    assert page.elsewhere == []  # type: ignore[attr-defined]
    assert [error for error in errors if refused not in error] == []  # no script error, no CSP violation


def _done(page: Page, label: str) -> None:
    """Wait for the page to say the control call of the button ``label`` was done (it reloads itself)."""
    expect(page.locator("#result")).to_have_text("Done: " + label, timeout=DEADLINE * 1000)


def _until(page: Page, predicate: str, what: str) -> None:
    """Reload ``page`` until the JavaScript ``predicate`` holds (a person pressing F5)."""
    deadline = time.monotonic() + DEADLINE
    while not page.evaluate(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"the dashboard never showed {what}")
        time.sleep(0.1)
        page.reload()


def _place(emulator: RunningEmulator, merchant_url: str, out_trade_no: str) -> str:
    with emulator.client() as payermax:
        placed = payermax.collection.order_and_pay(HostedCheckoutOrderRequest(
            out_trade_no=out_trade_no, subject="Two T-shirts <b>sale</b>", total_amount=Decimal("39.90"),
            currency="USD", country="US", user_id="customer-42", front_callback_url=f"{merchant_url}/thank-you",
            notify_url=f"{merchant_url}/payermax/notify",
        ))  # fmt: skip
    assert placed.redirect_url
    return placed.trade_token


def test_a_person_follows_an_order_to_its_notification(emulator: RunningEmulator, page: Page) -> None:
    merchant = Merchant(NotificationReceiver.from_credentials(emulator.credentials))
    with serve(merchant.app) as merchant_url:
        out_trade_no = f"WEB_{time.time_ns()}"
        trade_token = _place(emulator, merchant_url, out_trade_no)

        page.goto(emulator.url + "/")  # a browser asks for HTML
        order_row = page.locator(f"#table-orders tr.record[data-key='{trade_token}']")
        assert order_row.inner_text().split("\t")[:3] == [trade_token, "PENDING", out_trade_no]

        order_row.get_by_role("link", name=trade_token).click()
        assert page.locator("h1").inner_text() == f"Orders: {trade_token}"
        assert "Two T-shirts <b>sale</b>" in page.locator("pre").inner_text()  # shown as text, not markup

        page.goto(f"{emulator.url}/cashier/{trade_token}")  # the payer's cashier page
        page.get_by_role("button", name="Pay", exact=True).click()
        page.wait_for_url(f"{merchant_url}/thank-you")

        page.goto(f"{emulator.url}/dashboard/records/orders/{trade_token}")
        _until(page, "document.querySelector('.attempts .acknowledged') !== null", "the acknowledged delivery")
        history = page.locator("ol.history").inner_text()
        assert re.search(r"created PENDING\n.*PENDING → SUCCESS", history), history
        row = page.locator("tr.notification").first
        assert row.get_attribute("data-type") == "PAYMENT" and row.get_attribute("data-status") == "delivered"
        attempt = row.locator(".attempts li").inner_text()
        assert re.match(r'attempt 1 at .*: HTTP 200, acknowledged - merchant answered {"code":"SUCCESS","msg":"Success"}$',
                        attempt), attempt  # fmt: skip
        assert merchant.processed == [out_trade_no]

        # Resend it from the page: the merchant acknowledges it as a duplicate, without processing it again.
        row.get_by_role("button", name="resend", exact=True).click()
        _done(page, "resend")
        _until(page, "document.querySelectorAll('.attempts .acknowledged').length == 2", "the resent notification")
        assert (merchant.processed, merchant.duplicates) == ([out_trade_no], [out_trade_no])


def test_the_buttons_drive_the_control_api(emulator: RunningEmulator, page: Page) -> None:
    with emulator.client() as payermax:
        placed = payermax.collection.order_and_pay(HostedCheckoutOrderRequest(
            out_trade_no=f"BTN_{time.time_ns()}", subject="Mug", total_amount=Decimal("9.00"), currency="USD",
            country="US", user_id="customer-7", front_callback_url="http://127.0.0.1:9/back",
        ))  # fmt: skip
    page.goto(f"{emulator.url}/dashboard/records/orders/{placed.trade_token}")
    before = emulator.now()
    page.locator("form.advance select").select_option("300")
    page.get_by_role("button", name="Advance").click()
    _done(page, "advance the clock by 300 s")
    assert (emulator.now() - before).total_seconds() >= 300
    page.locator(".actions").get_by_role("button", name="complete", exact=True).click()
    _done(page, "complete")
    assert page.locator("main .status").first.inner_text() == "SUCCESS"
    page.locator(".actions").get_by_role(
        "button", name="expire", exact=True
    ).click()  # a finished order cannot be closed
    page.wait_for_selector("#result.refused")
    assert "ORDER_CLOSED" in page.locator("#result").inner_text()

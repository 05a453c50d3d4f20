"""The dashboard over HTTP (the browser test is tests/browser): the root URL answers HTML to browsers and JSON
to everyone else, pages list every product table and page through them, escape what merchants wrote, never
show a secret or a card number, carry the history of each record and its notifications, and offer the control
API's buttons; a product added later appears with no change to the dashboard; resend sends a notification
again."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

import httpx
import pytest

from payermax_client.api.collection import order_and_pay, refund
from payermax_client.models import RefundRequest
from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.http import display
from payermax_emulator.kit import Product, Table
from payermax_emulator.local_server import free_port, serve
from payermax_emulator.services import Services
from payermax_emulator.settings import Settings
from payermax_signing.credentials import ENV_MERCHANT_PRIVATE_KEY
from tests.support.accounts import paid_order
from tests.support.builders import card_order, hosted_order
from tests.support.gateway import Gateway

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def html(gateway: Gateway, path: str, status: int = 200) -> str:
    answer = httpx.get(gateway.url + path, headers=BROWSER, timeout=10)
    assert answer.status_code == status, answer.text[:500]
    assert answer.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    return answer.text


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "application/json, text/html;q=0.5"])
def test_the_root_url_answers_json_to_clients_that_do_not_ask_for_html(gateway: Gateway, accept: str | None) -> None:
    answer = httpx.get(gateway.url + "/", headers={"accept": accept} if accept else {})
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["vary"] == "Accept"
    assert {"service", "gateway", "control", "operations"} <= set(answer.json())


def test_the_root_url_is_the_dashboard_for_a_browser(gateway: Gateway) -> None:
    page = html(gateway, "/")
    for table in ("orders", "refunds", "payouts", "pay_by_link_links", "payment_tokens", "disputes"):
        assert f'href="/dashboard/records/{table}"' in page
    assert display.wants_html("text/html") and not display.wants_html("text/html;q=0, application/json")


def test_what_merchants_wrote_is_escaped_and_secrets_never_shown(gateway: Gateway) -> None:
    order = card_order("ESCAPE_1")
    order.subject = "<script>alert('x')</script> & <b>bold</b>"
    placed = order_and_pay.sync(client=gateway.client(), body=order)
    assert placed is not None and placed.data
    token = str(placed.data.trade_token)
    notification = gateway.wait_for(lambda: gateway.control("GET", "/notifications?type=PAYMENT"))[0]["id"]
    pages = [html(gateway, p) for p in ("/", f"/dashboard/records/orders/{token}", "/dashboard/records/orders",
                                        "/dashboard/notifications", f"/dashboard/notifications/{notification}")]  # fmt: skip
    record = pages[1]
    assert "<script>alert" not in record and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;" in record
    private_key = gateway.emulator.environment()[ENV_MERCHANT_PRIVATE_KEY]
    for page in pages:
        assert "4111111111111111" not in page and "PRIVATE KEY" not in page and private_key[:64] not in page
        assert "<script>alert" not in page
    assert "411111******1111" in record


def test_display_masks_what_a_record_might_hold() -> None:
    shown = display.safe({"cvv": "123", "payee": {"accountNo": "000123456789"}, "note": "4111 1111 1111 1111",
                          "pem": "-----BEGIN PRIVATE KEY-----\nMII...", "merchant_auth_token": "tok",
                          "outTradeNo": "ORDER_4111111111111111", "tradeToken": "T20260101000000000001"})  # fmt: skip
    assert shown == {"cvv": "[redacted]", "payee": {"accountNo": "****6789"}, "note": "411111******1111",
                     "pem": "[redacted]", "merchant_auth_token": "[redacted]",
                     "outTradeNo": "ORDER_4111111111111111", "tradeToken": "T20260101000000000001"}  # fmt: skip


def test_a_record_shows_its_history_notifications_and_buttons(gateway: Gateway) -> None:
    placed = order_and_pay.sync(client=gateway.client(), body=hosted_order("HIST_1"))
    assert placed is not None and placed.data
    token = str(placed.data.trade_token)
    pending = html(gateway, f"/dashboard/records/orders/{token}")
    for action in ("complete", "fail", "expire"):
        assert f'data-post="/emulator/orders/{token}/{action}?appId=' in pending
    gateway.control("POST", f"/orders/{token}/complete")
    gateway.wait_for(lambda: gateway.notifications("PAYMENT"))
    gateway.wait_for(lambda: "acknowledged" in html(gateway, f"/dashboard/records/orders/{token}"))
    done = html(gateway, f"/dashboard/records/orders/{token}")
    assert re.search(r"created <b>PENDING</b></li><li>[^<]*: PENDING &rarr; <b>SUCCESS</b>", done), done
    assert "HTTP 200, <b>acknowledged</b> - merchant answered <code>{&#34;code&#34;:&#34;SUCCESS&#34;" in done
    paid_order(gateway.client(), "HIST_2", "300.00")
    answer = refund.sync(client=gateway.client(), body=RefundRequest(
        out_refund_no="HIST_R", refund_amount=Decimal(5), refund_currency="USD", out_trade_no="HIST_2"))  # fmt: skip
    assert answer is not None and answer.data
    refunds = html(gateway, "/dashboard/records/refunds")
    assert 'data-body="{&#34;status&#34;:&#34;REFUND_SUCCESS&#34;}"' in refunds
    assert 'data-body="{&#34;status&#34;:&#34;REFUND_FAILED&#34;}"' in refunds


def test_listings_are_pages(gateway: Gateway) -> None:
    client = gateway.client()
    for number in range(7):
        order_and_pay.sync(client=client, body=hosted_order(f"PAGE_{number}"))
    seen: list[str] = []
    path: str | None = "/dashboard/records/orders?limit=3"
    while path is not None:
        page = html(gateway, path)
        rows = re.findall(r'<tr class="record" data-key="([^"]+)">', page)
        assert 1 <= len(rows) <= 3
        seen += rows
        following = re.search(r'<a rel="next" href="([^"]+)">', page)
        path = following.group(1).replace("&amp;", "&").removeprefix(gateway.url) if following else None
    assert len(seen) == len(set(seen)) == 7
    assert seen == sorted(seen, reverse=True)  # newest first
    assert len(re.findall(r'<tr class="record"', html(gateway, "/dashboard/records/orders?limit=100000"))) == 7


def test_unknown_things_are_404_pages(gateway: Gateway) -> None:
    html(gateway, "/dashboard/records/nothing", 404)
    html(gateway, "/dashboard/records/orders/T404", 404)
    html(gateway, "/dashboard/notifications/999999", 404)
    html(gateway, "/dashboard/notifications/not-a-number", 404)


def test_resend_sends_the_same_notification_again(gateway: Gateway) -> None:
    paid_order(gateway.client(), "RESEND_1")
    first = gateway.wait_for(lambda: gateway.notifications("PAYMENT"))[0]
    listed = gateway.control("GET", "/notifications?type=PAYMENT")
    resent = gateway.control("POST", f"/notifications/{listed[0]['id']}/resend")
    assert resent["resent"] == listed[0]["id"] and resent["notification"] > listed[0]["id"]
    gateway.wait_for(lambda: gateway.endpoint.attempts >= 2)
    notifications = gateway.control("GET", "/notifications?type=PAYMENT")
    original, again = notifications[0]["payload"], notifications[1]["payload"]
    assert {k: v for k, v in again.items() if k != "notifyTime"} == {
        k: v for k, v in original.items() if k != "notifyTime"
    }
    assert len(gateway.notifications("PAYMENT")) == 1 and first.data.out_trade_no == "RESEND_1"  # a duplicate
    missing = httpx.post(f"{gateway.url}/emulator/notifications/999999/resend", json={})
    assert missing.status_code == 404


@dataclass
class Widget:
    widget_id: str
    app_id: str
    status: str
    doc: dict[str, Any]


WIDGETS = Table(Widget, "widgets", "The widget")


@dataclass(eq=False)
class Widgets(Product):
    tables: ClassVar = (WIDGETS,)


class WithWidgets(Emulator):
    def _compose(self, services: Services) -> tuple[Product, ...]:
        self.widgets = Widgets(services)
        return (*super()._compose(services), self.widgets)


def test_a_product_added_later_appears_without_a_change_to_the_dashboard() -> None:
    port = free_port()
    emulator = WithWidgets(Settings(public_url=f"http://127.0.0.1:{port}"))
    with emulator.db.transaction() as tx:
        WIDGETS.insert(tx, Widget("W1", emulator.test_merchant.merchant.app_id, "SPINNING", {"colour": "<red>"}))
        WIDGETS.save(tx, Widget("W1", emulator.test_merchant.merchant.app_id, "STOPPED", {"colour": "<red>"}))
    with serve(create_app(emulator=emulator, worker=False), port=port) as url:
        home = httpx.get(url + "/", headers=BROWSER).text
        record = httpx.get(url + "/dashboard/records/widgets/W1", headers=BROWSER).text
    assert 'href="/dashboard/records/widgets">Widgets' in home and 'data-key="W1"' in home
    assert "SPINNING &rarr; <b>STOPPED</b>" in record and "&lt;red&gt;" in record

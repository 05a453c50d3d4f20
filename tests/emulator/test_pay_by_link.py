"""Payment links through the emulator: created over the gateway, paid on the link page like a browser would,
queried, expired early or by the clock - with the PAYBYLINK and PAYMENT notifications as the merchant
endpoint receives and verifies them."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.api.collection import order_query
from payermax_client.api.pay_by_link import create_paybylink, expire_paybylink, query_paybylink
from payermax_client.models import (
    CreatePaybylinkRequest,
    CreatePaybylinkResult,
    ExpirePaybylinkRequest,
    ExpirePaybylinkResult,
    OrderQueryRequest,
    PayByLinkGoods,
    PayByLinkMerchantInfo,
    PayByLinkNotification,
    PayByLinkPaymentStatus,
    PayByLinkStatus,
    PayByLinkType,
    PayByLinkUser,
    PaymentNotification,
    PaymentStatus,
    QueryPaybylinkRequest,
    QueryPaybylinkResult,
)
from payermax_signing import ApiError, DuplicateRequestError, InvalidRequestError, NotFoundError
from tests.support.gateway import Gateway


def link_request(gateway: Gateway, merchant_link_id: str, **changes: Any) -> CreatePaybylinkRequest:
    body = CreatePaybylinkRequest(
        merchant_link_id=merchant_link_id,
        link_type=PayByLinkType.ONETIME,
        country="ID",
        currency="IDR",
        total_amount=Decimal("400000"),
        description="Winter running shoes, 2 pairs",
        link_description="Order 7781 placed by phone",
        user_info=PayByLinkUser(user_id="98", username="Siti Rahma"),
        goods_details=[
            PayByLinkGoods(
                goods_name="Running shoes",
                goods_description="Cushioned, size 42",
                quantity="2",
                price=Decimal("200000"),
                goods_currency="IDR",
                show_url="https://shop.example.com/products/running-shoes-42",
            )
        ],
        merchant_info=PayByLinkMerchantInfo(contact_email="support@shop.example.com"),
        notify_url=gateway.endpoint.url,
    )
    for name, value in changes.items():
        setattr(body, name, value)
    return body


def create(gateway: Gateway, merchant_link_id: str, **changes: Any) -> CreatePaybylinkResult:
    answer = create_paybylink.sync(client=gateway.client(), body=link_request(gateway, merchant_link_id, **changes))
    assert answer is not None
    assert answer.data
    return answer.data


def query(gateway: Gateway, merchant_link_id: str) -> QueryPaybylinkResult:
    answer = query_paybylink.sync(
        client=gateway.client(), body=QueryPaybylinkRequest(merchant_link_id=merchant_link_id)
    )
    assert answer is not None
    assert answer.data
    return answer.data


def expire(gateway: Gateway, merchant_link_id: str) -> ExpirePaybylinkResult:
    body = ExpirePaybylinkRequest(merchant_link_id=merchant_link_id)
    answer = expire_paybylink.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert answer.data
    return answer.data


def pay(link_url: str, card_number: str | None = None) -> httpx.Response:
    """Open the link page, then submit its form with the Pay button, as a browser would."""
    page = httpx.get(link_url)
    assert page.status_code == 200, page.text
    form = re.search(r"<form method='post' action='([^']+)'", page.text)
    assert form, page.text
    assert "value='pay'" in page.text
    fields = dict(re.findall(r"<input name='([^']+)' value='([^']*)'", page.text))
    fields["action"] = "pay"
    if card_number is not None:
        fields["cardNumber"] = card_number
    return httpx.post(httpx.URL(link_url).join(form.group(1)), data=fields)


def at(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp)


@pytest.fixture(autouse=True)
def _deliveries_finish(gateway: Gateway) -> Iterator[None]:
    """Let every notification of a test reach the merchant endpoint before the next test resets it."""
    yield
    gateway.wait_for(lambda: all(n["status"] != "pending" for n in gateway.control("GET", "/notifications")))


def validated(gateway: Gateway, kind: str, schema: str) -> None:
    """Every notification of ``kind`` the emulator sent validates against the spec's ``schema``."""
    validator = gateway.emulator.spec.schema_validator(schema)
    for sent in gateway.control("GET", f"/notifications?type={kind}"):
        assert not list(validator.iter_errors(sent["payload"])), sent["payload"]


def test_link_paid_through_its_page(gateway: Gateway) -> None:
    before = gateway.emulator.clock.now()
    link = create(gateway, "LINK_PAID")
    assert link.merchant_link_id == "LINK_PAID"
    assert link.link_status is PayByLinkStatus.ACTIVE
    assert link.link_url == f"{gateway.url}/link/{link.link_id}"
    expires = at(link.expires_at) - before
    assert timedelta(hours=24) <= expires < timedelta(hours=24, seconds=5)
    qr = httpx.get(link.qr_code_url)
    assert (qr.status_code, qr.headers["content-type"]) == (200, "image/svg+xml")

    page = httpx.get(link.link_url)
    assert "400000 IDR" in page.text
    assert "Winter running shoes, 2 pairs" in page.text
    response = pay(link.link_url)
    assert response.status_code == 303
    assert response.headers["location"] == f"/link/{link.link_id}"
    assert "has been paid" in httpx.get(link.link_url).text

    def link_notification() -> PayByLinkNotification | None:
        found = [n for n in gateway.notifications("PAYBYLINK") if isinstance(n, PayByLinkNotification)]
        return found[0] if found else None

    notification: PayByLinkNotification = gateway.wait_for(link_notification)
    assert notification.code == "APPLY_SUCCESS"
    assert notification.data
    assert (notification.data.link_id, notification.data.merchant_link_id) == (link.link_id, "LINK_PAID")
    assert notification.data.link_status is PayByLinkStatus.ACTIVE
    assert (notification.data.total_amount, notification.data.currency) == (Decimal("400000"), "IDR")
    assert notification.data.link_description == "Order 7781 placed by phone"
    (paid,) = notification.data.pay_by_link_info
    assert paid.status is PayByLinkPaymentStatus.SUCCESS
    assert isinstance(paid.out_trade_no, str)
    assert paid.complete_at
    assert paid.payment_details
    assert paid.payment_details[0].card_info
    assert paid.payment_details[0].card_info.card_number == "411111******1111"

    def payment_notification() -> PaymentNotification | None:
        found = [n for n in gateway.notifications("PAYMENT") if isinstance(n, PaymentNotification)]
        return next((n for n in found if n.data.reference == "LINK_PAID"), None)

    payment: PaymentNotification = gateway.wait_for(payment_notification)
    assert (payment.data.out_trade_no, payment.data.status) == (paid.out_trade_no, "SUCCESS")
    assert (payment.data.total_amount, payment.data.reference) == (Decimal("400000"), "LINK_PAID")
    validated(gateway, "PAYBYLINK", "PayByLinkNotification")
    validated(gateway, "PAYMENT", "PaymentNotification")

    found = query(gateway, "LINK_PAID")
    assert (found.link_id, found.link_status, found.total_amount) == (
        link.link_id,
        PayByLinkStatus.ACTIVE,
        Decimal(400000),
    )
    assert (found.description, found.link_description) == (
        "Winter running shoes, 2 pairs",
        "Order 7781 placed by phone",
    )
    assert found.goods_details
    assert found.goods_details[0].goods_name == "Running shoes"
    assert found.pay_by_link_info
    (queried,) = found.pay_by_link_info
    assert (queried.out_trade_no, queried.status) == (paid.out_trade_no, PayByLinkPaymentStatus.SUCCESS)
    assert queried.user_info
    assert (queried.user_info.user_id, queried.user_info.user_name) == ("98", "Siti Rahma")
    order = order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no=paid.out_trade_no))
    assert order is not None
    assert order.data
    assert order.data.status is PaymentStatus.SUCCESS

    second = httpx.post(link.link_url, data={"action": "pay"})  # one-time link: a second payment is refused
    assert second.status_code == 409
    assert "already been paid" in second.text
    found_after = query(gateway, "LINK_PAID")
    assert found_after.pay_by_link_info
    assert len(found_after.pay_by_link_info) == 1


def test_declined_attempt_then_payment(gateway: Gateway) -> None:
    link = create(gateway, "LINK_RETRY")
    invalid = pay(link.link_url, "4111111111111112")
    assert invalid.status_code == 400
    assert query(gateway, "LINK_RETRY").pay_by_link_info == []

    declined = pay(link.link_url, "4000000000000002")
    assert declined.status_code == 402
    assert "declined" in declined.text
    attempts = query(gateway, "LINK_RETRY").pay_by_link_info
    assert attempts
    assert [a.status for a in attempts] == [PayByLinkPaymentStatus.CLOSE]
    assert not attempts[0].payment_details

    assert pay(link.link_url).status_code == 303
    attempts = query(gateway, "LINK_RETRY").pay_by_link_info
    assert attempts
    assert [a.status for a in attempts] == [PayByLinkPaymentStatus.CLOSE, PayByLinkPaymentStatus.SUCCESS]
    notification: PayByLinkNotification = gateway.wait_for(
        lambda: next((n for n in gateway.notifications("PAYBYLINK") if isinstance(n, PayByLinkNotification)), None)
    )
    assert notification.data
    assert [p.status for p in notification.data.pay_by_link_info] == [PayByLinkPaymentStatus.SUCCESS]

    def payments() -> list[str]:  # the failed order and the paid one
        found = [n for n in gateway.notifications("PAYMENT") if isinstance(n, PaymentNotification)]
        return sorted(n.data.status for n in found if n.data.reference == "LINK_RETRY")

    assert gateway.wait_for(lambda: len(payments()) == 2)
    assert payments() == ["FAILED", "SUCCESS"]


def test_two_payers_at_once_pay_a_one_time_link_once(gateway: Gateway) -> None:
    link = create(gateway, "LINK_RACE")
    statuses: list[int] = []

    def attempt() -> None:
        statuses.append(httpx.post(link.link_url, data={"action": "pay"}, timeout=10).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [303, 409, 409, 409]
    attempts = query(gateway, "LINK_RACE").pay_by_link_info
    assert attempts
    assert [a.status for a in attempts].count(PayByLinkPaymentStatus.SUCCESS) == 1


def test_expired_link_refuses_payment(gateway: Gateway) -> None:
    link = create(gateway, "LINK_ENDED")
    ended = expire(gateway, "LINK_ENDED")
    assert (ended.link_id, ended.link_status) == (link.link_id, PayByLinkStatus.EXPIRED)
    assert at(ended.expires_at) < at(link.expires_at)
    assert at(ended.expires_at) <= gateway.emulator.clock.now()
    assert (ended.link_url, ended.qr_code_url) == (link.link_url, link.qr_code_url)

    page = httpx.get(link.link_url)
    assert "has expired" in page.text
    assert "value='pay'" not in page.text
    refused = httpx.post(link.link_url, data={"action": "pay"})
    assert refused.status_code == 410
    found = query(gateway, "LINK_ENDED")
    assert found.link_status is PayByLinkStatus.EXPIRED
    assert found.pay_by_link_info == []

    again = expire(gateway, "LINK_ENDED")  # idempotent
    assert (again.link_status, again.expires_at) == (PayByLinkStatus.EXPIRED, ended.expires_at)


def test_link_expires_when_its_time_passes(gateway: Gateway) -> None:
    link = create(gateway, "LINK_HOUR", expires_time="3600")
    assert at(link.expires_at) - gateway.emulator.clock.now() <= timedelta(hours=1)
    gateway.control("POST", "/clock/advance", {"seconds": 3590})
    assert query(gateway, "LINK_HOUR").link_status is PayByLinkStatus.ACTIVE
    gateway.control("POST", "/clock/advance", {"seconds": 11})
    assert query(gateway, "LINK_HOUR").link_status is PayByLinkStatus.EXPIRED
    assert httpx.post(link.link_url, data={"action": "pay"}).status_code == 410

    def written() -> bool:  # the background worker records the expiry, without any request
        rows = gateway.emulator.db.read("SELECT status FROM pay_by_link_links WHERE link_id = ?", (link.link_id,))
        return bool(rows[0]["status"] == "EXPIRED")

    gateway.wait_for(written)


def test_duplicate_merchant_link_id_is_refused(gateway: Gateway) -> None:
    first = create(gateway, "LINK_DUP")
    with pytest.raises(DuplicateRequestError) as refused:
        create(gateway, "LINK_DUP", total_amount=Decimal("5000"))
    assert refused.value.code == "ORDER_REPEAT"
    assert query(gateway, "LINK_DUP").link_id == first.link_id
    assert query(gateway, "LINK_DUP").total_amount == Decimal("400000")


@pytest.mark.parametrize("operation", ["query", "expire"])
def test_unknown_link(gateway: Gateway, operation: str) -> None:
    with pytest.raises(NotFoundError) as refused:
        query(gateway, "LINK_NONE") if operation == "query" else expire(gateway, "LINK_NONE")
    assert refused.value.code == "ORDER_NOT_EXIST"
    assert httpx.get(f"{gateway.url}/link/BYL_UNKNOWN").status_code == 404


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"expires_time": "3599"}, "PARAMS_INVALID"),
        ({"expires_time": "2592001"}, "PARAMS_INVALID"),
        ({"total_amount": Decimal("100.5")}, "AMOUNT_INVALID"),
        ({"currency": "USD", "total_amount": Decimal("10.999")}, "AMOUNT_INVALID"),
        ({"total_amount": Decimal("0")}, "AMOUNT_INVALID"),
    ],
    ids=["too-short", "too-long", "idr-decimals", "usd-three-decimals", "zero"],
)
def test_invalid_links_are_refused(gateway: Gateway, changes: dict[str, Any], code: str) -> None:
    with pytest.raises(InvalidRequestError) as refused:
        create(gateway, "LINK_BAD", **changes)
    assert refused.value.code == code
    with pytest.raises(ApiError):
        query(gateway, "LINK_BAD")


def test_longest_lifetime_is_thirty_days(gateway: Gateway) -> None:
    before = gateway.emulator.clock.now()
    link = create(gateway, "LINK_MONTH", expires_time="2592000", currency="USD", total_amount=Decimal("12.50"))
    assert timedelta(days=30) <= at(link.expires_at) - before < timedelta(days=30, seconds=5)
    assert query(gateway, "LINK_MONTH").total_amount == Decimal("12.50")

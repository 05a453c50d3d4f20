"""Disputes end to end: cases opened on paid orders, looked up, answered, decided, and their notifications."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client import Client
from payermax_client.api.collection import order_and_pay
from payermax_client.api.disputes import case_replay, case_search
from payermax_client.models import (
    CaseReplayRequest,
    CaseReplayResult,
    CaseSearchRequest,
    CaseSearchResult,
    DisputeCaseResult,
    DisputeStatus,
    HostedCheckoutOrderRequest,
)
from payermax_client.types import UNSET, Unset
from payermax_signing import InvalidRequestError, NotFoundError, OrderStateError
from tests.support.accounts import ACQ, balances, paid_order
from tests.support.gateway import Gateway

EVIDENCE = ["https://files.shop.example.com/disputes/proof-of-delivery.PDF"]

# ------------------------------------------------------------------------------------------- helpers


def open_case(gateway: Gateway, out_trade_no: str, **extra: Any) -> dict[str, Any]:
    case: dict[str, Any] = gateway.control("POST", "/disputes", {"outTradeNo": out_trade_no, **extra})
    return case


def search(client: Client, case_id: str) -> CaseSearchResult:
    answer = case_search.sync(client=client, body=CaseSearchRequest(case_id=case_id))
    assert answer is not None
    assert isinstance(answer.data, CaseSearchResult)
    return answer.data


def reply(
    client: Client, *, case_id: str | None = None, batch_id: str | None = None, user: str = "buyer-7"
) -> CaseReplayResult:
    request = CaseReplayRequest(
        out_user_id=user,
        response_content="Delivered on 2024-05-30; signed proof of delivery attached.",
        representment_file=EVIDENCE,
    )
    if case_id is not None:
        request.case_id = case_id
    if batch_id is not None:
        request.batch_id = batch_id
    answer = case_replay.sync(client=client, body=request)
    assert answer is not None
    assert isinstance(answer.data, CaseReplayResult)
    return answer.data


def control_refusal(gateway: Gateway, path: str, body: dict[str, Any]) -> tuple[int, str]:
    response = httpx.post(f"{gateway.url}/emulator{path}", json=body, timeout=10)
    return response.status_code, str(response.json()["code"])


def received(gateway: Gateway, count: int, *case_ids: str) -> list[Any]:
    """The dispute notifications received about these cases (any notifyType), once ``count`` have arrived.

    Filtered by case: a delivery still in flight from an earlier test may reach the endpoint after its reset."""
    kinds = ("CHARGEBACK", "DISPUTE", "FRAUD", "CUSTOMER_COMPLAINT")

    def arrived() -> list[Any]:
        found = [n for n in gateway.notifications() if n.notify_type in kinds and n.data.case_id in case_ids]
        return found if len(found) >= count else []

    found: list[Any] = gateway.wait_for(arrived)
    return found


def queued(gateway: Gateway) -> list[dict[str, Any]]:
    """Every dispute notification the emulator queued, each checked against the spec."""
    validator = gateway.emulator.spec.schema_validator("DisputeNotification")
    payloads = [item["payload"] for item in gateway.control("GET", "/notifications") if item["type"] != "PAYMENT"]
    for payload in payloads:
        assert not [error.message for error in validator.iter_errors(payload)]
    return payloads


# --------------------------------------------------------------------------------------------- tests


def test_opened_case_is_notified_and_searchable(gateway: Gateway) -> None:
    client = gateway.client()
    order = paid_order(client, "DSP_OPEN_1", "74.99")
    case = open_case(gateway, "DSP_OPEN_1", fee="15.00")
    assert case["status"] == "DISPUTE_INQUIRY"

    found = search(client, case["caseId"])
    assert found.status == DisputeStatus.DISPUTE_INQUIRY
    assert (found.out_trade_no, found.trade_token, found.out_user_id) == ("DSP_OPEN_1", order.trade_token, "buyer-7")
    assert (found.amount, found.fee, found.total_amount, found.currency) == (
        Decimal("74.99"),
        Decimal("15.00"),
        Decimal("89.99"),
        "USD",
    )
    assert (found.origin_trade_amount, found.origin_trade_currency) == (Decimal("74.99"), "USD")
    assert date.fromisoformat(found.expiration_date) == date.fromisoformat(found.retrieval_date) + timedelta(days=7)
    assert isinstance(found.case_result, Unset)  # null until decided

    (notification,) = received(gateway, 1, case["caseId"])
    assert notification.notify_type == "CHARGEBACK"
    assert notification.version == "1.5"
    data = notification.data
    assert (data.case_id, data.status, data.reason_code) == (case["caseId"], DisputeStatus.DISPUTE_INQUIRY, "10.4")
    assert (data.card_org, data.payment_method_type, data.trade_country) == ("VISA", "CARD", "US")
    assert data.product_desc == "Annual subscription"
    assert len(queued(gateway)) == 1
    assert balances(client) == {(ACQ, "USD"): Decimal("74.99")}  # nothing is taken while the case is open


def test_cases_open_only_on_paid_orders(gateway: Gateway) -> None:
    client = gateway.client()
    hosted = HostedCheckoutOrderRequest(out_trade_no="DSP_UNPAID", subject="Tee", total_amount=Decimal("10"),
                                        currency="USD", user_id="buyer-7",
                                        front_callback_url="https://shop.example.com/return")  # fmt: skip
    order_and_pay.sync(client=client, body=hosted)
    paid_order(client, "DSP_PAID", "20.00")
    assert control_refusal(gateway, "/disputes", {"outTradeNo": "DSP_UNPAID"}) == (409, "ORDER_CLOSED")
    assert control_refusal(gateway, "/disputes", {"outTradeNo": "DSP_NOBODY"}) == (404, "ORDER_NOT_EXIST")
    invalid: list[dict[str, Any]] = [
        {},
        {"outTradeNo": "DSP_PAID", "amount": "20.01"},  # more than the order
        {"outTradeNo": "DSP_PAID", "amount": "1.001"},  # more decimals than USD has
        {"outTradeNo": "DSP_PAID", "type": "GRUMBLE"},
        {"outTradeNo": "DSP_PAID", "batchId": "B" * 65},
    ]
    for body in invalid:
        assert control_refusal(gateway, "/disputes", body) == (400, "PARAMS_INVALID")
    with pytest.raises(NotFoundError) as caught:
        search(client, "O20990101000000000000000001")
    assert caught.value.code == "ORDER_NOT_EXIST"


def test_reply_moves_the_case_to_received_and_notifies_once(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "DSP_REPLY", "30.00")
    case_id = open_case(gateway, "DSP_REPLY", type="DISPUTE")["caseId"]
    result = reply(client, case_id=case_id)
    assert (result.success_case_ids, result.fail_case_ids) == ([case_id], [])
    assert search(client, case_id).status == DisputeStatus.DISPUTE_RECEIVED
    notifications = received(gateway, 2, case_id)
    assert sorted((n.notify_type, str(n.data.status)) for n in notifications) == [
        ("DISPUTE", "DISPUTE_INQUIRY"),
        ("DISPUTE", "DISPUTE_RECEIVED"),
    ]
    assert {n.data.reason_message for n in notifications} == {"Merchandise/Services Not Received"}

    assert reply(client, case_id=case_id).success_case_ids == [case_id]  # more evidence, same status
    assert search(client, case_id).status == DisputeStatus.DISPUTE_RECEIVED
    assert [p["data"]["status"] for p in queued(gateway)] == ["DISPUTE_INQUIRY", "DISPUTE_RECEIVED"]  # queue order


def test_replies_that_are_refused(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "DSP_REFUSED", "30.00")
    case_id = open_case(gateway, "DSP_REFUSED")["caseId"]
    with pytest.raises(NotFoundError):
        reply(client, case_id="O20990101000000000000000001")
    with pytest.raises(InvalidRequestError, match="outUserId"):
        reply(client, case_id=case_id, user="somebody-else")
    with pytest.raises(InvalidRequestError, match="not both"):
        reply(client, case_id=case_id, batch_id="P20240101")
    with pytest.raises(InvalidRequestError) as caught:
        reply(client, case_id="")
    assert caught.value.code == "PARAMS_INVALID"
    reply(client, case_id=case_id)
    gateway.control("POST", "/clock/advance", {"seconds": 8 * 86400})
    with pytest.raises(OrderStateError, match="reply period") as late:
        reply(client, case_id=case_id)
    assert late.value.code == "ORDER_CLOSED"
    gateway.control("POST", f"/disputes/{case_id}/resolve", {"result": "WIN"})
    with pytest.raises(OrderStateError, match="CASE_CLOSED"):
        reply(client, case_id=case_id)


def test_lost_case_debits_acquiring_and_notifies(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "DSP_LOST", "74.99")
    case_id = open_case(gateway, "DSP_LOST", fee="15.00")["caseId"]
    reply(client, case_id=case_id)
    gateway.control("POST", f"/disputes/{case_id}/review", {})
    assert search(client, case_id).status == DisputeStatus.DISPUTE_END
    with pytest.raises(OrderStateError):
        reply(client, case_id=case_id)
    closed = gateway.control("POST", f"/disputes/{case_id}/resolve", {"result": "FAIL"})
    assert (closed["status"], closed["caseResult"]) == ("CASE_CLOSED", "FAIL")
    found = search(client, case_id)
    assert (found.status, str(found.case_result)) == (DisputeStatus.CASE_CLOSED, "FAIL")
    assert balances(client) == {(ACQ, "USD"): Decimal("-15.00")}  # 74.99 - (74.99 + 15.00)
    results = {str(n.data.status): n.data.case_result for n in received(gateway, 4, case_id)}
    assert results == {
        "DISPUTE_INQUIRY": UNSET,
        "DISPUTE_RECEIVED": UNSET,
        "DISPUTE_END": UNSET,
        "CASE_CLOSED": DisputeCaseResult.FAIL,
    }
    assert control_refusal(gateway, f"/disputes/{case_id}/resolve", {"result": "WIN"}) == (409, "ORDER_CLOSED")
    assert control_refusal(gateway, f"/disputes/{case_id}/resolve", {"result": "DRAW"}) == (400, "PARAMS_INVALID")
    assert len(queued(gateway)) == 4


def test_won_or_cancelled_cases_leave_the_money(gateway: Gateway) -> None:
    client = gateway.client()
    order = paid_order(client, "DSP_WON", "40.00")
    paid_order(client, "DSP_CANCEL", "60.00")
    by_token = {"tradeToken": order.trade_token, "amount": "10.00", "type": "FRAUD"}
    won = gateway.control("POST", "/disputes", by_token)["caseId"]
    cancelled = open_case(gateway, "DSP_CANCEL", type="CUSTOMER_COMPLAINT")["caseId"]
    gateway.control("POST", f"/disputes/{won}/resolve", {"result": "WIN"})
    gateway.control("POST", f"/disputes/{cancelled}/cancel", {})
    assert str(search(client, won).case_result) == "WIN"
    assert search(client, cancelled).status == DisputeStatus.CASE_CANCEL
    assert balances(client) == {(ACQ, "USD"): Decimal("100.00")}
    kinds = sorted((n.notify_type, str(n.data.status)) for n in received(gateway, 4, won, cancelled))
    assert kinds == [
        ("CUSTOMER_COMPLAINT", "CASE_CANCEL"),
        ("CUSTOMER_COMPLAINT", "DISPUTE_INQUIRY"),
        ("FRAUD", "CASE_CLOSED"),
        ("FRAUD", "DISPUTE_INQUIRY"),
    ]
    assert search(client, won).amount == Decimal("10.00")


def test_batch_reply_answers_every_open_case_of_the_batch(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "DSP_BATCH_1", "10.00")
    paid_order(client, "DSP_BATCH_2", "20.00")
    first = open_case(gateway, "DSP_BATCH_1", batchId="P20240607104937")["caseId"]
    second = open_case(gateway, "DSP_BATCH_2", batchId="P20240607104937")["caseId"]
    assert search(client, first).batch_id == "P20240607104937"
    gateway.control("POST", f"/disputes/{second}/cancel", {})
    result = reply(client, batch_id="P20240607104937")
    assert (result.success_case_ids, result.fail_case_ids) == ([first], [second])
    assert search(client, first).status == DisputeStatus.DISPUTE_RECEIVED
    with pytest.raises(NotFoundError):
        reply(client, batch_id="P19990101000000")


def test_unanswered_case_is_lost_after_its_expiration_date(gateway: Gateway) -> None:
    client = gateway.client()
    paid_order(client, "DSP_SILENT", "50.00")
    case_id = open_case(gateway, "DSP_SILENT")["caseId"]
    gateway.control("POST", "/clock/advance", {"seconds": 8 * 86400})
    gateway.wait_for(lambda: search(client, case_id).status == DisputeStatus.CASE_CLOSED)
    assert str(search(client, case_id).case_result) == "FAIL"
    assert balances(client) == {}  # 50.00 in, 50.00 out: a zero balance is not listed
    results = {str(n.data.status): n.data.case_result for n in received(gateway, 2, case_id)}
    assert results == {"DISPUTE_INQUIRY": UNSET, "CASE_CLOSED": DisputeCaseResult.FAIL}

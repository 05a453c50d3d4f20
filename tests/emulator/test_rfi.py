"""Requests for information over real sockets: opened on a payout, a virtual-account receipt or an order,
notified (without notifyType), answered with putRfiMaterialList, decided by the reviewer, closed at the
deadline - and the orders following them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client.api.payouts import payment_order_pay, payment_order_qry
from payermax_client.api.rfi import put_rfi_material_list
from payermax_client.models import (
    PaymentOrderQryRequest,
    PaymentOrderQryResult,
    PayoutStatus,
    PutRfiMaterialListRequest,
    RfiBusinessType,
    RfiFilePathType,
    RfiMaterial,
    RfiNotification,
    RfiStatus,
    VirtualAccountNotification,
    VirtualAccountReceiptStatus,
)
from payermax_client.types import Unset
from payermax_signing import InvalidRequestError, NotFoundError, OrderStateError
from tests.support.accounts import DISB, balances, paid_order
from tests.support.builders import payout
from tests.support.funds import balance_notifications, payloads_follow_the_spec
from tests.support.gateway import Gateway

ID_FILE = RfiMaterial(field_name="ID", field_value="https://files.example.com/rfi/id.zip")
SOURCE = RfiMaterial(field_name="SOURCE_OF_FUNDS", field_value="Game-credit sales of March")


def rfi_notifications(gateway: Gateway, count: int) -> list[RfiNotification]:
    def received() -> list[RfiNotification]:
        return [n for n in gateway.endpoint.received if isinstance(n, RfiNotification)]

    gateway.wait_for(lambda: len(received()) >= count)
    found = received()
    assert len(found) == count, [n.data.status for n in found]
    return found


def supply(gateway: Gateway, rfi_no: str, *materials: RfiMaterial) -> bool:
    body = PutRfiMaterialListRequest(rfi_no=rfi_no, material_list=list(materials))
    answer = put_rfi_material_list.sync(client=gateway.client(), body=body)
    assert answer is not None and isinstance(answer.data, bool)
    return answer.data


def pending_payout(gateway: Gateway, out_trade_no: str) -> str:
    gateway.control("POST", "/balances", {"accountType": DISB, "currency": "USD", "amount": "100.00"})
    answer = payment_order_pay.sync(client=gateway.client(), body=payout(out_trade_no, "60.00"))
    assert answer is not None and not isinstance(answer.data, Unset | None)
    return str(answer.data.trade_no)


def payout_state(gateway: Gateway, out_trade_no: str) -> tuple[str, str | None]:
    answer = payment_order_qry.sync(client=gateway.client(), body=PaymentOrderQryRequest(out_trade_no=out_trade_no))
    assert answer is not None and isinstance(answer.data, PaymentOrderQryResult)
    sub = answer.data.sub_status
    return str(answer.data.status), (None if isinstance(sub, Unset) else str(sub))


def control_refusal(gateway: Gateway, path: str, body: dict[str, Any]) -> tuple[int, str, str]:
    with pytest.raises(httpx.HTTPStatusError) as refused:
        gateway.control("POST", path, body)
    answer = refused.value.response.json()
    return refused.value.response.status_code, answer["code"], answer["msg"]


def test_a_payout_is_held_by_its_rfi_until_the_materials_pass(gateway: Gateway) -> None:
    trade_no = pending_payout(gateway, "RFI_PO_1")
    opened = gateway.control("POST", "/rfis", {"businessType": "PAYMENT", "orders": ["RFI_PO_1"]})
    assert (opened["status"], opened["relateOrderId"], opened["materialsReceived"]) == ("REVIEW", [trade_no], [])
    (first,) = rfi_notifications(gateway, 1)
    assert first.data.rfi_no == opened["rfiNo"]
    assert (first.data.status, first.data.business_type) == (RfiStatus.REVIEW, RfiBusinessType.PAYMENT)
    assert not isinstance(first.data.material_list, Unset)
    assert [(m.field_name, m.field_type) for m in first.data.material_list] == [
        ("ID", "file"),
        ("SOURCE_OF_FUNDS", "String"),
    ]
    assert (first.version, first.merchant_no) == ("1.4", gateway.credentials.merchant_no)
    assert payout_state(gateway, "RFI_PO_1") == ("PENDING", "PEND_RFI_MATERIAL")

    assert supply(gateway, opened["rfiNo"], ID_FILE) is True
    assert payout_state(gateway, "RFI_PO_1") == ("PENDING", "PEND_RFI_MATERIAL")  # one material still missing
    assert supply(gateway, opened["rfiNo"], SOURCE) is True
    assert payout_state(gateway, "RFI_PO_1") == ("PENDING", "REVIEW")
    view = gateway.control("GET", f"/rfis/{opened['rfiNo']}")
    assert view["materialsReceived"] == ["ID", "SOURCE_OF_FUNDS"]
    assert "Game-credit" not in str(view) and "files.example.com" not in str(view)

    assert gateway.control("POST", f"/rfis/{opened['rfiNo']}/pass", {})["status"] == "PASS"
    statuses = {n.data.status for n in rfi_notifications(gateway, 2)}
    assert statuses == {RfiStatus.REVIEW, RfiStatus.PASS}  # the materials themselves are not notified
    assert payout_state(gateway, "RFI_PO_1") == ("PENDING", "TRANSMIT")
    gateway.control("POST", "/payouts/RFI_PO_1/settle", {})
    assert payout_state(gateway, "RFI_PO_1")[0] == PayoutStatus.SUCCESS
    assert payloads_follow_the_spec(gateway, "RFI", "RfiNotification") == 2
    with pytest.raises(OrderStateError):
        supply(gateway, opened["rfiNo"], ID_FILE)


def test_a_held_receipt_sent_back_then_refused_is_rejected(gateway: Gateway) -> None:
    held = gateway.control(
        "POST",
        "/virtual-accounts/700100003318/receipts",
        {"amount": "900.00", "currency": "PHP", "status": "TO_BE_PROVED"},
    )
    body = {
        "businessType": "VA_PAYMENT",
        "orders": [held["requestNo"]],
        "materials": [{"fieldName": "INVOICE", "fieldType": "file"}],
    }
    rfi_no = gateway.control("POST", "/rfis", body)["rfiNo"]
    sftp = RfiMaterial(field_name="INVOICE", field_value="/risk/rfi/invoice.pdf", file_path_type=RfiFilePathType.SFTP)
    supply(gateway, rfi_no, sftp)
    assert gateway.control("POST", f"/rfis/{rfi_no}/reject", {"remark": "Unreadable scan."})["status"] == "REJECT"
    supply(gateway, rfi_no, sftp)  # sent again: back under review, notified
    gateway.control("POST", f"/rfis/{rfi_no}/close", {})
    notes = rfi_notifications(gateway, 4)  # delivered concurrently: they may arrive in any order
    assert sorted(n.data.status for n in notes) == sorted(
        [RfiStatus.REVIEW, RfiStatus.REJECT, RfiStatus.REVIEW, RfiStatus.CLOSE]
    )
    queued = [m["payload"]["data"] for m in gateway.emulator.outbox.notifications(type="RFI")]
    assert [data["status"] for data in queued] == ["REVIEW", "REJECT", "REVIEW", "CLOSE"]
    assert queued[1]["remark"] == "Unreadable scan."

    def receipt_states() -> list[VirtualAccountReceiptStatus]:
        return [n.data.status for n in gateway.endpoint.received if isinstance(n, VirtualAccountNotification)]

    gateway.wait_for(lambda: len(receipt_states()) == 2)
    assert set(receipt_states()) == {VirtualAccountReceiptStatus.TO_BE_PROVED, VirtualAccountReceiptStatus.REJECTED}
    assert balances(gateway.client()) == {}


def test_a_held_receipt_whose_rfi_passes_is_credited(gateway: Gateway) -> None:
    held = gateway.control(
        "POST",
        "/virtual-accounts/700100003318/receipts",
        {"amount": "900.00", "currency": "PHP", "status": "TO_BE_PROVED"},
    )
    rfi_no = gateway.control("POST", "/rfis", {"businessType": "VA_PAYMENT", "orders": [held["requestNo"]]})["rfiNo"]
    supply(gateway, rfi_no, ID_FILE, SOURCE)
    gateway.control("POST", f"/rfis/{rfi_no}/pass", {})
    (deposit,) = balance_notifications(gateway, 1)
    assert deposit.data.related_trade_no == held["requestNo"]
    assert balances(gateway.client()) == {(DISB, "PHP"): Decimal("900.00")}


def test_an_rfi_on_a_collection_order_leaves_the_order_alone(gateway: Gateway) -> None:
    order = paid_order(gateway.client(), "RFI_ORDER_1", "20.00")
    opened = gateway.control("POST", "/rfis", {"businessType": "RECEIPT", "orders": ["RFI_ORDER_1"], "remark": "KYC"})
    assert (opened["relateOrderId"], opened["remark"]) == ([order.trade_token], "KYC")
    gateway.control("POST", f"/rfis/{opened['rfiNo']}/close", {})
    assert {n.data.status for n in rfi_notifications(gateway, 2)} == {RfiStatus.REVIEW, RfiStatus.CLOSE}
    assert [n.data.status for n in gateway.notifications("PAYMENT")] == ["SUCCESS"]


def test_the_deadline_closes_an_unanswered_rfi_and_fails_its_payout(gateway: Gateway) -> None:
    pending_payout(gateway, "RFI_PO_LATE")
    rfi_no = gateway.control("POST", "/rfis", {"businessType": "PAYMENT", "orders": ["RFI_PO_LATE"], "days": 2})[
        "rfiNo"
    ]
    gateway.control("POST", "/clock/advance", {"seconds": 2 * 86400 + 1})
    with pytest.raises(OrderStateError):
        supply(gateway, rfi_no, ID_FILE, SOURCE)
    gateway.wait_for(lambda: gateway.control("GET", f"/rfis/{rfi_no}")["status"] == "CLOSE")
    assert {n.data.status for n in rfi_notifications(gateway, 2)} == {RfiStatus.REVIEW, RfiStatus.CLOSE}
    assert payout_state(gateway, "RFI_PO_LATE") == ("FAILED", None)
    assert balances(gateway.client()) == {(DISB, "USD"): Decimal("100.00")}  # the payout's money came back


def test_materials_under_review_are_not_closed_at_the_deadline(gateway: Gateway) -> None:
    pending_payout(gateway, "RFI_PO_SLOW")
    rfi_no = gateway.control("POST", "/rfis", {"businessType": "PAYMENT", "orders": ["RFI_PO_SLOW"], "days": 1})[
        "rfiNo"
    ]
    supply(gateway, rfi_no, ID_FILE, SOURCE)
    gateway.control("POST", "/clock/advance", {"seconds": 3 * 86400})
    gateway.emulator.sweep()
    assert gateway.control("GET", f"/rfis/{rfi_no}")["status"] == "REVIEW"
    assert payout_state(gateway, "RFI_PO_SLOW") == ("PENDING", "REVIEW")


@pytest.mark.parametrize(
    ("material", "field"),
    [
        (RfiMaterial(field_name="PASSPORT", field_value="https://x.example/p.pdf"), "data.materialList[0].fieldName"),
        (RfiMaterial(field_name="ID", field_value="id.zip"), "data.materialList[0].fieldValue"),
        (
            RfiMaterial(field_name="ID", field_value="https://x.example/id.zip", file_path_type=RfiFilePathType.SFTP),
            "data.materialList[0].fieldValue",
        ),
    ],
)
def test_material_refusals_name_the_material(gateway: Gateway, material: RfiMaterial, field: str) -> None:
    pending_payout(gateway, "RFI_PO_BAD")
    rfi_no = gateway.control("POST", "/rfis", {"businessType": "PAYMENT", "orders": ["RFI_PO_BAD"]})["rfiNo"]
    with pytest.raises(InvalidRequestError) as refused:
        supply(gateway, rfi_no, material)
    assert field in refused.value.msg
    assert material.field_value not in refused.value.msg


def test_unknown_rfi_and_unknown_orders_are_not_found(gateway: Gateway) -> None:
    with pytest.raises(NotFoundError):
        supply(gateway, "RFI_NEVER", ID_FILE)
    assert control_refusal(gateway, "/rfis", {"businessType": "PAYMENT", "orders": ["NOPE"]})[:2] == (
        404,
        "ORDER_NOT_EXIST",
    )
    assert control_refusal(gateway, "/rfis", {"businessType": "LOAN", "orders": ["X"]})[:2] == (400, "PARAMS_INVALID")
    assert control_refusal(gateway, "/rfis", {"businessType": "RECEIPT", "orders": []})[:2] == (400, "PARAMS_INVALID")


def test_the_rfi_notification_can_be_resent(gateway: Gateway) -> None:
    """It has no notifyType, code or msg: the dashboard's resend queues the same body with a fresh notifyTime."""
    paid_order(gateway.client(), "RFI_RESEND_1", "20.00")
    gateway.control("POST", "/rfis", {"businessType": "RECEIPT", "orders": ["RFI_RESEND_1"]})
    rfi_notifications(gateway, 1)
    attempts = gateway.endpoint.attempts
    listed = gateway.control("GET", "/notifications?type=RFI")
    resent = gateway.control("POST", f"/notifications/{listed[0]['id']}/resend")
    again = gateway.control("GET", "/notifications?type=RFI")[1]
    assert resent["notification"] == again["id"] and "notifyType" not in again["payload"]
    assert {k: v for k, v in again["payload"].items() if k != "notifyTime"} == {
        k: v for k, v in listed[0]["payload"].items() if k != "notifyTime"
    }
    gateway.wait_for(lambda: gateway.endpoint.attempts > attempts)  # delivered again (a duplicate to the merchant)

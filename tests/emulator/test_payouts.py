"""Payouts end to end: payee checks, payout orders, their settlement, bounce-backs, queries and notifications."""

from __future__ import annotations

import concurrent.futures
import re
from datetime import UTC, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client import Client
from payermax_client.api.balances import current_balance_query
from payermax_client.api.payouts import (
    payment_field_validation,
    payment_order_batch_qry,
    payment_order_pay,
    payment_order_qry,
)
from payermax_client.models import (
    BalanceAccountType,
    CurrentBalanceQueryRequest,
    CurrentBalanceQueryResult,
    PaymentFieldValidationRequest,
    PaymentFieldValidationResult,
    PaymentOrderBatchQryRequest,
    PaymentOrderBatchQryResult,
    PaymentOrderPayRequest,
    PaymentOrderPayResult,
    PaymentOrderQryRequest,
    PaymentOrderQryResult,
    PayoutPayeeAccountToValidate,
    PayoutPayeeName,
    PayoutPayeeToValidate,
    PayoutStatus,
)
from payermax_client.types import Unset
from payermax_signing import DuplicateRequestError, InsufficientBalanceError, InvalidRequestError, NotFoundError
from tests.support.builders import payout
from tests.support.gateway import Gateway

# ------------------------------------------------------------------------------------------- helpers


def pay(client: Client, request: PaymentOrderPayRequest) -> PaymentOrderPayResult:
    answer = payment_order_pay.sync(client=client, body=request)
    assert answer is not None
    assert isinstance(answer.data, PaymentOrderPayResult)
    return answer.data


def query(client: Client, out_trade_no: str) -> PaymentOrderQryResult:
    answer = payment_order_qry.sync(client=client, body=PaymentOrderQryRequest(out_trade_no=out_trade_no))
    assert answer is not None
    assert isinstance(answer.data, PaymentOrderQryResult)
    return answer.data


def validate(client: Client, request: PaymentFieldValidationRequest) -> PaymentFieldValidationResult:
    answer = payment_field_validation.sync(client=client, body=request)
    assert answer is not None
    assert isinstance(answer.data, PaymentFieldValidationResult)
    return answer.data


def batch(client: Client, request: PaymentOrderBatchQryRequest) -> PaymentOrderBatchQryResult:
    answer = payment_order_batch_qry.sync(client=client, body=request)
    assert answer is not None
    assert isinstance(answer.data, PaymentOrderBatchQryResult)
    return answer.data


def fund(gateway: Gateway, amount: str, currency: str = "USD") -> None:
    gateway.control("POST", "/balances", {"accountType": "DISBURSEMENT", "currency": currency, "amount": amount})


def disbursement(gateway: Gateway, currency: str = "USD") -> Decimal:
    body = CurrentBalanceQueryRequest(
        plain_sign=True, account_type=[BalanceAccountType.DISBURSEMENT], account_currency=[currency]
    )
    answer = current_balance_query.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert isinstance(answer.data, CurrentBalanceQueryResult)
    (row,) = answer.data.account_real_time_types
    return row.balance


def control_refusal(gateway: Gateway, path: str, body: dict[str, Any] | None = None) -> tuple[int, str]:
    response = httpx.post(f"{gateway.url}/emulator{path}", json=body or {}, timeout=10)
    return response.status_code, str(response.json()["code"])


def sent(gateway: Gateway, kind: str) -> list[dict[str, Any]]:
    """The notifications of one type as the emulator sent them, each checked against the spec."""
    payloads = [item["payload"] for item in gateway.control("GET", f"/notifications?type={kind}")]
    validator = gateway.emulator.spec.schema_validator("PayoutNotification")
    for payload in payloads:
        assert not [error.message for error in validator.iter_errors(payload)]
    return payloads


def received(gateway: Gateway, out_trade_no: str, count: int) -> list[Any]:
    """The PAYOUT notifications received about one payout, once ``count`` have arrived (filtered: a delivery
    still in flight from an earlier test may reach the endpoint after its reset)."""

    def arrived() -> list[Any]:
        found = [n for n in gateway.notifications("PAYOUT") if n.data.out_trade_no == out_trade_no]
        return found if len(found) >= count else []

    found: list[Any] = gateway.wait_for(arrived)
    return found


def received_statuses(gateway: Gateway, out_trade_no: str, count: int) -> list[str]:
    return sorted(str(n.data.status) for n in received(gateway, out_trade_no, count))


# -------------------------------------------------------------------------------- paymentFieldValidation


def test_valid_payee_passes_and_nothing_is_stored(gateway: Gateway) -> None:
    request = PaymentFieldValidationRequest(
        country="ID",
        source_account="USD",
        destination_currency="IDR",
        payee_info=PayoutPayeeToValidate(
            payment_method_type="BANK_TRANSFER",
            target_org="BCA",
            account_info=PayoutPayeeAccountToValidate(account_no="8730155421"),
            name=PayoutPayeeName(first_name="Siti", last_name="Rahmawati", full_name="Siti Rahmawati"),
            payee_phone="6281234567890",
            email="siti.rahmawati@example.com",
            birth_date="1994-06-21",
        ),
        remark="Seller settlement",
    )
    result = validate(gateway.client(), request)
    assert result.validation_code == "PASS"
    assert result.validation_failed_fields == []
    passed = {item.field for item in result.validation_passed_fields}
    assert {"payeeInfo.accountInfo.accountNo", "payeeInfo.name.fullName", "payeeInfo.email"} <= passed
    assert [item.field for item in result.ignored_fields] == ["remark"]
    assert gateway.emulator.db.read("SELECT COUNT(*) AS n FROM payouts")[0]["n"] == 0


def test_failed_fields_are_listed_with_their_reasons(gateway: Gateway) -> None:
    request = PaymentFieldValidationRequest(
        country="ID",
        payee_info=PayoutPayeeToValidate(
            payment_method_type="WALLET",
            account_info=PayoutPayeeAccountToValidate(account_no="0812-ABC"),
            payee_phone="+62 812",
            email="not-an-email",
        ),
    )
    result = validate(gateway.client(), request)
    assert result.validation_code == "PARAMS_INVALID"
    failed = {item.field: item.error_msg for item in result.validation_failed_fields}
    assert failed == {
        "payeeInfo.targetOrg": "Please enter the targetOrg: WALLET payouts name the receiving institution.",
        "payeeInfo.accountInfo.accountNo": "Please enter numbers.",
        "payeeInfo.name.fullName": "Please enter the payee's full name (or first and last name).",
        "payeeInfo.payeePhone": "The payeeInfo.payeePhone format is incorrect.",
        "payeeInfo.email": "The payeeInfo.email format is incorrect.",
    }


ACCOUNT = "payeeInfo.accountInfo.accountNo"


@pytest.mark.parametrize(
    ("country", "method", "target_org", "account", "failed"),
    [
        ("ID", "BANK_TRANSFER", "BCA", "1234567", {ACCOUNT: "The account number must have 8 to 16 digits."}),
        ("PH", "BANK_TRANSFER", None, "123456789", {ACCOUNT: "The account number must have 10 to 16 digits."}),
        ("TH", "BANK_TRANSFER", None, "1234567890123", {ACCOUNT: "The account number must have 10 to 12 digits."}),
        ("SA", "BANK_TRANSFER", None, "SA0380000000608010167518",
         {ACCOUNT: "Please enter a valid IBAN: 24 characters starting with SA."}),
        ("US", "CARD", None, "4111111111111112", {ACCOUNT: "The card number is invalid."}),
        ("PH", "WALLET", "DANA", "09171234567", {"payeeInfo.targetOrg": "The targetOrg is incorrect."}),
        ("PH", "WALLET", "GCASH", "0917123", {ACCOUNT: "The account number must have 8 to 15 digits."}),
        ("PH", "WALLET", "GCASH", "09171234567", {}),
        ("ID", "BANK_TRANSFER", "BCA", "8730155421", {}),
        ("SA", "BANK_TRANSFER", None, "SA0380000000608010167519", {}),
        ("US", "CARD", None, "4111111111111111", {}),
    ],
)  # fmt: skip
def test_account_rules_by_country_and_method(
    gateway: Gateway, country: str, method: str, target_org: str | None, account: str, failed: dict[str, str]
) -> None:
    payee = PayoutPayeeToValidate(
        payment_method_type=method,
        account_info=PayoutPayeeAccountToValidate(account_no=account),
        name=PayoutPayeeName(full_name="Juan Dela Cruz"),
    )
    if target_org:
        payee.target_org = target_org
    result = validate(gateway.client(), PaymentFieldValidationRequest(country=country, payee_info=payee))
    assert {item.field: item.error_msg for item in result.validation_failed_fields} == failed
    assert result.validation_code == ("PARAMS_INVALID" if failed else "PASS")


# ------------------------------------------------------------------------------------------ payouts


def test_payout_debits_then_settles_to_success_and_notifies(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "1000")
    accepted = pay(client, payout("PO_OK_1", "150.00"))
    assert accepted.status == PayoutStatus.PENDING
    assert re.fullmatch(r"[0-9]{14}PO[0-9]{16}", accepted.trade_no)
    assert disbursement(gateway) == Decimal("850.00")

    pending = query(client, "po_ok_1")  # outTradeNo is case-insensitive
    assert pending.status == PayoutStatus.PENDING
    assert pending.sub_status == "TRANSMIT"
    assert pending.source.amount == Decimal("150.00")
    assert pending.reference == "ref-PO_OK_1"
    assert isinstance(pending.pay_finish_time, Unset)

    settled = gateway.control("POST", "/payouts/PO_OK_1/settle", {"status": "SUCCESS"})
    assert settled["status"] == "SUCCESS"
    done = query(client, "PO_OK_1")
    assert done.status == PayoutStatus.SUCCESS
    assert isinstance(done.pay_finish_time, str)
    assert done.pay_finish_time.endswith(" +0000")
    assert disbursement(gateway) == Decimal("850.00")

    assert received_statuses(gateway, "PO_OK_1", 1) == ["SUCCESS"]
    (notification,) = received(gateway, "PO_OK_1", 1)
    assert notification.data.trade_no == accepted.trade_no
    assert notification.data.trade.amount == Decimal("150.00")
    assert [p["data"]["status"] for p in sent(gateway, "PAYOUT")] == ["SUCCESS"]


def test_magic_account_fails_and_returns_the_money(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "500")
    pay(client, payout("PO_FAIL_1", "200.00", account="000123450000"))
    assert disbursement(gateway) == Decimal("300.00")
    gateway.control("POST", "/payouts/PO_FAIL_1/settle")  # no status: the account number decides
    failed = query(client, "PO_FAIL_1")
    assert failed.status == PayoutStatus.FAILED
    assert failed.response_code == "ACCOUNT_INVALID"
    assert isinstance(failed.funds_return_time, str)
    assert disbursement(gateway) == Decimal("500.00")
    (notification,) = received(gateway, "PO_FAIL_1", 1)
    assert (notification.data.status, notification.data.response_code) == ("FAILED", "ACCOUNT_INVALID")


def test_control_api_can_fail_any_payout_and_settles_only_once(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "100")
    pay(client, payout("PO_FORCED", "40.00"))
    body = {"status": "FAILED", "responseCode": "PAYEE_NAME_MISMATCH", "responseMsg": "Name does not match."}
    gateway.control("POST", "/payouts/PO_FORCED/settle", body)
    result = query(client, "PO_FORCED")
    assert (result.status, result.response_code, result.response_msg) == (
        PayoutStatus.FAILED,
        "PAYEE_NAME_MISMATCH",
        "Name does not match.",
    )
    assert disbursement(gateway) == Decimal("100.00")
    assert control_refusal(gateway, "/payouts/PO_FORCED/settle", {"status": "SUCCESS"}) == (409, "ORDER_CLOSED")
    assert control_refusal(gateway, "/payouts/PO_FORCED/settle", {"status": "MAYBE"}) == (400, "PARAMS_INVALID")
    too_long = {"status": "FAILED", "responseCode": "X" * 33}
    assert control_refusal(gateway, "/payouts/PO_FORCED/settle", too_long) == (400, "PARAMS_INVALID")
    assert control_refusal(gateway, "/payouts/NEVER/settle") == (404, "ORDER_NOT_EXIST")


def test_bounce_back_credits_the_money_and_notifies(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "300")
    pay(client, payout("PO_BOUNCE", "120.00"))
    assert control_refusal(gateway, "/payouts/PO_BOUNCE/bounce") == (409, "ORDER_CLOSED")  # still PENDING
    gateway.control("POST", "/payouts/PO_BOUNCE/settle", {"status": "SUCCESS"})
    assert disbursement(gateway) == Decimal("180.00")
    bounced = gateway.control("POST", "/payouts/PO_BOUNCE/bounce", {})
    assert bounced["status"] == "BOUNCEBACK"
    result = query(client, "PO_BOUNCE")
    assert result.status == PayoutStatus.BOUNCEBACK
    assert isinstance(result.bounce_back_time, str)
    assert isinstance(result.funds_return_time, str)
    assert disbursement(gateway) == Decimal("300.00")
    assert received_statuses(gateway, "PO_BOUNCE", 2) == ["BOUNCEBACK", "SUCCESS"]
    assert control_refusal(gateway, "/payouts/PO_BOUNCE/bounce") == (409, "ORDER_CLOSED")
    assert [p["data"]["status"] for p in sent(gateway, "PAYOUT")] == ["SUCCESS", "BOUNCEBACK"]


def test_notification_goes_to_the_payout_notify_url(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "50")
    pay(client, payout("PO_URL", "5.00", notify_url="http://127.0.0.1:9/elsewhere"))
    gateway.control("POST", "/payouts/PO_URL/settle", {"status": "SUCCESS"})
    (queued,) = gateway.control("GET", "/notifications?type=PAYOUT")
    assert queued["url"] == "http://127.0.0.1:9/elsewhere"


def test_insufficient_balance_is_refused_and_creates_nothing(gateway: Gateway) -> None:
    client = gateway.client()
    with pytest.raises(InsufficientBalanceError) as caught:
        pay(client, payout("PO_BROKE", "10.00"))
    assert caught.value.code == "BALANCE_INSUFFICIENT"
    with pytest.raises(NotFoundError):
        query(client, "PO_BROKE")
    assert disbursement(gateway) == Decimal("0.00")
    fund(gateway, "10")
    assert pay(client, payout("PO_BROKE", "10.00")).status == PayoutStatus.PENDING  # same outTradeNo, now funded
    assert disbursement(gateway) == Decimal("0.00")


def test_repeated_out_trade_no_is_refused_and_debited_once(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "1000")
    pay(client, payout("PO_DUP", "100.00"))
    with pytest.raises(DuplicateRequestError) as caught:
        pay(client, payout("po_dup", "100.00"))
    assert caught.value.code == "ORDER_REPEAT"

    racing = gateway.client(raise_on_error=False)

    def place(_: int) -> str:
        answer = payment_order_pay.sync(client=racing, body=payout("PO_RACE", "50.00"))
        assert answer is not None
        return answer.code

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(place, range(12)))
    assert sorted(set(codes)) == ["APPLY_SUCCESS", "ORDER_REPEAT"]
    assert codes.count("APPLY_SUCCESS") == 1
    assert disbursement(gateway) == Decimal("850.00")


def test_invalid_payouts_are_refused(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "1000")
    with pytest.raises(InvalidRequestError) as caught:
        pay(client, payout("PO_BAD_ACC", account="12-34"))
    assert caught.value.code == "PARAMS_INVALID"
    assert "data.payeeInfo.accountInfo.accountNo is invalid" in caught.value.msg
    with pytest.raises(InvalidRequestError) as caught:
        pay(client, payout("PO_BAD_NAME", full_name="李雷"))
    assert "data.payeeInfo.name.fullName is invalid" in caught.value.msg
    with pytest.raises(InvalidRequestError) as caught:
        pay(client, payout("PO_BAD_METHOD", method="PIGEON"))
    assert caught.value.code == "PAYMENT_METHOD_NOT_EXIST"
    with pytest.raises(InvalidRequestError) as caught:
        pay(client, payout("PO_BAD_IDR", "1500.50", "IDR", country="ID", account="8730155421", source="USD"))
    assert caught.value.code == "AMOUNT_INVALID"
    with pytest.raises(InvalidRequestError) as caught:
        pay(client, payout("PO_BAD_CCY", "10.00", "XOF", country="SN", source="USD"))
    assert caught.value.code == "CURRENCY_INVALID"
    assert disbursement(gateway) == Decimal("1000.00")


def test_payout_in_another_currency_debits_the_converted_amount(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "100")
    pay(client, payout("PO_SAR", "250.00", "SAR", country="SA", account="SA0380000000608010167519", source="USD"))
    result = query(client, "PO_SAR")
    assert (result.trade.amount, result.trade.currency) == (Decimal("250.00"), "SAR")
    assert (result.source.amount, result.source.currency, result.source.exchange_rate) == (
        Decimal("66.65"),
        "USD",
        "0.2666000000",
    )
    assert (result.destination.amount, result.destination.currency) == (Decimal("250.00"), "SAR")
    assert disbursement(gateway) == Decimal("33.35")


def test_unknown_payout_is_not_found(gateway: Gateway) -> None:
    with pytest.raises(NotFoundError) as caught:
        query(gateway.client(), "PO_NEVER")
    assert caught.value.code == "ORDER_NOT_EXIST"


def test_due_payouts_settle_on_their_own(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "100")
    pay(client, payout("PO_AUTO_OK", "10.00"))
    pay(client, payout("PO_AUTO_KO", "10.00", account="900000000000"))
    # Tests run with automatic settlement off; make both payouts due as settle_after would have.
    with gateway.emulator.db.transaction() as tx:
        tx.execute("UPDATE payouts SET settle_ts = ?", (gateway.emulator.clock.timestamp(),))
    gateway.wait_for(lambda: query(client, "PO_AUTO_KO").status != PayoutStatus.PENDING)
    assert query(client, "PO_AUTO_OK").status == PayoutStatus.SUCCESS
    assert query(client, "PO_AUTO_KO").status == PayoutStatus.FAILED
    assert disbursement(gateway) == Decimal("90.00")


# ------------------------------------------------------------------------------ paymentOrderBatchQry


def test_batch_query_pages_filters_and_orders_by_creation(gateway: Gateway) -> None:
    client = gateway.client()
    fund(gateway, "1000")
    names = [f"PO_BATCH_{index}" for index in range(5)]
    for index, name in enumerate(names):
        pay(client, payout(name, "10.00", country="PH" if index % 2 else "US", account="1234567890"))
    gateway.control("POST", "/payouts/PO_BATCH_1/settle", {"status": "SUCCESS"})
    now = gateway.emulator.clock.now().astimezone(UTC)
    begin = (now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")
    end = (now + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S")

    first = batch(client, PaymentOrderBatchQryRequest(query_begin_time=begin, query_end_time=end, page_size=2))
    assert (first.total_count, first.current_page_index, first.page_size) == (5, 1, 2)
    assert isinstance(first.orders, list)
    assert [order.out_trade_no for order in first.orders] == names[:2]
    last = batch(
        client,
        PaymentOrderBatchQryRequest(query_begin_time=begin, query_end_time=end, page_size=2, current_page_index=3),
    )
    assert isinstance(last.orders, list)
    assert [order.out_trade_no for order in last.orders] == names[4:]

    everything = batch(client, PaymentOrderBatchQryRequest(query_begin_time=begin, query_end_time=end))
    assert everything.page_size == 20
    assert everything.total_count == 5
    succeeded = batch(
        client, PaymentOrderBatchQryRequest(query_begin_time=begin, query_end_time=end, status=PayoutStatus.SUCCESS)
    )
    assert isinstance(succeeded.orders, list)
    assert [order.out_trade_no for order in succeeded.orders] == ["PO_BATCH_1"]
    philippine = batch(client, PaymentOrderBatchQryRequest(query_begin_time=begin, query_end_time=end, country="PH"))
    assert isinstance(philippine.orders, list)
    assert [order.out_trade_no for order in philippine.orders] == ["PO_BATCH_1", "PO_BATCH_3"]

    earlier = (now - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M:%S")
    before = (now - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S")
    outside = batch(client, PaymentOrderBatchQryRequest(query_begin_time=earlier, query_end_time=before))
    assert (outside.total_count, outside.orders) == (0, [])


def test_batch_query_refuses_bad_windows_and_pages(gateway: Gateway) -> None:
    client = gateway.client()
    too_long = PaymentOrderBatchQryRequest(query_begin_time="2025-04-23 01:00:00", query_end_time="2025-04-24 01:00:01")
    with pytest.raises(InvalidRequestError) as caught:
        batch(client, too_long)
    assert caught.value.code == "PARAMS_INVALID"
    assert "must not exceed 1 day" in caught.value.msg
    backwards = PaymentOrderBatchQryRequest(
        query_begin_time="2025-04-23 02:00:00", query_end_time="2025-04-23 01:00:00"
    )
    with pytest.raises(InvalidRequestError, match="must not be before"):
        batch(client, backwards)
    impossible = PaymentOrderBatchQryRequest(
        query_begin_time="2025-02-30 01:00:00", query_end_time="2025-03-01 00:00:00"
    )
    with pytest.raises(InvalidRequestError, match="not a valid time"):
        batch(client, impossible)
    big_page = PaymentOrderBatchQryRequest(
        query_begin_time="2025-04-23 01:00:00", query_end_time="2025-04-23 02:00:00", page_size=101
    )
    with pytest.raises(InvalidRequestError, match="pageSize"):
        batch(client, big_page)

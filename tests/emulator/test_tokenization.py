"""Card tokens through the emulator: applying for one (at once, after 3-D Secure, declined), tokens stored by
a payment with ``tokenForFutureUse``, listing with filters, removal, expiry - with the ``TOKENIZATION``
notifications as the merchant endpoint receives and verifies them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest

from payermax_client import Client
from payermax_client.api.collection import order_and_pay, order_query
from payermax_client.api.tokenization import apply_payment_token, inquire_payment_token, remove_payment_token
from payermax_client.models import (
    ApplyPaymentTokenRequest,
    ApplyPaymentTokenRequestPaymentMethodType,
    ApplyPaymentTokenRequestTokenScope,
    ApplyPaymentTokenResult,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    InquirePaymentTokenRequest,
    InquirePaymentTokenRequestTokenScope,
    OrderQueryRequest,
    PaymentStatus,
    PaymentTokenApplicationStatus,
    PaymentTokenCard,
    PaymentTokenMitType,
    PaymentTokenStatus,
    RemovePaymentTokenRequest,
    StoredPaymentToken,
    TokenizationNotification,
)
from payermax_signing import ApiError, DuplicateRequestError, InvalidRequestError, NotFoundError
from payermax_signing.errors import PaymentRejectedError
from tests.support.gateway import Gateway, press

VISA, MASTERCARD = "4111111111111111", "5555555555554444"
DECLINED, CHALLENGE, CHALLENGE_FAILS = "4000000000000002", "4000000000003220", "4000008400001629"
USER = "token-holder-7"  # only these tests use it: notifications of other tests are told apart
CALLBACK = "https://shop.example.com/account/cards/added"


def card(number: str, *, month: str = "12", year: str = "39", org: str | None = None) -> PaymentTokenCard:
    scheme = org or ("MASTERCARD" if number.startswith("5") else "VISA")
    return PaymentTokenCard(card_org=scheme, card_identifier_no=number, card_holder_full_name="JANE DOE",
                            card_expiration_month=month, card_expiration_year=year, cvv="123")  # fmt: skip


def application(
    request_id: str,
    number: str | None = VISA,
    *,
    user_id: str = USER,
    mit_type: PaymentTokenMitType | None = None,
    bank: str | None = None,
    **card_options: str,
) -> ApplyPaymentTokenRequest:
    body = ApplyPaymentTokenRequest(
        request_id=request_id,
        country="SA",
        payment_method_type=ApplyPaymentTokenRequestPaymentMethodType.BANKTRANSFER
        if bank
        else ApplyPaymentTokenRequestPaymentMethodType.CARD,
        user_id=user_id,
        front_callback_url=CALLBACK,
        token_scope=ApplyPaymentTokenRequestTokenScope.TOKENACQ,
    )
    if number is not None:
        body.card_info = card(number, **card_options)
    if mit_type is not None:
        body.mit_type = mit_type
    if bank is not None:
        body.target_org = bank
    return body


def apply(gateway: Gateway, body: ApplyPaymentTokenRequest) -> ApplyPaymentTokenResult:
    answer = apply_payment_token.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert answer.data
    return answer.data


def token_of(gateway: Gateway, request_id: str, number: str = VISA, **options: Any) -> str:
    result = apply(gateway, application(request_id, number, **options))
    assert result.status is PaymentTokenApplicationStatus.SUCCESS
    assert result.payment_token_id
    return result.payment_token_id


def inquire(gateway: Gateway, user_id: str = USER, scope: str = "tokenAcq", **filters: str) -> list[StoredPaymentToken]:
    body = InquirePaymentTokenRequest(user_id=user_id, token_scope=InquirePaymentTokenRequestTokenScope(scope))
    for name, value in filters.items():
        setattr(body, name, value)
    answer = inquire_payment_token.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert answer.data
    return list(answer.data.token_list)


def token_order(out_trade_no: str, *, number: str | None = None, token: str | None = None,
                store: bool = False) -> DirectPaymentOrderRequest:  # fmt: skip
    detail: dict[str, Any] = {
        "paymentMethodType": "CARD",
        "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
    }
    if number is not None:
        detail["cardInfo"] = {"cardIdentifierNo": number, "cardHolderFullName": "JANE DOE",
                              "cardExpirationMonth": "12", "cardExpirationYear": "39", "cvv": "123"}  # fmt: skip
    if token is not None:
        detail["paymentTokenID"] = token
    if store:
        detail["tokenForFutureUse"] = True
    return DirectPaymentOrderRequest(
        out_trade_no=out_trade_no,
        subject="Monthly box",
        total_amount=Decimal("19.90"),
        currency="USD",
        country="US",
        user_id=USER,
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url="https://shop.example.com/return",
        payment_detail=DirectPaymentDetail.from_dict(detail),
    )


def pay(gateway: Gateway, body: DirectPaymentOrderRequest) -> PaymentStatus:
    answer = order_and_pay.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert answer.data
    status = answer.data.status
    assert isinstance(status, PaymentStatus)
    return status


@pytest.fixture(autouse=True)
def _deliveries_finish(gateway: Gateway) -> Iterator[None]:
    """Let every notification of a test reach the merchant endpoint before the next test resets it."""
    yield
    gateway.wait_for(lambda: all(n["status"] != "pending" for n in gateway.control("GET", "/notifications")))


def received(gateway: Gateway) -> list[TokenizationNotification]:
    """The TOKENIZATION notifications of this test's user received so far."""
    found = [n for n in gateway.notifications("TOKENIZATION") if isinstance(n, TokenizationNotification)]
    return [n for n in found if n.data.user_id == USER]


def notifications(gateway: Gateway, count: int) -> list[TokenizationNotification]:
    """The first ``count`` TOKENIZATION notifications received, once they are all in; each also validated
    against the spec's ``TokenizationNotification`` schema as sent."""

    def all_in() -> list[TokenizationNotification]:
        found = received(gateway)
        return found if len(found) >= count else []

    found: list[TokenizationNotification] = gateway.wait_for(all_in)
    validator = gateway.emulator.spec.schema_validator("TokenizationNotification")
    for sent in gateway.control("GET", "/notifications?type=TOKENIZATION"):
        assert not list(validator.iter_errors(sent["payload"])), sent["payload"]
    return found


# ---------------------------------------------------------------------------------------- apply
def test_card_token_is_created_at_once_notified_and_pays(gateway: Gateway) -> None:
    result = apply(gateway, application("TOKREQ_1", VISA, mit_type=PaymentTokenMitType.UNSCHEDULE))
    assert result.request_id == "TOKREQ_1"
    assert result.status is PaymentTokenApplicationStatus.SUCCESS
    assert result.payment_token_id
    assert not result.redirect_url
    token_id = result.payment_token_id

    (notification,) = notifications(gateway, 1)
    assert (notification.code, notification.msg) == ("APPLY_SUCCESS", "Success.")
    data = notification.data
    assert (data.request_id, data.status, data.payment_token_id) == ("TOKREQ_1", "SUCCESS", token_id)
    assert data.payment_token_status is PaymentTokenStatus.ACTIVATED
    assert (data.card_info, data.brand, data.if_cvv, data.target_org) == ("411111******1111", "VISA", "N", "")
    assert (data.country, data.support_mit, data.user_id) == ("SA", True, USER)
    assert data.payment_token_expiry == "2040-01-01T00:00:00.000+00:00"

    (listed,) = inquire(gateway)
    assert listed.payment_token_id == token_id
    assert (listed.token_scope, listed.merchant_initiated) == ("tokenMit", True)
    assert listed.payment_token_status is PaymentTokenStatus.ACTIVATED
    assert (listed.card_info, listed.brand, listed.payment_method_type) == ("411111******1111", "VISA", "CARD")
    assert listed.referral_code
    assert [t.payment_token_id for t in inquire(gateway, scope="tokenMit")] == [token_id]

    assert pay(gateway, token_order("PAID_WITH_APPLIED", token=token_id)) is PaymentStatus.SUCCESS


def test_token_without_mit_type_is_for_customer_payments_only(gateway: Gateway) -> None:
    token_id = token_of(gateway, "TOKREQ_CIT")
    (listed,) = inquire(gateway)
    assert (listed.payment_token_id, listed.token_scope, listed.merchant_initiated) == (token_id, "tokenAcq", False)
    assert inquire(gateway, scope="tokenMit") == []
    assert notifications(gateway, 1)[0].data.support_mit is False


def test_duplicate_request_id_is_refused(gateway: Gateway) -> None:
    token_of(gateway, "TOKREQ_DUP")
    with pytest.raises(DuplicateRequestError) as refused:
        apply(gateway, application("TOKREQ_DUP", MASTERCARD))
    assert refused.value.code == "ORDER_REPEAT"
    assert [t.brand for t in inquire(gateway)] == ["VISA"]


def test_concurrent_duplicates_create_one_token(gateway: Gateway) -> None:
    outcomes: list[str] = []

    def attempt(client: Client) -> None:
        try:
            apply_payment_token.sync(client=client, body=application("TOKREQ_RACE"))
            outcomes.append("created")
        except ApiError as error:
            outcomes.append(error.code)

    threads = [threading.Thread(target=attempt, args=(gateway.client(),)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["ORDER_REPEAT"] * 5 + ["created"]
    assert len(inquire(gateway)) == 1


@pytest.mark.parametrize(
    ("body", "error", "code"),
    [
        (application("TOKREQ_BAD", "4111111111111112"), PaymentRejectedError, "CARD_INVALID"),
        (application("TOKREQ_BAD", VISA, year="20"), PaymentRejectedError, "CARD_EXPIRE_DATE_INVALID"),
        (application("TOKREQ_BAD", VISA, org="MASTERCARD"), PaymentRejectedError, "CARD_INVALID"),
        (application("TOKREQ_BAD", None), InvalidRequestError, "PARAMS_INVALID"),
        (application("TOKREQ_BAD", None, bank="BCA"), InvalidRequestError, "PARAMS_INVALID"),
    ],
    ids=["luhn", "expired", "card-org", "no-card", "bank-not-yushan"],
)
def test_refused_applications_leave_nothing_behind(
    gateway: Gateway, body: ApplyPaymentTokenRequest, error: type[ApiError], code: str
) -> None:
    with pytest.raises(error) as refused:
        apply(gateway, body)
    assert refused.value.code == code
    assert inquire(gateway) == []
    token_of(gateway, "TOKREQ_BAD")  # the refused requestId was not used up


def test_declined_card_fails_with_a_notification(gateway: Gateway) -> None:
    result = apply(gateway, application("TOKREQ_DECLINED", DECLINED))
    assert result.status is PaymentTokenApplicationStatus.FAILED
    assert not result.payment_token_id
    (notification,) = notifications(gateway, 1)
    assert notification.code == "ISSUER_PAYMENT_REJECTED"
    assert (notification.data.status, notification.data.request_id) == ("FAILED", "TOKREQ_DECLINED")
    assert notification.data.payment_token_id == ""
    assert inquire(gateway) == []


@pytest.mark.parametrize(
    ("number", "action", "status", "code"),
    [
        (CHALLENGE, "authenticate", PaymentTokenApplicationStatus.SUCCESS, "APPLY_SUCCESS"),
        (CHALLENGE, "fail", PaymentTokenApplicationStatus.FAILED, "AUTHENTICATE_FAILED"),
        (CHALLENGE_FAILS, "authenticate", PaymentTokenApplicationStatus.FAILED, "AUTHENTICATE_FAILED"),
    ],
    ids=["confirmed", "cancelled", "challenge-fails"],
)
def test_challenge_on_the_3ds_page(
    gateway: Gateway, number: str, action: str, status: PaymentTokenApplicationStatus, code: str
) -> None:
    result = apply(gateway, application("TOKREQ_3DS", number))
    assert result.status is PaymentTokenApplicationStatus.PENDING
    assert result.redirect_url
    assert result.redirect_url.startswith(gateway.url + "/token-3ds/")
    assert inquire(gateway) == []

    response = press(result.redirect_url, action)
    assert response.status_code == 303
    assert response.headers["location"] == CALLBACK

    (notification,) = notifications(gateway, 1)
    assert notification.code == code
    assert (notification.data.request_id, notification.data.status) == ("TOKREQ_3DS", status.value)
    tokens = inquire(gateway)
    if status is PaymentTokenApplicationStatus.SUCCESS:
        assert [t.payment_token_id for t in tokens] == [notification.data.payment_token_id]
    else:
        assert tokens == []

    finished = httpx.get(result.redirect_url)
    assert "value='authenticate'" not in finished.text
    assert httpx.post(result.redirect_url, data={"action": "authenticate"}).status_code == 409


def test_bank_account_is_authorised_on_the_page(gateway: Gateway) -> None:
    result = apply(gateway, application("TOKREQ_BANK", None, bank="YUSHANBANK"))
    assert result.status is PaymentTokenApplicationStatus.PENDING
    assert result.redirect_url
    assert press(result.redirect_url, "authenticate").status_code == 303
    (notification,) = notifications(gateway, 1)
    assert (notification.data.payment_method_type, notification.data.target_org) == ("BANKTRANSFER", "YUSHANBANK")
    (listed,) = inquire(gateway, target_org="YUSHANBANK")
    assert (listed.card_info, listed.if_cvv, listed.payment_method_type) == ("", "", "BANKTRANSFER")


def test_abandoned_application_fails_after_30_minutes(gateway: Gateway) -> None:
    result = apply(gateway, application("TOKREQ_LEFT", CHALLENGE))
    gateway.control("POST", "/clock/advance", {"seconds": 1799})
    time.sleep(0.2)  # several worker ticks
    assert received(gateway) == []
    gateway.control("POST", "/clock/advance", {"seconds": 2})
    (notification,) = notifications(gateway, 1)
    assert (notification.code, notification.data.status) == ("AUTHENTICATE_FAILED", "FAILED")
    assert result.redirect_url
    assert httpx.post(result.redirect_url, data={"action": "authenticate"}).status_code == 409


# ------------------------------------------------------------------------------- tokens from payments
def test_token_stored_by_a_payment_pays_the_next_order(gateway: Gateway) -> None:
    assert pay(gateway, token_order("FIRST_PAYMENT", number=VISA, store=True)) is PaymentStatus.SUCCESS
    (notification,) = notifications(gateway, 1)
    token_id = notification.data.payment_token_id
    assert notification.data.out_trade_no == "FIRST_PAYMENT"
    assert notification.data.card_info == "411111******1111"
    assert not notification.data.request_id

    (listed,) = inquire(gateway)
    assert listed.payment_token_id == token_id
    first = order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no="FIRST_PAYMENT"))
    assert first is not None
    assert first.data
    assert listed.referral_code == first.data.trade_token

    assert pay(gateway, token_order("SECOND_PAYMENT", token=token_id, store=True)) is PaymentStatus.SUCCESS
    second = order_query.sync(client=gateway.client(), body=OrderQueryRequest(out_trade_no="SECOND_PAYMENT"))
    assert second is not None
    assert second.data
    details = second.data.payment_details
    assert details
    assert details[0].payment_token_id == token_id
    assert len(inquire(gateway)) == 1
    gateway.wait_for(lambda: all(n["status"] != "pending" for n in gateway.control("GET", "/notifications")))
    assert len(received(gateway)) == 1  # the token was only notified when created


# ---------------------------------------------------------------------------------------- inquire
def test_inquiry_filters(gateway: Gateway) -> None:
    visa = token_of(gateway, "TOKREQ_F1", VISA)
    master = token_of(gateway, "TOKREQ_F2", MASTERCARD, mit_type=PaymentTokenMitType.SCHEDULE)
    bank = apply(gateway, application("TOKREQ_F3", None, bank="YUSHANBANK"))
    assert bank.redirect_url
    press(bank.redirect_url, "authenticate")
    token_of(gateway, "TOKREQ_F4", VISA, user_id="someone-else")

    def ids(**filters: str) -> list[str]:
        return [token.payment_token_id for token in inquire(gateway, **filters)]

    assert len(ids()) == 3
    assert ids(card_org="MASTERCARD") == [master]
    assert ids(payment_method_type="CARD") == [visa, master]
    assert ids(payment_method_type="CARD", card_org="VISA") == [visa]
    assert len(ids(target_org="YUSHANBANK")) == 1
    assert ids(payment_token_id=visa) == [visa]
    assert ids(scope="tokenMit") == [master]
    referral = inquire(gateway, payment_token_id=master)[0].referral_code
    assert isinstance(referral, str)
    assert ids(referral_code=referral) == [master]
    assert ids(payment_token_id="PMTOKEN_UNKNOWN") == []
    assert inquire(gateway, user_id="nobody") == []


# ----------------------------------------------------------------------------------------- remove
def test_removed_token_is_deleted_and_can_no_longer_pay(gateway: Gateway) -> None:
    token_id = token_of(gateway, "TOKREQ_RM")
    body = RemovePaymentTokenRequest(user_id=USER, payment_token_id=token_id, remove_reason="user asked")
    answer = remove_payment_token.sync(client=gateway.client(), body=body)
    assert answer is not None
    assert answer.data
    assert (answer.data.payment_token_id, answer.data.user_id) == (token_id, USER)
    assert answer.data.payment_token_status == "Deleted"

    created, removed = notifications(gateway, 2)
    assert created.data.payment_token_status is PaymentTokenStatus.ACTIVATED
    assert (removed.data.payment_token_id, removed.data.payment_token_status) == (token_id, PaymentTokenStatus.DELETED)
    assert not removed.data.request_id
    (listed,) = inquire(gateway)
    assert listed.payment_token_status is PaymentTokenStatus.DELETED

    again = remove_payment_token.sync(client=gateway.client(), body=body)  # idempotent
    assert again is not None
    assert again.data
    assert again.data.payment_token_status == "Deleted"

    with pytest.raises(InvalidRequestError) as refused:
        pay(gateway, token_order("PAY_WITH_REMOVED", token=token_id))
    assert refused.value.code == "PARAMS_INVALID"
    gateway.wait_for(lambda: all(n["status"] != "pending" for n in gateway.control("GET", "/notifications")))
    assert len(received(gateway)) == 2  # no notification for the second removal


@pytest.mark.parametrize("whose", ["unknown", "another-user"])
def test_removing_a_token_that_is_not_the_users_is_refused(gateway: Gateway, whose: str) -> None:
    token_id = token_of(gateway, "TOKREQ_OWNER")
    target = "PMTOKEN20990101000000000000000001" if whose == "unknown" else token_id
    body = RemovePaymentTokenRequest(user_id="intruder" if whose == "another-user" else USER, payment_token_id=target)
    with pytest.raises(NotFoundError) as refused:
        remove_payment_token.sync(client=gateway.client(), body=body)
    assert refused.value.code == "ORDER_NOT_EXIST"
    assert inquire(gateway)[0].payment_token_status is PaymentTokenStatus.ACTIVATED


# ----------------------------------------------------------------------------------------- expiry
def test_card_token_expires_with_the_card(gateway: Gateway) -> None:
    now = gateway.emulator.clock.now()
    token_id = token_of(gateway, "TOKREQ_EXP", month=f"{now.month:02d}", year=f"{now.year % 100:02d}")
    (listed,) = inquire(gateway)
    lapse = datetime.fromisoformat(listed.payment_token_expiry)
    gateway.control("POST", "/clock/advance", {"seconds": (lapse - now).total_seconds() - 60})
    assert inquire(gateway)[0].payment_token_status is PaymentTokenStatus.ACTIVATED
    gateway.control("POST", "/clock/advance", {"seconds": 61})
    expired = notifications(gateway, 2)[1]
    assert (expired.data.payment_token_id, expired.data.payment_token_status) == (token_id, PaymentTokenStatus.EXPIRED)
    assert inquire(gateway)[0].payment_token_status is PaymentTokenStatus.EXPIRED
    with pytest.raises(InvalidRequestError):
        pay(gateway, token_order("PAY_WITH_EXPIRED", token=token_id))


def test_control_api_expires_a_token(gateway: Gateway) -> None:
    token_id = token_of(gateway, "TOKREQ_CTRL")
    shown = gateway.control("POST", f"/tokens/{token_id}/expire")
    assert (shown["paymentTokenID"], shown["paymentTokenStatus"]) == (token_id, "Expired")
    assert notifications(gateway, 2)[1].data.payment_token_status is PaymentTokenStatus.EXPIRED
    assert inquire(gateway)[0].payment_token_status is PaymentTokenStatus.EXPIRED
    missing = httpx.post(f"{gateway.url}/emulator/tokens/PMTOKEN_NONE/expire")
    assert (missing.status_code, missing.json()["code"]) == (404, "ORDER_NOT_EXIST")

"""InquireApplyRequest through the emulator, over real sockets: an application followed from PENDING (with its
page) to SUCCESS (with its token), a declined one, and unknown applications."""

from __future__ import annotations

import pytest

from payermax_client.api.tokenization import apply_payment_token, inquire_apply_request
from payermax_client.models import (
    ApplyPaymentTokenRequest,
    ApplyPaymentTokenRequestPaymentMethodType,
    ApplyPaymentTokenRequestTokenScope,
    ApplyPaymentTokenResult,
    InquireApplyRequestRequest,
    InquireApplyRequestRequestTokenScope,
    PaymentTokenApplicationStatus,
    PaymentTokenCard,
)
from payermax_signing import NotFoundError
from tests.support.flows import data_of
from tests.support.gateway import Gateway, press

USER = "applicant-3"
CHALLENGE, DECLINED = "4000000000003220", "4000000000000002"


def apply(gateway: Gateway, request_id: str, number: str) -> ApplyPaymentTokenResult:
    card = PaymentTokenCard(card_org="VISA", card_identifier_no=number, card_holder_full_name="JANE DOE",
                            card_expiration_month="12", card_expiration_year="39")  # fmt: skip
    body = ApplyPaymentTokenRequest(
        request_id=request_id, country="SA", payment_method_type=ApplyPaymentTokenRequestPaymentMethodType.CARD,
        user_id=USER, front_callback_url="https://shop.example.com/cards",
        token_scope=ApplyPaymentTokenRequestTokenScope.TOKENACQ, card_info=card,
    )  # fmt: skip
    return data_of(apply_payment_token.sync(client=gateway.client(), body=body), ApplyPaymentTokenResult)


def inquire(gateway: Gateway, request_id: str, user_id: str = USER) -> ApplyPaymentTokenResult:
    body = InquireApplyRequestRequest(user_id=user_id, token_scope=InquireApplyRequestRequestTokenScope.TOKENACQ,
                                      request_id=request_id)  # fmt: skip
    return data_of(inquire_apply_request.sync(client=gateway.client(), body=body), ApplyPaymentTokenResult)


def test_inquire_apply_request_follows_an_application_to_its_token(gateway: Gateway) -> None:
    applied = apply(gateway, "TOKAPP_1", CHALLENGE)
    pending = inquire(gateway, "TOKAPP_1")
    assert pending.status is PaymentTokenApplicationStatus.PENDING
    assert pending.redirect_url == applied.redirect_url and not pending.payment_token_id
    assert isinstance(applied.redirect_url, str)
    assert press(applied.redirect_url, "authenticate").status_code == 303
    done = inquire(gateway, "TOKAPP_1")
    assert done.status is PaymentTokenApplicationStatus.SUCCESS and done.payment_token_id
    assert not done.redirect_url


def test_declined_and_unknown_applications(gateway: Gateway) -> None:
    assert apply(gateway, "TOKAPP_2", DECLINED).status is PaymentTokenApplicationStatus.FAILED
    assert inquire(gateway, "TOKAPP_2").status is PaymentTokenApplicationStatus.FAILED
    with pytest.raises(NotFoundError):
        inquire(gateway, "TOKAPP_2", user_id="someone-else")
    with pytest.raises(NotFoundError):
        inquire(gateway, "TOKAPP_NEVER_MADE")

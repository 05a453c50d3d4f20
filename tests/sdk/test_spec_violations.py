"""An answer that breaks the spec is refused with ``SpecViolationError`` naming the member - never a bare
``KeyError`` or ``TypeError``, and never with the member's value in the message. What the spec leaves open
(members added later, unknown enum values, ``null``) still parses."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from payermax_client import Client, PayerMax
from payermax_client.api.collection import order_query
from payermax_client.models import OrderQueryRequest, PaymentStatus
from payermax_signing import MerchantCredentials, PayerMaxAuth, PayerMaxError, SpecViolationError
from tests.support.scripted_gateway import ScriptedGateway
from tests.support.spec_examples import successful_answers

PAID = successful_answers("orderQuery")["cardPaymentSucceeded"]
NUMBER = PAID["data"]["outTradeNo"]
CARD_NUMBER = "4111111111111111"


def _broken(change: str) -> dict[str, Any]:
    answer = copy.deepcopy(PAID)
    data = answer["data"]
    if change == "missing currency":
        del data["currency"]
    elif change == "null currency":
        data["currency"] = None
    elif change == "details not a list":
        data["paymentDetails"] = CARD_NUMBER
    elif change == "card info not an object":
        data["paymentDetails"][0]["cardInfo"] = [CARD_NUMBER]
    elif change == "amount not a number":
        data["totalAmount"] = True
    return answer


CASES = [
    ("missing currency", "data.currency"),
    ("null currency", "data.currency"),
    ("details not a list", "data.paymentDetails"),
    ("card info not an object", "data.paymentDetails.cardInfo"),
    ("amount not a number", "data.totalAmount"),
]


@pytest.mark.parametrize(("change", "path"), CASES)
def test_the_entry_point_names_the_member(gateway: ScriptedGateway, payermax: PayerMax, change: str, path: str) -> None:
    gateway.answer = _broken(change)
    with pytest.raises(SpecViolationError) as caught:
        payermax.collection.order_query(out_trade_no=NUMBER)
    assert caught.value.path == path
    assert isinstance(caught.value, PayerMaxError) and not isinstance(caught.value, KeyError | TypeError)
    assert path in str(caught.value) and CARD_NUMBER not in str(caught.value)
    assert len(gateway.received) == 1  # a broken answer is not retried


@pytest.mark.parametrize(("change", "path"), CASES)
def test_the_low_level_functions_name_it_too(
    gateway: ScriptedGateway, gateway_url: str, credentials: MerchantCredentials, change: str, path: str
) -> None:
    gateway.answer = _broken(change)
    client = Client(base_url=gateway_url, httpx_args={"auth": PayerMaxAuth(credentials)})
    with pytest.raises(SpecViolationError) as caught:
        order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=NUMBER))
    assert caught.value.path == path


def test_a_success_without_data_is_a_violation(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    gateway.answer = {"code": "APPLY_SUCCESS", "msg": ""}
    with pytest.raises(SpecViolationError) as caught:
        payermax.collection.order_query(out_trade_no=NUMBER)
    assert caught.value.path == "data"


def test_what_the_spec_leaves_open_still_parses(gateway: ScriptedGateway, payermax: PayerMax) -> None:
    answer = copy.deepcopy(PAID)
    answer["data"].update(status="PARTIALLY_CAPTURED", reference=None, newMember={"added": "later"})
    gateway.answer = answer
    order = payermax.collection.order_query(out_trade_no=NUMBER)
    assert order.status == "PARTIALLY_CAPTURED" and isinstance(order.status, PaymentStatus)
    assert not order.status.is_known
    assert order.additional_properties["newMember"] == {"added": "later"}

"""PayerMax-managed subscriptions through the emulator, over real sockets with the generated client: a plan is
created, activated by its first payment, charged period after period on the emulator clock (a failed attempt
retried), and cancelled, finished or terminated - with the plan and period notifications at its callbackUrl."""

from __future__ import annotations

from decimal import Decimal

from payermax_client.api.collection import order_and_pay
from payermax_client.api.subscriptions import subscription_cancel, subscription_create, subscription_query
from payermax_client.models import (
    DirectPaymentDetail,
    OrderAndPayResult,
    PaymentNotification,
    SubscriptionAmount,
    SubscriptionCancelRequest,
    SubscriptionCancelResult,
    SubscriptionCreateResult,
    SubscriptionNotification,
    SubscriptionPaymentNotification,
    SubscriptionQueryRequest,
    SubscriptionQueryResult,
    SubscriptionStatus,
    SubscriptionTrialConfig,
)
from payermax_client.types import UNSET
from tests.support.accounts import ACQ, balances
from tests.support.builders import activation, plan
from tests.support.flows import advance, data_of, received, refused
from tests.support.gateway import Gateway

DAY, HOUR = 24 * 3600, 3600
DECLINED = "4000000000000002"


def create(gateway: Gateway, request_id: str, **options: object) -> str:
    body = plan(request_id, gateway.endpoint.url, **options)  # type: ignore[arg-type]
    created = data_of(subscription_create.sync(client=gateway.client(), body=body), SubscriptionCreateResult)
    assert created.subscription_plan.subscription_status == SubscriptionStatus.INACTIVE
    return created.subscription_plan.subscription_no


def query(gateway: Gateway, number: str) -> SubscriptionQueryResult:
    body = SubscriptionQueryRequest(subscription_no=number)
    return data_of(subscription_query.sync(client=gateway.client(), body=body), SubscriptionQueryResult)


def plan_states(gateway: Gateway, request_id: str, count: int) -> list[str]:
    notes = received(gateway, SubscriptionNotification, count, subscription_request_id=request_id)
    return [note.data.subscription_plan.subscription_status for note in notes]


def period_payments(gateway: Gateway, request_id: str, count: int) -> list[tuple[int, str]]:
    notes = received(gateway, SubscriptionPaymentNotification, count, subscription_request_id=request_id)
    return [(n.data.subscription_payment_detail.subscription_index, n.data.subscription_payment_detail.payment_status)
            for n in notes]  # fmt: skip


def test_created_activated_three_periods_charged_one_retried_then_cancelled(gateway: Gateway) -> None:
    client = gateway.client()
    number = create(gateway, "PLAN_1")
    assert query(gateway, number).subscription_payment_details == []
    paid = data_of(order_and_pay.sync(client=client, body=activation("SUB_ACT_1", number)), OrderAndPayResult)
    assert paid.status == "SUCCESS"
    assert received(gateway, PaymentNotification, out_trade_no="SUB_ACT_1")[0].data.status == "SUCCESS"
    assert plan_states(gateway, "PLAN_1", 1) == ["ACTIVE"]
    assert period_payments(gateway, "PLAN_1", 1) == [(0, "SUCCESS")]

    advance(gateway, 6 * DAY)  # period 1 starts in a week; it is charged a day before
    assert period_payments(gateway, "PLAN_1", 2)[1] == (1, "SUCCESS")
    gateway.control("POST", f"/subscriptions/{number}/mock-period", {"status": "FAILED", "attempts": 1})
    advance(gateway, 7 * DAY)
    failing = gateway.wait_for(lambda: [p for p in query(gateway, number).subscription_payment_details or []
                                        if p.subscription_index == 2 and p.last_payment_info])  # fmt: skip
    assert failing[0].payment_status == "PENDING", "a failed attempt that will be retried leaves the period PENDING"
    assert failing[0].last_payment_info.last_payment_status == "FAILED"
    assert failing[0].last_payment_info.error_code == "BALANCE_INSUFFICIENT"
    assert len(period_payments(gateway, "PLAN_1", 2)) == 2, "a failure is notified only after the last attempt"
    cancel = SubscriptionCancelRequest(subscription_no=number)
    refused(lambda: subscription_cancel.sync(client=client, body=cancel), "PARAMS_INVALID")

    advance(gateway, 8 * HOUR)
    assert period_payments(gateway, "PLAN_1", 3)[2] == (2, "SUCCESS")
    advance(gateway, 7 * DAY)
    payments = gateway.wait_for(lambda: period_payments(gateway, "PLAN_1", 4))
    assert payments == [(0, "SUCCESS"), (1, "SUCCESS"), (2, "SUCCESS"), (3, "SUCCESS")]
    last = received(gateway, SubscriptionPaymentNotification, 4, subscription_request_id="PLAN_1")[3]
    detail = last.data.subscription_payment_detail
    assert detail.pay_amount.amount == Decimal("9.99") and detail.card_org == "VISA"
    assert detail.last_payment_info.trade_token
    assert balances(client)[(ACQ, "USD")] == Decimal("39.96"), "four periods paid"

    cancelled = data_of(subscription_cancel.sync(client=client, body=cancel), SubscriptionCancelResult)
    assert cancelled.subscription_plan.subscription_status == SubscriptionStatus.CANCEL
    assert plan_states(gateway, "PLAN_1", 2) == ["ACTIVE", "CANCEL"]
    advance(gateway, 14 * DAY)
    assert query(gateway, number).subscription_plan.subscription_status == SubscriptionStatus.CANCEL
    assert [p.subscription_index for p in query(gateway, number).subscription_payment_details or []] == [0, 1, 2, 3]
    refused(lambda: subscription_cancel.sync(client=client, body=cancel), "ORDER_CLOSED")


def test_a_period_failing_every_attempt_terminates_the_plan(gateway: Gateway) -> None:
    number = create(gateway, "PLAN_TERM", periods=3)
    data_of(order_and_pay.sync(client=gateway.client(), body=activation("SUB_ACT_T", number)), OrderAndPayResult)
    gateway.control("POST", f"/subscriptions/{number}/mock-period", {"status": "FAILED"})

    def last_attempt() -> str | None:
        plan = query(gateway, number)
        periods = [p for p in plan.subscription_payment_details or [] if p.subscription_index == 1]
        return periods[0].last_payment_info.pay_time if periods and periods[0].last_payment_info else None

    advance(gateway, 6 * DAY)
    seen = {gateway.wait_for(last_attempt)}
    while len(seen) < 4:  # four attempts: the first and three retries, 8 hours apart
        advance(gateway, 8 * HOUR)
        seen.add(gateway.wait_for(lambda: last_attempt() not in seen and last_attempt()))
    assert plan_states(gateway, "PLAN_TERM", 2) == ["ACTIVE", "TERMINATE"]
    assert period_payments(gateway, "PLAN_TERM", 2) == [(0, "SUCCESS"), (1, "FAILED")]
    assert query(gateway, number).subscription_plan.subscription_status == SubscriptionStatus.TERMINATE


def test_the_last_period_paid_finishes_the_plan(gateway: Gateway) -> None:
    number = create(gateway, "PLAN_FIN", periods=2, unit="M", price="5.00")
    data_of(order_and_pay.sync(client=gateway.client(), body=activation("SUB_ACT_F", number, "5.00")),
            OrderAndPayResult)  # fmt: skip
    advance(gateway, 31 * DAY)
    assert period_payments(gateway, "PLAN_FIN", 2) == [(0, "SUCCESS"), (1, "SUCCESS")]
    assert plan_states(gateway, "PLAN_FIN", 2) == ["ACTIVE", "FINISH"]


def test_a_free_trial_is_activated_with_nothing_to_pay_and_charged_after_it(gateway: Gateway) -> None:
    body = plan("PLAN_TRIAL", gateway.endpoint.url, periods=2, unit="M")
    body.subscription_plan.trial_config = SubscriptionTrialConfig(
        trial_amount=SubscriptionAmount(amount=Decimal(0), currency="USD"), trial_days=7
    )
    number = data_of(subscription_create.sync(client=gateway.client(), body=body),
                     SubscriptionCreateResult).subscription_plan.subscription_no  # fmt: skip
    wrong = activation("SUB_ACT_TRIAL_0", number, "9.99")
    refused(lambda: order_and_pay.sync(client=gateway.client(), body=wrong), "AMOUNT_INVALID")
    data_of(order_and_pay.sync(client=gateway.client(), body=activation("SUB_ACT_TRIAL", number, "0")),
            OrderAndPayResult)  # fmt: skip
    assert plan_states(gateway, "PLAN_TRIAL", 1) == ["ACTIVE"]
    assert query(gateway, number).subscription_payment_details == [], "the trial is no period"
    advance(gateway, 6 * DAY)  # period 0 starts after the 7 trial days
    assert period_payments(gateway, "PLAN_TRIAL", 1) == [(0, "SUCCESS")]


def test_plans_not_activated_expire_and_failed_activations_say_so(gateway: Gateway) -> None:
    client = gateway.client()
    lapsing = create(gateway, "PLAN_EXP")
    failing = create(gateway, "PLAN_ACT_FAILED")
    declined = data_of(order_and_pay.sync(client=client, body=activation("SUB_ACT_D", failing, card=DECLINED)),
                       OrderAndPayResult)  # fmt: skip
    assert declined.status == "FAILED"
    assert plan_states(gateway, "PLAN_ACT_FAILED", 1) == ["ACTIVE_FAILED"]
    refused(lambda: order_and_pay.sync(client=client, body=activation("SUB_ACT_D2", failing)), "ORDER_CLOSED")
    advance(gateway, DAY + 60)
    assert plan_states(gateway, "PLAN_EXP", 1) == ["EXPIRED"]
    assert query(gateway, lapsing).subscription_plan.subscription_status == SubscriptionStatus.EXPIRED


def test_activation_and_creation_refusals_name_the_rule(gateway: Gateway) -> None:
    client = gateway.client()
    number = create(gateway, "PLAN_RULES")
    stranger = activation("SUB_RULES_1", number, user_id="someone-else")
    assert "userId" in refused(lambda: order_and_pay.sync(client=client, body=stranger), "PARAMS_INVALID").msg
    no_mit = activation("SUB_RULES_2", number)
    assert isinstance(no_mit.payment_detail, DirectPaymentDetail)
    no_mit.payment_detail.mit_type = UNSET
    assert "mitType" in refused(lambda: order_and_pay.sync(client=client, body=no_mit), "PARAMS_INVALID").msg
    unknown = activation("SUB_RULES_3", "SUB_NOT_CREATED")
    refused(lambda: order_and_pay.sync(client=client, body=unknown), "ORDER_NOT_EXIST")
    refused(lambda: subscription_create.sync(client=client, body=plan("PLAN_RULES", gateway.endpoint.url)),
            "ORDER_REPEAT")  # fmt: skip
    too_long = plan("PLAN_LONG", gateway.endpoint.url, periods=40, unit="M")
    assert "three years" in refused(lambda: subscription_create.sync(client=client, body=too_long),
                                    "PARAMS_INVALID").msg  # fmt: skip
    # Past the end of the calendar (found by the contract suite: it was a SYSTEM_ERROR).
    beyond = plan("PLAN_BEYOND", gateway.endpoint.url, periods=3212, unit="Y")
    beyond.subscription_plan.period_rule.period_count = 247
    assert "three years" in refused(lambda: subscription_create.sync(client=client, body=beyond),
                                    "PARAMS_INVALID").msg  # fmt: skip
    refused(lambda: query(gateway, "SUB_NOT_CREATED"), "ORDER_NOT_EXIST")

"""Subscriptions (PayerMax-managed plans): subscriptionCreate, subscriptionQuery, subscriptionCancel, the order that
activates a plan, and the periods the emulator charges on its clock.

**subscriptionCreate** makes an ``INACTIVE`` plan (``subscriptionNo``); a repeated ``subscriptionRequestId`` is
``ORDER_REPEAT``. Refused: a ``periodAmount`` that is not positive, trial amounts below zero (``AMOUNT_INVALID``),
amounts in several currencies (``CURRENCY_INVALID``), more discounted periods than periods, or a plan longer
than three years (``PARAMS_INVALID``).

**Activation.** An ``orderAndPay`` carrying ``subscriptionPlan.subscriptionNo`` pays the plan's first payment: the
trial's price (``trialConfig``, may be 0), else the first period's (discounted by ``trialPeriodConfig``). It must
use the plan's ``userId`` and ``subject`` and ``paymentDetail.tokenForFutureUse`` ``true`` with ``mitType``
``SCHEDULED`` (``PARAMS_INVALID``), its currency (``CURRENCY_INVALID``) and exactly that amount
(``AMOUNT_INVALID``); an unknown plan is ``ORDER_NOT_EXIST``, one that is not ``INACTIVE`` ``ORDER_CLOSED``, one
already being activated by another order ``PARAMS_INVALID``. Its success makes the plan ``ACTIVE`` (a
``SUBSCRIPTION`` notification) and, without a trial, pays period 0 (a ``SUBSCRIPTION_PAYMENT`` notification);
its failure or closure makes the plan ``ACTIVE_FAILED``. A plan not activated within 24 hours is ``EXPIRED``.
The order's own ``PAYMENT`` notification goes to its ``notifyUrl`` as usual; plan notifications go to the plan's
``callbackUrl``.

**Periods.** Periods are numbered from 0. Period 0 starts at the activation (after ``trialDays`` with a trial; at
``firstPeriodStartDate`` when that is later), each next one ``periodCount`` ``periodUnit`` later. The emulator
charges a period one day (plus ``advanceDays``) before it starts, with the card stored by the activating order
(a merchant-initiated payment: an order ``SUB...`` whose own ``PAYMENT`` notification is not sent). A failed
attempt is retried 8 hours later, up to 4 attempts in all (PayerMax: 3 retries within 24 hours); a success is
notified at once (``SUBSCRIPTION_PAYMENT``, ``lastPaymentInfo.tradeToken`` names the order to refund), a failure
only after the last attempt, and then the plan is ``TERMINATE`` (PayerMax's default policy). After the last
period is paid the plan is ``FINISH``. Every plan state change sends ``SUBSCRIPTION``.

**subscriptionCancel** makes an ``ACTIVE`` or ``INACTIVE`` plan ``CANCEL`` (``SUBSCRIPTION`` notification); it is
refused while a period's payment (or the activation) is in progress (``PARAMS_INVALID``) and for a plan that
has ended (``ORDER_CLOSED``).

``POST /emulator/subscriptions/{subscriptionNo}/mock-period`` (``{"status": "SUCCESS" or "FAILED", "index"?,
"attempts"?}``) forces the outcome of a period's next attempts (default: the next period to be charged, every
attempt) - like PayerMax's sandbox tool ``sandbox_subscription_mock_period``; ``http/adapters/subscriptions.py``.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from payermax_signing.protocol import format_time, parse_time

from ..kit import Product, operation, when_due
from ..services import Merchant
from ..store.db import next_sequence
from ..store.errors import BusinessError, params_invalid
from ..store.money import amount
from .collection import Collection, Placing
from .orders import DIRECT, Order
from .subscription_records import (
    ACTIVE,
    ACTIVE_FAILED,
    CANCEL,
    EXPIRED,
    FAILED,
    FINISH,
    INACTIVE,
    PENDING,
    PERIOD_LIFECYCLE,
    PERIODS,
    PLAN_LIFECYCLE,
    PLANS,
    SUCCESS,
    TERMINATE,
    Period,
    Plan,
    check_terms,
    period_times,
)

ACTIVATION_WINDOW = timedelta(hours=24)
RETRY_AFTER, ATTEMPTS = timedelta(hours=8), 4
FORCED_FAILURE = ("BALANCE_INSUFFICIENT", "Not enough funds on the card (emulator).")
PLAN_ENDED = ("ORDER_CLOSED", "The subscription ended before this period was paid.")


@dataclass(eq=False)
class Subscriptions(Product):
    tables = (PLANS, PERIODS)
    collection: Collection

    def __post_init__(self) -> None:
        self.collection.on_placing(self._activating)
        self.collection.on_placing(self._forced)
        self.collection.on_finished(self._paid)

    # ------------------------------------------------------------------------------------ operations
    @operation("subscriptionCreate")
    def subscription_create(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        terms = data["subscriptionPlan"]
        check_terms(terms)
        now = self.services.clock.now()
        doc = {"terms": terms, "callbackUrl": data["callbackUrl"], "createTime": format_time(now)}
        with self.services.db.transaction() as tx:
            number = f"SUB{now:%Y%m%d%H%M%S}{next_sequence(tx, 'subscription'):09d}"
            plan = Plan(number, data["subscriptionRequestId"], data["userId"], (now + ACTIVATION_WINDOW).timestamp(),
                        app_id=merchant.app_id, status=INACTIVE, doc=doc)  # fmt: skip
            PLANS.insert(tx, plan, unique=f"subscriptionRequestId {data['subscriptionRequestId']}")
        return {"subscriptionRequestId": plan.request_id, "subscriptionPlan": plan.state()}

    @operation("subscriptionQuery")
    def subscription_query(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            if data.get("subscriptionNo"):
                plan = PLANS.get(tx, app_id=merchant.app_id, subscription_no=data["subscriptionNo"])
            else:
                plan = PLANS.get(tx, app_id=merchant.app_id, request_id=data["subscriptionRequestId"])
            if data.get("subscriptionRequestId") and plan.request_id != data["subscriptionRequestId"]:
                raise PLANS.missing()
            periods = PERIODS.where(tx, "subscription_no = ?", (plan.subscription_no,), order="period_index")
        return {
            "subscriptionRequestId": plan.request_id,
            "merchantNo": merchant.merchant_no,
            "userId": plan.user_id,
            "subscriptionPlan": plan.state(),
            "subscriptionPaymentDetails": [period.report() for period in periods],
        }

    @operation("subscriptionCancel")
    def subscription_cancel(self, merchant: Merchant, data: dict[str, Any]) -> dict[str, Any]:
        with self.services.db.transaction() as tx:
            plan = PLANS.get(tx, app_id=merchant.app_id, subscription_no=data["subscriptionNo"])
            refusal = PLAN_LIFECYCLE.refusal_of(plan.status, CANCEL)
            if refusal is not None:
                raise refusal
            pending = PERIODS.where(tx, "subscription_no = ? AND status = ?", (plan.subscription_no, PENDING))
            if pending or self._activation_pending(tx, plan):
                raise params_invalid("The subscription has a payment in progress: cancel it once the payment ends.")
            self._move(tx, merchant, plan, CANCEL)
        return {"subscriptionRequestId": plan.request_id, "userId": plan.user_id, "subscriptionPlan": plan.state()}

    # ------------------------------------------------------------------------------------ activation
    def _activating(self, tx: sqlite3.Connection, placing: Placing) -> None:
        number = (placing.data.get("subscriptionPlan") or {}).get("subscriptionNo")
        if not number:
            return
        data = placing.data
        plan = PLANS.get(tx, app_id=placing.merchant.app_id, subscription_no=number)
        if plan.status != INACTIVE:
            raise BusinessError(
                "ORDER_CLOSED", f"The subscription is {plan.status}: only an INACTIVE one is activated."
            )
        if self._activation_pending(tx, plan):
            raise params_invalid("The subscription is being activated by another order.")
        for name, expected in (("userId", plan.user_id), ("subject", plan.terms["subject"])):
            if data[name] != expected:
                raise params_invalid(f"{name} must be the {name} of the subscription.")
        if data["currency"] != plan.currency:
            raise BusinessError("CURRENCY_INVALID", "currency must be the currency of the subscription.")
        if amount(data["totalAmount"]) != plan.first_payment():
            raise BusinessError("AMOUNT_INVALID", "totalAmount must be the subscription's first payment.")
        detail = data.get("paymentDetail") or {}
        if detail.get("tokenForFutureUse") is not True or detail.get("mitType") != "SCHEDULED":
            raise params_invalid(
                "paymentDetail.tokenForFutureUse must be true and paymentDetail.mitType SCHEDULED to activate a "
                "subscription."
            )
        placing.zero_amount = plan.first_payment() == 0
        placing.doc["activatesSubscription"] = plan.subscription_no
        plan.doc["activatingOutTradeNo"] = data["outTradeNo"]
        PLANS.save(tx, plan)

    def _activation_pending(self, tx: sqlite3.Connection, plan: Plan) -> Order | None:
        """The activating order of an INACTIVE plan, while it is still PENDING."""
        out_trade_no = plan.doc.get("activatingOutTradeNo")
        order = self.collection.find(tx, plan.app_id, out_trade_no=out_trade_no) if out_trade_no else None
        return order if order is not None and order.status == PENDING and plan.status == INACTIVE else None

    def _paid(self, tx: sqlite3.Connection, merchant: Merchant, order: Order) -> None:
        """An order ended: the activation of a plan, or an attempt at a period."""
        if order.doc.get("activatesSubscription"):
            self._activated(tx, merchant, order)
        elif order.doc.get("subscriptionPeriod"):
            self._attempted(tx, str(order.doc["subscriptionPeriod"]), order, None, None)

    def _activated(self, tx: sqlite3.Connection, merchant: Merchant, order: Order) -> None:
        plan = PLANS.get(tx, subscription_no=order.doc["activatesSubscription"])
        if order.status != SUCCESS:
            self._move(tx, merchant, plan, ACTIVE_FAILED)
            return
        now = self.services.clock.now()
        start = now + timedelta(days=int(plan.terms["trialConfig"]["trialDays"])) if plan.has_trial else now
        if plan.terms.get("firstPeriodStartDate"):
            start = max(start, parse_time(str(plan.terms["firstPeriodStartDate"]).replace(" ", "")))
        payment = order.payment_details()[0] if order.payment_details() else {}
        card = payment.get("cardInfo")
        plan.doc.update(
            activatedTs=now.timestamp(), startTs=start.timestamp(), paymentTokenID=order.doc.get("paymentTokenID"),
            paymentMethodType=payment.get("paymentMethodType", "CARD"), cardInfo=card,
            cardOrg=card["cardOrg"] if card else payment.get("paymentMethodType", "CARD"),
            nextIndex=0 if plan.has_trial else 1,
        )  # fmt: skip
        self._move(tx, merchant, plan, ACTIVE)
        if not plan.has_trial:
            period = self._period(tx, plan, 0)
            self._attempted(tx, period.period_id, order, None, None)
        else:
            self._schedule(tx, plan)

    # -------------------------------------------------------------------------------------- periods
    def _schedule(self, tx: sqlite3.Connection, plan: Plan) -> None:
        index = int(plan.doc["nextIndex"])
        plan.due_ts = plan.charge_at(index) if index < plan.total_periods else None
        PLANS.save(tx, plan)

    def _period(self, tx: sqlite3.Connection, plan: Plan, index: int) -> Period:
        doc = {**period_times(plan, index), "attempts": 0, "paymentMethodType": plan.doc["paymentMethodType"],
               "cardOrg": plan.doc["cardOrg"], "cardInfo": plan.doc.get("cardInfo")}  # fmt: skip
        period = Period(f"{plan.subscription_no}-{index:04d}", plan.subscription_no, index, None,
                        app_id=plan.app_id, status=PENDING, doc=doc)  # fmt: skip
        return PERIODS.insert(tx, period)

    @when_due(PLANS, INACTIVE, "due_ts")
    def _expire(self, subscription_no: str) -> None:
        """No first payment within 24 hours (an activating order still pending gets its own time to end)."""
        with self.services.db.transaction() as tx:
            plan = PLANS.get(tx, subscription_no=subscription_no)
            activating = self._activation_pending(tx, plan)
            if activating is not None:
                plan.due_ts = activating.expires_ts + 1
                PLANS.save(tx, plan)
                return
            self._move(tx, self.services.merchants.require(plan.app_id), plan, EXPIRED)

    @when_due(PLANS, ACTIVE, "due_ts")
    def _open_period(self, subscription_no: str) -> None:
        """The next period of an ACTIVE plan is due: open it and make its first attempt."""
        with self.services.db.transaction() as tx:
            plan = PLANS.get(tx, subscription_no=subscription_no)
            period = self._period(tx, plan, int(plan.doc["nextIndex"]))
            plan.doc["nextIndex"] = period.period_index + 1
            self._schedule(tx, plan)
        self._attempt(period.period_id)

    @when_due(PERIODS, PENDING, "retry_ts")
    def _attempt(self, period_id: str) -> None:
        """Charge a PENDING period with the plan's stored card (a merchant-initiated Direct_Payment)."""
        with self.services.db.transaction() as tx:
            period = PERIODS.get(tx, period_id=period_id)
            plan = PLANS.get(tx, subscription_no=period.subscription_no)
            if plan.status != ACTIVE:
                self._attempted(tx, period_id, None, *PLAN_ENDED)
                return
            period.doc["attempts"] = attempt = int(period.doc["attempts"]) + 1
            period.retry_ts = None
            PERIODS.save(tx, period)
        forced = self._forced_outcome(plan, period.period_index)
        data = {
            "outTradeNo": f"{period_id.replace('-', '_')}_{attempt}",
            "integrate": DIRECT,
            "subject": plan.terms["subject"],
            "totalAmount": period.doc["payAmount"]["amount"],
            "currency": plan.currency,
            "userId": plan.user_id,
            "paymentDetail": {"paymentMethodType": plan.doc["paymentMethodType"], "merchantInitiated": True,
                              "mitType": "SCHEDULED", "paymentTokenID": plan.doc.get("paymentTokenID")},
        }  # fmt: skip
        extra = {"notifyPayment": False, "subscriptionPeriod": period_id, "forcedOutcome": forced}
        merchant = self.services.merchants.require(plan.app_id)
        try:
            self.collection.place_order(merchant, data, extra=extra)
        except BusinessError as refusal:  # the stored card can no longer pay (removed, listed...)
            with self.services.db.transaction() as tx:
                self._attempted(tx, period_id, None, refusal.code, refusal.msg)

    def _forced_outcome(self, plan: Plan, index: int) -> str | None:
        """The outcome the control API forced on the next attempt at period ``index`` (and count it down)."""
        with self.services.db.transaction() as tx:
            plan = PLANS.get(tx, subscription_no=plan.subscription_no)
            forced = plan.doc.get("forced", {}).get(str(index))
            if not forced:
                return None
            status, left = forced
            if left is not None:
                plan.doc["forced"][str(index)] = [status, left - 1] if left > 1 else None
                PLANS.save(tx, plan)
            return str(status)

    def _forced(self, tx: sqlite3.Connection, placing: Placing) -> None:
        if placing.doc.get("forcedOutcome") == FAILED and placing.outcome is not None:
            code, msg = FORCED_FAILURE
            placing.outcome = dataclasses.replace(placing.outcome, status=FAILED, redirect=None, code=code, msg=msg)

    def _attempted(
        self, tx: sqlite3.Connection, period_id: str, order: Order | None, code: str | None, msg: str | None
    ) -> None:
        """Record an attempt at a period (an order that ended, or a refusal): success, retry, or final failure."""
        period = PERIODS.get(tx, period_id=period_id)
        plan = PLANS.get(tx, subscription_no=period.subscription_no)
        merchant = self.services.merchants.require(plan.app_id)
        now = self.services.clock.now()
        succeeded = order is not None and order.status == SUCCESS
        info: dict[str, Any] = {"lastPaymentStatus": SUCCESS if succeeded else FAILED, "payTime": format_time(now)}
        if order is not None:
            info["tradeToken"] = order.trade_token
            code, msg = order.doc.get("resultCode", code), order.doc.get("resultMsg", msg)
        if not succeeded:
            info.update(errorCode=code or "PAYMENT_FAILED", errorMsg=msg or "Provider failed to process.")
        period.doc["lastPaymentInfo"] = info
        if succeeded:
            PERIOD_LIFECYCLE.move(period, SUCCESS)
        elif int(period.doc.get("attempts", 0)) < ATTEMPTS and plan.status == ACTIVE:
            period.retry_ts = (now + RETRY_AFTER).timestamp()
        else:
            PERIOD_LIFECYCLE.move(period, FAILED)
        PERIODS.save(tx, period)
        if period.status == PENDING or plan.status != ACTIVE:
            return  # failures are notified after the last attempt; an ended plan reports no more
        data = {
            "subscriptionRequestId": plan.request_id,
            "userId": plan.user_id,
            "subscriptionPlan": {"subscriptionNo": plan.subscription_no},
            "subscriptionPaymentDetail": period.report(),
        }
        self.services.outbox.enqueue(tx, merchant, notify_type="SUBSCRIPTION_PAYMENT", reference=period_id, data=data,
                                     url=plan.doc["callbackUrl"])  # fmt: skip
        if period.status == FAILED:
            self._move(tx, merchant, plan, TERMINATE)
        elif period.period_index == plan.total_periods - 1:
            self._move(tx, merchant, plan, FINISH)
        elif period.period_index == 0 and not plan.has_trial:
            self._schedule(tx, plan)

    # ----------------------------------------------------------------------------------- plan moves
    def _move(self, tx: sqlite3.Connection, merchant: Merchant, plan: Plan, target: str) -> None:
        PLAN_LIFECYCLE.move(plan, target)
        if target != ACTIVE:
            plan.due_ts = None
        plan.doc[f"{target.lower()}Time"] = format_time(self.services.clock.now())
        PLANS.save(tx, plan)
        self.services.outbox.enqueue(tx, merchant, notify_type="SUBSCRIPTION", reference=plan.subscription_no,
                                     data=plan.notification_data(), url=plan.doc["callbackUrl"])  # fmt: skip

    def mock_period(self, app_id: str, subscription_no: str, body: dict[str, Any]) -> dict[str, Any]:
        """Force the outcome of a period's next attempts (control API)."""
        status = body.get("status")
        if status not in (SUCCESS, FAILED):
            raise params_invalid("status must be SUCCESS or FAILED.")
        attempts = body.get("attempts")
        if attempts is not None and (not isinstance(attempts, int) or attempts < 1):
            raise params_invalid("attempts must be a positive whole number.")
        with self.services.db.transaction() as tx:
            plan = PLANS.get(tx, app_id=app_id, subscription_no=subscription_no)
            pending = PERIODS.where(tx, "subscription_no = ? AND status = ?", (subscription_no, PENDING))
            index = body.get("index", pending[0].period_index if pending else int(plan.doc.get("nextIndex", 0)))
            if not isinstance(index, int) or not 0 <= index < plan.total_periods:
                raise params_invalid("index must be the number of one of the plan's periods.")
            plan.doc.setdefault("forced", {})[str(index)] = [status, attempts]
            PLANS.save(tx, plan)
        return {"subscriptionNo": subscription_no, "index": index, "status": status, "attempts": attempts}
